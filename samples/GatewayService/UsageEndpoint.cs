using Governance.AI.Telemetry;

namespace GatewayService;

/// <summary>
/// <c>GET /usage</c>: the ledger report for the current month — calls (all, served, rejected), top cost centers and
/// tokens by model by day — as JSON, or every record as CSV with <c>?format=csv</c>. Rejected calls never reached a
/// model: they are counted apart from the served ones so that the report does not read as traffic that was paid for.
/// </summary>
internal static class UsageEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IUsageLedger ledger, TimeProvider clock, string? format = null)
    {
        UsagePeriod month = UsagePeriod.CurrentMonth(clock, ledger.TimeZone);
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/csv";
            await using var writer = new StreamWriter(http.Response.Body);
            await ledger.ExportCsvAsync(month, writer, http.RequestAborted);
            return Results.Empty;
        }

        IReadOnlyList<CostCenterSpend> costCenters = await ledger.GetTopCostCentersAsync(month, 10, http.RequestAborted);
        IReadOnlyList<ModelDailyUsage> byModel = await ledger.GetTokensByModelByDayAsync(month, http.RequestAborted);
        long total = 0, served = 0, rejected = 0;
        foreach (ModelDailyUsage day in byModel)
        {
            total += day.Requests;
            served += day.ServedRequests;
            rejected += day.RejectedRequests;
        }

        return Results.Ok(new
        {
            period = new { start = month.Start, end = month.End },
            requests = new { total, served, rejected },
            topCostCenters = costCenters,
            tokensByModelByDay = byModel,
        });
    }
}
