using System.Collections.Concurrent;
using System.Globalization;

namespace Governance.AI.Redaction;

/// <summary>
/// The placeholder names <c>&lt;TYPE_N&gt;</c> of the first numbers of each recognized entity type, made once per
/// process instead of once per request. Only the name is shared: which value a placeholder stands for stays in the
/// request's own vault. Bounded: types past <see cref="MaxTypes"/> and numbers past <see cref="MaxNumber"/> are
/// formatted per use.
/// </summary>
internal static class PlaceholderNames
{
    /// <summary>The highest number whose name is kept.</summary>
    internal const int MaxNumber = 16;

    /// <summary>The most entity types whose names are kept (recognizers name their types; reloads may add more).</summary>
    internal const int MaxTypes = 256;

    private static readonly ConcurrentDictionary<string, string?[]> ByType = new(StringComparer.Ordinal);
    private static int s_types;

    /// <summary>Gets the placeholder of the <paramref name="number"/>th value of a type.</summary>
    /// <param name="entityType">The entity type a recognizer reported.</param>
    /// <param name="number">The number, from 1.</param>
    /// <returns><c>&lt;TYPE_N&gt;</c>.</returns>
    public static string Get(string entityType, int number)
    {
        if (number > MaxNumber || Names(entityType) is not { } names)
        {
            return Format(entityType, number);
        }

        // Two threads may both make a missing name: they make equal strings, and either may stay.
        return names[number - 1] ??= Format(entityType, number);
    }

    private static string?[]? Names(string entityType)
    {
        if (ByType.TryGetValue(entityType, out string?[]? names))
        {
            return names;
        }

        if (Volatile.Read(ref s_types) >= MaxTypes)
        {
            return null;
        }

        names = new string?[MaxNumber];
        if (ByType.TryAdd(entityType, names))
        {
            Interlocked.Increment(ref s_types);
            return names;
        }

        return ByType.TryGetValue(entityType, out names) ? names : null;
    }

    private static string Format(string entityType, int number) => string.Create(CultureInfo.InvariantCulture, $"<{entityType}_{number}>");
}
