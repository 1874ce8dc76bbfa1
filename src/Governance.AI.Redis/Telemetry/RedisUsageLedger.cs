using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Governance.AI.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Governance.AI.Redis.Telemetry;

/// <summary>
/// An <see cref="IUsageLedger"/> shared by every instance through Redis. Per calendar day (in the ledger's time zone,
/// one hash tag per day) it keeps the individual records (sorted by time) and running totals by cost center and by
/// model, written together by one atomic script, at most once per record. Records that cannot be written while Redis
/// is unreachable are queued (bounded by <see cref="RedisUsageLedgerOptions.MaxQueuedRecords"/>) and written when it
/// returns, so the totals stay complete. Each day also keeps an epoch key, so a Redis that lost the day's data is
/// reported to <see cref="RedisDataLossMonitor"/>. Queries need Redis and throw StackExchange.Redis's
/// <see cref="RedisConnectionException"/> or <see cref="RedisTimeoutException"/> without it.
/// </summary>
public sealed class RedisUsageLedger : IUsageLedger, IAsyncDisposable
{
    private const long NanosPerDollar = 1_000_000_000;
    private const int PageSize = 1_000;
    private const int ReplayBatch = 128;
    private const char Separator = '\u001f';

    private static readonly RedisScript RecordScript = new("""
        local epoch = redis.call('GET', KEYS[4])
        if not epoch then
          epoch = ARGV[11]
          redis.call('SET', KEYS[4], epoch, 'PXAT', ARGV[9])
        end
        if redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2]) == 0 then return {0, epoch} end
        local sep = '\31'
        local cc = ARGV[3]
        local model = ARGV[4]
        redis.call('HINCRBY', KEYS[2], cc .. sep .. 'cost', ARGV[5])
        redis.call('HINCRBY', KEYS[2], cc .. sep .. 'req', 1)
        redis.call('HINCRBY', KEYS[2], cc .. sep .. 'in', ARGV[6])
        redis.call('HINCRBY', KEYS[2], cc .. sep .. 'out', ARGV[8])
        redis.call('HINCRBY', KEYS[3], model .. sep .. 'cost', ARGV[5])
        redis.call('HINCRBY', KEYS[3], model .. sep .. 'req', 1)
        redis.call('HINCRBY', KEYS[3], model .. sep .. 'in', ARGV[6])
        redis.call('HINCRBY', KEYS[3], model .. sep .. 'cin', ARGV[7])
        redis.call('HINCRBY', KEYS[3], model .. sep .. 'out', ARGV[8])
        if ARGV[12] ~= '' then
          redis.call('HINCRBY', KEYS[2], cc .. sep .. ARGV[12], 1)
          redis.call('HINCRBY', KEYS[3], model .. sep .. ARGV[12], 1)
        end
        redis.call('PEXPIREAT', KEYS[1], ARGV[10])
        redis.call('PEXPIREAT', KEYS[2], ARGV[9])
        redis.call('PEXPIREAT', KEYS[3], ARGV[9])
        return {1, epoch}
        """);

    private readonly IDatabaseAsync _redis;
    private readonly RedisUsageLedgerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly OutageLog _outageLog;
    private readonly RedisDataLossMonitor? _dataLoss;
    private readonly ConcurrentQueue<(UsageRecord Record, byte[] Member)> _queue = new();
    private readonly Lock _timerGate = new();
    private readonly SemaphoreSlim _draining = new(1, 1);
    private ITimer? _timer;
    private int _queued;
    private long _dropped;

