namespace Governance.AI.Caching;

/// <summary>Limits and layout of an <see cref="InMemorySemanticCacheStore"/>.</summary>
public sealed class InMemorySemanticCacheStoreOptions
{
    /// <summary>Gets or sets the most entries one partition keeps; the least recently used go first. Default 10,000.</summary>
    public int MaxEntriesPerPartition { get; set; } = 10_000;

    /// <summary>Gets or sets the most bytes all entries and vectors may occupy; the least recently used go first. Default 256 MiB.</summary>
    public long MaxMemoryBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Gets or sets how the vectors are stored. Default <see cref="VectorPrecision.Float32"/>.</summary>
    public VectorPrecision Precision { get; set; } = VectorPrecision.Float32;

    /// <summary>Gets or sets the partition size from which a similarity search scans in parallel. Default 65,536.</summary>
    public int ParallelSearchThreshold { get; set; } = 65_536;

    /// <summary>Gets or sets how often expired entries are swept (they are never returned in between). Default 1 minute.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Validates the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEntriesPerPartition, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMemoryBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ParallelSearchThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SweepInterval, TimeSpan.Zero);
        if (!Enum.IsDefined(Precision))
        {
            throw new ArgumentOutOfRangeException(nameof(Precision), Precision, "Unknown precision.");
        }
    }
}
