using System.Collections.Concurrent;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// Counts completed operations of a load test and lets the test await a count (an awaited signal, not a sleep),
/// so a fault can be injected after a known amount of work.
/// </summary>
internal sealed class ProgressCounter
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _milestones = new();
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Counts one completed operation and releases whoever awaits this count.</summary>
    public void Increment()
    {
        long done = Interlocked.Increment(ref _count);
        if (_milestones.TryGetValue(done, out TaskCompletionSource? reached))
        {
            reached.TrySetResult();
        }
    }

    /// <summary>Completes when at least <paramref name="count"/> operations have completed.</summary>
    public Task ReachAsync(long count)
    {
        TaskCompletionSource reached = _milestones.GetOrAdd(count, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Count >= count)
        {
            reached.TrySetResult();
        }

        return reached.Task;
    }
}
