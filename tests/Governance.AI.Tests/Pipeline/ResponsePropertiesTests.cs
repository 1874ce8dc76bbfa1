using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

public sealed class ResponsePropertiesTests
{
    private static readonly string[] Keys = [.. Enumerable.Range(0, 16).Select(i => "governance.key." + i)];
    private static readonly object Value = new();

    [Fact]
    public void A_sized_dictionary_is_empty_and_ignores_key_case_like_any_other()
    {
        AdditionalPropertiesDictionary properties = ResponseProperties.Create(12);

        Assert.Empty(properties);
        properties["Governance.Route.Backend"] = "primary";
        Assert.Equal("primary", properties[GovernanceProperties.RouteBackend]);
        Assert.Single(properties);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(16)]
    public void A_sized_dictionary_takes_its_keys_without_growing(int capacity)
    {
        AdditionalPropertiesDictionary sized = ResponseProperties.Create(capacity);
        AdditionalPropertiesDictionary unsized = [];

        // The first use initializes the keys and the code paths: not part of what is measured.
        AllocatedWhileAdding(ResponseProperties.Create(capacity), capacity);

        // Growing allocates new arrays; a dictionary made at its final size allocates nothing more.
        Assert.Equal(0, AllocatedWhileAdding(sized, capacity));
        Assert.True(AllocatedWhileAdding(unsized, capacity) > 0);
        Assert.Equal(capacity, sized.Count);
    }

    [Fact]
    public void The_pipeline_builder_sizes_the_routers_response_properties_for_the_stages_it_has()
    {
        ModelRouterChatClient? router = null;
        IChatClient pipeline = new GovernancePipelineBuilder(new FakeChatClient())
            .Use(GovernanceStage.Telemetry, next => new RecordingPolicy(next, "telemetry", []))
            .Use(GovernanceStage.Redaction, next => new RecordingPolicy(next, "redaction", []))
            .Use(GovernanceStage.Cache, next => new RecordingPolicy(next, "cache", []))
            .Use(GovernanceStage.Budget, next => new RecordingPolicy(next, "budget", []))
            .Use(GovernanceStage.Router, next => router = new ModelRouterChatClient(next, new RoutingOptions()))
            .Build();

        Assert.NotNull(pipeline);
        Assert.Equal(3 + 1 + 2 + 4, router!.ResponsePropertyCapacity);
    }

    [Fact]
    public void The_two_safety_steps_share_one_annotations_key_in_the_routers_sizing()
    {
        ModelRouterChatClient? router = null;
        IChatClient pipeline = new GovernancePipelineBuilder(new FakeChatClient())
            .Use(GovernanceStage.Safety, next => new RecordingPolicy(next, "safety", []))
            .Use(GovernanceStage.Redaction, next => new RecordingPolicy(next, "redaction", []))
            .Use(GovernanceStage.Cache, next => new RecordingPolicy(next, "cache", []))
            .Use(GovernanceStage.ProviderSafety, next => new RecordingPolicy(next, "provider-safety", []))
            .Use(GovernanceStage.Budget, next => new RecordingPolicy(next, "budget", []))
            .Use(GovernanceStage.Router, next => router = new ModelRouterChatClient(next, new RoutingOptions()))
            .Build();

        Assert.NotNull(pipeline);
        Assert.Equal(3 + 1 + 2 + 1 + 4, router!.ResponsePropertyCapacity);
        Assert.Equal(1, ResponseProperties.KeysAddedBy([GovernanceStage.ProviderSafety]));
    }

    [Fact]
    public async Task A_router_alone_annotates_the_response_as_before()
    {
        var router = new ModelRouterChatClient(new FakeChatClient(), new RoutingOptions());

        ChatResponse response = await router.GetResponseAsync("hello");

        Assert.Equal(ResponseProperties.KeysAddedBy(GovernanceStage.Router), router.ResponsePropertyCapacity);
        Assert.Equal(2, response.AdditionalProperties!.Count);
        Assert.True(response.AdditionalProperties.ContainsKey(GovernanceProperties.RouteBackend));
        Assert.True(response.AdditionalProperties.ContainsKey(GovernanceProperties.RouteAttempts));
    }

    private static long AllocatedWhileAdding(AdditionalPropertiesDictionary properties, int count)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < count; i++)
        {
            properties[Keys[i]] = Value;
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
