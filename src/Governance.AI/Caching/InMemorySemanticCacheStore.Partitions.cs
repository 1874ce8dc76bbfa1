using System.Collections.Concurrent;

namespace Governance.AI.Caching;

/// <content>A partition's tables and the entry nodes they share.</content>
public sealed partial class InMemorySemanticCacheStore
{
    private sealed class Partition(string key)
    {
        public string Key { get; } = key;

        public ConcurrentDictionary<string, Node> Exact { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Node> ById { get; } = new(StringComparer.Ordinal);

        public VectorIndex<Node>? Index { get; set; }

        public LruList Lru { get; } = new(global: false);
    }

    private sealed class Node(SemanticCacheEntry entry, Partition owner)
    {
        public SemanticCacheEntry Entry { get; } = entry;

        public Partition Owner { get; } = owner;

        public VectorSlot Slot { get; } = new();

        public long Size { get; set; }

        // Written under the store lock, read by lock-free lookups.
        public volatile bool Removed;

        public Node? GlobalPrevious { get; set; }

        public Node? GlobalNext { get; set; }

        public Node? PartitionPrevious { get; set; }

        public Node? PartitionNext { get; set; }
    }
}
