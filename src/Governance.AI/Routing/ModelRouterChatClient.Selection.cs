using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Governance.AI.Routing;

/// <content>Candidate selection: reading the request, picking the next untried backend, deciding which errors fail over, and failing with no healthy backend.</content>
public sealed partial class ModelRouterChatClient
{
    /// <summary>
    /// Reads what the request asks for, then, when a stage made its options for this request, removes
    /// Governance.AI's keys from them once, so that no attempt copies them again.
    /// </summary>
    private RouteCall Start(RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken, bool reusable = false)
    {
        _selector.Analyze(table, messages, options, _callers, out RouteRequest request);
        ChatOptions? sent = ProviderBoundaryChatClient.StripIfOwned(options);
        RouteCall call = reusable ? RouteCall.Rent(table, messages, sent, cancellationToken) : new RouteCall(table, messages, sent, cancellationToken);
        call.Request = request;
        return call;
    }

    /// <summary>
    /// Picks the next backend not yet tried for this request and marks it tried; when none is left (or the request
    /// has tried as many as allowed) the request fails with <see cref="NoHealthyBackendException"/>.
    /// </summary>
    private int NextBackend(RouteTable table, RouteCall call, int tried, ref ulong excluded, Exception? last)
    {
        int index = tried < table.Options.Resilience.MaxBackendsPerRequest
            ? _selector.Select(table, ref call.Request, excluded, _time.GetUtcNow().UtcTicks)
            : -1;
        if (index < 0)
        {
            throw NoHealthy(table, call, last);
        }

        excluded |= 1UL << index;
        return index;
    }

    /// <summary>Whether an error is a backend's failure that another backend may not have: worth a failover.</summary>
    internal static bool IsFailover(RouteTable table, Exception exception, DateTimeOffset now, CancellationToken token)
    {
        if (token.IsCancellationRequested)
        {
            return false;
        }

        if (exception is BrokenCircuitException or TimeoutRejectedException or EmptyStreamException)
        {
            return true;
        }

        ProviderError error = ProviderErrors.Inspect(exception, now, table.Options.ErrorInspector);
        return ProviderErrors.IsTransient(exception, error, token);
    }

    private NoHealthyBackendException NoHealthy(RouteTable table, RouteCall call, Exception? last)
    {
        DateTimeOffset now = _time.GetUtcNow();
        long earliest = RouteSelector.EarliestRetry(table, ref call.Request, now.UtcTicks);
        _telemetry.RecordRequest(table.Options.Name, "(none)", "no_healthy_backend");
        var error = new NoHealthyBackendException(
            call.Request.Model,
            earliest > now.UtcTicks ? new DateTimeOffset(earliest, TimeSpan.Zero) : null,
            now,
            last);

        // The attempts' reported usage was billed: the budget charges it although no answer came back.
        ProviderCharge.AttachTo(error, call.Charges);
        return error;
    }
}
