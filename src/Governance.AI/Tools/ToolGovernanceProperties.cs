namespace Governance.AI.Tools;

/// <summary>The <see cref="Microsoft.Extensions.AI.AdditionalPropertiesDictionary"/> keys of tool governance.</summary>
public static class ToolGovernanceProperties
{
    /// <summary>Response key: the tools refused to the caller during the turn (an <see cref="IReadOnlyList{T}"/> of names), when any was.</summary>
    public const string DeniedTools = "governance.tools.denied";

    /// <summary>Response key: the model round-trips the turn made (an <see cref="int"/>), when turn limits are metered.</summary>
    public const string RoundTrips = "governance.tools.round_trips";

    /// <summary>Request key carrying the turn's state from the outer policy to the turn meter inside the function-invocation loop.</summary>
    internal const string Turn = "governance.tools.turn";

    /// <summary>
    /// Request key carrying the turn's output cap (an <see cref="int"/>) for a round-trip that names no
    /// <c>MaxOutputTokens</c>, from the turn meter to the provider boundary of the governance block inside it, which
    /// applies it: the cache and the budget see the request as the caller sent it.
    /// </summary>
    internal const string OutputCap = "governance.tools.output_cap";
}
