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
}
