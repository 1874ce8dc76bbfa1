using System.Numerics;

namespace Governance.AI.Routing;

/// <summary>
/// The routing decision: which backend a request goes to. It works on the compiled <see cref="RouteTable"/> with
/// 64-bit candidate masks, reads backend health without locks, and allocates nothing.
/// </summary>
internal sealed partial class RouteSelector(RouterRandom random)
{
    private long _roundRobin = -1;

    public RouterRandom Random { get; } = random;

    /// <summary>Chooses a backend, or returns -1 when none is available.</summary>
    /// <param name="table">The compiled table.</param>
    /// <param name="request">The request.</param>
    /// <param name="excluded">Backends already tried by this request.</param>
    /// <param name="now">The current time in UTC ticks.</param>
    /// <returns>The backend's index, or -1.</returns>
    public int Select(RouteTable table, ref RouteRequest request, ulong excluded, long now)
    {
        if (request.DowngradedTo is not null)
        {
            ulong cheaper = Eligible(table, table.GroupOf(request.DowngradedTo) & ~excluded, ref request, now);
            if (cheaper != 0)
            {
                return Choose(table, ref request, cheaper, preferCheapest: false);
            }
        }

        ulong eligible = Eligible(table, request.GroupMask & ~excluded, ref request, now);
        return eligible == 0 ? -1 : Choose(table, ref request, eligible, request.PreferCheapest);
    }

    /// <summary>The earliest time (UTC ticks) one of the request's backends is expected back, or 0 if none is known.</summary>
    public static long EarliestRetry(RouteTable table, ref RouteRequest request, long now)
    {
        ulong mask = request.GroupMask;
        if (request.DowngradedTo is not null)
        {
            mask |= table.GroupOf(request.DowngradedTo);
        }

        long earliest = 0;
        while (mask != 0)
        {
            int i = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if ((table.Capabilities[i] & request.Needs) != request.Needs || request.PromptTokens > table.MaxPromptTokens[i])
            {
                continue;
            }

            BackendRuntime backend = table.Backends[i];
            long until = backend.UnavailableUntil;
            if (until <= now)
            {
                until = table.IsLimited(i) && !backend.HasCapacity(now, table.RequestsPerMinute[i], table.TokensPerMinute[i], request.PromptTokens + request.OutputTokens)
                    ? backend.CapacityResetsAt(now)
                    : now;
            }

            if (earliest == 0 || until < earliest)
            {
                earliest = until;
            }
        }

        return earliest;
    }

    private static ulong Eligible(RouteTable table, ulong mask, ref RouteRequest request, long now)
    {
        ulong result = 0;
        BackendRuntime[] backends = table.Backends;
        while (mask != 0)
        {
            int i = BitOperations.TrailingZeroCount(mask);
            ulong bit = 1UL << i;
            mask &= mask - 1;
            BackendRuntime backend = backends[i];
            if (backend.UnavailableUntil > now ||
                (table.Capabilities[i] & request.Needs) != request.Needs ||
                request.PromptTokens > table.MaxPromptTokens[i] ||
                ((table.LimitedMask & bit) != 0 && !backend.HasCapacity(now, table.RequestsPerMinute[i], table.TokensPerMinute[i], request.PromptTokens + request.OutputTokens)))
            {
                continue;
            }

            result |= bit;
        }

        return result;
    }

    private int Choose(RouteTable table, ref RouteRequest request, ulong eligible, bool preferCheapest)
    {
        if (request.RuleMask != 0 && (eligible & request.RuleMask) != 0)
        {
            eligible &= request.RuleMask;
        }

        ulong canaries = eligible & table.CanaryMask;
        ulong regular = eligible & ~table.CanaryMask;
        if (canaries != 0)
        {
            double cumulative = 0;
            ulong mask = canaries;
            while (mask != 0)
            {
                int i = BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                cumulative += table.CanaryPercent[i];
                if (request.CanaryDraw < cumulative)
                {
                    return i;
                }
            }

            if (regular == 0)
            {
                regular = canaries;
            }
        }

        if ((regular & (regular - 1)) == 0)
        {
            return BitOperations.TrailingZeroCount(regular);
        }

        if (request.StickyHash != 0)
        {
            return Rendezvous(table, regular, request.StickyHash);
        }

        if (preferCheapest)
        {
            return Cheapest(table, ref request, regular);
        }

        return table.Options.Strategy switch
        {
            RoutingStrategy.RoundRobin => NthBit(regular, (int)((ulong)Interlocked.Increment(ref _roundRobin) % (ulong)BitOperations.PopCount(regular))),
            RoutingStrategy.WeightedRandom => WeightedRandom(table, regular),
            RoutingStrategy.LeastBusy => LeastBusy(table, regular),
            RoutingStrategy.LatencyAware => PowerOfTwoChoices(table, regular),
            RoutingStrategy.CostOptimized => Cheapest(table, ref request, regular),
            _ => ByPriority(table, regular),
        };
    }
}
