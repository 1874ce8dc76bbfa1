using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Makes the key dictionary of a response that the stages outside the one creating it will add their keys to, sized
/// for all of them: <see cref="AdditionalPropertiesDictionary"/> has no capacity constructor, and growing it key by key
/// (3 → 7 → 17 entries for the keys of all six policies, which fit in 11) allocates its arrays three times.
/// </summary>
internal static class ResponseProperties
{
    /// <summary>The most keys a dictionary is sized for; larger requests get this capacity and grow as usual.</summary>
    internal const int MaxCapacity = 32;

    /// <summary>Per capacity, an empty collection that counts that many keys: what a dictionary is sized by.</summary>
    private static readonly SizeHint?[] Hints = new SizeHint?[MaxCapacity + 1];

    /// <summary>Gets the number of response keys a stage may add to a non-streamed response on a miss, at most.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its keys: route backend, attempts and downgrade; the budget's charge, cost, remaining and reset; the cache status and reason; the entity counts; the safety annotations.</returns>
    internal static int KeysAddedBy(GovernanceStage stage) => stage switch
    {
        GovernanceStage.Router => 3,
        GovernanceStage.Budget => 4,
        GovernanceStage.Cache => 2,
        GovernanceStage.Redaction => 1,
        GovernanceStage.Safety or GovernanceStage.ProviderSafety => 1,
        _ => 0,
    };

    /// <summary>Gets the number of keys the given stages may add to a response, at most.</summary>
    /// <param name="stages">The pipeline's stages.</param>
    /// <returns>
    /// The sum of <see cref="KeysAddedBy(GovernanceStage)"/> over them, the safety annotations once: both safety steps
    /// write that one key (the outer step merges its annotations into the provider-side step's).
    /// </returns>
    internal static int KeysAddedBy(IEnumerable<GovernanceStage> stages)
    {
        int keys = 0;
        bool annotations = false;
        foreach (GovernanceStage stage in stages)
        {
            if (stage is GovernanceStage.Safety or GovernanceStage.ProviderSafety)
            {
                keys += annotations ? 0 : KeysAddedBy(stage);
                annotations = true;
                continue;
            }

            keys += KeysAddedBy(stage);
        }

        return keys;
    }

    /// <summary>Creates an empty dictionary with room for <paramref name="capacity"/> keys without growing.</summary>
    /// <param name="capacity">The keys expected; at most <see cref="MaxCapacity"/> are provided for.</param>
    /// <returns>The empty dictionary.</returns>
    internal static AdditionalPropertiesDictionary Create(int capacity)
    {
        // A dictionary's first key already makes room for three.
        if (capacity <= 3)
        {
            return [];
        }

        capacity = Math.Min(capacity, MaxCapacity);
        SizeHint hint = Volatile.Read(ref Hints[capacity]) ?? CreateHint(capacity);

        // Its constructor sizes the dictionary by the collection's count, then adds what it enumerates: nothing, so no
        // entry is copied and none cleared.
        return new AdditionalPropertiesDictionary(hint);
    }

    private static SizeHint CreateHint(int capacity)
    {
        var hint = new SizeHint(capacity);
        Volatile.Write(ref Hints[capacity], hint);
        return hint;
    }

    /// <summary>
    /// A read-only collection that reports <see cref="Count"/> keys and enumerates none: a dictionary made from it is
    /// empty and sized for that many (<see cref="Dictionary{TKey, TValue}"/>'s constructor reads the count of an
    /// <see cref="ICollection{T}"/> before adding its items).
    /// </summary>
    private sealed class SizeHint(int count) : ICollection<KeyValuePair<string, object?>>
    {
        public int Count { get; } = count;

        public bool IsReadOnly => true;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, object?>>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Contains(KeyValuePair<string, object?> item) => false;

        public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
        {
        }

        public void Add(KeyValuePair<string, object?> item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Remove(KeyValuePair<string, object?> item) => throw new NotSupportedException();
    }
}
