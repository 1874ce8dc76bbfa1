namespace Governance.AI.Telemetry;

/// <summary>
/// Records every completed governed call for cost attribution and answers aggregation queries. Implementations
/// are thread-safe; the contract is asynchronous so a shared store (for example Redis) can implement it.
/// </summary>
public interface IUsageLedger
{
    /// <summary>Gets the time zone in which days and months are calendar-aligned.</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>Records a completed call.</summary>
    /// <param name="record">The call.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    ValueTask RecordAsync(UsageRecord record, CancellationToken cancellationToken = default);

    /// <summary>Reads the individual records that started in a period, oldest first.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<UsageRecord> ReadAsync(UsagePeriod period, CancellationToken cancellationToken = default);

    /// <summary>Gets the cost centers that spent most in a period, most expensive first.</summary>
    /// <param name="period">The period, for example <see cref="UsagePeriod.Month(DateTimeOffset, TimeZoneInfo)"/>.</param>
    /// <param name="count">How many to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The cost centers, by descending cost, ties by name.</returns>
    ValueTask<IReadOnlyList<CostCenterSpend>> GetTopCostCentersAsync(UsagePeriod period, int count, CancellationToken cancellationToken = default);

    /// <summary>Gets the tokens used by model by calendar day (in <see cref="TimeZone"/>) in a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One entry per day and model, by day then model.</returns>
    ValueTask<IReadOnlyList<ModelDailyUsage>> GetTokensByModelByDayAsync(UsagePeriod period, CancellationToken cancellationToken = default);
}
