using System.Runtime.CompilerServices;
using Governance.AI.Telemetry;
using StackExchange.Redis;

namespace Governance.AI.Redis.Telemetry;

/// <content>Queries: records by period, and totals read from the day hashes for whole days or summed from the records of part days.</content>
public sealed partial class RedisUsageLedger
{
    private const int PageSize = 1_000;
    private const char Separator = '\u001f';

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

    private static string? FromName(string name) => name.Length > 0 && name[0] == '+' ? name[1..] : null;

    private static decimal ToDollars(long nanos) => nanos / (decimal)NanosPerDollar;

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
