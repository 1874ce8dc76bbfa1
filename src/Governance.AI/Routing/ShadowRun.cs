using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <summary>
/// One mirrored request: it runs on the thread pool with its own cancellation and timeout, never touches the
/// caller's call, waits for the real request's outcome, and reports the comparison. Every error is observed and dropped.
/// </summary>
internal sealed class ShadowRun
{
    private readonly TaskCompletionSource<PrimaryOutcome> _primary = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _router;
    private readonly string _shadowName;
    private readonly IChatClient _client;
    private readonly ChatMessage[] _messages;
    private readonly ChatOptions? _options;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly Action<ShadowComparison>? _callback;
    private readonly RouterTelemetry _telemetry;

    private ShadowRun(string router, string shadowName, IChatClient client, ChatMessage[] messages, ChatOptions? options, TimeProvider time, TimeSpan timeout, Action<ShadowComparison>? callback, RouterTelemetry telemetry)
    {
        _router = router;
        _shadowName = shadowName;
        _client = client;
        _messages = messages;
        _options = options;
        _time = time;
        _timeout = timeout;
        _callback = callback;
        _telemetry = telemetry;
    }

    /// <summary>Gets the task of the shadow run; it never faults.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    public static ShadowRun Start(string router, string shadowName, IChatClient client, ChatMessage[] messages, ChatOptions? options, TimeProvider time, TimeSpan timeout, Action<ShadowComparison>? callback, RouterTelemetry telemetry)
    {
        var run = new ShadowRun(router, shadowName, client, messages, options, time, timeout, callback, telemetry);

        // On the thread pool, so that a shadow client that blocks before its first await cannot delay the caller.
        run.Completion = Task.Run(run.RunAsync);
        return run;
    }

    /// <summary>Reports the real request's outcome; the comparison waits for it.</summary>
    public void PrimaryCompleted(string backend, bool succeeded, string? text, UsageDetails? usage, TimeSpan latency) =>
        _primary.TrySetResult(new PrimaryOutcome(backend, succeeded, text, usage, latency));

    private async Task RunAsync()
    {
        try
        {
            long start = _time.GetTimestamp();
            ChatResponse? response = null;
            Exception? error = null;
            using (var cancellation = new CancellationTokenSource(_timeout, _time))
            {
                try
                {
                    response = await _client.GetResponseAsync(_messages, _options, cancellation.Token).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            }

            TimeSpan shadowLatency = _time.GetElapsedTime(start);

            // A caller that abandons a stream without disposing it never reports; do not wait for it forever.
            PrimaryOutcome primary = await _primary.Task.WaitAsync(_timeout, _time).ConfigureAwait(false);
            var comparison = new ShadowComparison(
                primary.Backend,
                _shadowName,
                primary.Succeeded,
                error is null,
                error?.GetType().Name,
                primary.Latency,
                shadowLatency,
                primary.Usage?.InputTokenCount,
                primary.Usage?.OutputTokenCount,
                response?.Usage?.InputTokenCount,
                response?.Usage?.OutputTokenCount,
                primary.Succeeded && response is not null ? ShadowComparison.TokenJaccard(primary.Text, response.Text) : null);
            _telemetry.RecordShadow(_router, comparison);
            _callback?.Invoke(comparison);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Shadow traffic must never affect anything: its errors (and the callback's) are observed and dropped.
        }
    }

    private sealed record PrimaryOutcome(string Backend, bool Succeeded, string? Text, UsageDetails? Usage, TimeSpan Latency);
}
