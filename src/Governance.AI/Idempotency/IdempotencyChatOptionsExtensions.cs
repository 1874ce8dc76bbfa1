using Microsoft.Extensions.AI;

namespace Governance.AI.Idempotency;

/// <summary>Attaches an idempotency key to a request, so that a retry of it returns the first answer and is charged once.</summary>
public static class IdempotencyChatOptionsExtensions
{
    /// <summary>
    /// The <see cref="ChatOptions.AdditionalProperties"/> key of the request's idempotency key (a <see cref="string"/>);
    /// removed before the request reaches the provider.
    /// </summary>
    public const string PropertyKey = "governance.idempotency_key";

    /// <summary>Response key: <see langword="true"/> when the response is the replay of an earlier request with the same key.</summary>
    public const string ReplayedProperty = "governance.idempotency.replayed";

    /// <summary>Sets the idempotency key of requests made with these options.</summary>
    /// <param name="options">The options; changed in place and returned.</param>
    /// <param name="key">The key, unique per logical request of a caller (for example a client-generated GUID).</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithIdempotencyKey(this ChatOptions options, string key)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        (options.AdditionalProperties ??= [])[PropertyKey] = key;
        return options;
    }

    /// <summary>Gets the idempotency key set with <see cref="WithIdempotencyKey"/>, if any.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public static string? GetIdempotencyKey(this ChatOptions? options) => GovernanceProperties.Get<string>(options, PropertyKey);
}
