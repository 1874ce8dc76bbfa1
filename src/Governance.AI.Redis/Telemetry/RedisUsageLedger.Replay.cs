using Governance.AI.Telemetry;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Redis.Telemetry;

/// <content>The queue of records written while Redis was unreachable, and its replay.</content>
public sealed partial class RedisUsageLedger
{
    private const int ReplayBatch = 128;

    /// <summary>Writes queued records now (they are also retried on a timer), after any replay already running.</summary>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>Whether the queue is empty afterwards (false while Redis is still unreachable).</returns>
    public Task<bool> FlushQueueAsync(CancellationToken cancellationToken = default) => DrainAsync(wait: true, cancellationToken);

    private async Task<bool> DrainAsync(bool wait, CancellationToken cancellationToken)
    {
        if (!await _draining.WaitAsync(wait ? Timeout.Infinite : 0, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            // Only the drain dequeues (it holds _draining), so the head of the queue stays put while a batch is
            // written. A batch is pipelined on the connection rather than one round trip per record: after an
            // outage thousands of records may wait, and at one round trip each a loaded machine took minutes.
            // Records leave the queue in order once written; a write that failed leaves it and what follows it
            // queued, and a record written twice counts once (the script adds each member only once).
            var writes = new List<Task>(ReplayBatch);
            while (true)
            {
                writes.Clear();
                foreach ((UsageRecord record, byte[] member) in _queue)
                {
                    writes.Add(WriteAsync(record, member, cancellationToken));
                    if (writes.Count == ReplayBatch)
                    {
                        break;
                    }
                }

                if (writes.Count == 0)
                {
                    break;
                }

                for (int i = 0; i < writes.Count; i++)
                {
                    try
                    {
                        await writes[i].ConfigureAwait(false);
                    }
                    catch
                    {
                        ObserveRest(writes, i + 1);
                        throw;
                    }

                    _queue.TryDequeue(out _);
                    Interlocked.Decrement(ref _queued);
                }
            }

            lock (_timerGate)
            {
                if (_queue.IsEmpty)
                {
                    _timer?.Dispose();
                    _timer = null;
                }
            }

            return _queue.IsEmpty;
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            return false;
        }
        finally
        {
            _draining.Release();
        }
    }

    /// <summary>Observes the outcome of writes that will not be awaited (a write before them failed).</summary>
    private static void ObserveRest(List<Task> writes, int from)
    {
        for (int i = from; i < writes.Count; i++)
        {
            _ = writes[i].ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void Enqueue(UsageRecord record, byte[] member)
    {
        if (Interlocked.Increment(ref _queued) > _options.MaxQueuedRecords)
        {
            Interlocked.Decrement(ref _queued);
            long dropped = Interlocked.Increment(ref _dropped);
            _logger.LogError("Usage ledger queue is full ({Max} records); a record was dropped ({Dropped} so far).", _options.MaxQueuedRecords, dropped);
            return;
        }

        _queue.Enqueue((record, member));
        lock (_timerGate)
        {
            _timer ??= _timeProvider.CreateTimer(
                static state => _ = ((RedisUsageLedger)state!).DrainInBackgroundAsync(), this, _options.ReplayInterval, _options.ReplayInterval);
        }
    }

    private async Task DrainInBackgroundAsync()
    {
        try
        {
            await DrainAsync(wait: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Replaying queued usage records failed; they stay queued.");
        }
    }
}
