using System.Globalization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>What a request's partition is made of.</summary>
/// <param name="CallerScope">Whose entries the caller may be served.</param>
/// <param name="Caller">The caller, for vary-by values.</param>
/// <param name="Messages">The request's messages.</param>
/// <param name="Options">The request's options.</param>
/// <param name="Settings">The cache options.</param>
/// <param name="EmbeddedMessage">The embedded message left out of the partition; -1 when the whole conversation scopes it.</param>
/// <param name="DefaultModel">The model the provider answers with when the request names none (its <see cref="ChatClientMetadata.DefaultModelId"/>).</param>
/// <param name="PrefersCheaperModel">Whether the caller asked for a cheaper model (<see cref="GovernanceProperties.PreferCheaperModel"/>), read with the cache's other switches.</param>
/// <param name="Embedder">The embedding model the semantic tier's vectors come from (provider, model, dimension); <see langword="null"/> without an embedder.</param>
internal readonly record struct PartitionFields(
    string CallerScope, CallerContext Caller, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, SemanticCacheOptions Settings, int EmbeddedMessage, string? DefaultModel = null, bool PrefersCheaperModel = false, string? Embedder = null);

/// <summary>Computes the partition key and the request key: SHA-256 over length-prefixed canonical fields.</summary>
internal static partial class CacheKeys
{
    private const string TagPrefix = "tag:";
    private const string PropertyPrefix = "property:";
    private static readonly ChatOptions EmptyOptions = new();

    // The constant fields every request writes, encoded once (the same bytes as their text: keys are unchanged).
    private static readonly KeyTag PartitionTag = new("partition/v3");
    private static readonly KeyTag ExactTag = new("exact/v3");
    private static readonly KeyTag SystemTag = new("system");
    private static readonly KeyTag HistoryTag = new("history");
    private static readonly KeyTag TextTag = new("text");
    private static readonly KeyTag NoFormatTag = new("format:none");

    /// <summary>Gets a value indicating whether a vary-by entry has a known form.</summary>
    public static bool IsValidVaryBy(string? value) =>
        value is "user" or "application" or "cost_center"
        || (value is not null && value.StartsWith(TagPrefix, StringComparison.Ordinal) && value.Length > TagPrefix.Length)
        || (value is not null && value.StartsWith(PropertyPrefix, StringComparison.Ordinal) && value.Length > PropertyPrefix.Length);

    /// <summary>
    /// The partition: the cache name (pipeline), the caller scope (tenant, or what <see cref="CacheTenantlessCallers"/>
    /// chose for a caller without one), model, the caller's own request for a cheaper model, the embedding model, system prompt and
    /// instructions, tools, response format, generation settings, vary-by values, and the conversation around the
    /// embedded text (so a semantic hit never crosses histories).
    /// </summary>
    /// <returns>The partition key, or <see langword="null"/> when a part of the request has no stable hash.</returns>
    public static string? Partition(in PartitionFields fields)
    {
        using var hash = new KeyHash();
        AddPartition(hash, fields);
        return hash.Finish();
    }

    /// <summary>
    /// The request key of the exact tier and of stored entries: the partition's fields (with every option that
    /// changes the answer), then every message (every content part, by content hash), in one digest. It names the
    /// request within its partition, so it is only ever compared within one. The partition's key comes from the same
    /// buffered fields (for a partition seen before, a remembered key: no second digest). A request sent again in the
    /// same message instances is recalled by identity, its texts compared by reference instead of read again.
    /// </summary>
    /// <param name="fields">The partition's fields, with the conversation.</param>
    /// <param name="prefix">What the key starts with (the exact tier's namespace), before the full 256-bit digest in hex.</param>
    /// <param name="partition">
    /// The partition key (<see cref="Partition"/>), from the same canonical fields, which lead the request's; or
    /// <see langword="null"/> when they hold a large binary part (then <see cref="Partition"/> computes it).
    /// </param>
    /// <returns>The key, or <see langword="null"/> when a part of the request has no stable hash.</returns>
    public static string? Request(in PartitionFields fields, string prefix, out string? partition)
    {
        using KeyHash hash = KeyHash.ForRequest();
        AddPartition(hash, fields);
        hash.MarkPartitionEnd();

        // The partition's fields hold every option that changes the answer; the whole conversation follows.
        hash.Add(ExactTag);
        IReadOnlyList<ChatMessage> messages = fields.Messages;
        hash.AddLength(messages.Count);
        for (int i = 0; i < messages.Count; i++)
        {
            AddMessage(hash, messages[i]);
        }

        return hash.FinishRequest(prefix, out partition);
    }

