using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <content>Shadow traffic: mirroring a fraction of requests to shadow backends.</content>
public sealed partial class ModelRouterChatClient
{
    private ShadowRun? StartShadow(RouteTable table, RouteCall call)
    {
        ulong mask = table.ShadowMask;
        while (mask != 0)
        {
            int i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if (_selector.Random.NextDouble() * 100 >= table.ShadowPercent[i])
            {
                continue;
            }

            // The shadow gets a copy of the messages: the caller may reuse its list once the real call returns.
            ChatMessage[] messages = [.. call.Messages];
            Interlocked.Increment(ref _shadowsStarted);
            return ShadowRun.Start(
                table.Options.Name,
                table.Backends[i].Name,
                table.Backends[i].Client,
                messages,
                OptionsFor(table, i, call),
                _time,
                table.Options.ShadowTimeout,
                table.Options.OnShadowComparison,
                _telemetry);
        }

        return null;
    }
}
