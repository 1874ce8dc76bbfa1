using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Makes the key dictionary of a response that the stages outside the one creating it will add their keys to, sized
/// for all of them: <see cref="AdditionalPropertiesDictionary"/> has no capacity constructor, and growing it key by key
/// (3 → 7 → 17 entries for the keys of all six policies) allocates its arrays three times.
/// </summary>
internal static class ResponseProperties
{
    /// <summary>The most keys a dictionary is sized for; larger requests get this capacity and grow as usual.</summary>
    internal const int MaxCapacity = 32;

    /// <summary>Per capacity, a dictionary of that many placeholder keys whose copy has room for them.</summary>
    private static readonly Dictionary<string, object?>?[] Templates = new Dictionary<string, object?>?[MaxCapacity + 1];

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
    /// <returns>The sum of <see cref="KeysAddedBy(GovernanceStage)"/> over them.</returns>
    internal static int KeysAddedBy(IEnumerable<GovernanceStage> stages)
    {
        int keys = 0;
        foreach (GovernanceStage stage in stages)
        {
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
        // Its constructor sizes the copy by the source's count, and Clear keeps the capacity.
        var properties = new AdditionalPropertiesDictionary(Template(capacity));
        properties.Clear();
        return properties;
    }

    private static Dictionary<string, object?> Template(int capacity)
    {
        Dictionary<string, object?>? template = Volatile.Read(ref Templates[capacity]);
        if (template is null)
        {
            // The comparer of AdditionalPropertiesDictionary's own dictionary, so that the copy is one block copy.
            template = new Dictionary<string, object?>(capacity, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < capacity; i++)
            {
                template.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            }

            Volatile.Write(ref Templates[capacity], template);
        }

        return template;
    }
}
