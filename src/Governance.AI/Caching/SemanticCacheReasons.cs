namespace Governance.AI.Caching;

/// <summary>The reason codes the semantic cache reports on responses and in telemetry; never prompt text.</summary>
public static class SemanticCacheReasons
{
    /// <summary>The hit's prompt contains other numbers.</summary>
    public const string GuardNumbers = "guard_numbers";

    /// <summary>One prompt is negated and the other is not.</summary>
    public const string GuardNegation = "guard_negation";

    /// <summary>A word of one prompt faces its opposite in the other.</summary>
    public const string GuardOpposite = "guard_opposite";

    /// <summary>The prompts name different entities, dates or quoted text.</summary>
    public const string GuardEntity = "guard_entity";

    /// <summary>The prompts differ in content words.</summary>
    public const string GuardContent = "guard_content";

    /// <summary>The same content words in another order around a directional word.</summary>
    public const string GuardOrder = "guard_order";
}
