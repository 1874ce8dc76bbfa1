using System.Collections.Concurrent;
using System.Globalization;

namespace Governance.AI.Redaction;

/// <summary>
/// Immutable values per recognized entity type and small number, made once per process instead of once per request:
/// placeholder names (<see cref="PlaceholderNames"/>) and the entity counts of a request with values of one type
/// (<see cref="RedactionVault.EntityCounts"/>). Bounded: types past <see cref="MaxTypes"/> and numbers past the
/// table's highest are made per use.
/// </summary>
/// <typeparam name="T">The value type; its instances are shared, so they must never change.</typeparam>
/// <param name="maxNumber">The highest number kept.</param>
/// <param name="make">Makes the value of a type and number.</param>
internal sealed class EntityTypeTable<T>(int maxNumber, Func<string, int, T> make)
    where T : class
{
    /// <summary>The most entity types kept (recognizers name their types; reloads may add more).</summary>
    internal const int MaxTypes = 256;

    private readonly ConcurrentDictionary<string, TypeValues> _byType = new(StringComparer.Ordinal);
    private int _types;

    // The type looked up last, recognised by reference: recognizers report their types as constants, so most requests
    // (one e-mail, one phone) find their type here without hashing it.
    private TypeValues? _last;

    /// <summary>Gets the value of a type and number.</summary>
    /// <param name="entityType">The entity type a recognizer reported.</param>
    /// <param name="number">The number, from 1.</param>
    /// <returns>The value, shared when the number is within the table.</returns>
    public T Get(string entityType, int number)
    {
        if (number < 1 || number > maxNumber || Values(entityType) is not { } values)
        {
            return make(entityType, number);
        }

        // Two threads may both make a missing value: they make equal values, and either may stay.
        return values[number - 1] ??= make(entityType, number);
    }

    private T?[]? Values(string entityType)
    {
        TypeValues? last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Type, entityType))
        {
            return last.Values;
        }

        if (!_byType.TryGetValue(entityType, out TypeValues? found))
        {
            if (Volatile.Read(ref _types) >= MaxTypes)
            {
                return null;
            }

            if (_byType.TryAdd(entityType, found = new TypeValues(entityType, new T?[maxNumber])))
            {
                Interlocked.Increment(ref _types);
            }
            else if (!_byType.TryGetValue(entityType, out found))
            {
                return null;
            }
        }

        if (!ReferenceEquals(found, last))
        {
            Volatile.Write(ref _last, found);
        }

        return found.Values;
    }

    /// <summary>A type's values with the type they belong to, so that the last one looked up is one reference.</summary>
    private sealed record TypeValues(string Type, T?[] Values);
}

/// <summary>
/// The placeholder names <c>&lt;TYPE_N&gt;</c>. Only the name is shared across requests: which value a placeholder
/// stands for stays in the request's own vault.
/// </summary>
internal static class PlaceholderNames
{
    /// <summary>The highest number whose name is kept.</summary>
    internal const int MaxNumber = 16;

    private static readonly EntityTypeTable<string> Names =
        new(MaxNumber, static (entityType, number) => string.Create(CultureInfo.InvariantCulture, $"<{entityType}_{number}>"));

    /// <summary>Gets the placeholder of the <paramref name="number"/>th value of a type.</summary>
    /// <param name="entityType">The entity type a recognizer reported.</param>
    /// <param name="number">The number, from 1.</param>
    /// <returns><c>&lt;TYPE_N&gt;</c>.</returns>
    public static string Get(string entityType, int number) => Names.Get(entityType, number);
}
