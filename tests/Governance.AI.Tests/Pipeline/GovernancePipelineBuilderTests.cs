using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

public sealed class GovernancePipelineBuilderTests
{
    private static readonly GovernanceStage[] AllStages = Enum.GetValues<GovernanceStage>();

    public static TheoryData<int> Permutations()
    {
        // 6! = 720 orders; a seeded sample of them plus the reversed order covers "whatever the call order".
        var data = new TheoryData<int>();
        foreach (int seed in new[] { 0, 1, 2, 3, 5, 8, 13, 21, 34, 55 })
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Permutations))]
    public async Task Policies_run_in_stage_order_whatever_order_they_are_added_in(int seed)
    {
        GovernanceStage[] order = [.. AllStages];
        if (seed == 0)
        {
            Array.Reverse(order);
        }
        else
        {
            new Random(seed).Shuffle(order);
        }

        var log = new List<string>();
        var builder = new GovernancePipelineBuilder(new FakeChatClient());
        foreach (GovernanceStage stage in order)
        {
            builder.Use(stage, next => new RecordingPolicy(next, stage.ToString(), log));
        }

        await builder.Build().GetResponseAsync("hello");

        string[] expectedCalls = [.. AllStages.Select(s => s + ":call")];
        string[] expectedReturns = [.. AllStages.Reverse().Select(s => s + ":return")];
        Assert.Equal([.. expectedCalls, .. expectedReturns], log);
        Assert.Equal(AllStages, builder.Stages);
    }

    [Fact]
    public async Task Streaming_passes_through_every_policy_in_order_and_every_update_reaches_the_caller()
    {
        var log = new List<string>();
        var model = new FakeChatClient { StreamingChunks = 3 };
        model.Enqueue(FakeReply.Text("abcdefghi", 5, 3));
        var builder = new GovernancePipelineBuilder(model);
        foreach (GovernanceStage stage in AllStages.Reverse())
        {
            builder.Use(stage, next => new RecordingPolicy(next, stage.ToString(), log));
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in builder.Build().GetStreamingResponseAsync("hello"))
        {
            updates.Add(update);
        }

        Assert.Equal("abcdefghi", string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(4, updates.Count); // three text chunks and the final update with usage
        Assert.Equal(AllStages.Select(s => s + ":stream"), log.Take(AllStages.Length));

        // Each update passes every policy, innermost first.
        string[] perUpdate = [.. AllStages.Reverse().Select(s => s + ":update")];
        Assert.Equal(Enumerable.Repeat(perUpdate, 4).SelectMany(x => x), log.Skip(AllStages.Length));
        ChatResponse combined = updates.ToChatResponse();
        Assert.Equal(8, combined.Usage?.TotalTokenCount);
    }

    [Fact]
    public void A_stage_can_be_configured_only_once()
    {
        var builder = new GovernancePipelineBuilder(new FakeChatClient());
        builder.Use(GovernanceStage.Budget, next => next);
        var error = Assert.Throws<InvalidOperationException>(() => builder.Use(GovernanceStage.Budget, next => next));
        Assert.Contains("Budget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stage_is_rejected()
    {
        var builder = new GovernancePipelineBuilder(new FakeChatClient());
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Use((GovernanceStage)42, next => next));
    }

    [Fact]
    public async Task Governance_keys_never_reach_the_provider_and_caller_options_are_not_changed()
    {
        var model = new FakeChatClient();
        IChatClient client = new GovernancePipelineBuilder(model).Build();
        var options = new ChatOptions { Temperature = 0.5f }.ForCaller("contoso", "alice");
        options.AdditionalProperties!["vendor.flag"] = true;

        await client.GetResponseAsync("hi", options);
        await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync("hi", options))
        {
        }

        foreach (FakeChatRequest request in model.Requests)
        {
            Assert.NotNull(request.Options);
            Assert.Equal(0.5f, request.Options!.Temperature);
            Assert.False(request.Options.AdditionalProperties!.ContainsKey(CallerChatOptionsExtensions.PropertyKey));
            Assert.True(request.Options.AdditionalProperties.ContainsKey("vendor.flag"));
        }

        // The caller's own options still carry the caller: the pipeline cloned before removing it.
        Assert.Equal("contoso", options.GetCaller()?.TenantId);
    }

    [Fact]
    public async Task Options_without_governance_keys_pass_through_unchanged()
    {
        var model = new FakeChatClient();
        IChatClient client = new GovernancePipelineBuilder(model).Build();
        var options = new ChatOptions { ModelId = "m" };

        await client.GetResponseAsync("hi", options);

        Assert.Same(options, model.Requests[0].Options);
    }

    [Fact]
    public void Build_passes_services_to_policy_factories()
    {
        var clock = new FakeTimeProvider();
        IServiceProvider? seen = null;
        var harness = GovernanceTestHarness.Create(
            p => p.Use(GovernanceStage.Cache, (next, services) =>
            {
                seen = services;
                return next;
            }),
            clock: clock);

        Assert.Same(clock, seen!.GetService(typeof(TimeProvider)));
        Assert.Same(harness.Embeddings, seen.GetService(typeof(IEmbeddingGenerator<string, Embedding<float>>)));
    }
}
