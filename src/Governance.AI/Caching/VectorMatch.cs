namespace Governance.AI.Caching;

/// <summary>One result of a nearest-neighbour search.</summary>
/// <typeparam name="TItem">The item type stored with each vector.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Similarity">The cosine similarity with the query, in [-1, 1].</param>
internal readonly record struct VectorMatch<TItem>(TItem Item, float Similarity);
