using System.Globalization;
using System.Net;
using Microsoft.Extensions.AI;

namespace Governance.AI.Testing;

/// <summary>One scripted outcome of a <see cref="FakeChatClient"/> call: a reply, or a failure.</summary>
public sealed class FakeReply
{
    private FakeReply(ChatResponse? response, Exception? failure)
    {
        Response = response;
        Failure = failure;
    }

    /// <summary>Gets the reply, or <see langword="null"/> for a failure.</summary>
    public ChatResponse? Response { get; }

    /// <summary>Gets the failure, or <see langword="null"/> for a reply.</summary>
    public Exception? Failure { get; }

    /// <summary>Gets the number of streaming chunks after which the stream breaks, or <see langword="null"/> for a stream that ends normally.</summary>
    public int? BreakAfterChunks { get; private init; }

    /// <summary>Gets the latency of this call on the fake clock, or <see langword="null"/> for the client's default.</summary>
    public TimeSpan? Latency { get; private init; }

    /// <summary>A text reply.</summary>
    /// <param name="text">The assistant text.</param>
    /// <param name="inputTokens">Reported input tokens; <see langword="null"/> for none.</param>
    /// <param name="outputTokens">Reported output tokens; <see langword="null"/> for none.</param>
    /// <param name="finishReason">The finish reason; <see cref="ChatFinishReason.Stop"/> by default.</param>
    /// <returns>The reply.</returns>
    public static FakeReply Text(string text, long? inputTokens = null, long? outputTokens = null, ChatFinishReason? finishReason = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = finishReason ?? ChatFinishReason.Stop,
            Usage = inputTokens is null && outputTokens is null
                ? null
                : new UsageDetails
                {
                    InputTokenCount = inputTokens,
                    OutputTokenCount = outputTokens,
                    TotalTokenCount = (inputTokens ?? 0) + (outputTokens ?? 0),
                },
        };
        return new FakeReply(response, null);
    }

    /// <summary>A reply given as a whole response.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The reply.</returns>
    public static FakeReply Of(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new FakeReply(response, null);
    }

    /// <summary>A failure that throws the given exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reply.</returns>
    public static FakeReply Throw(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new FakeReply(null, exception);
    }

    /// <summary>A failure with an HTTP status, as a provider SDK reports it, optionally with retry-after headers.</summary>
    /// <param name="status">The status, for example 429 or 503.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> value (whole seconds), if any.</param>
    /// <param name="retryAfterMs">The <c>retry-after-ms</c> value, if any.</param>
    /// <returns>The reply.</returns>
    public static FakeReply Http(HttpStatusCode status, TimeSpan? retryAfter = null, TimeSpan? retryAfterMs = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (retryAfter is { } seconds)
        {
            headers["Retry-After"] = ((long)Math.Ceiling(seconds.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (retryAfterMs is { } ms)
        {
            headers["retry-after-ms"] = ((long)ms.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        }

        return new FakeReply(null, new FakeProviderException(status, headers));
    }

    /// <summary>A failure that times out the way an HTTP client does: a <see cref="TaskCanceledException"/> wrapping a <see cref="TimeoutException"/>.</summary>
    /// <returns>The reply.</returns>
    public static FakeReply Timeout() =>
        new(null, new TaskCanceledException("The request timed out.", new TimeoutException("The provider did not answer in time.")));

    /// <summary>Returns this reply with a stream that breaks (throws an <see cref="IOException"/>) after some chunks.</summary>
    /// <param name="chunks">The number of chunks delivered before the break.</param>
    /// <returns>A new reply.</returns>
    public FakeReply BreakingAfter(int chunks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunks);
        return new FakeReply(Response, Failure) { BreakAfterChunks = chunks, Latency = Latency };
    }

    /// <summary>Returns this reply with a latency on the fake clock.</summary>
    /// <param name="latency">The latency.</param>
    /// <returns>A new reply.</returns>
    public FakeReply After(TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        return new FakeReply(Response, Failure) { BreakAfterChunks = BreakAfterChunks, Latency = latency };
    }
}

/// <summary>A provider failure with an HTTP status and response headers, as <see cref="FakeReply.Http"/> scripts it.</summary>
public sealed class FakeProviderException : HttpRequestException
{
    /// <summary>Initializes a new instance of the <see cref="FakeProviderException"/> class.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">The response headers.</param>
    public FakeProviderException(HttpStatusCode status, IReadOnlyDictionary<string, string> headers)
        : base($"The provider answered {(int)status} ({status}).", null, status)
    {
        ArgumentNullException.ThrowIfNull(headers);
        Headers = headers;
    }

    /// <summary>Gets the response headers (for example <c>Retry-After</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }
}
