using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using static GatewayService.RequestJson;

namespace GatewayService;

/// <summary>
/// An OpenAI chat completion request, read strictly: every field is type- and range-checked, and anything malformed —
/// wrong types, empty roles, lone surrogates, invalid UTF-8, unknown or unsupported fields — is an
/// <see cref="InvalidRequestException"/> naming the field, before any policy runs.
/// </summary>
internal sealed class ChatCompletionRequest
{
    // OpenAI accepts at most four stop sequences.
    private const int MaxStopSequences = 4;

    // The key Microsoft.Extensions.AI.OpenAI reads for strict JSON schemas (tools and response formats).
    private const string StrictJsonSchemaKey = "strictJsonSchema";

    // logit_bias reaches the upstream through the OpenAI client's own options (RawRepresentationFactory), which the
    // cache cannot compare; it changes the answer, so it is also named here, where the cache keys provider options.
    // Microsoft.Extensions.AI.OpenAI does not send option keys it does not know.
    internal const string LogitBiasKey = "gateway.logit_bias";

    private static readonly HashSet<string> Supported =
    [
        "model", "messages", "temperature", "top_p", "frequency_penalty", "presence_penalty", "max_tokens",
        "max_completion_tokens", "seed", "stop", "stream", "stream_options", "n", "tools", "tool_choice",
        "parallel_tool_calls", "response_format", "user", "logprobs", "top_logprobs", "logit_bias", "store", "metadata",
    ];

    private static readonly HashSet<string> Unsupported =
    [
        "functions", "function_call", "modalities", "audio", "prediction", "web_search_options", "reasoning_effort",
        "service_tier", "verbosity",
    ];

    private static readonly JsonElement EmptyObjectSchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    public required List<ChatMessage> Messages { get; init; }

