using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Telemetry;

/// <content>How an observed call runs: a non-streamed call (ended on the spot when the inner call completes synchronously) and a streamed one (ended once, however the stream ends).</content>
public sealed partial class GovernanceTelemetryChatClient
{
    /// <summary>
    /// Observes a non-streamed call. When the inner call completes synchronously (a cache hit in memory, a fake), the
    /// call is ended on the spot and the inner task returned as is: no state machine, no extra task, and the call's
    /// state is kept for the thread's next request.
    /// </summary>
    private Task<ChatResponse> ObserveResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, TelemetryOptions current, CancellationToken cancellationToken)
    {
        Activity? caller = Activity.Current;
        TelemetryCall call = TelemetryCall.Rent(this, current, messages, options, EmitsGenAIConventions(current, caller));
        Task<ChatResponse> inner;
        try
        {
            inner = base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception ex)
        {
            RestoreCurrent(call, caller);
            return EndAndRethrowAsync(call, ex, cancellationToken.IsCancellationRequested);
        }

        if (inner.IsCompletedSuccessfully)
        {
            call.Observe(inner.Result);
            ValueTask end = call.EndAsync(null, false);
            RestoreCurrent(call, caller);
            if (!end.IsCompletedSuccessfully)
            {
                return AwaitEndAsync(end, inner);
            }

            // Ended on this thread with nothing pending: the next request on it reuses the call.
            call.Release();
            return inner;
        }

        // The span stays current inside the inner call's flow (its continuations), but not in the caller's.
        RestoreCurrent(call, caller);
        return AwaitResponseAsync(call, inner, cancellationToken);
    }

    private static void RestoreCurrent(TelemetryCall call, Activity? caller)
    {
        if (call.HasActivity && !ReferenceEquals(Activity.Current, caller))
        {
            Activity.Current = caller;
        }
    }

    private static async Task<ChatResponse> AwaitEndAsync(ValueTask end, Task<ChatResponse> inner)
    {
        await end.ConfigureAwait(false);
        return await inner.ConfigureAwait(false);
    }

    private static async Task<ChatResponse> EndAndRethrowAsync(TelemetryCall call, Exception failure, bool cancellationRequested)
    {
        await call.EndAsync(failure, cancellationRequested).ConfigureAwait(false);
        ExceptionDispatchInfo.Throw(failure);
        return null!;
    }

    private static async Task<ChatResponse> AwaitResponseAsync(TelemetryCall call, Task<ChatResponse> inner, CancellationToken cancellationToken)
    {
        ChatResponse response;
        try
        {
            response = await inner.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await call.EndAsync(ex, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            throw;
        }

        call.Observe(response);
        await call.EndAsync(null, false).ConfigureAwait(false);
        return response;
    }

    private async IAsyncEnumerable<ChatResponseUpdate> ObserveStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, TelemetryOptions current, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var call = new TelemetryCall(this, current, messages, options, streaming: true, EmitsGenAIConventions(current, Activity.Current));
        IAsyncEnumerator<ChatResponseUpdate> updates;
        try
        {
            updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex)
        {
            await call.EndAsync(ex, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            throw;
        }

        Exception? failure = null;
        bool completed = false;
        try
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    // Each resumption runs in the consumer's flow: make the span current again for the inner policies.
                    call.MakeCurrent();
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        completed = true;
                        break;
                    }

                    update = updates.Current;
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }

                call.Observe(update);
                yield return update;
            }
        }
        finally
        {
            Exception? disposeFailure = null;
            try
            {
                await updates.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                disposeFailure = ex;
            }

            // Ends the span exactly once: on completion, on failure, or when the consumer abandons the stream.
            await call.EndStreamAsync(failure ?? disposeFailure, completed && disposeFailure is null, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            if (failure is null && disposeFailure is not null)
            {
                ExceptionDispatchInfo.Throw(disposeFailure);
            }
        }
    }
}
