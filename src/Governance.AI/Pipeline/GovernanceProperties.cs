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
        options?.AdditionalProperties is { } properties && properties.TryGetValue(key, out object? value) && value is T typed
            ? typed
            : default;

    /// <summary>Returns options that carry an extra key, cloning so the caller's options are never changed.</summary>
    /// <param name="options">The caller's options, or <see langword="null"/>.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A clone with the key set.</returns>
    public static ChatOptions With(ChatOptions? options, string key, object? value)
    {
        ChatOptions clone = options?.Clone() ?? new ChatOptions();
        clone.AdditionalProperties = clone.AdditionalProperties is { } existing ? new AdditionalPropertiesDictionary(existing) : [];
        clone.AdditionalProperties[key] = value;
        return clone;
    }
}
