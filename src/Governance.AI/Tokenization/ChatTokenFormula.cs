using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tokenization;

/// <summary>
/// The prompt-token formula for chat requests (OpenAI cookbook style), used by the built-in counters and available to
/// custom <see cref="ITokenCounter"/> implementations (for example one backed by Microsoft.ML.Tokenizers) so that they
/// only need to count text. The formula is documented on <see cref="TiktokenTokenCounter"/>.
/// </summary>
public static class ChatTokenFormula
{
    /// <summary>Tokens every message adds for its framing (<c>&lt;|start|&gt;role&lt;|message|&gt;...&lt;|end|&gt;</c>).</summary>
    public const int TokensPerMessage = 3;

    /// <summary>Tokens a message author name adds on top of the name's own tokens.</summary>
    public const int TokensPerName = 1;

    /// <summary>Tokens of the reply priming (<c>&lt;|start|&gt;assistant&lt;|message|&gt;</c>), once per request.</summary>
    public const int ReplyPrimingTokens = 3;

    /// <summary>Tokens per function definition for o200k_base models (gpt-4o and later).</summary>
    public const int FunctionInitO200k = 7;

    /// <summary>Tokens per function definition for cl100k_base models (gpt-4, gpt-3.5-turbo) and estimators.</summary>
    public const int FunctionInitCl100k = 10;

    /// <summary>Tokens once for the parameter block of a function that has properties.</summary>
    public const int PropertiesInit = 3;

    /// <summary>Tokens per parameter property.</summary>
    public const int PropertyKey = 3;

    /// <summary>Tokens once per property that has an enum (negative: the enum replaces part of the framing).</summary>
    public const int EnumInit = -3;

    /// <summary>Tokens per enum item on top of the item's own tokens.</summary>
    public const int EnumItem = 3;

    /// <summary>Tokens once after all function definitions.</summary>
    public const int FunctionsEnd = 12;

    /// <summary>Tokens a function call adds on top of its name and JSON arguments.</summary>
    public const int FunctionCallOverhead = 3;

    /// <summary>Estimate for one image: a 1024×1024 high-detail image (85 + 4 × 170 tiles).</summary>
    public const int ImageTokens = 765;

    /// <summary>Estimate for other binary data: one token per this many bytes.</summary>
    public const int BytesPerToken = 4;

    // Arguments travel as compact JSON on the wire; AIJsonUtilities' defaults indent.
    private static readonly JsonSerializerOptions s_compactJson = CreateCompactJson();

    /// <summary>Counts the prompt tokens of a chat request.</summary>
    /// <param name="text">The counter whose <see cref="ITokenCounter.CountTokens(ReadOnlySpan{char})"/> counts text.</param>
    /// <param name="messages">The request messages.</param>
    /// <param name="options">The request options (instructions and tools are counted).</param>
    /// <param name="functionInit">Tokens per function definition: <see cref="FunctionInitO200k"/> or <see cref="FunctionInitCl100k"/>.</param>
    /// <returns>The prompt tokens.</returns>
    public static int Count(ITokenCounter text, IEnumerable<ChatMessage> messages, ChatOptions? options, int functionInit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(messages);
        long total = ReplyPrimingTokens;
        if (!string.IsNullOrEmpty(options?.Instructions))
        {
            // Instructions are sent as a system (developer) message.
            total += TokensPerMessage + text.CountTokens(ChatRole.System.Value) + text.CountTokens(options.Instructions);
        }

        // A counter that remembers message texts by instance is given this thread's table once per request.
        var texts = new MessageTexts(text);

        // Indexed loops over lists: enumerating through the interfaces would allocate an enumerator per message,
        // which would be the only allocation left when the counter's cache answers every text.
        if (messages is IList<ChatMessage> list)
        {
            foreach (ChatMessage message in ListSpans.Of(list))
            {
                total += CountMessage(ref texts, message);
            }
        }
        else
        {
            foreach (ChatMessage message in messages)
            {
                total += CountMessage(ref texts, message);
            }
        }

        if (options?.Tools is { Count: > 0 } tools)
        {
            total += CountTools(text, tools, functionInit);
        }

        return (int)Math.Min(total, int.MaxValue);
    }

