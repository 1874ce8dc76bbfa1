using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace GatewayService;

/// <summary>
/// <c>POST /v1/chat/completions</c>, OpenAI-compatible: JSON in, JSON (<c>chat.completion</c>) or server-sent events
/// (<c>chat.completion.chunk</c>, then <c>[DONE]</c>) out, through the governed <see cref="IChatClient"/>.
/// </summary>
internal static class ChatCompletionsEndpoint
{
    public static async Task HandleAsync(HttpContext http, IChatClient chat, TimeProvider clock)
    {
        ChatCompletionRequest request;
        try
        {
            request = await ChatCompletionRequest.ReadAsync(http.Request, http.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            await GovernanceErrorResponses.WriteProblemAsync(http, StatusCodes.Status400BadRequest, "invalid_request", ex.Message);
            return;
        }

        long created = clock.GetUtcNow().ToUnixTimeSeconds();
        if (!request.Stream)
        {
            ChatResponse response = await chat.GetResponseAsync(request.Messages, request.Options, http.RequestAborted);
            GovernanceErrorResponses.AddRateLimitHeaders(http.Response, response.AdditionalProperties);
            http.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(http.Response.Body);
            WriteCompletion(writer, response, request, created);
            await writer.FlushAsync(http.RequestAborted);
            return;
        }

        // Streaming: a governance error before the first chunk is an ordinary HTTP error; after it, the status is
        // already sent, so the error travels as an SSE error event and the stream ends without [DONE].
        await using IAsyncEnumerator<ChatResponseUpdate> updates = chat
            .GetStreamingResponseAsync(request.Messages, request.Options, http.RequestAborted)
            .GetAsyncEnumerator(http.RequestAborted);
        if (!await updates.MoveNextAsync())
        {
            http.Response.ContentType = "text/event-stream";
            await WriteDoneAsync(http);
            return;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        string id = updates.Current.ResponseId ?? "chatcmpl-" + Guid.NewGuid().ToString("N");
        try
        {
            do
            {
                await WriteChunkAsync(http, updates.Current, request, id, created);
            }
            while (await updates.MoveNextAsync());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await WriteStreamErrorAsync(http, ex);
            return;
        }

        await WriteDoneAsync(http);
    }

    private static void WriteCompletion(Utf8JsonWriter writer, ChatResponse response, ChatCompletionRequest request, long created)
    {
        writer.WriteStartObject();
        writer.WriteString("id", response.ResponseId ?? "chatcmpl-" + Guid.NewGuid().ToString("N"));
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", created);
        writer.WriteString("model", response.ModelId ?? request.Options.ModelId);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        writer.WriteString("content", response.Text);
        writer.WriteEndObject();
        writer.WriteString("finish_reason", FinishReason(response.FinishReason) ?? "stop");
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteUsage(writer, response.Usage);
        writer.WriteEndObject();
    }

    private static async Task WriteChunkAsync(HttpContext http, ChatResponseUpdate update, ChatCompletionRequest request, string id, long created)
    {
        UsageDetails? usage = null;
        foreach (AIContent content in update.Contents)
        {
            if (content is UsageContent u)
            {
                usage = u.Details;
            }
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("object", "chat.completion.chunk");
            writer.WriteNumber("created", created);
            writer.WriteString("model", update.ModelId ?? request.Options.ModelId);
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("delta");
            if (update.Role is not null)
            {
                writer.WriteString("role", "assistant");
            }

            string text = update.Text;
            if (text.Length > 0)
            {
                writer.WriteString("content", text);
            }

            writer.WriteEndObject();
            if (FinishReason(update.FinishReason) is { } finish)
            {
                writer.WriteString("finish_reason", finish);
            }
            else
            {
                writer.WriteNull("finish_reason");
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            if (usage is not null && request.IncludeUsage)
            {
                WriteUsage(writer, usage);
            }

            writer.WriteEndObject();
        }

        await http.Response.WriteAsync("data: ", http.RequestAborted);
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
        await http.Response.WriteAsync("\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private static async Task WriteStreamErrorAsync(HttpContext http, Exception error)
    {
        (int status, string code, string message) = GovernanceErrorResponses.Describe(error);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", code);
            writer.WriteNumber("status", status);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await http.Response.WriteAsync("data: ", CancellationToken.None);
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, CancellationToken.None);
        await http.Response.WriteAsync("\n\n", CancellationToken.None);
    }

    private static Task WriteDoneAsync(HttpContext http) => http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted);

    private static void WriteUsage(Utf8JsonWriter writer, UsageDetails? usage)
    {
        if (usage is null)
        {
            return;
        }

        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", usage.InputTokenCount ?? 0);
        writer.WriteNumber("completion_tokens", usage.OutputTokenCount ?? 0);
        writer.WriteNumber("total_tokens", usage.TotalTokenCount ?? ((usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0)));
        if (usage.CachedInputTokenCount is { } cached)
        {
            writer.WriteStartObject("prompt_tokens_details");
            writer.WriteNumber("cached_tokens", cached);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string? FinishReason(ChatFinishReason? reason) =>
        reason is null ? null
        : reason == ChatFinishReason.Length ? "length"
        : reason == ChatFinishReason.ToolCalls ? "tool_calls"
        : reason == ChatFinishReason.ContentFilter ? "content_filter"
        : "stop";
}

/// <summary>The parts of an OpenAI chat completion request the gateway understands.</summary>
internal sealed class ChatCompletionRequest
{
    public required List<ChatMessage> Messages { get; init; }

    public required ChatOptions Options { get; init; }

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    public static async Task<ChatCompletionRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using JsonDocument document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The request body must be a JSON object.");
        }

        if (!root.TryGetProperty("messages", out JsonElement messagesElement) || messagesElement.ValueKind != JsonValueKind.Array || messagesElement.GetArrayLength() == 0)
        {
            throw new FormatException("'messages' must be a non-empty array.");
        }

        var messages = new List<ChatMessage>();
        foreach (JsonElement message in messagesElement.EnumerateArray())
        {
            string role = message.TryGetProperty("role", out JsonElement r) ? r.GetString() ?? "user" : "user";
            messages.Add(new ChatMessage(new ChatRole(role == "developer" ? "system" : role), ReadContent(message)));
        }

        var options = new ChatOptions
        {
            ModelId = root.TryGetProperty("model", out JsonElement model) ? model.GetString() : null,
            Temperature = ReadFloat(root, "temperature"),
            TopP = ReadFloat(root, "top_p"),
            FrequencyPenalty = ReadFloat(root, "frequency_penalty"),
            PresencePenalty = ReadFloat(root, "presence_penalty"),
            MaxOutputTokens = ReadInt(root, "max_completion_tokens") ?? ReadInt(root, "max_tokens"),
            Seed = ReadInt(root, "seed"),
        };
        if (root.TryGetProperty("stop", out JsonElement stop))
        {
            options.StopSequences = stop.ValueKind == JsonValueKind.Array
                ? [.. stop.EnumerateArray().Select(s => s.GetString() ?? "")]
                : stop.ValueKind == JsonValueKind.String ? [stop.GetString()!] : null;
        }

        bool stream = root.TryGetProperty("stream", out JsonElement s) && s.ValueKind == JsonValueKind.True;
        bool includeUsage = root.TryGetProperty("stream_options", out JsonElement so) && so.ValueKind == JsonValueKind.Object
            && so.TryGetProperty("include_usage", out JsonElement iu) && iu.ValueKind == JsonValueKind.True;
        return new ChatCompletionRequest { Messages = messages, Options = options, Stream = stream, IncludeUsage = includeUsage };
    }

    private static string ReadContent(JsonElement message)
    {
        if (!message.TryGetProperty("content", out JsonElement content))
        {
            return "";
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString() ?? "",
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(p => p.TryGetProperty("type", out JsonElement t) && t.GetString() == "text" && p.TryGetProperty("text", out _))
                .Select(p => p.GetProperty("text").GetString())),
            JsonValueKind.Null => "",
            _ => throw new FormatException("'content' must be a string or an array of parts."),
        };
    }

    private static float? ReadFloat(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.Number ? e.GetSingle() : null;

    private static int? ReadInt(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null;
}
