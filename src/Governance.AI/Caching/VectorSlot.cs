namespace Governance.AI.Caching;

/// <summary>A handle an item keeps so that the index can find and remove its vector.</summary>
internal sealed class VectorSlot
{
    /// <summary>Gets or sets the slot position; written only under the index's write lock.</summary>
    public int Position { get; set; } = -1;
}