    public required ChatOptions Options { get; init; }

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    /// <summary>Reads and checks the request body.</summary>
    /// <exception cref="InvalidRequestException">The body or one of its fields is malformed or unsupported.</exception>
    public static async Task<ChatCompletionRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {ex.BytePositionInLine + 1})") : "";
            throw new InvalidRequestException("body", "The body is not valid UTF-8 JSON" + where + ".");
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    private static ChatCompletionRequest Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException("body", "The body must be a JSON object.");
        }

        CheckFields(root, "", Supported, Unsupported);
        var options = new ChatOptions();
        if (root.TryGetProperty("model", out JsonElement model))
        {
            options.ModelId = RequireText(model, "model");
        }

        List<ChatMessage> messages = ChatMessageReader.ReadMessages(root);
        options.Temperature = ReadNumber(root, "temperature", 0, 2);
        options.TopP = ReadNumber(root, "top_p", 0, 1);
        options.FrequencyPenalty = ReadNumber(root, "frequency_penalty", -2, 2);
        options.PresencePenalty = ReadNumber(root, "presence_penalty", -2, 2);
        options.MaxOutputTokens = ReadInteger(root, "max_completion_tokens", 1, int.MaxValue) ?? ReadInteger(root, "max_tokens", 1, int.MaxValue);
        options.Seed = ReadLong(root, "seed");
        options.StopSequences = ReadStop(root);
        options.AllowMultipleToolCalls = ReadBool(root, "parallel_tool_calls");
        ReadTools(root, options);
        ReadResponseFormat(root, options);

        if (ReadInteger(root, "n", 1, 128) is > 1)
        {
            throw new InvalidRequestException("n", "Only n = 1 is supported: the gateway returns one choice per request.");
        }

        if (ReadBool(root, "logprobs") == true)
        {
            throw new InvalidRequestException("logprobs", "Log probabilities are not supported by this gateway.");
        }

        if (root.TryGetProperty("top_logprobs", out JsonElement topLogprobs) && topLogprobs.ValueKind != JsonValueKind.Null)
        {
            throw new InvalidRequestException("top_logprobs", "Log probabilities are not supported by this gateway.");
        }

        ReadProviderOptions(root, options);

        bool stream = ReadBool(root, "stream") ?? false;
        bool includeUsage = false;
        if (root.TryGetProperty("stream_options", out JsonElement streamOptions) && streamOptions.ValueKind != JsonValueKind.Null)
        {
            RequireKind(streamOptions, JsonValueKind.Object, "stream_options", "an object");
            CheckFields(streamOptions, "stream_options.", ["include_usage", "include_obfuscation"], []);
            includeUsage = ReadBool(streamOptions, "include_usage", "stream_options.include_usage") ?? false;
            ReadBool(streamOptions, "include_obfuscation", "stream_options.include_obfuscation");
        }

        return new ChatCompletionRequest { Messages = messages, Options = options, Stream = stream, IncludeUsage = includeUsage };
    }

    private static void ReadTools(JsonElement root, ChatOptions options)
    {
        if (root.TryGetProperty("tools", out JsonElement tools) && tools.ValueKind != JsonValueKind.Null)
        {
            RequireKind(tools, JsonValueKind.Array, "tools", "an array of tools");
            var list = new List<AITool>(tools.GetArrayLength());
            int index = 0;
            foreach (JsonElement tool in tools.EnumerateArray())
            {
                list.Add(ReadTool(tool, string.Create(CultureInfo.InvariantCulture, $"tools[{index}]")));
                index++;
            }

            options.Tools = list;
        }

        if (!root.TryGetProperty("tool_choice", out JsonElement choice) || choice.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (choice.ValueKind == JsonValueKind.String)
        {
            options.ToolMode = RequireString(choice, "tool_choice") switch
            {
                "none" => ChatToolMode.None,
                "auto" => ChatToolMode.Auto,
                "required" => ChatToolMode.RequireAny,
                _ => throw new InvalidRequestException("tool_choice", "'tool_choice' must be none, auto, required or a function choice."),
            };
            return;
        }

        RequireKind(choice, JsonValueKind.Object, "tool_choice", "a string or an object");
        CheckFields(choice, "tool_choice.", ["type", "function"], []);
        if (RequireText(Required(choice, "type", "tool_choice"), "tool_choice.type") != "function")
        {
            throw new InvalidRequestException("tool_choice.type", "Only 'function' tool choices are supported.");
        }

        JsonElement function = Required(choice, "function", "tool_choice");
        RequireKind(function, JsonValueKind.Object, "tool_choice.function", "an object");
        CheckFields(function, "tool_choice.function.", ["name"], []);
        options.ToolMode = ChatToolMode.RequireSpecific(RequireText(Required(function, "name", "tool_choice.function"), "tool_choice.function.name"));
    }

    private static RequestedFunction ReadTool(JsonElement tool, string path)
    {
        RequireKind(tool, JsonValueKind.Object, path, "an object");
        CheckFields(tool, path + ".", ["type", "function"], []);
        if (RequireText(Required(tool, "type", path), path + ".type") != "function")
        {
            throw new InvalidRequestException(path + ".type", "Only 'function' tools are supported.");
        }

        JsonElement function = Required(tool, "function", path);
        RequireKind(function, JsonValueKind.Object, path + ".function", "an object");
        CheckFields(function, path + ".function.", ["name", "description", "parameters", "strict"], []);
        string name = RequireText(Required(function, "name", path + ".function"), path + ".function.name");
        if (name.Length > 64 || !IsToolName(name))
        {
            throw new InvalidRequestException(path + ".function.name", "A function name is 1–64 letters, digits, underscores or dashes.");
        }

        string? description = function.TryGetProperty("description", out JsonElement d) && d.ValueKind != JsonValueKind.Null
            ? RequireString(d, path + ".function.description")
            : null;
        JsonElement schema = EmptyObjectSchema;
        if (function.TryGetProperty("parameters", out JsonElement parameters) && parameters.ValueKind != JsonValueKind.Null)
        {
            RequireKind(parameters, JsonValueKind.Object, path + ".function.parameters", "a JSON schema object");
            schema = parameters.Clone();
        }

        bool strict = ReadBool(function, "strict", path + ".function.strict") ?? false;
        return new RequestedFunction(name, description, schema, strict);
    }

    private static bool IsToolName(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    private static void ReadResponseFormat(JsonElement root, ChatOptions options)
    {
        if (!root.TryGetProperty("response_format", out JsonElement format) || format.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        RequireKind(format, JsonValueKind.Object, "response_format", "an object");
        string type = RequireText(Required(format, "type", "response_format"), "response_format.type");
        switch (type)
        {
            case "text":
                CheckFields(format, "response_format.", ["type"], []);
                options.ResponseFormat = ChatResponseFormat.Text;
                return;
            case "json_object":
                CheckFields(format, "response_format.", ["type"], []);
                options.ResponseFormat = ChatResponseFormat.Json;
                return;
            case "json_schema":
                CheckFields(format, "response_format.", ["type", "json_schema"], []);
                break;
            default:
                throw new InvalidRequestException("response_format.type", "'type' must be text, json_object or json_schema.");
        }

        JsonElement jsonSchema = Required(format, "json_schema", "response_format");
        RequireKind(jsonSchema, JsonValueKind.Object, "response_format.json_schema", "an object");
        CheckFields(jsonSchema, "response_format.json_schema.", ["name", "description", "schema", "strict"], []);
        string name = RequireText(Required(jsonSchema, "name", "response_format.json_schema"), "response_format.json_schema.name");
        string? description = jsonSchema.TryGetProperty("description", out JsonElement d) && d.ValueKind != JsonValueKind.Null
            ? RequireString(d, "response_format.json_schema.description")
            : null;
        JsonElement schema = EmptyObjectSchema;
        if (jsonSchema.TryGetProperty("schema", out JsonElement s) && s.ValueKind != JsonValueKind.Null)
        {
            RequireKind(s, JsonValueKind.Object, "response_format.json_schema.schema", "a JSON schema object");
            schema = s.Clone();
        }

        options.ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, name, description);
        if (ReadBool(jsonSchema, "strict", "response_format.json_schema.strict") is { } strict)
        {
            (options.AdditionalProperties ??= [])[StrictJsonSchemaKey] = strict;
        }
    }

    /// <summary>
    /// Fields the provider-neutral <see cref="ChatOptions"/> has no place for travel as the OpenAI SDK's own options,
    /// which Microsoft.Extensions.AI.OpenAI starts from.
    /// </summary>
    private static void ReadProviderOptions(JsonElement root, ChatOptions options)
    {
        string? user = root.TryGetProperty("user", out JsonElement u) && u.ValueKind != JsonValueKind.Null ? RequireString(u, "user") : null;
        bool? store = ReadBool(root, "store");
        Dictionary<int, int>? logitBias = null;
        if (root.TryGetProperty("logit_bias", out JsonElement bias) && bias.ValueKind != JsonValueKind.Null)
        {
            RequireKind(bias, JsonValueKind.Object, "logit_bias", "an object of token ids to biases");
            logitBias = [];
            foreach (JsonProperty entry in bias.EnumerateObject())
            {
                string path = "logit_bias." + SafeName(entry);
                if (!int.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int token))
                {
                    throw new InvalidRequestException(path, "'logit_bias' keys must be token ids.");
                }

                logitBias[token] = RequireInteger(entry.Value, path, -100, 100);
            }
        }

        Dictionary<string, string>? metadata = null;
        if (root.TryGetProperty("metadata", out JsonElement meta) && meta.ValueKind != JsonValueKind.Null)
        {
            RequireKind(meta, JsonValueKind.Object, "metadata", "an object of strings");
            metadata = [];
            foreach (JsonProperty entry in meta.EnumerateObject())
            {
                string name = SafeName(entry);
                metadata[name] = RequireString(entry.Value, "metadata." + name);
            }
        }

        if (user is null && store is null && logitBias is null && metadata is null)
        {
            return;
        }

        if (logitBias is { Count: > 0 })
        {
            // In token order, so the same bias written in another order is the same entry.
            var entries = new List<KeyValuePair<int, int>>(logitBias);
            entries.Sort(static (a, b) => a.Key.CompareTo(b.Key));
            var canonical = new System.Text.StringBuilder();
            foreach (KeyValuePair<int, int> entry in entries)
            {
                canonical.Append(CultureInfo.InvariantCulture, $"{entry.Key}:{entry.Value};");
            }

            (options.AdditionalProperties ??= [])[LogitBiasKey] = canonical.ToString();
        }

        options.RawRepresentationFactory = _ =>
        {
            var raw = new OpenAI.Chat.ChatCompletionOptions { EndUserId = user, StoredOutputEnabled = store };
            foreach (KeyValuePair<int, int> entry in logitBias ?? [])
            {
                raw.LogitBiases[entry.Key] = entry.Value;
            }

            foreach (KeyValuePair<string, string> entry in metadata ?? [])
            {
                raw.Metadata[entry.Key] = entry.Value;
            }

            return raw;
        };
    }

    private static List<string>? ReadStop(JsonElement root)
    {
        if (!root.TryGetProperty("stop", out JsonElement stop) || stop.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (stop.ValueKind == JsonValueKind.String)
        {
            return [RequireString(stop, "stop")];
        }

        RequireKind(stop, JsonValueKind.Array, "stop", "a string or an array of strings");
        if (stop.GetArrayLength() > MaxStopSequences)
        {
            throw new InvalidRequestException("stop", "'stop' takes at most 4 sequences.");
        }

        var sequences = new List<string>(stop.GetArrayLength());
        int index = 0;
        foreach (JsonElement sequence in stop.EnumerateArray())
        {
            sequences.Add(RequireString(sequence, string.Create(CultureInfo.InvariantCulture, $"stop[{index}]")));
            index++;
        }

        return sequences;
    }

    /// <summary>A function tool the client declared; the gateway forwards it, it never invokes it.</summary>
    private sealed class RequestedFunction(string name, string? description, JsonElement schema, bool strict) : AIFunctionDeclaration
    {
        private static readonly IReadOnlyDictionary<string, object?> Strict = new Dictionary<string, object?> { [StrictJsonSchemaKey] = true };

        public override string Name => name;

        public override string Description => description ?? "";

        public override JsonElement JsonSchema => schema;

        public override IReadOnlyDictionary<string, object?> AdditionalProperties =>
            strict ? Strict : base.AdditionalProperties;
    }
}
