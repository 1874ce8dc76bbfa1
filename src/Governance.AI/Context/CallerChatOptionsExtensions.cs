using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>Attaches a caller to a single request through its <see cref="ChatOptions"/>.</summary>
public static class CallerChatOptionsExtensions
{
    /// <summary>
    /// The <see cref="ChatOptions.AdditionalProperties"/> key under which the caller travels. The pipeline removes it
    /// before the request reaches the provider, so it is never sent to the model.
    /// </summary>
    public const string PropertyKey = "governance.caller";

    /// <summary>Sets the caller of requests made with these options.</summary>
    /// <param name="options">The options; changed in place and returned.</param>
    /// <param name="caller">The caller.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions ForCaller(this ChatOptions options, CallerContext caller)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(caller);
        (options.AdditionalProperties ??= [])[PropertyKey] = caller;
        return options;
    }

    /// <summary>Sets the caller of requests made with these options.</summary>
    /// <param name="options">The options; changed in place and returned.</param>
    /// <param name="tenantId">The tenant id.</param>
    /// <param name="userId">The user id, if any.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions ForCaller(this ChatOptions options, string tenantId, string? userId = null) =>
        options.ForCaller(CallerContext.ForTenant(tenantId, userId));

    /// <summary>Gets the caller set with <see cref="ForCaller(ChatOptions, CallerContext)"/>, if any.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The caller, or <see langword="null"/>.</returns>
    public static CallerContext? GetCaller(this ChatOptions? options) =>
        options?.AdditionalProperties is { } properties && PropertyLookup.TryGetValue(properties, PropertyKey, out object? value)
            ? value as CallerContext
            : null;
}
