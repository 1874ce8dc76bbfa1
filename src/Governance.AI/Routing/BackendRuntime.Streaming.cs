using Microsoft.Extensions.AI;
using Polly;

namespace Governance.AI.Routing;

/// <content>Streaming attempts: opening a stream through the backend's pipeline until its first update, and the lease that holds it open.</content>
internal sealed partial class BackendRuntime
{
    /// <summary>
    /// Opens a stream through the backend's strategies (see <see cref="RunAsync"/>); <see cref="ResultOf{T}"/> reads the <see cref="StreamLease"/> or
    /// throws the failure. Typed <see cref="object"/> like <see cref="ExecuteAsync"/>, for the same reason.
    /// </summary>
    public ValueTask<Outcome<object>> OpenAsync(
        RouteCall call, ChatOptions? options, bool limited, bool requireFinishReason, ResilienceContext context, CancellationToken streamToken) =>
        RunAsync(
            static (ctx, s) => s.Backend.OpenAttemptAsync(s.Call, s.Options, s.Limited, s.RequireFinish, s.Token, ctx.CancellationToken),
            context,
            (Backend: this, Call: call, Options: options, Limited: limited, RequireFinish: requireFinishReason, Token: streamToken));

    /// <summary>
    /// One attempt to open a stream: it succeeds when the first update has arrived (or, if allowed, when the stream
    /// ended empty). Never throws: a failure is counted and returned as the outcome.
    /// </summary>
    private async ValueTask<Outcome<object>> OpenAttemptAsync(
        RouteCall call, ChatOptions? options, bool limited, bool requireFinishReason, CancellationToken streamToken, CancellationToken attemptToken)
    {
        BeginAttempt(call, limited);
        long start = _time.GetTimestamp();

        // The stream runs on its own token, linked to the call's: Polly's attempt token (which carries the attempt
        // timeout) only governs the wait for the first update, and is detached before the stream goes to the caller.
        var streamCancellation = CancellationTokenSource.CreateLinkedTokenSource(streamToken);
        IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
        try
        {
            bool hasFirst;
            using (attemptToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), streamCancellation))
            {
                enumerator = Client.GetStreamingResponseAsync(call.Messages, options, streamCancellation.Token).GetAsyncEnumerator(streamCancellation.Token);
                hasFirst = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }

            if (!hasFirst && requireFinishReason)
            {
                throw new EmptyStreamException();
            }

            long end = _time.GetTimestamp();
            RecordLatency(_time.GetElapsedTime(start, end), end);
            return Outcome.FromResult<object>(new StreamLease(this, enumerator, streamCancellation, hasFirst, limited));
        }
        catch (Exception ex)
        {
            if (enumerator is not null)
            {
                await StreamLease.DisposeQuietlyAsync(enumerator).ConfigureAwait(false);
            }

            streamCancellation.Dispose();
            EndAttempt();
            RecordFailure(ex, call.CallerToken);
            return Outcome.FromException<object>(ex);
        }
    }
}

/// <summary>An open upstream stream whose first update has arrived; it holds the backend's in-flight slot until disposed.</summary>
internal sealed class StreamLease(
    BackendRuntime backend, IAsyncEnumerator<ChatResponseUpdate> enumerator, CancellationTokenSource cancellation, bool hasCurrent, bool limited) : IAsyncDisposable
{
    private int _disposed;

    public BackendRuntime Backend { get; } = backend;

    public bool Limited { get; } = limited;

    public bool HasCurrent { get; private set; } = hasCurrent;

    public ChatResponseUpdate Current => enumerator.Current;

    /// <summary>Moves to the next update; returns the upstream error instead of throwing it.</summary>
    public async ValueTask<Exception?> MoveNextAsync()
    {
        try
        {
            HasCurrent = await enumerator.MoveNextAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            HasCurrent = false;
            return ex;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await DisposeQuietlyAsync(enumerator).ConfigureAwait(false);
        }
        finally
        {
            cancellation.Dispose();
            Backend.EndAttempt();
        }
    }

    /// <summary>Disposes an upstream enumerator that already failed or is abandoned; its own disposal errors are not the caller's concern.</summary>
    public static async ValueTask DisposeQuietlyAsync(IAsyncEnumerator<ChatResponseUpdate> enumerator)
    {
        try
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Observed and dropped: the stream is over either way.
        }
    }
}

/// <summary>A stream that ended before its first update: retried like any transient failure.</summary>
internal sealed class EmptyStreamException : IOException
{
    public EmptyStreamException()
        : base("The provider's stream ended before its first update.")
    {
    }

    public EmptyStreamException(string message)
        : base(message)
    {
    }

    public EmptyStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
