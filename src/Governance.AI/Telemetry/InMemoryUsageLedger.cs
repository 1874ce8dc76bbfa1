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
        var totals = new Dictionary<string, (string? CostCenter, decimal Cost, long Requests, long Input, long Output)>(StringComparer.Ordinal);
        void Add(string? costCenter, decimal cost, long requests, long input, long output)
        {
            string key = costCenter ?? "\0";
            totals.TryGetValue(key, out var sum);
            totals[key] = (costCenter, sum.Cost + cost, sum.Requests + requests, sum.Input + input, sum.Output + output);
        }

        lock (_lock)
        {
            foreach (UsageRecord record in _records)
            {
                if (period.Contains(record.Timestamp))
                {
                    Add(record.CostCenter, record.CostUsd, 1, record.InputTokens, record.OutputTokens);
                }
            }

            foreach (KeyValuePair<DailyKey, DailyTotals> day in _daily)
            {
                if (period.Contains(day.Value.DayStart))
                {
                    Add(day.Key.CostCenter, day.Value.CostUsd, day.Value.Requests, day.Value.InputTokens, day.Value.OutputTokens);
                }
            }
        }

        List<CostCenterSpend> result = [.. totals.Values.Select(static t => new CostCenterSpend(t.CostCenter, t.Cost, t.Requests, t.Input, t.Output))];
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
        var totals = new Dictionary<(DateOnly Day, string? Model), ModelDailyUsage>();
        void Add(DateOnly day, string? model, long input, long cached, long output, long requests, decimal cost)
        {
            totals[(day, model)] = totals.TryGetValue((day, model), out ModelDailyUsage? sum)
                ? sum with
                {
                    InputTokens = sum.InputTokens + input,
                    CachedInputTokens = sum.CachedInputTokens + cached,
                    OutputTokens = sum.OutputTokens + output,
                    Requests = sum.Requests + requests,
                    CostUsd = sum.CostUsd + cost,
                }
                : new ModelDailyUsage(day, model, input, cached, output, requests, cost);
        }

        lock (_lock)
        {
            foreach (UsageRecord record in _records)
            {
                if (period.Contains(record.Timestamp))
                {
                    Add(UsagePeriod.LocalDate(record.Timestamp, TimeZone), record.Model, record.InputTokens, record.CachedInputTokens, record.OutputTokens, 1, record.CostUsd);
                }
            }

            foreach (KeyValuePair<DailyKey, DailyTotals> day in _daily)
            {
                if (period.Contains(day.Value.DayStart))
                {
                    Add(day.Key.Day, day.Key.Model, day.Value.InputTokens, day.Value.CachedInputTokens, day.Value.OutputTokens, day.Value.Requests, day.Value.CostUsd);
                }
            }
        }

        List<ModelDailyUsage> result = [.. totals.Values];
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

            totals.Requests++;
            totals.InputTokens += record.InputTokens;
            totals.CachedInputTokens += record.CachedInputTokens;
            totals.OutputTokens += record.OutputTokens;
            totals.CostUsd += record.CostUsd;
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

        public long Requests { get; set; }

        public long InputTokens { get; set; }

        public long CachedInputTokens { get; set; }

        public long OutputTokens { get; set; }

        public decimal CostUsd { get; set; }
    }
}