    /// <summary>Creates the ledger.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="timeProvider">The clock for the replay timer; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives outage events, rate-limited (never record content).</param>
    /// <param name="dataLoss">Told when a day's keys come back without their epoch (Redis lost its data); none when null.</param>
    public RedisUsageLedger(
        IConnectionMultiplexer redis,
        RedisUsageLedgerOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<RedisUsageLedger>? logger = null,
        RedisDataLossMonitor? dataLoss = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis.GetDatabase();
        _options = options ?? new RedisUsageLedgerOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _outageLog = new OutageLog(_logger, _timeProvider);
        _dataLoss = dataLoss;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZoneId);
    }

    /// <inheritdoc />
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Records waiting for Redis to come back.</summary>
    public int QueuedCount => Volatile.Read(ref _queued);

    /// <inheritdoc />
    public async ValueTask RecordAsync(UsageRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        byte[] member = UsageRecordCodec.Write(record, RandomNumberGenerator.GetHexString(24, lowercase: true));
        if (Volatile.Read(ref _queued) > 0)
        {
            // Keep order with what is already waiting: queue behind it and let the replay write it.
            Enqueue(record, member);
            _ = DrainInBackgroundAsync();
            return;
        }

        try
        {
            await WriteAsync(record, member, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "usage records are queued");
            Enqueue(record, member);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<UsageRecord> ReadAsync(UsagePeriod period, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long from = period.Start.ToUnixTimeMilliseconds();
        long to = period.End.ToUnixTimeMilliseconds();
        foreach (DateOnly day in Days(period))
        {
            string key = DayBase(day) + "r";
            for (int offset = 0; ; offset += PageSize)
            {
                RedisValue[] page = await _redis.SortedSetRangeByScoreAsync(key, from, to, Exclude.Stop, Order.Ascending, offset, PageSize)
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
                foreach (RedisValue member in page)
                {
                    UsageRecord record = UsageRecordCodec.Read((ReadOnlyMemory<byte>)member);
                    if (period.Contains(record.Timestamp))
                    {
                        yield return record;
                    }
                }

                if (page.Length < PageSize)
                {
                    break;
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<CostCenterSpend>> GetTopCostCentersAsync(UsagePeriod period, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var totals = new Dictionary<string, (decimal Cost, long Requests, long Input, long Output, long Served, long Rejected)>(StringComparer.Ordinal);
        void Add(string name, decimal cost, long requests, long input, long output, long served, long rejected)
        {
            totals.TryGetValue(name, out var sum);
            totals[name] = (sum.Cost + cost, sum.Requests + requests, sum.Input + input, sum.Output + output, sum.Served + served, sum.Rejected + rejected);
        }

        foreach (DateOnly day in Days(period))
        {
            if (IsWholeDay(day, period))
            {
                foreach ((string name, Dictionary<string, long> values) in await ReadTotalsAsync(DayBase(day) + "cc", cancellationToken).ConfigureAwait(false))
                {
                    Add(
                        name, ToDollars(values.GetValueOrDefault("cost")), values.GetValueOrDefault("req"), values.GetValueOrDefault("in"), values.GetValueOrDefault("out"),
                        values.GetValueOrDefault("srv"), values.GetValueOrDefault("rej"));
                }
            }
            else
            {
                await foreach (UsageRecord record in ReadAsync(Clip(day, period), cancellationToken).ConfigureAwait(false))
                {
                    (long served, long rejected) = Outcomes(record.Outcome);
                    Add(Name(record.CostCenter), record.CostUsd, 1, record.InputTokens, record.OutputTokens, served, rejected);
                }
            }
        }

        List<CostCenterSpend> result = [.. totals.Select(t => new CostCenterSpend(FromName(t.Key), t.Value.Cost, t.Value.Requests, t.Value.Input, t.Value.Output)
        {
            ServedRequests = t.Value.Served,
            RejectedRequests = t.Value.Rejected,
        })];
        result.Sort(static (a, b) =>
        {
            int byCost = b.CostUsd.CompareTo(a.CostUsd);
            return byCost != 0 ? byCost : string.CompareOrdinal(a.CostCenter, b.CostCenter);
        });
        if (result.Count > count)
        {
            result.RemoveRange(count, result.Count - count);
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ModelDailyUsage>> GetTokensByModelByDayAsync(UsagePeriod period, CancellationToken cancellationToken = default)
    {
        var result = new List<ModelDailyUsage>();
        foreach (DateOnly day in Days(period))
        {
            var models = new Dictionary<string, ModelDailyUsage>(StringComparer.Ordinal);
            if (IsWholeDay(day, period))
            {
                foreach ((string name, Dictionary<string, long> values) in await ReadTotalsAsync(DayBase(day) + "m", cancellationToken).ConfigureAwait(false))
                {
                    models[name] = new ModelDailyUsage(
                        day, FromName(name), values.GetValueOrDefault("in"), values.GetValueOrDefault("cin"), values.GetValueOrDefault("out"),
                        values.GetValueOrDefault("req"), ToDollars(values.GetValueOrDefault("cost")))
                    {
                        ServedRequests = values.GetValueOrDefault("srv"),
                        RejectedRequests = values.GetValueOrDefault("rej"),
                    };
                }
            }
            else
            {
                await foreach (UsageRecord record in ReadAsync(Clip(day, period), cancellationToken).ConfigureAwait(false))
                {
                    string name = Name(record.Model);
                    (long served, long rejected) = Outcomes(record.Outcome);
                    models[name] = models.TryGetValue(name, out ModelDailyUsage? sum)
                        ? sum with
                        {
                            InputTokens = sum.InputTokens + record.InputTokens,
                            CachedInputTokens = sum.CachedInputTokens + record.CachedInputTokens,
                            OutputTokens = sum.OutputTokens + record.OutputTokens,
                            Requests = sum.Requests + 1,
                            CostUsd = sum.CostUsd + record.CostUsd,
                            ServedRequests = sum.ServedRequests + served,
                            RejectedRequests = sum.RejectedRequests + rejected,
                        }
                        : new ModelDailyUsage(day, record.Model, record.InputTokens, record.CachedInputTokens, record.OutputTokens, 1, record.CostUsd)
                        {
                            ServedRequests = served,
                            RejectedRequests = rejected,
                        };
                }
            }

            List<ModelDailyUsage> sorted = [.. models.Values];
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.Model, b.Model));
            result.AddRange(sorted);
        }

        return result;
    }

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

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        lock (_timerGate)
        {
            _timer?.Dispose();
            _timer = null;
        }

        return ValueTask.CompletedTask;
    }

    private static string Name(string? value) => value is null ? "-" : "+" + value;

    private static string? FromName(string name) => name.Length > 0 && name[0] == '+' ? name[1..] : null;

    private static decimal ToDollars(long nanos) => nanos / (decimal)NanosPerDollar;

    private async Task WriteAsync(UsageRecord record, byte[] member, CancellationToken cancellationToken)
    {
        DateOnly day = UsagePeriod.LocalDate(record.Timestamp, TimeZone);
        string @base = DayBase(day);
        DateTimeOffset dayEnd = UsagePeriod.StartOfDay(day.AddDays(1), TimeZone);
        long cost = (long)decimal.Round(record.CostUsd * NanosPerDollar, MidpointRounding.AwayFromZero);
        var reply = (RedisResult[])(await RecordScript.EvaluateAsync(
            _redis,
            [@base + "r", @base + "cc", @base + "m", @base + "epoch"],
            [
                record.Timestamp.ToUnixTimeMilliseconds(),
                member,
                Name(record.CostCenter),
                Name(record.Model),
                cost,
                record.InputTokens,
                record.CachedInputTokens,
                record.OutputTokens,
                (dayEnd + _options.TotalsRetention).ToUnixTimeMilliseconds(),
                (dayEnd + _options.RecordRetention).ToUnixTimeMilliseconds(),
                // A fresh value each time: a day recreated after data loss must get an epoch no instance saw before.
                RandomNumberGenerator.GetHexString(16, lowercase: true),
                OutcomeField(record.Outcome),
            ],
            cancellationToken).ConfigureAwait(false))!;
        _dataLoss?.Observe("ledger", @base + "epoch", (string)reply[1]!);
    }

    /// <summary>The totals field a record's outcome is counted under: served, rejected, or none (failed, cancelled).</summary>
    private static string OutcomeField(UsageOutcome outcome) => outcome switch
    {
        UsageOutcome.Success => "srv",
        UsageOutcome.Rejected => "rej",
        _ => string.Empty,
    };

    /// <summary>How one record counts towards the served and rejected requests.</summary>
    private static (long Served, long Rejected) Outcomes(UsageOutcome outcome) =>
        (outcome == UsageOutcome.Success ? 1 : 0, outcome == UsageOutcome.Rejected ? 1 : 0);

    private async Task<Dictionary<string, Dictionary<string, long>>> ReadTotalsAsync(string key, CancellationToken cancellationToken)
    {
        HashEntry[] fields = await _redis.HashGetAllAsync(key).WaitAsync(cancellationToken).ConfigureAwait(false);
        var totals = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (HashEntry entry in fields)
        {
            string field = entry.Name!;
            int split = field.LastIndexOf(Separator);
            string name = field[..split];
            if (!totals.TryGetValue(name, out Dictionary<string, long>? values))
            {
                totals[name] = values = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            values[field[(split + 1)..]] = (long)entry.Value;
        }

        return totals;
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

    private string DayBase(DateOnly day) =>
        string.Concat(_options.KeyPrefix, ":{", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "}:");

    private IEnumerable<DateOnly> Days(UsagePeriod period)
    {
        if (period.End <= period.Start)
        {
            yield break;
        }

        DateOnly first = UsagePeriod.LocalDate(period.Start, TimeZone);
        DateOnly last = UsagePeriod.LocalDate(period.End.AddTicks(-1), TimeZone);
        for (DateOnly day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private bool IsWholeDay(DateOnly day, UsagePeriod period) =>
        UsagePeriod.StartOfDay(day, TimeZone) >= period.Start && UsagePeriod.StartOfDay(day.AddDays(1), TimeZone) <= period.End;

    private UsagePeriod Clip(DateOnly day, UsagePeriod period)
    {
        DateTimeOffset start = UsagePeriod.StartOfDay(day, TimeZone);
        DateTimeOffset end = UsagePeriod.StartOfDay(day.AddDays(1), TimeZone);
        return new UsagePeriod(start > period.Start ? start : period.Start, end < period.End ? end : period.End);
    }
}
