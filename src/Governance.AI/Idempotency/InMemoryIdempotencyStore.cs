using System.Collections.Concurrent;

namespace Governance.AI.Idempotency;

/// <summary>An <see cref="IIdempotencyStore"/> for one process; entries expire on the given clock.</summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private const int SweepEvery = 1024;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private int _addsSinceSweep;

    /// <summary>Initializes a new instance of the <see cref="InMemoryIdempotencyStore"/> class.</summary>
    /// <param name="timeProvider">The clock windows are measured on; the system clock by default.</param>
    public InMemoryIdempotencyStore(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>Gets the number of live or in-flight entries (expired ones may linger until the next sweep).</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public async Task<IdempotentResult<T>> GetOrRunAsync<T>(
        string key, TimeSpan window, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);

        while (true)
        {
            DateTimeOffset now = _timeProvider.GetUtcNow();
            if (_entries.TryGetValue(key, out Entry? existing))
            {
                if (existing.IsExpired(now))
                {
                    _entries.TryRemove(new KeyValuePair<string, Entry>(key, existing));
                    continue;
                }

                try
                {
                    object? value = await existing.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                    return new IdempotentResult<T>((T)value!, Replayed: true);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // The first run failed and removed its entry; this caller runs it instead.
                    continue;
                }
            }

            var entry = new Entry();
            if (!_entries.TryAdd(key, entry))
            {
                continue;
            }

            SweepOccasionally(now);
            try
            {
                T value = await run(cancellationToken).ConfigureAwait(false);
                entry.Complete(_timeProvider.GetUtcNow() + window);
                entry.Result.SetResult(value);
                return new IdempotentResult<T>(value, Replayed: false);
            }
            catch (Exception)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                // Waiters see a cancelled task and retry themselves; the error belongs to this caller alone.
                entry.Result.SetCanceled(CancellationToken.None);
                throw;
            }
        }
    }

    private void SweepOccasionally(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _addsSinceSweep) % SweepEvery != 0)
        {
            return;
        }

        foreach (KeyValuePair<string, Entry> pair in _entries)
        {
            if (pair.Value.IsExpired(now))
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed class Entry
    {
        public TaskCompletionSource<object?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Zero while in flight: an in-flight run never expires, so a repeat always waits for it.
        private long _expiresAtUtcTicks;

        public void Complete(DateTimeOffset expiresAt) => Volatile.Write(ref _expiresAtUtcTicks, expiresAt.UtcTicks);

        public bool IsExpired(DateTimeOffset now) =>
            Volatile.Read(ref _expiresAtUtcTicks) is var ticks && ticks != 0 && ticks <= now.UtcTicks;
    }
}
