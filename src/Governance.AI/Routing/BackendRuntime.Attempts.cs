using Microsoft.Extensions.AI;
using Polly;

namespace Governance.AI.Routing;

/// <content>Non-streaming attempts: one call through the backend's strategies, with its outcome returned rather than thrown; running the strategies with the retry entered only after a failure.</content>
internal sealed partial class BackendRuntime
{
    /// <summary>
    /// Runs one call through the backend's strategies; <see cref="ResultOf{T}"/> reads the response or throws the failure.
    /// The attempts hand Polly their outcome instead of throwing, so an attempt that completes synchronously needs no
    /// async state machine, neither ours nor Polly's wrapper. The outcome is typed <see cref="object"/>, the result
    /// type of the untyped pipeline's retry and breaker: Polly then passes it through them as it is, where an
    /// <c>Outcome&lt;ChatResponse&gt;</c> is converted in and out of each strategy by an async wrapper of its own.
    /// </summary>
    public ValueTask<Outcome<object>> ExecuteAsync(RouteCall call, ChatOptions? options, bool limited, ResilienceContext context) =>
        RunAsync(
            static (ctx, state) => state.Backend.AttemptAsync(state.Call, state.Options, state.Limited, ctx.CancellationToken),
            context,
            (Backend: this, Call: call, Options: options, Limited: limited));

    /// <summary>
    /// Runs a call's attempts through retry → circuit breaker → attempt timeout. The first attempt goes through the
    /// breaker (and timeout) alone; only when it failed does Polly's retry take over, with that outcome as its first
    /// attempt's: it decides, waits and runs the next attempts through the breaker exactly as one pipeline of the three
    /// does. A served first attempt skips the retry layer, which would hand it back as it is (its predicate handles
    /// failures only), and so does a failure once the call is cancelled (the predicate declines it). The breaker sees
    /// every attempt, so its health window and half-open probes are recorded as before.
    /// </summary>
    private ValueTask<Outcome<object>> RunAsync<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<object>>> attempt, ResilienceContext context, TState state)
    {
        if (!_retryAfterFirst)
        {
            // No retry, or nothing but the retry: one pipeline is the whole of it.
            return (_retry ?? _attempt).ExecuteOutcomeAsync(attempt, context, state);
        }

        ValueTask<Outcome<object>> first = _attempt.ExecuteOutcomeAsync(attempt, context, state);
        if (!first.IsCompletedSuccessfully)
        {
            return RetryAfterAsync(first, attempt, context, state);
        }

        Outcome<object> outcome = first.Result;
        return IsFinal(outcome, context) ? new ValueTask<Outcome<object>>(outcome) : RetryAsync(outcome, attempt, context, state);
    }

    /// <summary>Whether the retry strategy would return a first outcome unretried: a result, or any outcome once the call is cancelled.</summary>
    private static bool IsFinal(in Outcome<object> outcome, ResilienceContext context) =>
        outcome.Exception is null || context.CancellationToken.IsCancellationRequested;

    private async ValueTask<Outcome<object>> RetryAfterAsync<TState>(
        ValueTask<Outcome<object>> first, Func<ResilienceContext, TState, ValueTask<Outcome<object>>> attempt, ResilienceContext context, TState state)
    {
        Outcome<object> outcome = await first.ConfigureAwait(false);
        return IsFinal(outcome, context) ? outcome : await RetryAsync(outcome, attempt, context, state).ConfigureAwait(false);
    }

    private ValueTask<Outcome<object>> RetryAsync<TState>(
        Outcome<object> first, Func<ResilienceContext, TState, ValueTask<Outcome<object>>> attempt, ResilienceContext context, TState state) =>
        _retry!.ExecuteOutcomeAsync(static (ctx, retry) => retry.Next(ctx), context, new RetriedAttempts<TState>(_attempt, attempt, state, first));

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

        call.ServedTask = answering;
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
            long end = _time.GetTimestamp();
            RecordLatency(_time.GetElapsedTime(start, end), end);
            RecordSuccess(response.Usage?.OutputTokenCount, limited);
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

    /// <summary>The attempts Polly's retry runs after a failed first one: that first outcome, then new attempts through the breaker.</summary>
    private sealed class RetriedAttempts<TState>(
        ResiliencePipeline pipeline, Func<ResilienceContext, TState, ValueTask<Outcome<object>>> attempt, TState state, Outcome<object> first)
    {
        private Outcome<object>? _first = first;

        public ValueTask<Outcome<object>> Next(ResilienceContext context)
        {
            if (_first is { } outcome)
            {
                _first = null;
                return new ValueTask<Outcome<object>>(outcome);
            }

            return pipeline.ExecuteOutcomeAsync(attempt, context, state);
        }
    }
}
