using Governance.AI.Redis.Telemetry;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Telemetry;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>The Redis usage ledger answers the same questions as the in-memory one, served and rejected requests included.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisLedgerOutcomeCompositionTests(RedisServers servers)
{
    [RedisFact]
    public async Task Served_and_rejected_requests_are_counted_as_the_in_memory_ledger_counts_them_for_whole_and_partial_days()
    {
        // Invariant: for the same records, the Redis ledger's cost-center and model totals (whole days, read from the
        // day totals; part of a day, read from the records) equal the in-memory ledger's, ServedRequests and
        // RejectedRequests included — GatewayService's /usage reports them.
        // Today at noon (UTC): key expiries follow the Redis server's clock, and a minute either side stays in the day.
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        await using var shared = new RedisUsageLedger(redis, new RedisUsageLedgerOptions { KeyPrefix = "test:ledger:" + Guid.NewGuid().ToString("N")[..8] }, clock);
        var local = new InMemoryUsageLedger(timeProvider: clock);
        DateTimeOffset now = clock.GetUtcNow();
        UsageOutcome[] outcomes = [UsageOutcome.Success, UsageOutcome.Success, UsageOutcome.Rejected, UsageOutcome.Failed, UsageOutcome.Cancelled, UsageOutcome.Success];
        for (int i = 0; i < outcomes.Length; i++)
        {
            var record = new UsageRecord
            {
                Timestamp = now,
                TenantId = "acme",
                CostCenter = "CC-1",
                Model = "gpt-4o-mini",
                InputTokens = 10 + i,
                OutputTokens = outcomes[i] == UsageOutcome.Success ? 5 : 0,
                Outcome = outcomes[i],
            };
            await shared.RecordAsync(record);
            await local.RecordAsync(record);
        }

        foreach (UsagePeriod period in new[] { UsagePeriod.Day(now, shared.TimeZone), new UsagePeriod(now.AddMinutes(-1), now.AddMinutes(1)) })
        {
            CostCenterSpend expectedSpend = Assert.Single(await local.GetTopCostCentersAsync(period, 10));
            CostCenterSpend spend = Assert.Single(await shared.GetTopCostCentersAsync(period, 10));
            Assert.Equal((3L, 1L), (expectedSpend.ServedRequests, expectedSpend.RejectedRequests));
            Assert.Equal(expectedSpend, spend);
            ModelDailyUsage expectedModel = Assert.Single(await local.GetTokensByModelByDayAsync(period));
            ModelDailyUsage model = Assert.Single(await shared.GetTokensByModelByDayAsync(period));
            Assert.Equal(expectedModel, model);
        }
    }
}
