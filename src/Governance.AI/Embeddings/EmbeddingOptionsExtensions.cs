using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings;

/// <summary>
/// Attaches a caller and per-call governance switches to an embedding request through its
/// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>, under the same keys chat requests use
/// (<see cref="CallerChatOptionsExtensions.PropertyKey"/>, <see cref="GovernanceProperties.NoCache"/>,
/// <see cref="GovernanceProperties.NoStore"/>). The governed pipeline removes them before the provider.
/// </summary>
public static class EmbeddingOptionsExtensions
{
    /// <summary>Sets the caller of requests made with these options.</summary>
    /// <param name="options">The options; changed in place and returned.</param>
    /// <param name="caller">The caller.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static EmbeddingGenerationOptions ForCaller(this EmbeddingGenerationOptions options, CallerContext caller)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(caller);
        (options.AdditionalProperties ??= [])[CallerChatOptionsExtensions.PropertyKey] = caller;
        return options;
    }

    /// <summary>Sets the caller of requests made with these options.</summary>
    /// <param name="options">The options; changed in place and returned.</param>
    /// <param name="tenantId">The tenant id.</param>
    /// <param name="userId">The user id, if any.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static EmbeddingGenerationOptions ForCaller(this EmbeddingGenerationOptions options, string tenantId, string? userId = null) =>
        options.ForCaller(CallerContext.ForTenant(tenantId, userId));

    /// <summary>Gets the caller set with <see cref="ForCaller(EmbeddingGenerationOptions, CallerContext)"/>, if any.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The caller, or <see langword="null"/>.</returns>
    public static CallerContext? GetCaller(this EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties is { } properties && properties.TryGetValue(CallerChatOptionsExtensions.PropertyKey, out object? value)
            ? value as CallerContext
            : null;

    /// <summary>Resolves the caller: the per-call context first, then what the resolver finds (ambient scope, accessor).</summary>
    internal static CallerContext ResolveCaller(this CallerContextResolver resolver, EmbeddingGenerationOptions? options, string policy, bool requireTenant)
    {
        if (options.GetCaller() is not { } caller)
        {
            return resolver.Resolve((ChatOptions?)null, policy, requireTenant);
        }

        if (requireTenant && string.IsNullOrEmpty(caller.TenantId))
        {
            throw new CallerContextRequiredException(policy, "tenant");
        }

        return caller;
    }

    /// <summary>Reads a per-call switch such as <see cref="GovernanceProperties.NoStore"/>.</summary>
    internal static bool IsSet(this EmbeddingGenerationOptions? options, string key) =>
        options?.AdditionalProperties is { } properties && properties.TryGetValue(key, out object? value) && value is true;
}
