using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Reads a key from a request's small property dictionary without hashing the key. An
/// <see cref="AdditionalPropertiesDictionary"/> compares keys ignoring case, so each of its lookups hashes the whole
/// key case-insensitively (a Governance.AI key has 17 to 32 characters); a request's options hold a few keys (the
/// caller, a switch or two), which a scan compares faster, by reference first (the keys are the same constants).
/// The caller alone is looked up by three stages of every request.
/// </summary>
internal static class PropertyLookup
{
    /// <summary>Up to this many keys are scanned; a larger dictionary is looked up by hash.</summary>
    private const int MaxScanned = 4;

    /// <summary>Gets the value of <paramref name="key"/> as the dictionary's own <c>TryGetValue</c> does: keys compared ordinally, ignoring case.</summary>
    /// <param name="properties">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or <see langword="null"/> when the key is absent.</param>
    /// <returns>Whether the key is present.</returns>
    public static bool TryGetValue(AdditionalPropertiesDictionary properties, string key, out object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (properties.Count > MaxScanned)
        {
            return properties.TryGetValue(key, out value);
        }

        // The dictionary's own enumerator: a struct, no allocation.
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            string candidate = pair.Key;
            if (ReferenceEquals(candidate, key) || (candidate.Length == key.Length && string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase)))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
