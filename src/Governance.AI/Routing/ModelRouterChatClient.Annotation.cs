using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <content>Response annotation: the backend that served, the attempts made and whether the request was downgraded.</content>
public sealed partial class ModelRouterChatClient
{
    private static void Annotate(AdditionalPropertiesDictionary properties, RouteTable table, int index, RouteCall call)
    {
        properties[GovernanceProperties.RouteBackend] = table.Backends[index].Name;
        properties[GovernanceProperties.RouteAttempts] = Boxed(Volatile.Read(ref call.Attempts));
        if (IsDowngrade(table, index, call))
        {
            properties[RoutingProperties.Downgraded] = BoxedTrue;
        }
    }

    private static object Boxed(int attempts) => (uint)attempts < (uint)BoxedAttempts.Length ? BoxedAttempts[attempts] : attempts;

    private static bool IsDowngrade(RouteTable table, int index, RouteCall call) =>
        call.Request.DowngradedTo is { } cheaper && (table.GroupOf(cheaper) & (1UL << index)) != 0;
}
