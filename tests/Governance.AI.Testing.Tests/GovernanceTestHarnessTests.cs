using Microsoft.Extensions.AI;

namespace Governance.AI.Testing.Tests;

public sealed class GovernanceTestHarnessTests
{
    [Fact]
    public async Task One_line_gives_a_governed_client_over_fakes_on_one_clock()
    {
        var harness = GovernanceTestHarness.Create(p => p.Use(GovernanceStage.Budget, (next, services) =>
        {
            Assert.IsType<FakeTimeProvider>(services.GetService(typeof(TimeProvider)));
            return next;
        }));
        harness.Model.Enqueue(FakeReply.Text("ok"));

        ChatResponse response = await harness.Client.GetResponseAsync("hi");

        Assert.Equal("ok", response.Text);
        Assert.Single(harness.Model.Requests);
    }
}
