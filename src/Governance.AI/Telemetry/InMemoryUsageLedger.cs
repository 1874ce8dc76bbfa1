using System.Runtime.CompilerServices;

namespace Governance.AI.Telemetry;

/// <summary>
/// The default <see cref="IUsageLedger"/>: keeps records in memory for one process.
/// </summary>
/// <remarks>
/// It is bounded and compacting: it keeps at most <see cref="UsageLedgerOptions.MaxRecords"/> individual records;
/// beyond that the oldest tenth are folded into per-day totals (by local day, tenant, application, cost center, model,
/// backend and outcome; user ids and latencies are dropped). Aggregation queries count the totals of every day whose
/// start lies in the period, so calendar-aligned periods (days, months) stay exact; <see cref="ReadAsync"/> returns
/// individual records only. Totals older than <see cref="UsageLedgerOptions.Retention"/> are dropped. Records are
/// lost when the process ends; use a shared ledger for durability and for several instances.
/// </remarks>
public sealed class InMemoryUsageLedger : IUsageLedger
{
    private readonly Lock _lock = new();
    private readonly Queue<UsageRecord> _records = new();
    private readonly Dictionary<DailyKey, DailyTotals> _daily = [];
    private readonly UsageLedgerOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="InMemoryUsageLedger"/> class.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock that retention is measured on; the system clock by default.</param>
    public InMemoryUsageLedger(UsageLedgerOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new UsageLedgerOptions();
        var errors = new OptionsValidationErrors("AiGovernance:Telemetry:Ledger");
        _options.Validate(errors);
        if (errors.HasErrors)
        {
            throw new ArgumentException(string.Join("; ", errors.Errors), nameof(options));
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        TimeZone = _options.ResolveTimeZone();
    }

    /// <inheritdoc />
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Gets the number of individual records held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Gets the number of records folded into per-day totals so far.</summary>
    public long CompactedCount { get; private set; }

    /// <inheritdoc />
    public ValueTask RecordAsync(UsageRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _records.Enqueue(record);
            if (_records.Count > _options.MaxRecords)
            {
                Compact();
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<UsageRecord> ReadAsync(UsagePeriod period, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<UsageRecord> snapshot = [];
        lock (_lock)
        {
            foreach (UsageRecord record in _records)
            {
                if (period.Contains(record.Timestamp))
                {
                    snapshot.Add(record);
                }
            }
        }

        snapshot.Sort(static (a, b) => a.Timestamp.CompareTo(b.Timestamp));
        foreach (UsageRecord record in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<CostCenterSpend>> GetTopCostCentersAsync(UsagePeriod period, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        cancellationToken.ThrowIfCancellationRequested();
        var totals = new Dictionary<string, (string? CostCenter, Tally Tally)>(StringComparer.Ordinal);
        void Add(string? costCenter, in Tally tally)
        {
            string key = costCenter ?? "\0";
            totals[key] = totals.TryGetValue(key, out var sum) ? (costCenter, sum.Tally.Plus(tally)) : (costCenter, tally);
        }

        lock (_lock)
        {
            foreach (UsageRecord record in _records)
            {
                if (period.Contains(record.Timestamp))
                {
                    Add(record.CostCenter, Tally.Of(record));
                }
            }

            foreach (KeyValuePair<DailyKey, DailyTotals> day in _daily)
            {
                if (period.Contains(day.Value.DayStart))
                {
                    Add(day.Key.CostCenter, day.Value.Tally);
                }
            }
        }

        var result = new List<CostCenterSpend>(totals.Count);
        foreach ((string? costCenter, Tally t) in totals.Values)
        {
            result.Add(new CostCenterSpend(costCenter, t.CostUsd, t.Requests, t.InputTokens, t.OutputTokens)
            {
                ServedRequests = t.Served,
                RejectedRequests = t.Rejected,
            });
        }

        result.Sort(static (a, b) =>
        {
            int byCost = b.CostUsd.CompareTo(a.CostUsd);
            return byCost != 0 ? byCost : string.CompareOrdinal(a.CostCenter, b.CostCenter);
        });
        if (result.Count > count)
        {
            result.RemoveRange(count, result.Count - count);
        }

        return new ValueTask<IReadOnlyList<CostCenterSpend>>(result);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ModelDailyUsage>> GetTokensByModelByDayAsync(UsagePeriod period, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var totals = new Dictionary<(DateOnly Day, string? Model), Tally>();
        void Add(DateOnly day, string? model, in Tally tally) =>
            totals[(day, model)] = totals.TryGetValue((day, model), out Tally sum) ? sum.Plus(tally) : tally;

        lock (_lock)
        {
            foreach (UsageRecord record in _records)
            {
                if (period.Contains(record.Timestamp))
                {
                    Add(UsagePeriod.LocalDate(record.Timestamp, TimeZone), record.Model, Tally.Of(record));
                }
            }

            foreach (KeyValuePair<DailyKey, DailyTotals> day in _daily)
            {
                if (period.Contains(day.Value.DayStart))
                {
                    Add(day.Key.Day, day.Key.Model, day.Value.Tally);
                }
            }
        }

        var result = new List<ModelDailyUsage>(totals.Count);
        foreach (KeyValuePair<(DateOnly Day, string? Model), Tally> entry in totals)
        {
            Tally t = entry.Value;
            result.Add(new ModelDailyUsage(entry.Key.Day, entry.Key.Model, t.InputTokens, t.CachedInputTokens, t.OutputTokens, t.Requests, t.CostUsd)
            {
                ServedRequests = t.Served,
                RejectedRequests = t.Rejected,
            });
        }

        result.Sort(static (a, b) =>
        {
            int byDay = a.Day.CompareTo(b.Day);
            return byDay != 0 ? byDay : string.CompareOrdinal(a.Model, b.Model);
        });
        return new ValueTask<IReadOnlyList<ModelDailyUsage>>(result);
    }

    /// <summary>Folds the oldest tenth of the records into per-day totals and drops totals past retention. Runs under the lock.</summary>
    private void Compact()
    {
        int fold = Math.Max(1, _records.Count - _options.MaxRecords + (_options.MaxRecords / 10));
        for (int i = 0; i < fold && _records.Count > 0; i++)
        {
            UsageRecord record = _records.Dequeue();
            DateOnly day = UsagePeriod.LocalDate(record.Timestamp, TimeZone);
            var key = new DailyKey(day, record.TenantId, record.ApplicationId, record.CostCenter, record.Model, record.Backend, record.Outcome);
            if (!_daily.TryGetValue(key, out DailyTotals? totals))
            {
                totals = new DailyTotals(UsagePeriod.StartOfDay(day, TimeZone));
                _daily[key] = totals;
            }

            totals.Tally = totals.Tally.Plus(Tally.Of(record));
            CompactedCount++;
        }

        DateTimeOffset cutoff = _timeProvider.GetUtcNow() - _options.Retention;
        List<DailyKey>? expired = null;
        foreach (KeyValuePair<DailyKey, DailyTotals> entry in _daily)
        {
            if (entry.Value.DayStart < cutoff)
            {
                (expired ??= []).Add(entry.Key);
            }
        }

        if (expired is not null)
        {
            foreach (DailyKey key in expired)
            {
                _daily.Remove(key);
            }
        }
    }

    private readonly record struct DailyKey(DateOnly Day, string? TenantId, string? ApplicationId, string? CostCenter, string? Model, string? Backend, UsageOutcome Outcome);

    private sealed class DailyTotals(DateTimeOffset dayStart)
    {
        public DateTimeOffset DayStart { get; } = dayStart;

        public Tally Tally { get; set; }
    }

    /// <summary>Sums of calls: all of them, the served and the rejected ones apart, and what they used and cost.</summary>
    private readonly record struct Tally(long Requests, long Served, long Rejected, long InputTokens, long CachedInputTokens, long OutputTokens, decimal CostUsd)
    {
        public static Tally Of(UsageRecord record) => new(
            1,
            record.Outcome == UsageOutcome.Success ? 1 : 0,
            record.Outcome == UsageOutcome.Rejected ? 1 : 0,
            record.InputTokens,
            record.CachedInputTokens,
            record.OutputTokens,
            record.CostUsd);

        public Tally Plus(in Tally other) => new(
            Requests + other.Requests,
            Served + other.Served,
            Rejected + other.Rejected,
            InputTokens + other.InputTokens,
            CachedInputTokens + other.CachedInputTokens,
            OutputTokens + other.OutputTokens,
            CostUsd + other.CostUsd);
    }
}