    /// <summary>
    /// An upper bound of <see cref="Count"/> for a byte-level BPE counter (tiktoken encodings), far cheaper than counting:
    /// the same formula over UTF-8 byte counts. Every such token is at least one byte of the text's UTF-8 form (a lone
    /// surrogate is encoded as U+FFFD, 3 bytes, by both), every text term of the formula has coefficient +1 and
    /// everything else (framing constants, images, binary data) is the same number, so the result is never below the
    /// count; with the larger per-function constant it bounds both encodings.
    /// </summary>
    /// <param name="messages">The request messages.</param>
    /// <param name="options">The request options (instructions and tools).</param>
    /// <returns>The upper bound of the prompt tokens.</returns>
    internal static int Utf8UpperBound(IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        Utf8ByteCounter.Instance.CountTokens(messages, options);

    private static long CountMessage(ref MessageTexts texts, ChatMessage message)
    {
        ITokenCounter text = texts.Counter;
        long total = TokensPerMessage + texts.CountRole(message.Role.Value);
        if (!string.IsNullOrEmpty(message.AuthorName))
        {
            total += text.CountTokens(message.AuthorName) + TokensPerName;
        }

        IList<AIContent> contents = message.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            total += CountContent(texts, contents[i]);
        }

        return total;
    }

    private static long CountContent(in MessageTexts texts, AIContent content)
    {
        ITokenCounter text = texts.Counter;
        switch (content)
        {
            case TextContent t:
                return texts.Count(t.Text);
            case TextReasoningContent r:
                return texts.Count(r.Text);
            case FunctionCallContent call:
                return CountFunctionCall(text, call);
            case FunctionResultContent result:
                return result.Result switch
                {
                    null => 0,
                    string s => text.CountTokens(s),
                    JsonElement json => text.CountTokens(json.GetRawText()),
                    object value => text.CountTokens(SerializeJson(value)),
                };
            case DataContent data:
                return data.HasTopLevelMediaType("image") ? ImageTokens : (data.Data.Length + BytesPerToken - 1) / BytesPerToken;
            case UriContent uri:
                return uri.HasTopLevelMediaType("image") ? ImageTokens : text.CountTokens(uri.Uri.OriginalString);
            case ErrorContent error:
                return text.CountTokens(error.Message);
            default:
                // Usage reports, hosted file references and unknown content types have no text the model reads here.
                return 0;
        }
    }

    /// <summary>
    /// Counts what a model wrote in an answer besides its text, for a charge when the provider reports no usage: a
    /// function call (name, JSON arguments and the call's framing) and reasoning. The answer's text is counted by the
    /// caller as one string; other contents count nothing.
    /// </summary>
    /// <param name="text">The counter that counts text.</param>
    /// <param name="content">A content of the answer (or of a streamed update).</param>
    /// <returns>The tokens written, 0 for text and other contents.</returns>
    internal static long CountWrittenBesideText(ITokenCounter text, AIContent content) => content switch
    {
        FunctionCallContent call => CountFunctionCall(text, call),
        TextReasoningContent reasoning => text.CountTokens(reasoning.Text),
        _ => 0,
    };

    /// <summary>Counts what a model wrote besides text in an answer's messages (see <see cref="CountWrittenBesideText(ITokenCounter, AIContent)"/>).</summary>
    /// <param name="text">The counter that counts text.</param>
    /// <param name="messages">The answer's messages.</param>
    /// <returns>The tokens written besides text.</returns>
    internal static long CountWrittenBesideText(ITokenCounter text, IList<ChatMessage> messages)
    {
        long total = 0;
        for (int i = 0; i < messages.Count; i++)
        {
            IList<AIContent> contents = messages[i].Contents;
            for (int j = 0; j < contents.Count; j++)
            {
                total += CountWrittenBesideText(text, contents[j]);
            }
        }

        return total;
    }

    private static long CountFunctionCall(ITokenCounter text, FunctionCallContent call) =>
        FunctionCallOverhead + text.CountTokens(call.Name) + (call.Arguments is null ? 0 : text.CountTokens(SerializeJson(call.Arguments)));

