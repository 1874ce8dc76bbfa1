using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

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

    private static readonly HashSet<string> MessageFields = ["role", "content", "name", "tool_calls", "tool_call_id", "refusal"];

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

        List<ChatMessage> messages = ReadMessages(root);
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

        if (ReadBool(root, "logprobs") == true || root.TryGetProperty("top_logprobs", out _))
        {
            throw new InvalidRequestException(root.TryGetProperty("top_logprobs", out _) ? "top_logprobs" : "logprobs", "Log probabilities are not supported by this gateway.");
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

    private static List<ChatMessage> ReadMessages(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out JsonElement array))
        {
            throw new InvalidRequestException("messages", "'messages' is required.");
        }

        RequireKind(array, JsonValueKind.Array, "messages", "an array of message objects");
        if (array.GetArrayLength() == 0)
        {
            throw new InvalidRequestException("messages", "'messages' must not be empty.");
        }

        var messages = new List<ChatMessage>(array.GetArrayLength());
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            messages.Add(ReadMessage(element, string.Create(CultureInfo.InvariantCulture, $"messages[{index}]")));
            index++;
        }

        return messages;
    }

    private static ChatMessage ReadMessage(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.Object, path, "an object");
        CheckFields(element, path + ".", MessageFields, []);
        if (!element.TryGetProperty("role", out JsonElement roleElement))
        {
            throw new InvalidRequestException(path + ".role", "'role' is required.");
        }

        string role = RequireText(roleElement, path + ".role");
        var message = new ChatMessage { Role = role switch
        {
            "system" or "developer" => ChatRole.System,
            "user" => ChatRole.User,
            "assistant" => ChatRole.Assistant,
            "tool" => ChatRole.Tool,
            _ => throw new InvalidRequestException(path + ".role", "'role' must be one of system, developer, user, assistant or tool."),
        }, };

        if (element.TryGetProperty("name", out JsonElement name) && name.ValueKind != JsonValueKind.Null)
        {
            message.AuthorName = RequireText(name, path + ".name");
        }

        if (element.TryGetProperty("refusal", out JsonElement refusal) && refusal.ValueKind != JsonValueKind.Null)
        {
            if (message.Role != ChatRole.Assistant)
            {
                throw new InvalidRequestException(path + ".refusal", "'refusal' is only allowed on assistant messages.");
            }

            message.Contents.Add(new TextContent(RequireString(refusal, path + ".refusal")));
        }

        bool hasContent = element.TryGetProperty("content", out JsonElement content) && content.ValueKind != JsonValueKind.Null;
        bool hasToolCalls = element.TryGetProperty("tool_calls", out JsonElement toolCalls) && toolCalls.ValueKind != JsonValueKind.Null;
        if (message.Role == ChatRole.Tool)
        {
            if (!element.TryGetProperty("tool_call_id", out JsonElement callId))
            {
                throw new InvalidRequestException(path + ".tool_call_id", "A tool message needs the 'tool_call_id' it answers.");
            }

            string id = RequireText(callId, path + ".tool_call_id");
            string result = hasContent ? ReadTextContent(content, path + ".content") : throw new InvalidRequestException(path + ".content", "A tool message needs 'content'.");
            message.Contents.Add(new FunctionResultContent(id, result));
            return message;
        }

        if (element.TryGetProperty("tool_call_id", out _))
        {
            throw new InvalidRequestException(path + ".tool_call_id", "'tool_call_id' is only allowed on tool messages.");
        }

        if (hasToolCalls && message.Role != ChatRole.Assistant)
        {
            throw new InvalidRequestException(path + ".tool_calls", "'tool_calls' is only allowed on assistant messages.");
        }

        if (hasContent)
        {
            ReadContent(content, path + ".content", message);
        }
        else if (message.Role != ChatRole.Assistant || !hasToolCalls)
        {
            if (message.Role != ChatRole.Assistant || message.Contents.Count == 0)
            {
                throw new InvalidRequestException(path + ".content", "'content' is required" + (message.Role == ChatRole.Assistant ? " unless the message has 'tool_calls'." : "."));
            }
        }

        if (hasToolCalls)
        {
            ReadToolCalls(toolCalls, path + ".tool_calls", message);
        }

        return message;
    }

    private static void ReadContent(JsonElement content, string path, ChatMessage message)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            message.Contents.Add(new TextContent(RequireString(content, path)));
            return;
        }

        RequireKind(content, JsonValueKind.Array, path, "a string or an array of content parts");
        int index = 0;
        foreach (JsonElement part in content.EnumerateArray())
        {
            message.Contents.Add(ReadPart(part, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), message.Role));
            index++;
        }
    }

    /// <summary>Reads the content of a tool message: a string, or text parts joined.</summary>
    private static string ReadTextContent(JsonElement content, string path)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return RequireString(content, path);
        }

        RequireKind(content, JsonValueKind.Array, path, "a string or an array of text parts");
        var text = new System.Text.StringBuilder();
        int index = 0;
        foreach (JsonElement part in content.EnumerateArray())
        {
            string partPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            if (ReadPart(part, partPath, ChatRole.Tool) is not TextContent textPart)
            {
                throw new InvalidRequestException(partPath + ".type", "A tool message's content parts must be text.");
            }

            text.Append(textPart.Text);
            index++;
        }

        return text.ToString();
    }

    private static AIContent ReadPart(JsonElement part, string path, ChatRole role)
    {
        RequireKind(part, JsonValueKind.Object, path, "a content part object");
        if (!part.TryGetProperty("type", out JsonElement typeElement))
        {
            throw new InvalidRequestException(path + ".type", "A content part needs a 'type'.");
        }

        string type = RequireText(typeElement, path + ".type");
        switch (type)
        {
            case "text":
                CheckFields(part, path + ".", ["type", "text"], []);
                return new TextContent(RequireString(Required(part, "text", path), path + ".text"));
            case "refusal" when role == ChatRole.Assistant:
                CheckFields(part, path + ".", ["type", "refusal"], []);
                return new TextContent(RequireString(Required(part, "refusal", path), path + ".refusal"));
            case "image_url" when role == ChatRole.User:
                CheckFields(part, path + ".", ["type", "image_url"], []);
                return ReadImage(Required(part, "image_url", path), path + ".image_url");
            case "input_audio" when role == ChatRole.User:
                CheckFields(part, path + ".", ["type", "input_audio"], []);
                return ReadAudio(Required(part, "input_audio", path), path + ".input_audio");
            case "text" or "refusal" or "image_url" or "input_audio":
                throw new InvalidRequestException(path + ".type", $"'{type}' parts are not allowed in {role.Value} messages.");
            default:
                throw new InvalidRequestException(path + ".type", "The part type is not supported; use text, image_url, input_audio or refusal.");
        }
    }

    private static AIContent ReadImage(JsonElement image, string path)
    {
        RequireKind(image, JsonValueKind.Object, path, "an object with a 'url'");
        CheckFields(image, path + ".", ["url", "detail"], []);
        string url = RequireText(Required(image, "url", path), path + ".url");
        AIContent content;
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                content = new DataContent(url);
            }
            catch (FormatException)
            {
                throw new InvalidRequestException(path + ".url", "The data URI is malformed.");
            }
        }
        else if (Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            content = new UriContent(uri, "image/*");
        }
        else
        {
            throw new InvalidRequestException(path + ".url", "The image URL must be an http(s) URL or a data URI.");
        }

        if (image.TryGetProperty("detail", out JsonElement detail) && detail.ValueKind != JsonValueKind.Null)
        {
            string level = RequireText(detail, path + ".detail");
            if (level is not ("auto" or "low" or "high"))
            {
                throw new InvalidRequestException(path + ".detail", "'detail' must be auto, low or high.");
            }

            (content.AdditionalProperties ??= [])["detail"] = level;
        }

        return content;
    }

    private static DataContent ReadAudio(JsonElement audio, string path)
    {
        RequireKind(audio, JsonValueKind.Object, path, "an object with 'data' and 'format'");
        CheckFields(audio, path + ".", ["data", "format"], []);
        string format = RequireText(Required(audio, "format", path), path + ".format");
        string mediaType = format switch
        {
            "wav" => "audio/wav",
            "mp3" => "audio/mpeg",
            _ => throw new InvalidRequestException(path + ".format", "'format' must be wav or mp3."),
        };
        string data = RequireText(Required(audio, "data", path), path + ".data");
        try
        {
            return new DataContent(Convert.FromBase64String(data), mediaType);
        }
        catch (FormatException)
        {
            throw new InvalidRequestException(path + ".data", "'data' must be base64.");
        }
    }

    private static void ReadToolCalls(JsonElement toolCalls, string path, ChatMessage message)
    {
        RequireKind(toolCalls, JsonValueKind.Array, path, "an array of tool calls");
        int index = 0;
        foreach (JsonElement call in toolCalls.EnumerateArray())
        {
            string callPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            RequireKind(call, JsonValueKind.Object, callPath, "an object");
            CheckFields(call, callPath + ".", ["id", "type", "function"], []);
            string id = RequireText(Required(call, "id", callPath), callPath + ".id");
            if (RequireText(Required(call, "type", callPath), callPath + ".type") != "function")
            {
                throw new InvalidRequestException(callPath + ".type", "Only 'function' tool calls are supported.");
            }

            JsonElement function = Required(call, "function", callPath);
            RequireKind(function, JsonValueKind.Object, callPath + ".function", "an object");
            CheckFields(function, callPath + ".function.", ["name", "arguments"], []);
            string name = RequireText(Required(function, "name", callPath + ".function"), callPath + ".function.name");
            string arguments = RequireString(Required(function, "arguments", callPath + ".function"), callPath + ".function.arguments");
            message.Contents.Add(new FunctionCallContent(id, name, ParseArguments(arguments, callPath + ".function.arguments")));
            index++;
        }
    }

    private static Dictionary<string, object?> ParseArguments(string arguments, string path)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return result;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(arguments);
            RequireKind(document.RootElement, JsonValueKind.Object, path, "a JSON object (as a string)");
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                result[property.Name] = property.Value.Clone();
            }
        }
        catch (JsonException)
        {
            throw new InvalidRequestException(path, "'arguments' must be a JSON object encoded as a string.");
        }

        return result;
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

    /// <summary>Refuses unknown fields (so a misspelt option is not silently dropped) and fields the gateway cannot forward.</summary>
    private static void CheckFields(JsonElement element, string prefix, HashSet<string> known, HashSet<string> unsupported)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name = SafeName(property, prefix);
            if (unsupported.Contains(name))
            {
                throw new InvalidRequestException(prefix + name, $"'{name}' is not supported by this gateway.");
            }

            if (!known.Contains(name))
            {
                throw new InvalidRequestException(prefix + name, $"Unrecognized field '{name}'.");
            }
        }
    }

    private static string SafeName(JsonProperty property, string prefix = "")
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException(prefix.Length == 0 ? "body" : prefix.TrimEnd('.'), "A field name is not valid UTF-8 or UTF-16 text.");
        }
    }

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out JsonElement value)
            ? value
            : throw new InvalidRequestException(path + "." + name, $"'{name}' is required.");

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new InvalidRequestException(path, $"'{path}' must be {what}.");
        }
    }

    /// <summary>Reads a string, refusing lone surrogates and invalid UTF-8 (which cannot become a .NET string safely).</summary>
    private static string RequireString(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.String, path, "a string");
        string value;
        try
        {
            value = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException(path, $"'{path}' is not valid Unicode (invalid UTF-8 or a lone surrogate).");
        }

        // Escaped lone surrogates (\ud800) decode without error; policies and the upstream must never see them.
        if (HasLoneSurrogate(value))
        {
            throw new InvalidRequestException(path, $"'{path}' is not valid Unicode (a lone surrogate).");
        }

        return value;
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string RequireText(JsonElement element, string path)
    {
        string value = RequireString(element, path);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidRequestException(path, $"'{path}' must not be empty.");
        }

        return value;
    }

    private static float? ReadNumber(JsonElement root, string name, double min, double max)
    {
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireKind(element, JsonValueKind.Number, name, "a number");
        double value = element.GetDouble();
        if (value < min || value > max)
        {
            throw new InvalidRequestException(name, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between {min} and {max}."));
        }

        return (float)value;
    }

    private static int? ReadInteger(JsonElement root, string name, int min, int max) =>
        root.TryGetProperty(name, out JsonElement element) && element.ValueKind != JsonValueKind.Null
            ? RequireInteger(element, name, min, max)
            : null;

    private static int RequireInteger(JsonElement element, string path, int min, int max)
    {
        RequireKind(element, JsonValueKind.Number, path, "an integer");
        if (!element.TryGetInt32(out int value) || value < min || value > max)
        {
            throw new InvalidRequestException(path, string.Create(CultureInfo.InvariantCulture, $"'{path}' must be an integer between {min} and {max}."));
        }

        return value;
    }

    private static long? ReadLong(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireKind(element, JsonValueKind.Number, name, "an integer");
        return element.TryGetInt64(out long value) ? value : throw new InvalidRequestException(name, $"'{name}' must be a 64-bit integer.");
    }

    private static bool? ReadBool(JsonElement element, string name, string? path = null)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidRequestException(path ?? name, $"'{path ?? name}' must be true or false."),
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
