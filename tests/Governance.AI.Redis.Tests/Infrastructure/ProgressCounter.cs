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

    /// <summary>How long <see cref="ReachAsync"/> waits for a count.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromMinutes(3);

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

    /// <summary>
    /// Completes when at least <paramref name="count"/> operations have completed; fails, saying how many did,
    /// when that takes longer than <see cref="Limit"/> (the workers stalled).
    /// </summary>
    public async Task ReachAsync(long count)
    {
        TaskCompletionSource reached = _milestones.GetOrAdd(count, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Count >= count)
        {
            reached.TrySetResult();
        }

        try
        {
            await reached.Task.WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Only {Count} of {count} operations had completed after {Limit.TotalMinutes:0} min.");
        }
    }
}
