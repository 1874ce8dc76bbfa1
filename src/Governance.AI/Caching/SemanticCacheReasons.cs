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

    /// <summary>The prompts ask about different quantities (all / some / few / many / most…).</summary>
    public const string GuardQuantity = "guard_quantity";

    /// <summary>The prompts ask with a different modality: can / should / must, or one with a modal and one without.</summary>
    public const string GuardModality = "guard_modality";

    /// <summary>The prompts ask about a different time: did / will, is / was.</summary>
    public const string GuardTense = "guard_tense";

    /// <summary>The prompts are about different persons: my / your / their.</summary>
    public const string GuardPerson = "guard_person";

    /// <summary>The prompts ask for a different kind of answer: how / why / what / who / when / where.</summary>
    public const string GuardQuestion = "guard_question";

    /// <summary>The prompts ask for different tasks on their input (summarize / translate / proofread…).</summary>
    public const string GuardTask = "guard_task";

    /// <summary>The prompts ask for different output formats (JSON / YAML, list / table…).</summary>
    public const string GuardFormat = "guard_format";

    /// <summary>The prompts ask for the output in different languages.</summary>
    public const string GuardLanguage = "guard_language";

    /// <summary>The prompts hold different redaction placeholders (checked whether or not the hit guard is on).</summary>
    public const string PlaceholdersDiffer = "placeholders_differ";

    /// <summary>The request asked to skip the cache (<see cref="GovernanceProperties.NoCache"/>).</summary>
    public const string NoCache = "no_cache";

    /// <summary>The request asked not to store its response (<see cref="GovernanceProperties.NoStore"/>).</summary>
    public const string NoStore = "no_store";

    /// <summary>The conversation has more non-system messages than the cache accepts.</summary>
    public const string ConversationTooLong = "conversation_too_long";

    /// <summary>The request continues a server-side conversation, whose hidden history the cache cannot key.</summary>
    public const string ServerConversation = "server_conversation";

    /// <summary>The response calls a tool that is not marked idempotent.</summary>
    public const string ToolCalls = "tool_calls";

    /// <summary>The response was cut at the output limit.</summary>
    public const string Truncated = "truncated";

    /// <summary>The response was blocked by a content filter.</summary>
    public const string Blocked = "blocked";

    /// <summary>The response carries an error.</summary>
    public const string Error = "error";

    /// <summary>The response has no content.</summary>
    public const string Empty = "empty";

    /// <summary>The store failed; the response was served but not stored.</summary>
    public const string StoreFailed = "store_failed";

    /// <summary>The semantic store failed to answer the lookup; the request was answered as a miss.</summary>
    public const string LookupFailed = "lookup_failed";

    /// <summary>The embedding generator failed; only the exact tier was used.</summary>
    public const string EmbeddingFailed = "embedding_failed";

    /// <summary>The caller has no tenant and <see cref="SemanticCacheOptions.TenantlessCallers"/> keeps such callers out of the cache.</summary>
    public const string TenantlessCaller = "tenantless_caller";

    /// <summary>A part of the request (a content part, tool or setting) has no stable hash, so no key can tell it apart.</summary>
    public const string UnhashableRequest = "unhashable_request";

    /// <summary>The response came from a cheaper model than requested (a budget downgrade); it is not served to later callers.</summary>
    public const string Downgraded = "downgraded";
}
