using System.Numerics;
using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <summary>
/// The routing decision: which backend a request goes to. It works on the compiled <see cref="RouteTable"/> with
/// 64-bit candidate masks, reads backend health without locks, and allocates nothing.
/// </summary>
internal sealed class RouteSelector(RouterRandom random)
{
    private const double ImageTokens = 85;
    private long _roundRobin = -1;

    public RouterRandom Random { get; } = random;

    /// <summary>Reads what a request asks for and needs.</summary>
    public void Analyze(RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CallerContextResolver? callers, out RouteRequest request)
    {
        request = default;
        request.Model = options?.ModelId;
        request.OutputTokens = options?.MaxOutputTokens ?? table.Options.ExpectedOutputTokens;
        if (options is not null)
        {
            if (options.Tools is { Count: > 0 })
            {
                request.Needs |= BackendCapabilities.Tools;
            }

            if (options.ResponseFormat is ChatResponseFormatJson)
            {
                request.Needs |= BackendCapabilities.JsonResponse;
            }
        }

        bool preferCheaper = options?.AdditionalProperties is { Count: > 0 } properties &&
            PropertyLookup.TryGetValue(properties, GovernanceProperties.PreferCheaperModel, out object? prefer) && prefer is true;

        if (table.NeedsMessageScan || preferCheaper)
        {
            ScanMessages(messages, out int promptTokens, out bool hasImages);
            if (hasImages)
            {
                request.Needs |= BackendCapabilities.Vision;
            }

            request.PromptTokens = promptTokens;
        }

        request.GroupMask = table.GroupOf(request.Model);
        if (preferCheaper)
        {
            if (request.Model is not null && table.Downgrades.TryGetValue(request.Model, out string? cheaper))
            {
                request.DowngradedTo = cheaper;
            }

            request.PreferCheapest = true;
        }

        if (table.Options.StickySessions)
        {
            string? key = options?.AdditionalProperties is { Count: > 0 } props && PropertyLookup.TryGetValue(props, RoutingProperties.StickyKey, out object? sticky) && sticky is string s
                ? s
                : options?.ConversationId;
            request.StickyHash = string.IsNullOrEmpty(key) ? 0 : RouterRandom.Hash(key);
        }

        if (table.CanaryMask != 0)
        {
            request.CanaryDraw = 100 * (request.StickyHash != 0
                ? (RouterRandom.Mix(request.StickyHash ^ 0x5851F42D4C957F2DUL) >> 11) * (1.0 / (1UL << 53))
                : Random.NextDouble());
        }

        if (table.Rules.Length > 0)
        {
            request.RuleMask = MatchRules(table, ref request, options, callers);
        }
    }

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

    private int ByPriority(RouteTable table, ulong mask)
    {
        int best = int.MaxValue;
        ulong ties = 0;
        while (mask != 0)
        {
            int i = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            int priority = table.Priorities[i];
            if (priority < best)
            {
                best = priority;
                ties = 1UL << i;
            }
            else if (priority == best)
            {
                ties |= 1UL << i;
            }
        }

        return (ties & (ties - 1)) == 0 ? BitOperations.TrailingZeroCount(ties) : WeightedRandom(table, ties);
    }

    private int WeightedRandom(RouteTable table, ulong mask)
    {
        double total = 0;
        ulong scan = mask;
        while (scan != 0)
        {
            int i = BitOperations.TrailingZeroCount(scan);
            scan &= scan - 1;
            total += table.Weights[i];
        }

        double draw = Random.NextDouble() * total;
        int last = -1;
        while (mask != 0)
        {
            int i = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            draw -= table.Weights[i];
            last = i;
            if (draw < 0)
            {
                return i;
            }
        }

        return last;
    }

    private int LeastBusy(RouteTable table, ulong mask)
    {
        int best = -1;
        int bestLoad = int.MaxValue;
        int ties = 0;
        while (mask != 0)
        {
            int i = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            int load = table.Backends[i].InFlight;
            if (load < bestLoad)
            {
                best = i;
                bestLoad = load;
                ties = 1;
            }
            else if (load == bestLoad && Random.NextUInt64() % (ulong)++ties == 0)
            {
                // Reservoir sampling: each of the tied backends ends up chosen with equal probability.
                best = i;
            }
        }

        return best;
    }

