using System.Text;
using System.Text.Json;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.TelemetryPolicy;

[Collection(TelemetryCollection.Name)]
public sealed class UsageLedgerTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task Every_completed_call_is_recorded_with_caller_model_backend_tokens_cost_latency_and_outcome()
    {
        string model = "model-" + Guid.NewGuid().ToString("N")[..8];
        var pipeline = new TelemetryPipeline(new TelemetryOptions
        {
            Prices = { [model] = new ModelPriceOptions { InputPerMillion = 3m, OutputPerMillion = 15m } },
        }, model);
        var caller = new CallerContext { TenantId = "contoso", UserId = "alice", ApplicationId = "web", CostCenter = "R&D" };
        pipeline.Reporter.Keys[GovernanceProperties.RouteBackend] = "primary";
        pipeline.Fake.Enqueue(FakeReply.Text("ok", inputTokens: 1000, outputTokens: 200).After(TimeSpan.FromMilliseconds(40)));

        Task<ChatResponse> call = pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller(caller));
        pipeline.Clock.Advance(TimeSpan.FromMilliseconds(40));
        await call;
        pipeline.Reporter.Keys.Clear();
        pipeline.Reporter.Throw = new BudgetExceededException("tenant:contoso", "cost_usd", "month", 100, 100, 1, null);
        await Assert.ThrowsAsync<BudgetExceededException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller(caller)));

        List<UsageRecord> records = await pipeline.LedgerRecordsAsync();
        Assert.Equal(2, records.Count);
        UsageRecord ok = records[0];
        Assert.Equal(("contoso", "alice", "web", "R&D"), (ok.TenantId, ok.UserId, ok.ApplicationId, ok.CostCenter));
        Assert.Equal((pipeline.Model, "primary"), (ok.Model, ok.Backend));
        Assert.Equal((1000L, 0L, 200L), (ok.InputTokens, ok.CachedInputTokens, ok.OutputTokens));
        Assert.Equal(0.006m, ok.CostUsd);
        Assert.Equal(TimeSpan.FromMilliseconds(40), ok.Latency);
        Assert.Equal(UsageOutcome.Success, ok.Outcome);
        Assert.False(ok.CacheHit);
        Assert.Equal(new FakeTimeProvider().GetUtcNow(), ok.Timestamp);

        UsageRecord rejected = records[1];
        Assert.Equal((UsageOutcome.Rejected, "budget_exceeded", 0m), (rejected.Outcome, rejected.ReasonCode, rejected.CostUsd));
        Assert.Null(rejected.ErrorType);
    }

    [Fact]
    public async Task A_cost_reported_by_a_policy_wins_over_the_price_table()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Reporter.Keys[GovernanceProperties.CostUsd] = 0.25m;

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Assert.Equal(0.25m, Assert.Single(await pipeline.LedgerRecordsAsync()).CostUsd);
    }

    [Theory]
    [InlineData(1_000_000)]
    [InlineData(2)] // most records compacted into per-day totals
    public async Task Aggregates_count_served_and_rejected_calls_apart_from_all_calls(int maxRecords)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-02-10T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var ledger = new InMemoryUsageLedger(new UsageLedgerOptions { MaxRecords = maxRecords }, clock);
        IChatClient client = new GovernancePipelineBuilder(new FakeChatClient(clock, "m") { Responder = _ => FakeReply.Text("ok", 10, 5) })
            .Use(GovernanceStage.Budget, next => new RejectingPolicy(next))
            .UseTelemetry(new TelemetryOptions { Audit = { Enabled = false } }, ledger)
            .Build(new ServiceCollection().AddSingleton<TimeProvider>(clock).BuildServiceProvider());
        ChatOptions Caller(bool reject) => new ChatOptions { ModelId = "m", AdditionalProperties = new() { [RejectingPolicy.Key] = reject } }.ForCaller(new CallerContext { CostCenter = "ops" });

        for (int i = 0; i < 3; i++)
        {
            await client.GetResponseAsync("hi", Caller(reject: false));
        }

        for (int i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<BudgetExceededException>(() => client.GetResponseAsync("hi", Caller(reject: true)));
        }

        UsagePeriod month = UsagePeriod.CurrentMonth(clock, ledger.TimeZone);
        CostCenterSpend ops = Assert.Single(await ledger.GetTopCostCentersAsync(month, 10));
        Assert.Equal((8L, 3L, 5L, 30L), (ops.Requests, ops.ServedRequests, ops.RejectedRequests, ops.InputTokens));
        ModelDailyUsage day = Assert.Single(await ledger.GetTokensByModelByDayAsync(month));
        Assert.Equal((8L, 3L, 5L, 15L), (day.Requests, day.ServedRequests, day.RejectedRequests, day.OutputTokens));
    }

    /// <summary>Rejects the calls whose options ask for it, as the budget policy would.</summary>
    private sealed class RejectingPolicy(IChatClient inner) : DelegatingChatClient(inner)
    {
        public const string Key = "test.reject";

        public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            options?.AdditionalProperties?.TryGetValue(Key, out object? reject) == true && reject is true
                ? throw new BudgetExceededException("tenant:t", "requests", "day", 1, 0, 1, null)
                : base.GetResponseAsync(messages, options, cancellationToken);
    }

    [Fact]
    public async Task Top_cost_centers_this_month_are_calendar_aligned_in_UTC()
    {
        var ledger = new InMemoryUsageLedger(new UsageLedgerOptions { TimeZoneId = "UTC" });
        await ledger.RecordAsync(Record("2026-01-31T23:59:59Z", "finance", 5m));
        await ledger.RecordAsync(Record("2026-02-01T00:00:00Z", "finance", 1m));
        await ledger.RecordAsync(Record("2026-02-14T12:00:00Z", "research", 3m));
        await ledger.RecordAsync(Record("2026-02-28T23:59:59Z", "marketing", 0.5m));
        await ledger.RecordAsync(Record("2026-03-01T00:00:00Z", "marketing", 9m));
        await ledger.RecordAsync(Record("2026-02-10T00:00:00Z", null, 0.75m));

        IReadOnlyList<CostCenterSpend> top = await ledger.GetTopCostCentersAsync(UsagePeriod.Month(DateTimeOffset.Parse("2026-02-20T08:00:00Z"), ledger.TimeZone), 3);

        Assert.Equal(["research", "finance", null], top.Select(t => t.CostCenter));
        Assert.Equal([3m, 1m, 0.75m], top.Select(t => t.CostUsd));
        Assert.Equal(1, top[1].Requests);
    }

    [Fact]
    public async Task Months_and_days_follow_the_configured_time_zone()
    {
        var utc = new InMemoryUsageLedger();
        var tokyo = new InMemoryUsageLedger(new UsageLedgerOptions { TimeZoneId = "Asia/Tokyo" });

        // 16:30 UTC on January 31st is 01:30 on February 1st in Tokyo.
        foreach (InMemoryUsageLedger ledger in new[] { utc, tokyo })
        {
            await ledger.RecordAsync(Record("2026-01-31T16:30:00Z", "finance", 2m, model: "gpt-4o", input: 100));
            await ledger.RecordAsync(Record("2026-01-31T14:30:00Z", "finance", 1m, model: "gpt-4o", input: 10));
        }

        DateTimeOffset february = DateTimeOffset.Parse("2026-02-15T00:00:00Z");
        Assert.Empty(await utc.GetTopCostCentersAsync(UsagePeriod.Month(february, utc.TimeZone), 5));
        Assert.Equal(2m, Assert.Single(await tokyo.GetTopCostCentersAsync(UsagePeriod.Month(february, tokyo.TimeZone), 5)).CostUsd);

        var period = UsagePeriod.Days(new DateOnly(2026, 1, 30), new DateOnly(2026, 2, 1), Tokyo);
        IReadOnlyList<ModelDailyUsage> days = await tokyo.GetTokensByModelByDayAsync(period);
        Assert.Equal([(new DateOnly(2026, 1, 31), 10L), (new DateOnly(2026, 2, 1), 100L)], days.Select(d => (d.Day, d.InputTokens)));
        Assert.Equal(DateTimeOffset.Parse("2026-01-29T15:00:00Z"), period.Start);
    }

    [Fact]
    public async Task Tokens_by_model_by_day_across_a_daylight_saving_change()
    {
        var ledger = new InMemoryUsageLedger(new UsageLedgerOptions { TimeZoneId = "America/New_York" });

        // New York springs forward on 2026-03-08: that day has 23 hours (05:00Z to 04:00Z next day).
        await ledger.RecordAsync(Record("2026-03-08T04:59:00Z", "a", 0m, model: "gpt-4o", input: 1));
        await ledger.RecordAsync(Record("2026-03-08T05:00:00Z", "a", 0m, model: "gpt-4o", input: 10, output: 5));
        await ledger.RecordAsync(Record("2026-03-09T03:59:00Z", "a", 0m, model: "gpt-4o-mini", input: 100));
        await ledger.RecordAsync(Record("2026-03-09T03:59:30Z", "a", 0m, model: "gpt-4o", input: 1000));
        await ledger.RecordAsync(Record("2026-03-09T04:00:00Z", "a", 0m, model: "gpt-4o", input: 10000));

        UsagePeriod day = UsagePeriod.Day(DateTimeOffset.Parse("2026-03-08T12:00:00Z"), NewYork);
        Assert.Equal(TimeSpan.FromHours(23), day.End - day.Start);

        IReadOnlyList<ModelDailyUsage> usage = await ledger.GetTokensByModelByDayAsync(
            UsagePeriod.Days(new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 9), NewYork));
        Assert.Equal(
            [
                (new DateOnly(2026, 3, 7), "gpt-4o", 1L, 0L, 1L),
                (new DateOnly(2026, 3, 8), "gpt-4o", 1010L, 5L, 2L),
                (new DateOnly(2026, 3, 8), "gpt-4o-mini", 100L, 0L, 1L),
                (new DateOnly(2026, 3, 9), "gpt-4o", 10000L, 0L, 1L),
            ],
            usage.Select(u => (u.Day, u.Model!, u.InputTokens, u.OutputTokens, u.Requests)));
    }

    [Fact]
    public async Task Calls_through_the_policy_land_on_the_fake_clock_day_they_started()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Clock.SetUtcNow(DateTimeOffset.Parse("2026-04-30T23:59:00Z"));
        pipeline.Fake.Enqueue(FakeReply.Text("a", inputTokens: 7, outputTokens: 1), FakeReply.Text("b", inputTokens: 9, outputTokens: 2));

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });
        pipeline.Clock.Advance(TimeSpan.FromMinutes(2));
        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        IReadOnlyList<ModelDailyUsage> days = await pipeline.Ledger!.GetTokensByModelByDayAsync(UsagePeriod.Days(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31), TimeZoneInfo.Utc));
        Assert.Equal([(new DateOnly(2026, 4, 30), 7L), (new DateOnly(2026, 5, 1), 9L)], days.Select(d => (d.Day, d.InputTokens)));
        Assert.Single(await pipeline.Ledger.GetTopCostCentersAsync(UsagePeriod.CurrentMonth(pipeline.Clock, pipeline.Ledger.TimeZone), 10));
    }

    [Fact]
    public async Task A_compacted_ledger_stays_bounded_and_aggregates_exactly_over_calendar_periods()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-30T00:00:00Z"));
        var compacting = new InMemoryUsageLedger(new UsageLedgerOptions { TimeZoneId = "Europe/Berlin", MaxRecords = 10 }, clock);
        var unbounded = new InMemoryUsageLedger(new UsageLedgerOptions { TimeZoneId = "Europe/Berlin", MaxRecords = 1_000_000 }, clock);
        var random = new Random(7);
        string[] centers = ["a", "b", "c"];
        string[] models = ["gpt-4o", "gpt-4o-mini"];
        DateTimeOffset start = DateTimeOffset.Parse("2026-05-28T00:00:00Z");
        for (int i = 0; i < 200; i++)
        {
            UsageRecord record = Record(
                (start + TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 10))).ToString("O"),
                centers[random.Next(centers.Length)],
                random.Next(0, 1000) / 100m,
                models[random.Next(models.Length)],
                random.Next(1, 5000),
                random.Next(1, 500));
            await compacting.RecordAsync(record);
            await unbounded.RecordAsync(record);
        }

        Assert.True(compacting.Count <= 10);
        Assert.Equal(200 - compacting.Count, compacting.CompactedCount);
        foreach (UsagePeriod period in new[]
        {
            UsagePeriod.Month(DateTimeOffset.Parse("2026-05-15T00:00:00Z"), compacting.TimeZone),
            UsagePeriod.Month(DateTimeOffset.Parse("2026-06-15T00:00:00Z"), compacting.TimeZone),
            UsagePeriod.Days(new DateOnly(2026, 5, 30), new DateOnly(2026, 6, 2), compacting.TimeZone),
        })
        {
            Assert.Equal(await unbounded.GetTopCostCentersAsync(period, 10), await compacting.GetTopCostCentersAsync(period, 10));
            Assert.Equal(await unbounded.GetTokensByModelByDayAsync(period), await compacting.GetTokensByModelByDayAsync(period));
        }
    }

    [Fact]
    public async Task Compaction_drops_daily_totals_past_retention()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-30T00:00:00Z"));
        var ledger = new InMemoryUsageLedger(new UsageLedgerOptions { MaxRecords = 1, Retention = TimeSpan.FromDays(30) }, clock);
        await ledger.RecordAsync(Record("2026-01-01T10:00:00Z", "old", 1m));
        await ledger.RecordAsync(Record("2026-06-29T10:00:00Z", "recent", 1m));
        await ledger.RecordAsync(Record("2026-06-29T11:00:00Z", "recent", 1m));

        IReadOnlyList<CostCenterSpend> all = await ledger.GetTopCostCentersAsync(new UsagePeriod(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), 10);
        Assert.Equal(["recent"], all.Select(a => a.CostCenter));
        Assert.Equal(2, all[0].Requests);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("America/Santiago")]
    [InlineData("Europe/London")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("Asia/Kolkata")]
    public void Every_day_starts_at_the_first_instant_of_its_local_date(string zoneId)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            DateTimeOffset start = UsagePeriod.StartOfDay(day, zone);
            Assert.Equal(day, UsagePeriod.LocalDate(start, zone));
            Assert.Equal(day.AddDays(-1), UsagePeriod.LocalDate(start.AddMinutes(-1), zone));
        }
    }

    [Fact]
    public async Task Csv_export_quotes_fields_and_neutralizes_spreadsheet_formulas()
    {
        var ledger = new InMemoryUsageLedger();
        await ledger.RecordAsync(Record("2026-02-01T10:00:00Z", "=HYPERLINK(\"x\")", 1.25m, model: "gpt-4o", input: 10, output: 2) with { TenantId = "a,b", Latency = TimeSpan.FromMilliseconds(12.5) });
        await ledger.RecordAsync(Record("2026-03-01T10:00:00Z", "outside", 1m));

        var text = new StringWriter();
        int written = await ledger.ExportCsvAsync(UsagePeriod.Month(DateTimeOffset.Parse("2026-02-10T00:00:00Z"), ledger.TimeZone), text);

        Assert.Equal(1, written);
        string[] lines = text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("timestamp,tenant_id,user_id,application_id,cost_center,model,backend", lines[0], StringComparison.Ordinal);
        Assert.Equal("2026-02-01T10:00:00.0000000Z,\"a,b\",,,\"'=HYPERLINK(\"\"x\"\")\",gpt-4o,,,10,0,2,1.25,false,0,0,false,12.5,success,,", lines[1]);
    }

    [Fact]
    public async Task Json_export_round_trips()
    {
        var ledger = new InMemoryUsageLedger();
        await ledger.RecordAsync(Record("2026-02-01T10:00:00Z", "cc", 0.5m, model: "gpt-4o", input: 10, output: 2) with
        {
            UserId = "alice",
            Outcome = UsageOutcome.Failed,
            ErrorType = "429",
        });

        using var stream = new MemoryStream();
        Assert.Equal(1, await ledger.ExportJsonAsync(new UsagePeriod(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), stream));

        using JsonDocument json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        JsonElement row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(DateTimeOffset.Parse("2026-02-01T10:00:00Z"), row.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("alice", row.GetProperty("user_id").GetString());
        Assert.Equal(0.5m, row.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(10, row.GetProperty("input_tokens").GetInt64());
        Assert.Equal("failed", row.GetProperty("outcome").GetString());
        Assert.Equal("429", row.GetProperty("error_type").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("reason_code").ValueKind);
    }

    [Fact]
    public void Invalid_ledger_options_name_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => new InMemoryUsageLedger(new UsageLedgerOptions { TimeZoneId = "Mars/Olympus", MaxRecords = 0 }));
        Assert.Contains("AiGovernance:Telemetry:Ledger:TimeZoneId", error.Message, StringComparison.Ordinal);
        Assert.Contains("AiGovernance:Telemetry:Ledger:MaxRecords", error.Message, StringComparison.Ordinal);
    }

    private static UsageRecord Record(string timestamp, string? costCenter, decimal cost, string model = "gpt-4o", long input = 0, long output = 0) => new()
    {
        Timestamp = DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
        TenantId = "t",
        CostCenter = costCenter,
        Model = model,
        InputTokens = input,
        OutputTokens = output,
        CostUsd = cost,
    };
}
