using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Testing;

/// <summary>
/// A scripted chat model for tests: replies from a queue of <see cref="FakeReply"/> (then from
/// <see cref="Responder"/>, or an echo), streams each reply in <see cref="StreamingChunks"/> chunks, fails on cue
/// (exceptions, HTTP 429 with Retry-After, 5xx, timeouts, a stream that breaks after k chunks), waits its latency
/// on the given clock, and records every request it receives.
/// </summary>
public sealed class FakeChatClient : IChatClient
{
    private readonly Lock _lock = new();
    private readonly Queue<FakeReply> _script = new();
    private readonly List<FakeChatRequest> _requests = [];
    private readonly TimeProvider _timeProvider;
    private int _responseCounter;

    /// <summary>Initializes a new instance of the <see cref="FakeChatClient"/> class.</summary>
    /// <param name="timeProvider">The clock latency is waited on; the system clock by default.</param>
    /// <param name="modelId">The model id it reports.</param>
    public FakeChatClient(TimeProvider? timeProvider = null, string modelId = "fake-model")
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        _timeProvider = timeProvider ?? TimeProvider.System;
        Metadata = new ChatClientMetadata("fake", null, modelId);
    }

    /// <summary>Raised when a request arrives, before the reply; a test can await a signal set here.</summary>
    public event Action<FakeChatRequest>? RequestReceived;

    /// <summary>Gets the client's metadata.</summary>
    public ChatClientMetadata Metadata { get; }

    /// <summary>Gets or sets the reply for requests when the script is empty; an echo with estimated usage by default.</summary>
    public Func<FakeChatRequest, FakeReply>? Responder { get; set; }

    /// <summary>Gets or sets the number of text chunks a streamed reply is split into.</summary>
    public int StreamingChunks
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 4;

    /// <summary>Gets or sets the default latency, waited on the clock before a reply (or a failure).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// Gets or sets a hook awaited before each streaming chunk is yielded, with the chunk's index; a test can hold a
    /// stream open at a chosen point with it.
    /// </summary>
    public Func<int, CancellationToken, ValueTask>? BeforeChunk { get; set; }

    /// <summary>Gets a snapshot of the requests received so far.</summary>
    public IReadOnlyList<FakeChatRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Gets the number of requests received so far.</summary>
    public int CallCount
    {
        get
        {
            lock (_lock)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>Adds replies to the script, used in order by the next calls.</summary>
    /// <param name="replies">The replies.</param>
    /// <returns>This client.</returns>
    public FakeChatClient Enqueue(params FakeReply[] replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        lock (_lock)
        {
            foreach (FakeReply reply in replies)
            {
                _script.Enqueue(reply ?? throw new ArgumentException("A reply is null.", nameof(replies)));
            }
        }

        return this;
    }

    /// <summary>The default reply: echoes the last user message, reporting usage estimated at four characters a token.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The reply.</returns>
    public static FakeReply Echo(FakeChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string text = "Echo: " + request.LastUserText;
        long input = 0;
        foreach (ChatMessage message in request.Messages)
        {
            input += EstimateTokens(message.Text);
        }

        return FakeReply.Text(text, input, EstimateTokens(text));
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        FakeReply reply = Receive(messages, options, streaming: false);
        await WaitLatencyAsync(reply, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            throw failure;
        }

        ChatResponse response = reply.Response!;
        response.ResponseId ??= NextResponseId();
        response.ModelId ??= options?.ModelId ?? Metadata.DefaultModelId;
        return response;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        FakeReply reply = Receive(messages, options, streaming: true);
        await WaitLatencyAsync(reply, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            throw failure;
        }

        ChatResponse response = reply.Response!;
        string responseId = response.ResponseId ?? NextResponseId();
        string? modelId = response.ModelId ?? options?.ModelId ?? Metadata.DefaultModelId;
        ChatMessage message = response.Messages.Count > 0 ? response.Messages[^1] : new ChatMessage(ChatRole.Assistant, string.Empty);
        List<string> chunks = Split(message.Text, StreamingChunks);

        for (int i = 0; i < chunks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reply.BreakAfterChunks == i)
            {
                throw new IOException($"The fake provider's stream broke after {i} chunk(s).");
            }

            if (BeforeChunk is { } hook)
            {
                await hook(i, cancellationToken).ConfigureAwait(false);
            }

            yield return new ChatResponseUpdate(ChatRole.Assistant, chunks[i])
            {
                ResponseId = responseId,
                MessageId = responseId,
                ModelId = modelId,
            };
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (reply.BreakAfterChunks is { } breakAt && breakAt >= chunks.Count)
        {
            throw new IOException($"The fake provider's stream broke after {chunks.Count} chunk(s).");
        }

        // The last update carries what a provider sends at the end: the finish reason, non-text contents and usage.
        var final = new ChatResponseUpdate
        {
            Role = ChatRole.Assistant,
            ResponseId = responseId,
            MessageId = responseId,
            ModelId = modelId,
            FinishReason = response.FinishReason ?? ChatFinishReason.Stop,
        };
        foreach (AIContent content in message.Contents)
        {
            if (content is not TextContent)
            {
                final.Contents.Add(content);
            }
        }

        if (response.Usage is { } usage)
        {
            final.Contents.Add(new UsageContent(usage));
        }

        yield return final;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    internal static long EstimateTokens(string text) => (text.Length + 3) / 4;

    private static List<string> Split(string text, int chunks)
    {
        var parts = new List<string>(chunks);
        if (text.Length == 0)
        {
            return parts;
        }

        int size = Math.Max(1, (text.Length + chunks - 1) / chunks);
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + size);

            // Never split a surrogate pair: each chunk stays valid UTF-16.
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end++;
            }

            parts.Add(text[start..end]);
            start = end;
        }

        return parts;
    }

    private FakeReply Receive(IEnumerable<ChatMessage> messages, ChatOptions? options, bool streaming)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var request = new FakeChatRequest([.. messages], options, streaming);
        FakeReply? scripted = null;
        lock (_lock)
        {
            _requests.Add(request);
            _script.TryDequeue(out scripted);
        }

        RequestReceived?.Invoke(request);
        return scripted ?? (Responder ?? Echo)(request);
    }

    private async Task WaitLatencyAsync(FakeReply reply, CancellationToken cancellationToken)
    {
        TimeSpan latency = reply.Latency ?? Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private string NextResponseId() => "fake-" + Interlocked.Increment(ref _responseCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
