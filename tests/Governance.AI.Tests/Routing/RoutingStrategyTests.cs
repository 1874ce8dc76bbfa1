using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

public sealed class RoutingStrategyTests
{
    private const int Calls = 10_000;

    [Fact]
    public async Task Weighted_random_splits_traffic_by_weight_within_two_points_over_10k_seeded_calls()
    {
        var clock = new FakeTimeProvider();
        var a = new CountingChatClient("a");
        var b = new CountingChatClient("b");
        var c = new CountingChatClient("c");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.WeightedRandom;
            o.AddBackend("a", a, "gpt-4o", x => x.Weight = 1);
            o.AddBackend("b", b, "gpt-4o", x => x.Weight = 3);
            o.AddBackend("c", c, "gpt-4o", x => x.Weight = 6);
        });

        for (int i = 0; i < Calls; i++)
        {
            await router.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" });
        }

        Assert.InRange(a.Calls / (double)Calls, 0.08, 0.12);
        Assert.InRange(b.Calls / (double)Calls, 0.28, 0.32);
        Assert.InRange(c.Calls / (double)Calls, 0.58, 0.62);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sequence_of_choices()
    {
        async Task<string> Run()
        {
            var clock = new FakeTimeProvider();
            using ModelRouterChatClient router = Router(clock, o =>
            {
                o.Strategy = RoutingStrategy.WeightedRandom;
                o.AddBackend("a", new CountingChatClient("a"));
                o.AddBackend("b", new CountingChatClient("b"));
                o.AddBackend("c", new CountingChatClient("c"));
            });
            var sequence = new System.Text.StringBuilder();
            for (int i = 0; i < 200; i++)
            {
                sequence.Append(BackendOf(await router.GetResponseAsync("hi")));
            }

            return sequence.ToString();
        }

        Assert.Equal(await Run(), await Run());
    }

    [Fact]
    public async Task Round_robin_takes_each_backend_in_turn()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.RoundRobin;
            o.AddBackend("a", new CountingChatClient("a"));
            o.AddBackend("b", new CountingChatClient("b"));
            o.AddBackend("c", new CountingChatClient("c"));
        });

        var seen = new List<string?>();
        for (int i = 0; i < 9; i++)
        {
            seen.Add(BackendOf(await router.GetResponseAsync("hi")));
        }

        Assert.Equal(["a", "b", "c", "a", "b", "c", "a", "b", "c"], seen);
    }

    [Fact]
    public async Task Priority_sends_everything_to_the_lowest_priority_and_splits_ties_by_weight()
    {
        var clock = new FakeTimeProvider();
        var first = new CountingChatClient("first");
        var tieA = new CountingChatClient("tie-a");
        var tieB = new CountingChatClient("tie-b");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.Priority;
            o.AddBackend("backup-a", tieA, configure: x => { x.Priority = 5; x.Weight = 1; });
            o.AddBackend("backup-b", tieB, configure: x => { x.Priority = 5; x.Weight = 1; });
            o.AddBackend("first", first, configure: x => x.Priority = 1);
        });

        for (int i = 0; i < 100; i++)
        {
            Assert.Equal("first", BackendOf(await router.GetResponseAsync("hi")));
        }

        // Without "first", the two priority-5 backends share the load.
        ModelRouterChatClient tiesOnly = Router(clock, o =>
        {
            o.AddBackend("backup-a", tieA, configure: x => x.Priority = 5);
            o.AddBackend("backup-b", tieB, configure: x => x.Priority = 5);
        });
        for (int i = 0; i < 2000; i++)
        {
            await tiesOnly.GetResponseAsync("hi");
        }

        Assert.InRange(tieA.Calls / 2000.0, 0.45, 0.55);
    }

    [Fact]
    public async Task Least_busy_avoids_the_backend_with_requests_in_flight()
    {
        var clock = new FakeTimeProvider();
        var slow = new GatedChatClient("slow");
        var idle = new CountingChatClient("idle");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.LeastBusy;
            o.AddBackend("a-slow", slow);
            o.AddBackend("b-idle", idle);
        });

        // Invariant: while a backend holds a request in flight and another holds none, least-busy never picks the busy one.
        // Both are idle at first: the tie is broken at random, so route until the slow one holds a request.
        var pending = new List<Task<ChatResponse>>();
        while (!slow.Entered.Task.IsCompleted)
        {
            pending.Add(router.GetResponseAsync("hi"));
        }

        int before = idle.Calls;
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal("b-idle", BackendOf(await router.GetResponseAsync("hi")));
        }

        Assert.Equal(before + 50, idle.Calls);
        slow.Open();
        await Task.WhenAll(pending);
        Assert.Equal(0, router.GetBackendHealth().Single(h => h.Name == "a-slow").InFlight);
    }

    [Fact]
    public async Task The_latency_ewma_is_measured_on_the_clock()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Latency = TimeSpan.FromMilliseconds(200) };
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromMilliseconds(200));
        await call;

        Assert.Equal(TimeSpan.FromMilliseconds(200), router.GetBackendHealth().Single().LatencyEwma);
    }

    [Fact]
    public void Latency_aware_prefers_the_backend_with_the_lowest_latency_ewma_in_each_random_pair()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.LatencyAware;
            o.AddBackend("fast", new CountingChatClient("fast"));
            o.AddBackend("mid", new CountingChatClient("mid"));
            o.AddBackend("slow", new CountingChatClient("slow"));
        });
        RouteTable table = router.GetTable();
        table.Backends[0].RecordLatency(TimeSpan.FromMilliseconds(100));
        table.Backends[1].RecordLatency(TimeSpan.FromMilliseconds(400));
        table.Backends[2].RecordLatency(TimeSpan.FromMilliseconds(900));

        int[] counts = Select(router, table, Calls, clock);

        // Power of two choices over three: the fastest wins every pair it is in (2/3), the middle one 1/3, the slowest never.
        Assert.InRange(counts[0] / (double)Calls, 0.64, 0.70);
        Assert.InRange(counts[1] / (double)Calls, 0.30, 0.36);
        Assert.Equal(0, counts[2]);

        // A backend that was slow is probed again once its EWMA has decayed while it got no samples.
        table.Backends[0].RecordLatency(TimeSpan.FromMilliseconds(100));
        clock.Advance(TimeSpan.FromMinutes(5));
        table.Backends[0].RecordLatency(TimeSpan.FromMilliseconds(100));
        table.Backends[1].RecordLatency(TimeSpan.FromMilliseconds(400));
        Assert.True(Select(router, table, 1000, clock)[2] > 0);
    }

    [Fact]
    public void Requests_in_flight_count_against_a_fast_backend_in_latency_aware_routing()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.LatencyAware;
            o.AddBackend("fast", new CountingChatClient("fast"));
            o.AddBackend("slow", new CountingChatClient("slow"));
        });
        RouteTable table = router.GetTable();
        table.Backends[0].RecordLatency(TimeSpan.FromMilliseconds(100));
        table.Backends[1].RecordLatency(TimeSpan.FromMilliseconds(300));
        var call = new RouteCall(table, [], null, default);
        for (int i = 0; i < 5; i++)
        {
            table.Backends[0].BeginAttempt(call, limited: false);
        }

        Assert.Equal(1000, Select(router, table, 1000, clock)[1]);
    }

    private static int[] Select(ModelRouterChatClient router, RouteTable table, int calls, FakeTimeProvider clock)
    {
        int[] counts = new int[table.Count];
        router.Selector.Analyze(table, [new ChatMessage(ChatRole.User, "hi")], null, null, out RouteRequest request);
        for (int i = 0; i < calls; i++)
        {
            counts[router.Selector.Select(table, ref request, 0, clock.GetUtcNow().UtcTicks)]++;
        }

        return counts;
    }

    [Fact]
    public async Task Cost_optimized_picks_the_cheapest_backend_that_has_the_needed_capability()
    {
        var clock = new FakeTimeProvider();
        var cheapNoTools = new CountingChatClient("cheap");
        var mini = new CountingChatClient("mini");
        var big = new CountingChatClient("big");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.CostOptimized;
            o.AddBackend("big", big, "gpt-4o");
            o.AddBackend("mini", mini, "gpt-4o-mini", x => x.Aliases.Add("gpt-4o"));
            o.AddBackend("cheap", cheapNoTools, "local-llm", x =>
            {
                x.Aliases.Add("gpt-4o");
                x.InputPricePerMillion = 0.01m;
                x.OutputPricePerMillion = 0.01m;
                x.Capabilities = BackendCapabilities.None;
            });
        });

        ChatResponse plain = await router.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" });
        ChatResponse withTools = await router.GetResponseAsync("hi", new ChatOptions
        {
            ModelId = "gpt-4o",
            Tools = [AIFunctionFactory.Create(() => 42, "answer")],
        });

        Assert.Equal("cheap", BackendOf(plain));
        Assert.Equal("mini", BackendOf(withTools));
        Assert.Equal("gpt-4o-mini", mini.LastOptions!.ModelId);
    }

    [Fact]
    public async Task Content_rules_route_long_prompts_json_requests_and_tagged_callers()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("general", new CountingChatClient("general"), configure: x => x.Priority = 0);
            o.AddBackend("long", new CountingChatClient("long"), configure: x => { x.Priority = 1; x.Tags.Add("long-context"); });
            o.AddBackend("structured", new CountingChatClient("structured"), configure: x => x.Priority = 2);
            o.AddBackend("premium", new CountingChatClient("premium"), configure: x => x.Priority = 3);
            o.Rules.Add(new RoutingRule { Name = "long", MinPromptTokens = 1000, BackendTag = "long-context" });
            o.Rules.Add(new RoutingRule { Name = "json", RequestUses = BackendCapabilities.JsonResponse, Backends = ["structured"] });
            o.Rules.Add(new RoutingRule { Name = "premium", CallerTag = "tier=premium", Backends = ["premium"] });
        });

        string longPrompt = string.Join(' ', Enumerable.Repeat("word", 2000));
        Assert.Equal("general", BackendOf(await router.GetResponseAsync("short question")));
        Assert.Equal("long", BackendOf(await router.GetResponseAsync(longPrompt)));
        Assert.Equal("structured", BackendOf(await router.GetResponseAsync("hi", new ChatOptions { ResponseFormat = ChatResponseFormat.Json })));

        var premium = new CallerContext { TenantId = "t", Tags = new Dictionary<string, string> { ["tier"] = "premium" } };
        Assert.Equal("premium", BackendOf(await router.GetResponseAsync("hi", new ChatOptions().ForCaller(premium))));
        var basic = new CallerContext { TenantId = "t", Tags = new Dictionary<string, string> { ["tier"] = "basic" } };
        Assert.Equal("general", BackendOf(await router.GetResponseAsync("hi", new ChatOptions().ForCaller(basic))));
    }

    [Fact]
    public async Task Requests_with_images_only_go_to_backends_with_vision()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("text-only", new CountingChatClient("t"), configure: x => { x.Priority = 0; x.Capabilities = BackendCapabilities.Tools; });
            o.AddBackend("vision", new CountingChatClient("v"), configure: x => x.Priority = 1);
        });

        var image = new ChatMessage(ChatRole.User, [new TextContent("what is this?"), new DataContent(new byte[] { 1, 2, 3 }, "image/png")]);
        Assert.Equal("vision", BackendOf(await router.GetResponseAsync([image])));
        Assert.Equal("text-only", BackendOf(await router.GetResponseAsync("no image")));
    }

    [Fact]
    public async Task A_canary_gets_its_percentage_within_tolerance_and_nothing_else()
    {
        var clock = new FakeTimeProvider();
        var stable = new CountingChatClient("stable");
        var canary = new CountingChatClient("canary");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("stable", stable, "gpt-4o");
            o.AddBackend("canary", canary, "gpt-4o", x => x.CanaryPercent = 5);
        });

        for (int i = 0; i < Calls; i++)
        {
            await router.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" });
        }

        Assert.InRange(canary.Calls / (double)Calls, 0.04, 0.06);
        Assert.Equal(Calls, canary.Calls + stable.Calls);
    }

    [Fact]
    public async Task Sticky_sessions_keep_a_conversation_on_one_backend_and_spread_conversations_by_weight()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Strategy = RoutingStrategy.RoundRobin;
            o.StickySessions = true;
            o.AddBackend("a", new CountingChatClient("a"), configure: x => x.Weight = 1);
            o.AddBackend("b", new CountingChatClient("b"), configure: x => x.Weight = 3);
        });

        var perBackend = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0 };
        for (int conversation = 0; conversation < 2000; conversation++)
        {
            var options = new ChatOptions { ConversationId = "conv-" + conversation };
            string first = BackendOf(await router.GetResponseAsync("hi", options))!;
            for (int turn = 0; turn < 3; turn++)
            {
                Assert.Equal(first, BackendOf(await router.GetResponseAsync("again", options)));
            }

            perBackend[first]++;
        }

        Assert.InRange(perBackend["b"] / 2000.0, 0.70, 0.80);

        // An explicit sticky key wins over the conversation id.
        ChatOptions keyed = GovernanceProperties.With(new ChatOptions { ConversationId = "x" }, RoutingProperties.StickyKey, "user-42");
        string pinned = BackendOf(await router.GetResponseAsync("hi", keyed))!;
        for (int i = 0; i < 20; i++)
        {
            ChatOptions other = GovernanceProperties.With(new ChatOptions { ConversationId = "y" + i }, RoutingProperties.StickyKey, "user-42");
            Assert.Equal(pinned, BackendOf(await router.GetResponseAsync("hi", other)));
        }
    }

    [Fact]
    public async Task Budget_downgrade_sends_a_request_that_prefers_cheaper_to_the_mapped_cheaper_model()
    {
        var clock = new FakeTimeProvider();
        var big = new CountingChatClient("big");
        var mini = new CountingChatClient("mini");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("big", big, "gpt-4o");
            o.AddBackend("mini", mini, "gpt-4o-mini");
            o.Downgrades["gpt-4o"] = "gpt-4o-mini";
        });

        var caller = new ChatOptions { ModelId = "gpt-4o" };
        ChatOptions cheaper = GovernanceProperties.With(caller, GovernanceProperties.PreferCheaperModel, true);

        ChatResponse normal = await router.GetResponseAsync("hi", caller);
        ChatResponse downgraded = await router.GetResponseAsync("hi", cheaper);

        Assert.Equal("big", BackendOf(normal));
        Assert.False(normal.AdditionalProperties!.ContainsKey(RoutingProperties.Downgraded));
        Assert.Equal("mini", BackendOf(downgraded));
        Assert.Equal(true, downgraded.AdditionalProperties![RoutingProperties.Downgraded]);
        Assert.Equal("gpt-4o-mini", mini.LastOptions!.ModelId);
        Assert.False(mini.LastOptions.AdditionalProperties?.ContainsKey(GovernanceProperties.PreferCheaperModel) ?? false);
        Assert.Equal("gpt-4o", caller.ModelId);
    }

    [Fact]
    public async Task Budget_downgrade_without_a_mapping_picks_the_cheapest_backend_of_the_requested_model()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("pricey", new CountingChatClient("p"), "gpt-4o", x => { x.Priority = 0; x.InputPricePerMillion = 5; x.OutputPricePerMillion = 15; });
            o.AddBackend("cheap", new CountingChatClient("c"), "gpt-4o", x => { x.Priority = 1; x.InputPricePerMillion = 1; x.OutputPricePerMillion = 2; });
        });

        Assert.Equal("pricey", BackendOf(await router.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" })));
        ChatOptions prefer = GovernanceProperties.With(new ChatOptions { ModelId = "gpt-4o" }, GovernanceProperties.PreferCheaperModel, true);
        Assert.Equal("cheap", BackendOf(await router.GetResponseAsync("hi", prefer)));
    }

    [Fact]
    public async Task Aliases_route_a_model_name_to_every_backend_serving_it_and_an_unknown_model_has_no_backend()
    {
        var clock = new FakeTimeProvider();
        var deployment = new CountingChatClient("d");
        using ModelRouterChatClient router = Router(clock, o =>
            o.AddBackend("eu", deployment, "gpt-4o-2024-08-06", x => x.Aliases.Add("gpt-4o")));

        Assert.Equal("eu", BackendOf(await router.GetResponseAsync("hi", new ChatOptions { ModelId = "GPT-4o" })));
        Assert.Equal("gpt-4o-2024-08-06", deployment.LastOptions!.ModelId);

        var error = await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi", new ChatOptions { ModelId = "claude-opus-4" }));
        Assert.Equal("claude-opus-4", error.Model);
        Assert.Null(error.EarliestRetry);
    }

    [Fact]
    public async Task With_sticky_sessions_the_canary_split_is_per_conversation()
    {
        var clock = new FakeTimeProvider();
        var canary = new CountingChatClient("canary");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.StickySessions = true;
            o.AddBackend("stable", new CountingChatClient("stable"));
            o.AddBackend("canary", canary, configure: x => x.CanaryPercent = 10);
        });

        int canaryConversations = 0;
        for (int conversation = 0; conversation < 3000; conversation++)
        {
            var options = new ChatOptions { ConversationId = "c" + conversation };
            string first = BackendOf(await router.GetResponseAsync("hi", options))!;
            Assert.Equal(first, BackendOf(await router.GetResponseAsync("more", options)));
            canaryConversations += first == "canary" ? 1 : 0;
        }

        Assert.InRange(canaryConversations / 3000.0, 0.08, 0.12);
    }

    [Fact]
    public async Task A_request_no_backend_is_capable_of_fails_with_no_healthy_backend()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
            o.AddBackend("plain", new CountingChatClient("p"), configure: x => x.Capabilities = BackendCapabilities.None));

        var error = await Assert.ThrowsAsync<NoHealthyBackendException>(() =>
            router.GetResponseAsync("hi", new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "one")] }));

        Assert.Null(error.EarliestRetry);
    }
}
