using Microsoft.Extensions.AI;
using Polly;

namespace Governance.AI.Routing;

/// <content>Non-streaming attempts: one call through the backend's pipeline, with its outcome returned rather than thrown.</content>
internal sealed partial class BackendRuntime
{
    /// <summary>
    /// Runs one call through the backend's pipeline; <see cref="ResultOf{T}"/> reads the response or throws the failure.
    /// The attempts hand Polly their outcome instead of throwing, so an attempt that completes synchronously needs no
    /// async state machine, neither ours nor Polly's wrapper. The outcome is typed <see cref="object"/>, the result
    /// type of the untyped pipeline's retry and breaker: Polly then passes it through them as it is, where an
    /// <c>Outcome&lt;ChatResponse&gt;</c> is converted in and out of each strategy by an async wrapper of its own.
    /// </summary>
    public ValueTask<Outcome<object>> ExecuteAsync(RouteCall call, ChatOptions? options, bool limited, ResilienceContext context) =>
        Pipeline.ExecuteOutcomeAsync(
            static (ctx, state) => state.Backend.AttemptAsync(state.Call, state.Options, state.Limited, ctx.CancellationToken),
            context,
            (Backend: this, Call: call, Options: options, Limited: limited));

    /// <summary>Gets the result of an outcome of <see cref="ExecuteAsync"/> or <see cref="OpenAsync"/>, or throws its failure with the original stack.</summary>
    public static T ResultOf<T>(in Outcome<object> outcome)
        where T : class
    {
        outcome.ThrowIfException();
        return (T)outcome.Result!;
    }

    public void BeginAttempt(RouteCall call, bool limited)
    {
        Interlocked.Increment(ref call.Attempts);
        Interlocked.Increment(ref _inFlight);
        if (limited)
        {
            AddUsage(1, call.Request.PromptTokens);
        }
    }

    public void EndAttempt() => Interlocked.Decrement(ref _inFlight);

    /// <summary>One attempt; never throws (Polly's outcome callbacks must not): a failure is counted and returned as the outcome.</summary>
    private ValueTask<Outcome<object>> AttemptAsync(RouteCall call, ChatOptions? options, bool limited, CancellationToken cancellationToken)
    {
        BeginAttempt(call, limited);
        long start = _time.GetTimestamp();
        Task<ChatResponse> answering;
        try
        {
            answering = Client.GetResponseAsync(call.Messages, options, cancellationToken);
        }
        catch (Exception ex)
        {
            return new ValueTask<Outcome<object>>(EndFailedAttempt(call, ex));
        }

        if (!answering.IsCompleted)
        {
            return AwaitAttemptAsync(call, answering, start, limited);
        }

        ChatResponse response;
        try
        {
            response = answering.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            return new ValueTask<Outcome<object>>(EndFailedAttempt(call, ex));
        }

        return new ValueTask<Outcome<object>>(EndServedAttempt(response, start, limited));
    }

    private async ValueTask<Outcome<object>> AwaitAttemptAsync(RouteCall call, Task<ChatResponse> answering, long start, bool limited)
    {
        ChatResponse response;
        try
        {
            response = await answering.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return EndFailedAttempt(call, ex);
        }

        return EndServedAttempt(response, start, limited);
    }

    private Outcome<object> EndServedAttempt(ChatResponse response, long start, bool limited)
    {
        try
        {
            RecordSuccess(_time.GetElapsedTime(start), response.Usage?.OutputTokenCount, limited);
            return Outcome.FromResult<object>(response);
        }
        finally
        {
            EndAttempt();
        }
    }

    private Outcome<object> EndFailedAttempt(RouteCall call, Exception failure)
    {
        try
        {
            RecordFailure(failure, call.CallerToken);
            return Outcome.FromException<object>(failure);
        }
        finally
        {
            EndAttempt();
        }
    }
}
