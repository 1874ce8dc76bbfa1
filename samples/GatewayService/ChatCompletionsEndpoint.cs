using System.Buffers;
using System.Text.Json;
using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;

namespace GatewayService;

/// <summary>
/// <c>POST /v1/chat/completions</c>, OpenAI-compatible: JSON in, JSON (<c>chat.completion</c>) or server-sent events
/// (<c>chat.completion.chunk</c>, then <c>[DONE]</c>) out, through the governed <see cref="IChatClient"/>. A request
/// with an <c>Idempotency-Key</c> header is answered once per caller, key and messages; a retry gets the first answer.
/// </summary>
internal static class ChatCompletionsEndpoint
{
    private const int MaxIdempotencyKeyLength = 255;

    public static async Task HandleAsync(HttpContext http, IChatClient chat, TimeProvider clock)
    {
        // Malformed requests throw InvalidRequestException: the error middleware answers 400 naming the field.
        ChatCompletionRequest request = await ChatCompletionRequest.ReadAsync(http.Request, http.RequestAborted);
        long created = clock.GetUtcNow().ToUnixTimeSeconds();
        if (http.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } idempotencyKey)
        {
            if (idempotencyKey.Length > MaxIdempotencyKeyLength)
            {
                throw new InvalidRequestException("Idempotency-Key", $"The Idempotency-Key header must be at most {MaxIdempotencyKeyLength} characters.");
            }

            request.Options.WithIdempotencyKey(idempotencyKey);
        }

        if (!request.Stream)
        {
            ChatResponse response = await chat.GetResponseAsync(request.Messages, request.Options, http.RequestAborted);
            GovernanceErrorResponses.AddRateLimitHeaders(http.Response, response.AdditionalProperties);
            http.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(http.Response.Body);
            ChatCompletionWriter.WriteCompletion(writer, response, request.Options.ModelId, created);
            await writer.FlushAsync(http.RequestAborted);
            return;
        }

        await StreamAsync(http, chat, request, clock, created);
    }

    /// <summary>
    /// Streams the answer as OpenAI does: content chunks as they come, then one chunk with the finish reason (so no
    /// content can follow it, whatever a stage sends late), then the usage on a chunk with <c>choices: []</c> when
    /// <c>stream_options.include_usage</c> asks for it, then <c>[DONE]</c>.
    /// </summary>
    private static async Task StreamAsync(HttpContext http, IChatClient chat, ChatCompletionRequest request, TimeProvider clock, long created)
    {
        // A governance or upstream error before the first chunk is an ordinary HTTP error; after it, the status is
        // already sent, so the error travels as an SSE error event and the connection is closed without [DONE].
        await using IAsyncEnumerator<ChatResponseUpdate> updates = chat
            .GetStreamingResponseAsync(request.Messages, request.Options, http.RequestAborted)
            .GetAsyncEnumerator(http.RequestAborted);
        bool any = await updates.MoveNextAsync();
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var state = new ChatCompletionWriter.StreamState(
            any ? updates.Current.ResponseId ?? NewId() : NewId(),
            request.Options.ModelId,
            created);
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            if (any)
            {
                do
                {
                    ChatCompletionWriter.WriteUpdate(buffer, updates.Current, state);
                    await FlushEventsAsync(http, buffer);
                }
                while (await updates.MoveNextAsync());
            }
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            ErrorDescription error = GovernanceErrorResponses.Describe(ex, clock.GetUtcNow())
                ?? GovernanceErrorResponses.Unhandled(http, ex);
            ChatCompletionWriter.WriteStreamError(buffer, error);
            await FlushEventsAsync(http, buffer, CancellationToken.None);

            // Clients that skip error events (the official OpenAI SDK does) would otherwise see a clean end of a cut
            // answer: closing without the response's terminating chunk makes their read fail instead.
            http.Abort();
            return;
        }

        ChatCompletionWriter.WriteEnd(buffer, state, request.IncludeUsage);
        await FlushEventsAsync(http, buffer);
    }

    private static async Task FlushEventsAsync(HttpContext http, ArrayBufferWriter<byte> buffer, CancellationToken? cancellationToken = null)
    {
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        CancellationToken token = cancellationToken ?? http.RequestAborted;
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, token);
        await http.Response.Body.FlushAsync(token);
        buffer.ResetWrittenCount();
    }

    private static string NewId() => "chatcmpl-" + Guid.NewGuid().ToString("N");
}