    private static void AddPartition(KeyHash hash, in PartitionFields fields)
    {
        ChatOptions? options = fields.Options;
        IReadOnlyList<ChatMessage> messages = fields.Messages;
        hash.Add(PartitionTag);
        hash.Add(fields.Settings.CacheName);
        hash.Add(fields.CallerScope);
        // The model that answers: a request naming none is the provider's default model's, not any model's.
        hash.Add(options?.ModelId ?? fields.DefaultModel);
        hash.Add(fields.PrefersCheaperModel ? "cheaper" : null);

        // Vectors of different embedding models are not comparable, even of one dimension: instances sharing a store
        // with different embedders must never search each other's entries.
        hash.Add(fields.Embedder);
        hash.AddNormalizedText(options?.Instructions);
        for (int i = 0; i < messages.Count; i++)
        {
            ChatMessage message = messages[i];
            if (message.Role == ChatRole.System)
            {
                hash.Add(SystemTag);
                AddMessage(hash, message);
            }
            else if (fields.EmbeddedMessage >= 0 && i != fields.EmbeddedMessage)
            {
                hash.Add(HistoryTag);
                AddMessage(hash, message);
            }
        }

        AddTools(hash, options);
        AddResponseFormat(hash, options?.ResponseFormat);

        // Sampling and length settings change the answer too: a semantic hit must not cross them either.
        AddGenerationSettings(hash, options);
        IList<string> varyBys = fields.Settings.VaryBy;
        for (int i = 0; i < varyBys.Count; i++)
        {
            hash.Add(varyBys[i]);
            hash.Add(VaryByValue(varyBys[i], fields.Caller, options));
        }
    }

    private static void AddGenerationSettings(KeyHash hash, ChatOptions? options)
    {
        // No options and empty options are the same request.
        options ??= EmptyOptions;

        // A factory builds the provider's own options (reasoning effort, a schema, ...): two delegates cannot be
        // compared, so such a request has no key and bypasses the cache, neither read nor stored, unless the caller
        // says what the factory stands for.
        if (options.RawRepresentationFactory is not null)
        {
            if (GovernanceProperties.Get<string>(options, SemanticCacheProperties.RawRepresentationKey) is { } stands)
            {
                hash.Add(stands);
            }
            else
            {
                hash.MarkUnhashable();
            }
        }

        hash.Add(options.Temperature);
        hash.Add(options.TopP);
        hash.Add(options.TopK);
        hash.Add(options.MaxOutputTokens);
        hash.Add(options.FrequencyPenalty);
        hash.Add(options.PresencePenalty);
        hash.Add(options.Seed);
        hash.Add(options.AllowMultipleToolCalls?.ToString());
        hash.AddJson(options.ToolMode);
        hash.AddJson(options.Reasoning);
        if (options.StopSequences is { } stops)
        {
            hash.AddLength(stops.Count);
            foreach (string stop in stops)
            {
                hash.Add(stop);
            }
        }

        if (options.AdditionalProperties is { Count: > 0 } properties)
        {
            // Provider-specific settings change the answer; the pipeline's own keys (caller, switches) do not.
            List<string>? keys = null;
            // The dictionary's own enumerator: its Keys collection is enumerated through an interface, which allocates.
            foreach (KeyValuePair<string, object?> pair in properties)
            {
                if (!GovernanceProperties.IsGovernanceKey(pair.Key))
                {
                    (keys ??= []).Add(pair.Key);
                }
            }

            if (keys is not null)
            {
                keys.Sort(StringComparer.Ordinal);
                foreach (string key in keys)
                {
                    hash.Add(key);
                    hash.AddJson(properties[key]);
                }
            }
        }
    }

    private static string? VaryByValue(string varyBy, CallerContext caller, ChatOptions? options) => varyBy switch
    {
        "user" => caller.UserId,
        "application" => caller.ApplicationId,
        "cost_center" => caller.CostCenter,
        _ when varyBy.StartsWith(TagPrefix, StringComparison.Ordinal) =>
            caller.Tags.TryGetValue(varyBy[TagPrefix.Length..], out string? tag) ? tag : null,
        _ => options?.AdditionalProperties is { } properties && properties.TryGetValue(varyBy[PropertyPrefix.Length..], out object? value)
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null,
    };

    private static void AddSorted<TValue>(KeyHash hash, IEnumerable<KeyValuePair<string, TValue>>? values)
    {
        if (values is null)
        {
            hash.AddLength(-1);
            return;
        }

        if (values is IReadOnlyCollection<KeyValuePair<string, TValue>> { Count: 0 })
        {
            hash.AddLength(0);
            return;
        }

        var sorted = new List<KeyValuePair<string, TValue>>(values);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        hash.AddLength(sorted.Count);
        foreach (KeyValuePair<string, TValue> pair in sorted)
        {
            hash.Add(pair.Key);
            hash.AddJson(pair.Value);
        }
    }

    private static void AddResponseFormat(KeyHash hash, ChatResponseFormat? format)
    {
        switch (format)
        {
            case null:
                hash.Add(NoFormatTag);
                break;
            case ChatResponseFormatJson json:
                hash.Add("format:json");
                hash.Add(json.SchemaName);
                hash.Add(json.SchemaDescription);
                hash.Add(json.Schema?.GetRawText());
                break;
            default:
                hash.Add("format:" + format.GetType().Name);
                break;
        }
    }
}