    private int PowerOfTwoChoices(RouteTable table, ulong mask)
    {
        int count = BitOperations.PopCount(mask);
        ulong draw = Random.NextUInt64();
        int first = (int)(draw % (ulong)count);
        int second = (int)((draw >> 32) % (ulong)(count - 1));
        if (second >= first)
        {
            second++;
        }

        int a = NthBit(mask, first);
        int b = NthBit(mask, second);

        // The latency samples' times are monotonic timestamps (an attempt's end, read for its latency anyway): one
        // reading here, where only this strategy needs it, rather than a wall-clock read after every attempt.
        long now = table.Backends[a].Timestamp();
        return Score(table, a, now) <= Score(table, b, now) ? a : b;

        static double Score(RouteTable table, int i, long now)
        {
            BackendRuntime backend = table.Backends[i];
            return backend.DecayedLatencyTicks(now) * (1 + backend.InFlight);
        }
    }

    private int Cheapest(RouteTable table, ref RouteRequest request, ulong mask)
    {
        int best = -1;
        double bestCost = double.PositiveInfinity;
        ulong scan = mask;
        while (scan != 0)
        {
            int i = BitOperations.TrailingZeroCount(scan);
            scan &= scan - 1;
            double cost = (request.PromptTokens * table.InputPrice[i]) + (request.OutputTokens * table.OutputPrice[i]);
            if (cost < bestCost || (cost == bestCost && best >= 0 && table.Priorities[i] < table.Priorities[best]))
            {
                best = i;
                bestCost = cost;
            }
        }

        return best >= 0 ? best : ByPriority(table, mask);
    }

    private static int Rendezvous(RouteTable table, ulong mask, ulong key)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        while (mask != 0)
        {
            int i = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            double u = ((RouterRandom.Mix(key ^ table.BackendHashes[i]) >> 11) + 1) * (1.0 / (1UL << 53));
            double score = table.Weights[i] / -Math.Log(u);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    private static int NthBit(ulong mask, int n)
    {
        for (int k = 0; k < n; k++)
        {
            mask &= mask - 1;
        }

        return BitOperations.TrailingZeroCount(mask);
    }

    private static ulong MatchRules(RouteTable table, ref RouteRequest request, ChatOptions? options, CallerContextResolver? callers)
    {
        CallerContext? caller = table.RulesNeedCaller ? (callers ?? CallerContextResolver.Default).Resolve(options) : null;
        foreach (CompiledRule rule in table.Rules)
        {
            if ((rule.Model is null || string.Equals(rule.Model, request.Model, StringComparison.OrdinalIgnoreCase)) &&
                request.PromptTokens >= rule.MinPromptTokens &&
                request.PromptTokens <= rule.MaxPromptTokens &&
                (request.Needs & rule.RequestUses) == rule.RequestUses &&
                (rule.TagKey is null || (caller is not null && caller.Tags.TryGetValue(rule.TagKey, out string? value) &&
                    (rule.TagValue is null || string.Equals(rule.TagValue, value, StringComparison.OrdinalIgnoreCase)))))
            {
                return rule.Targets;
            }
        }

        return 0;
    }

    /// <summary>Estimates prompt tokens (about four characters a token, four per message, a fixed amount per image) and finds images.</summary>
    private static void ScanMessages(IEnumerable<ChatMessage> messages, out int tokens, out bool hasImages)
    {
        double estimate = 3;
        hasImages = false;
        if (messages is IList<ChatMessage> list)
        {
            for (int m = 0; m < list.Count; m++)
            {
                estimate += ScanMessage(list[m], ref hasImages);
            }
        }
        else
        {
            foreach (ChatMessage message in messages)
            {
                estimate += ScanMessage(message, ref hasImages);
            }
        }

        tokens = estimate >= int.MaxValue ? int.MaxValue : (int)estimate;
    }

    private static double ScanMessage(ChatMessage message, ref bool hasImages)
    {
        double tokens = 4;
        IList<AIContent> contents = message.Contents;
        for (int c = 0; c < contents.Count; c++)
        {
            switch (contents[c])
            {
                case TextContent text:
                    tokens += (text.Text?.Length ?? 0) / 4.0;
                    break;
                case DataContent data when data.HasTopLevelMediaType("image"):
                    hasImages = true;
                    tokens += ImageTokens;
                    break;
                case UriContent uri when uri.HasTopLevelMediaType("image"):
                    hasImages = true;
                    tokens += ImageTokens;
                    break;
            }
        }

        return tokens;
    }
}
