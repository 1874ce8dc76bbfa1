namespace Governance.AI.Routing;

/// <summary>Request and response keys of the router, beyond the shared ones in <see cref="GovernanceProperties"/>.</summary>
public static class RoutingProperties
{
    /// <summary>
    /// Request key: a <see cref="string"/> that keeps requests on the same backend when
    /// <see cref="RoutingOptions.StickySessions"/> is on (the conversation id is used when it is absent).
    /// </summary>
    public const string StickyKey = "governance.route.sticky_key";

    /// <summary>Response key: <see langword="true"/> when the router served the request from a cheaper model because it carried <see cref="GovernanceProperties.PreferCheaperModel"/>.</summary>
    public const string Downgraded = "governance.route.downgraded";
}
