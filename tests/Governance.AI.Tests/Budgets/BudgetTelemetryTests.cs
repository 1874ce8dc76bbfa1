using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Governance.AI.Budgets;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

/// <summary>Listens to the process-wide meter, so it runs with the telemetry tests, one at a time.</summary>
[Collection(TelemetryPolicy.TelemetryCollection.Name)]
public sealed class BudgetTelemetryTests
{
    private const string Reserved = "governance.budget.reserved";
    private const string Remaining = "governance.budget.remaining";

    /// <summary>Marks the measurements of this test's own calls: other tests record on the same static meter in parallel.</summary>
    private static readonly AsyncLocal<bool> OwnCall = new();

    [Fact]
    public async Task A_governed_call_reports_its_reservation_and_the_remaining_budget_per_scope_and_limit()
    {
        // A model scope is never an identity scope, so it is reported whatever the telemetry options; a model id of
        // its own keeps its gauge series apart from other tests'.
        string model = "budget-telemetry-" + Guid.NewGuid().ToString("N");
        string scope = "model:" + model;
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Model, Window = BudgetWindow.Minute, Tokens = 1000, Requests = 10 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Model, Window = BudgetWindow.Day, Tokens = 5000, Concurrent = 4 });
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Enqueue(FakeReply.Text("twelve chars", inputTokens: 30, outputTokens: 12));

        var reservations = new ConcurrentQueue<(double Value, string? Limit, string? ScopeKind)>();
        var remaining = new List<(double Value, string? Scope, string? Limit)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GovernanceDiagnostics.Meter.Name && instrument.Name is Reserved or Remaining)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == Reserved && OwnCall.Value)
            {
                reservations.Enqueue((value, Tag(tags, TelemetryNames.BudgetLimit), Tag(tags, TelemetryNames.ScopeKind)));
            }
            else if (instrument.Name == Remaining && Tag(tags, TelemetryNames.Scope) == scope)
            {
                remaining.Add((value, scope, Tag(tags, TelemetryNames.BudgetLimit)));
            }
        });
        listener.Start();

        OwnCall.Value = true;
        await harness.Client.GetResponseAsync(Prompt(30), new ChatOptions { ModelId = model, MaxOutputTokens = 50 });
        OwnCall.Value = false;
        listener.RecordObservableInstruments();

        // Reserved before the call: prompt plus output allowance, once per limit although two windows count tokens;
        // one request; one concurrency slot. Only the scope kind is an attribute.
        Assert.Equal(
            [(80d, "tokens", "model"), (1d, "requests", "model"), (1d, "concurrent", "model")],
            reservations.OrderBy(r => r.Limit == "tokens" ? 0 : r.Limit == "requests" ? 1 : 2).ToArray());

        // Remaining after the settlement with the provider's usage (30 + 12 tokens): the least over the windows of a
        // limit (1000 - 42 per minute, not 5000 - 42 per day); concurrency is not a spendable budget.
        Assert.Equal(2, remaining.Count);
        Assert.Contains((958d, scope, "tokens"), remaining);
        Assert.Contains((9d, scope, "requests"), remaining);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
