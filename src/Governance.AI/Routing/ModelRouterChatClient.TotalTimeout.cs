using Polly.Timeout;

namespace Governance.AI.Routing;

/// <content>The total timeout: one call's deadline across all its attempts, and the error it ends with.</content>
public sealed partial class ModelRouterChatClient
{
    private TotalTimeoutScope? CreateTotalTimeout(RouteTable table, CancellationToken cancellationToken) =>
        table.Options.Resilience.TotalTimeout is { } timeout ? new TotalTimeoutScope(timeout, _time, cancellationToken) : null;

    private static TimeoutRejectedException TotalTimeout(RouteTable table, RouteCall call, Exception inner) =>
        new(
            $"The router's total timeout of {table.Options.Resilience.TotalTimeout} elapsed after {Volatile.Read(ref call.Attempts)} attempt(s).",
            table.Options.Resilience.TotalTimeout ?? TimeSpan.Zero,
            inner);

    /// <summary>The total timeout of one call: a token linked to the caller's, cancelled by a timer on the router's clock.</summary>
    private sealed class TotalTimeoutScope : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly ITimer _timer;

        public TotalTimeoutScope(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _timer = time.CreateTimer(static state => Fire((CancellationTokenSource)state!), _source, timeout, Timeout.InfiniteTimeSpan);
        }

        public CancellationToken Token => _source.Token;

        public bool IsCancellationRequested => _source.IsCancellationRequested;

        public void Dispose()
        {
            _timer.Dispose();
            _source.Dispose();
        }

        private static void Fire(CancellationTokenSource source)
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The call finished as the timer fired.
            }
        }
    }
}
