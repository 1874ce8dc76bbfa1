namespace Governance.AI.Caching;

/// <content>Expiry, least-recently-used order and removal of entries.</content>
public sealed partial class InMemorySemanticCacheStore
{
    private static bool IsLive(Node node, DateTimeOffset now) => !node.Removed && node.Entry.ExpiresAt > now;

    private void Touch(Node node)
    {
        // Lookups never wait for writers: when a store, eviction or sweep holds the lock, this hit's recency update
        // is skipped (the LRU order is then approximate), rather than blocking the reader.
        if (!_sync.TryEnter())
        {
            return;
        }

        try
        {
            if (!node.Removed)
            {
                node.Owner.Lru.MoveToEnd(node);
                _global.MoveToEnd(node);
            }
        }
        finally
        {
            _sync.Exit();
        }
    }

    private int SweepExpired(DateTimeOffset now)
    {
        int removed = 0;
        for (Node? node = _global.First; node is not null;)
        {
            Node? next = node.GlobalNext;
            if (node.Entry.ExpiresAt <= now)
            {
                RemoveNode(node);
                removed++;
            }

            node = next;
        }

        return removed;
    }

    private void RemoveNode(Node node)
    {
        if (node.Removed)
        {
            return;
        }

        node.Removed = true;
        Partition part = node.Owner;
        part.Index?.Remove(node.Slot, static n => n.Slot);
        if (part.Exact.TryGetValue(node.Entry.ExactKey, out Node? current) && ReferenceEquals(current, node))
        {
            part.Exact.TryRemove(node.Entry.ExactKey, out _);
        }

        part.ById.Remove(node.Entry.Id);
        part.Lru.Remove(node);
        _global.Remove(node);
        Interlocked.Add(ref _bytes, -node.Size);
        if (part.Lru.Count == 0)
        {
            _partitions.TryRemove(new KeyValuePair<string, Partition>(part.Key, part));
        }
    }

    /// <summary>An intrusive doubly linked list in least-recently-used order (first = least recent), over the global or the partition links.</summary>
    private sealed class LruList(bool global)
    {
        public Node? First { get; private set; }

        public Node? Last { get; private set; }

        public int Count { get; private set; }

        public void AddLast(Node node)
        {
            SetPrevious(node, Last);
            SetNext(node, null);
            if (Last is null)
            {
                First = node;
            }
            else
            {
                SetNext(Last, node);
            }

            Last = node;
            Count++;
        }

        public void Remove(Node node)
        {
            Node? previous = GetPrevious(node);
            Node? next = GetNext(node);
            if (previous is null)
            {
                First = next;
            }
            else
            {
                SetNext(previous, next);
            }

            if (next is null)
            {
                Last = previous;
            }
            else
            {
                SetPrevious(next, previous);
            }

            SetPrevious(node, null);
            SetNext(node, null);
            Count--;
        }

        public void MoveToEnd(Node node)
        {
            if (!ReferenceEquals(Last, node))
            {
                Remove(node);
                AddLast(node);
            }
        }

        private Node? GetPrevious(Node node) => global ? node.GlobalPrevious : node.PartitionPrevious;

        private Node? GetNext(Node node) => global ? node.GlobalNext : node.PartitionNext;

        private void SetPrevious(Node node, Node? value)
        {
            if (global)
            {
                node.GlobalPrevious = value;
            }
            else
            {
                node.PartitionPrevious = value;
            }
        }

        private void SetNext(Node node, Node? value)
        {
            if (global)
            {
                node.GlobalNext = value;
            }
            else
            {
                node.PartitionNext = value;
            }
        }
    }
}
