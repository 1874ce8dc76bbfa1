using System.Runtime.InteropServices;

namespace Governance.AI;

/// <summary>
/// The items of a list as a span, for loops that visit every message (or content) of a request in every stage: an
/// array's or a <see cref="List{T}"/>'s own storage, so each step is a load instead of two interface calls (the
/// count and the indexer), which a conversation of dozens of messages pays per stage.
/// </summary>
internal static class ListSpans
{
    /// <summary>Gets the items of a list; read it in one synchronous walk, while the list is not changed.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="list">The list.</param>
    /// <returns>The array's or list's storage, or a copy of the items of any other list.</returns>
    public static ReadOnlySpan<T> Of<T>(IList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => CollectionsMarshal.AsSpan(items),
        _ => CopyOf(list),
    };

    private static T[] CopyOf<T>(IList<T> list)
    {
        var copy = new T[list.Count];
        list.CopyTo(copy, 0);
        return copy;
    }
}
