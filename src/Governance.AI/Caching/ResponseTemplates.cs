using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>
/// Stored responses already parsed, keyed by their JSON bytes: a hit gets a copy of the parsed template instead of
/// parsing the JSON again. Keyed by content, a template is only ever served for the very bytes it was parsed from,
/// so a replaced or removed cache entry cannot be served from here. Bounded by the JSON bytes held.
/// </summary>
internal sealed class ResponseTemplates
{
    private const long MaxHeldBytes = 4 * 1024 * 1024;

    // Seeded per process, so that no one can choose responses whose keys all fall into one bucket.
    private static readonly long HashSeed = Random.Shared.NextInt64();

    private static readonly JsonTypeInfo<ChatResponse> ResponseTypeInfo =
        (JsonTypeInfo<ChatResponse>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse));

    // A null template marks JSON whose response the copy cannot reproduce: it is parsed on every hit.
    private readonly ConcurrentDictionary<JsonKey, ChatResponse?> _templates = new();
    private long _heldBytes;

    /// <summary>Returns a response the caller owns (it may change it freely) with the content of <paramref name="json"/>.</summary>
    public ChatResponse Materialize(ReadOnlyMemory<byte> json)
    {
        var key = new JsonKey(json);
        if (_templates.TryGetValue(key, out ChatResponse? template))
        {
            return template is null ? Parse(json) : Copy(template)!;
        }

        ChatResponse response = Parse(json);
        Remember(key, json);
        return response;
    }

    /// <summary>
    /// A copy that shares nothing mutable with <paramref name="template"/>: new response, messages, content parts,
    /// usage and property dictionaries; property values are JSON elements, which are immutable. <see langword="null"/>
    /// when the template holds anything else (a part other than plain text, annotations, a non-JSON property value).
    /// </summary>
    internal static ChatResponse? Copy(ChatResponse template)
    {
        var messages = new List<ChatMessage>(template.Messages.Count);
        foreach (ChatMessage message in template.Messages)
        {
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (AIContent content in message.Contents)
            {
                if (content.GetType() != typeof(TextContent) || content.Annotations is not null
                    || !TryCopy(content.AdditionalProperties, out AdditionalPropertiesDictionary? contentProperties))
                {
                    return null;
                }

                contents.Add(new TextContent(((TextContent)content).Text) { AdditionalProperties = contentProperties });
            }

            if (!TryCopy(message.AdditionalProperties, out AdditionalPropertiesDictionary? messageProperties))
            {
                return null;
            }

            messages.Add(new ChatMessage(message.Role, contents)
            {
                AuthorName = message.AuthorName,
                MessageId = message.MessageId,
                CreatedAt = message.CreatedAt,
                AdditionalProperties = messageProperties,
            });
        }

        if (!TryCopy(template.AdditionalProperties, out AdditionalPropertiesDictionary? properties))
        {
            return null;
        }

        return new ChatResponse(messages)
        {
            ResponseId = template.ResponseId,
            ConversationId = template.ConversationId,
            ModelId = template.ModelId,
            CreatedAt = template.CreatedAt,
            FinishReason = template.FinishReason,
            ContinuationToken = template.ContinuationToken,
            Usage = template.Usage is { } usage
                ? new UsageDetails
                {
                    InputTokenCount = usage.InputTokenCount,
                    OutputTokenCount = usage.OutputTokenCount,
                    TotalTokenCount = usage.TotalTokenCount,
                    CachedInputTokenCount = usage.CachedInputTokenCount,
                    ReasoningTokenCount = usage.ReasoningTokenCount,
                    AdditionalCounts = usage.AdditionalCounts is { } counts ? new AdditionalPropertiesDictionary<long>(counts) : null,
                }
                : null,
            AdditionalProperties = properties,
        };
    }

    private static ChatResponse Parse(ReadOnlyMemory<byte> json) =>
        JsonSerializer.Deserialize(json.Span, ResponseTypeInfo) ?? throw new InvalidOperationException("A cache entry holds no response.");

    private static bool TryCopy(AdditionalPropertiesDictionary? source, out AdditionalPropertiesDictionary? copy)
    {
        copy = null;
        if (source is null)
        {
            return true;
        }

        foreach (KeyValuePair<string, object?> property in source)
        {
            if (property.Value is not (null or JsonElement or string))
            {
                return false;
            }
        }

        copy = new AdditionalPropertiesDictionary(source);
        return true;
    }

    /// <summary>
    /// Keeps a template parsed separately from the response just returned (which the caller owns), or marks the JSON
    /// as not copyable when a copy would not serialize exactly as the template does (a property the copy does not carry).
    /// </summary>
    private void Remember(JsonKey key, ReadOnlyMemory<byte> json)
    {
        if (Interlocked.Add(ref _heldBytes, json.Length) > MaxHeldBytes)
        {
            // Past the bound, start over: the hot entries come back on their next hits.
            _templates.Clear();
            Interlocked.Exchange(ref _heldBytes, json.Length);
        }

        ChatResponse template = Parse(json);
        ChatResponse? copy = Copy(template);
        bool faithful = copy is not null
            && JsonSerializer.SerializeToUtf8Bytes(copy, ResponseTypeInfo).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(template, ResponseTypeInfo));
        _templates.TryAdd(key.Owned(), faithful ? template : null);
    }

    /// <summary>JSON bytes compared by content; the key kept in the dictionary owns its bytes.</summary>
    private readonly struct JsonKey : IEquatable<JsonKey>
    {
        private readonly ReadOnlyMemory<byte> _bytes;
        private readonly int _hash;

        public JsonKey(ReadOnlyMemory<byte> bytes)
            : this(bytes, unchecked((int)XxHash3.HashToUInt64(bytes.Span, HashSeed)))
        {
        }

        private JsonKey(ReadOnlyMemory<byte> bytes, int hash)
        {
            _bytes = bytes;
            _hash = hash;
        }

        public JsonKey Owned() => new(_bytes.ToArray(), _hash);

        public bool Equals(JsonKey other) => _hash == other._hash && _bytes.Span.SequenceEqual(other._bytes.Span);

        public override bool Equals(object? obj) => obj is JsonKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
