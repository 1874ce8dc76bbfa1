using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <content>One call's scope around its attempts: the call, its shadow, its total timeout and the token its attempts run on.</content>
public sealed partial class ModelRouterChatClient
{
    /// <summary>
    /// What a call with shadows or a total timeout holds around its attempts, for streamed and non-streamed calls
    /// alike: begun before the first attempt, ended (timer disposed, shadow told how the primary did) when the call is
    /// over.
    /// </summary>
    private readonly struct CallScope
    {
        private readonly ModelRouterChatClient _router;
        private readonly ShadowRun? _shadow;
        private readonly long _started;
        private readonly TotalTimeoutScope? _total;
        private readonly CancellationToken _callerToken;

        private CallScope(ModelRouterChatClient router, RouteCall call, ShadowRun? shadow, long started, TotalTimeoutScope? total, CancellationToken callerToken)
        {
            _router = router;
            Call = call;
            _shadow = shadow;
            _started = started;
            _total = total;
            _callerToken = callerToken;
        }

        public RouteCall Call { get; }

        /// <summary>Gets the token the attempts run on: the caller's, linked to the total timeout when there is one.</summary>
        public CancellationToken Token => _total?.Token ?? _callerToken;

        /// <summary>Gets whether the call mirrors to a shadow, which then needs the primary's text.</summary>
        public bool HasShadow => _shadow is not null;

        /// <summary>Gets whether a cancellation came from the total timeout rather than from the caller.</summary>
        public bool TimedOut => _total is { IsCancellationRequested: true } && !_callerToken.IsCancellationRequested;

        public static CallScope Begin(
            ModelRouterChatClient router, RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
        {
            RouteCall call = router.Start(table, messages, options, cancellationToken);
            ShadowRun? shadow = table.HasShadows ? router.StartShadow(table, call) : null;
            long started = shadow is null ? 0 : router._time.GetTimestamp();
            return new CallScope(router, call, shadow, started, router.CreateTotalTimeout(table, cancellationToken), cancellationToken);
        }

        /// <summary>Ends the scope: stops the total timeout and reports the primary's outcome to the shadow.</summary>
        public void End(string backend, bool succeeded, string? text, UsageDetails? usage)
        {
            _total?.Dispose();
            _shadow?.PrimaryCompleted(backend, succeeded, text, usage, _router._time.GetElapsedTime(_started));
        }
    }
}
