using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// The <see cref="AdditionalPropertiesDictionary"/> keys Governance.AI reads and writes. Request keys start with
/// <see cref="Prefix"/> and are removed before a request reaches the provider; response keys report what the
/// policies did (cache hit, redactions, route).
/// </summary>
public static class GovernanceProperties
{
    /// <summary>The prefix of every Governance.AI key.</summary>
    public const string Prefix = "governance.";

    /// <summary>Request key: <see langword="true"/> to skip the cache for this call (neither read nor write).</summary>
    public const string NoCache = "governance.no_cache";

    /// <summary>Request key: <see langword="true"/> to read the cache but never store this call's response.</summary>
    public const string NoStore = "governance.no_store";

    /// <summary>Request key set by the budget policy: a <see cref="bool"/>, <see langword="true"/> when a scope's remaining budget is low and the router should choose a cheaper model.</summary>
    public const string PreferCheaperModel = "governance.prefer_cheaper_model";

    /// <summary>Response key: the cache outcome, <c>hit</c>, <c>miss</c> or <c>bypass</c> (a <see cref="string"/>).</summary>
    public const string CacheStatus = "governance.cache.status";

    /// <summary>Response key: the similarity of a semantic cache hit (a <see cref="double"/>; 1 for an exact hit).</summary>
    public const string CacheSimilarity = "governance.cache.similarity";

    /// <summary>Response key: the tokens a cache hit saved (a <see cref="long"/>: the stored response's input plus output tokens).</summary>
    public const string CacheTokensSaved = "governance.cache.tokens_saved";

    /// <summary>Response key: redactions by entity type (an <see cref="IReadOnlyDictionary{TKey, TValue}"/> of <see cref="string"/> to <see cref="int"/>), never values.</summary>
    public const string Redactions = "governance.redactions";

    /// <summary>Response key: the safety rules that fired without blocking (an <see cref="IReadOnlyList{T}"/> of rule ids).</summary>
    public const string SafetyAnnotations = "governance.safety.annotations";

    /// <summary>Response key: the backend that served the request (a <see cref="string"/>).</summary>
    public const string RouteBackend = "governance.route.backend";

    /// <summary>Response key: the number of attempts the router made, retries and failovers included (an <see cref="int"/>).</summary>
    public const string RouteAttempts = "governance.route.attempts";

    /// <summary>Response key: the cost of the call in US dollars (a <see cref="decimal"/>), when the model has a price.</summary>
    public const string CostUsd = "governance.cost_usd";

    /// <summary>Gets a value indicating whether a key is a Governance.AI key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> if it starts with <see cref="Prefix"/>.</returns>
    public static bool IsGovernanceKey(string key) => key is not null && key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Reads a typed value from request options.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="options">The options.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value, or <see langword="default"/>.</returns>
    public static T? Get<T>(ChatOptions? options, string key) =>
        options?.AdditionalProperties is { } properties && PropertyLookup.TryGetValue(properties, key, out object? value) && value is T typed
            ? typed
            : default;

    /// <summary>Returns options that carry an extra key, cloning so the caller's options are never changed.</summary>
    /// <param name="options">The caller's options, or <see langword="null"/>.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A clone with the key set.</returns>
    public static ChatOptions With(ChatOptions? options, string key, object? value)
    {
        // A clone's dictionary is already a copy of the caller's.
        ChatOptions clone = options?.Clone() ?? new ChatOptions();
        (clone.AdditionalProperties ??= [])[key] = value;
        return clone;
    }
}
