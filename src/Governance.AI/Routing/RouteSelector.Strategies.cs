using System.Numerics;

namespace Governance.AI.Routing;

/// <content>The strategies that choose one backend among several eligible ones, and the bit-mask helper they share.</content>
internal sealed partial class RouteSelector
{
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
}
