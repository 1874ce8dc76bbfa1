using Governance.AI.Budgets;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

public sealed class ChatClientBuilderGovernanceTests
{
    private static readonly GovernanceStage[] AllStages = Enum.GetValues<GovernanceStage>();

    [Fact]
    public async Task Governed_stages_form_one_block_in_stage_order_between_the_middleware_around_it()
    {
        var log = new List<string>();
        var builder = new ChatClientBuilder(new FakeChatClient());
        builder.Use(next => new RecordingPolicy(next, "outside", log));

        // Added in reverse and across several calls, with other middleware in between: still one ordered block.
        builder.UseAiGovernance(g => g.Use(GovernanceStage.Router, next => new RecordingPolicy(next, "Router", log)));
        builder.Use(next => new RecordingPolicy(next, "inside", log));
        foreach (GovernanceStage stage in AllStages.Reverse().Skip(1))
        {
            builder.UseAiGovernance(g => g.Use(stage, next => new RecordingPolicy(next, stage.ToString(), log)));
        }

        IChatClient client = builder.Build();
        await client.GetResponseAsync("hello");
        await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync("hello"))
        {
        }

        string[] order = ["outside", .. AllStages.Select(s => s.ToString()), "inside"];
        Assert.Equal(order.Select(name => name + ":call"), log.Where(entry => entry.EndsWith(":call", StringComparison.Ordinal)));
        Assert.Equal(order.Select(name => name + ":stream"), log.Where(entry => entry.EndsWith(":stream", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Middleware_composed_inside_the_block_never_sees_governance_keys_and_middleware_outside_does()
    {
        var log = new List<string>();
        RecordingPolicy? outside = null;
        RecordingPolicy? inside = null;
        var model = new FakeChatClient();
        IChatClient client = new ChatClientBuilder(model)
            .Use(next => outside = new RecordingPolicy(next, "outside", log))
            .UseAiGovernance(_ => { })
            .Use(next => inside = new RecordingPolicy(next, "inside", log))
            .Build();
        var options = new ChatOptions().ForCaller("contoso", "alice");
        options.AdditionalProperties![GovernanceProperties.NoCache] = true;
        options.AdditionalProperties["vendor.flag"] = 1;

        await client.GetResponseAsync("hi", options);
        Assert.Equal("contoso", outside!.LastCaller?.TenantId);
        Assert.DoesNotContain(inside!.LastOptions!.AdditionalProperties!.Keys, GovernanceProperties.IsGovernanceKey);
        Assert.True(inside.LastOptions.AdditionalProperties.ContainsKey("vendor.flag"));

        await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync("hi", options))
        {
        }

        Assert.DoesNotContain(inside.LastOptions!.AdditionalProperties!.Keys, GovernanceProperties.IsGovernanceKey);
        Assert.All(model.Requests, r => Assert.Null(r.Options!.GetCaller()));
    }

    [Fact]
    public async Task Per_policy_Use_methods_join_the_block_so_their_order_of_calls_does_not_matter()
    {
        var model = new FakeChatClient();
        var log = new List<string>();
        RecordingPolicy? atCache = null;
        RecordingPolicy? atRouter = null;
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Global, Window = BudgetWindow.Day, Tokens = 100_000 });

        // Budgets first, redaction second, then stages on either side of budgets: the block still has stage order.
        IChatClient client = new ChatClientBuilder(model)
            .UseBudgets(budgets)
            .UseRedaction(new RedactionOptions())
            .UseAiGovernance(g => g
                .Use(GovernanceStage.Router, next => atRouter = new RecordingPolicy(next, "router", log))
                .Use(GovernanceStage.Cache, next => atCache = new RecordingPolicy(next, "cache", log)))
            .Build();

        await client.GetResponseAsync("Mail me at jane.doe@example.com");

        // The budget stage sends the request on with its output allowance set: seen inside it, not outside.
        Assert.Null(atCache!.LastOptions?.MaxOutputTokens);
        Assert.NotNull(atRouter!.LastOptions?.MaxOutputTokens);
        Assert.DoesNotContain("jane.doe@example.com", model.Requests.Single().AllText, StringComparison.Ordinal);
        Assert.Equal(["cache:call", "router:call", "router:return", "cache:return"], log);
    }

    [Fact]
    public void A_stage_can_be_given_only_once_per_builder()
    {
        var builder = new ChatClientBuilder(new FakeChatClient()).UseRedaction(new RedactionOptions());

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseRedaction(new RedactionOptions()));
        Assert.Contains("Redaction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_of_a_ChatClientBuilder_is_built_by_that_builder_only()
    {
        GovernancePipelineBuilder? block = null;
        new ChatClientBuilder(new FakeChatClient()).UseAiGovernance(g => block = g);

        Assert.Throws<InvalidOperationException>(() => block!.Build());
    }

    [Fact]
    public async Task Policies_take_their_services_from_the_provider_the_builder_is_built_with()
    {
        var clock = new FakeTimeProvider();
        var services = new SingleServiceProvider(typeof(TimeProvider), clock);
        TimeProvider? seen = null;
        IChatClient client = new ChatClientBuilder(new FakeChatClient())
            .UseAiGovernance(g => g.Use(GovernanceStage.Budget, (next, sp) =>
            {
                seen = sp.GetService(typeof(TimeProvider)) as TimeProvider;
                return next;
            }))
            .Build(services);

        await client.GetResponseAsync("hi");

        Assert.Same(clock, seen);
    }

    private sealed class SingleServiceProvider(Type type, object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == type ? service : null;
    }
}
