using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using static GatewayService.RequestJson;

namespace GatewayService;

/// <summary>
/// Reads the <c>messages</c> of a chat completion request into <see cref="ChatMessage"/>s: text, image and audio parts,
/// assistant tool calls and tool results with their call ids — each checked, or an <see cref="InvalidRequestException"/>.
/// </summary>
internal static class ChatMessageReader
{
    private static readonly HashSet<string> MessageFields = ["role", "content", "name", "tool_calls", "tool_call_id", "refusal"];

    public static List<ChatMessage> ReadMessages(JsonElement root)
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
        else if (message.Role != ChatRole.Assistant || (!hasToolCalls && message.Contents.Count == 0))
        {
            throw new InvalidRequestException(path + ".content", "'content' is required" + (message.Role == ChatRole.Assistant ? " unless the message has 'tool_calls'." : "."));
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
}