    private static long CountTools(ITokenCounter text, IList<AITool> tools, int functionInit)
    {
        long total = FunctionsEnd;
        foreach (AITool tool in tools)
        {
            total += functionInit + text.CountTokens(string.Concat(tool.Name, ":", TrimPeriod(tool.Description)));
            if (tool is not AIFunctionDeclaration function ||
                function.JsonSchema.ValueKind != JsonValueKind.Object ||
                !function.JsonSchema.TryGetProperty("properties", out JsonElement properties) ||
                properties.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            bool any = false;
            foreach (JsonProperty property in properties.EnumerateObject())
            {
                any = true;
                total += PropertyKey;
                JsonElement schema = property.Value;
                if (schema.ValueKind == JsonValueKind.Object &&
                    schema.TryGetProperty("enum", out JsonElement items) && items.ValueKind == JsonValueKind.Array)
                {
                    total += EnumInit;
                    foreach (JsonElement item in items.EnumerateArray())
                    {
                        total += EnumItem + text.CountTokens(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText());
                    }
                }

                string type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out JsonElement t)
                    ? (t.ValueKind == JsonValueKind.String ? t.GetString() ?? string.Empty : t.GetRawText())
                    : string.Empty;
                string description = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("description", out JsonElement d) && d.ValueKind == JsonValueKind.String
                    ? d.GetString() ?? string.Empty
                    : string.Empty;
                total += text.CountTokens(string.Concat(property.Name, ":", type, ":", TrimPeriod(description)));
            }

            if (any)
            {
                total += PropertiesInit;
            }
        }

        return total;
    }

    private static JsonSerializerOptions CreateCompactJson()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }

    private static string TrimPeriod(string? description) =>
        string.IsNullOrEmpty(description) ? string.Empty : description.EndsWith('.') ? description[..^1] : description;

    private static string SerializeJson(object value)
    {
        try
        {
            return JsonSerializer.Serialize(value, s_compactJson.GetTypeInfo(value.GetType()));
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            // A value the serializer cannot handle is still counted, by its text form.
            return value.ToString() ?? string.Empty;
        }
    }

    /// <summary>Counts UTF-8 bytes as "tokens": the per-text upper bound of a byte-level BPE count.</summary>
    private sealed class Utf8ByteCounter : ITokenCounter, IMessageTextCounter
    {
        public static readonly Utf8ByteCounter Instance = new();

        // Up to 3 UTF-8 bytes per UTF-16 char: texts this long might overflow the byte count, and int.MaxValue bounds any count.
        private const int MaxExactLength = int.MaxValue / 3;

        public bool IsExact => false;

        public int CountTokens(ReadOnlySpan<char> text) =>
            text.Length <= MaxExactLength ? Encoding.UTF8.GetByteCount(text) : int.MaxValue;

        // The history's byte counts are remembered per string instance: a re-sent conversation is not measured again.
        public int CountText(string text, TextDigests digests) =>
            text.Length <= MaxExactLength ? digests.Utf8LengthOf(text) : int.MaxValue;

        public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null) =>
            Count(this, messages, options, Math.Max(FunctionInitO200k, FunctionInitCl100k));
    }

    /// <summary>
    /// A request's counter, this thread's remembered texts when the counter counts by instance
    /// (<see cref="IMessageTextCounter"/>), and the counts of the last two roles: a conversation alternates two roles,
    /// which would otherwise be counted again for every message.
    /// </summary>
    private struct MessageTexts
    {
        private readonly IMessageTextCounter? _byInstance;
        private readonly TextDigests? _digests;
        private string? _role;
        private int _roleCount;
        private string? _otherRole;
        private int _otherRoleCount;

        public MessageTexts(ITokenCounter counter)
        {
            Counter = counter;
            _byInstance = counter as IMessageTextCounter;
            _digests = _byInstance is null ? null : TextDigests.Current;
        }

        public readonly ITokenCounter Counter { get; }

        public readonly int Count(string text) => _byInstance is null ? Counter.CountTokens(text) : _byInstance.CountText(text, _digests!);

        /// <summary>Counts a role's text, recognised by reference when it is one of the last two (a string never changes).</summary>
        public int CountRole(string role)
        {
            if (ReferenceEquals(role, _role))
            {
                return _roleCount;
            }

            if (ReferenceEquals(role, _otherRole))
            {
                return _otherRoleCount;
            }

            (_otherRole, _otherRoleCount) = (_role, _roleCount);
            _roleCount = Counter.CountTokens(role);
            _role = role;
            return _roleCount;
        }
    }
}
