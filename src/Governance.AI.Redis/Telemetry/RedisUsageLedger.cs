using System.Collections.Concurrent;
using System.Globalization;
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
public sealed partial class RedisUsageLedger : IUsageLedger, IAsyncDisposable
{
    private const long NanosPerDollar = 1_000_000_000;

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

    private string DayBase(DateOnly day) =>
        string.Concat(_options.KeyPrefix, ":{", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "}:");
}
