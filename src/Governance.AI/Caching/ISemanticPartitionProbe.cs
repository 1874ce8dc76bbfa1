namespace Governance.AI.Caching;

/// <summary>
/// A store that can tell, without a search, that a partition holds no vector: a request that may not store its
/// answer then skips its semantic text, its embedding and the search, none of which could serve it. Internal: only a
/// store that knows this for certain at no cost implements it (a shared store would need a round trip to know).
/// </summary>
internal interface ISemanticPartitionProbe
{
    /// <summary>Gets a value indicating whether <paramref name="partition"/> certainly holds no entry with a vector, so
    /// that a similarity search in it finds nothing; <see langword="false"/> when it may hold one.</summary>
    /// <param name="partition">The partition key.</param>
    /// <returns><see langword="true"/> only when no search of the partition can find a match.</returns>
    bool HasNoVectors(string partition);
}
