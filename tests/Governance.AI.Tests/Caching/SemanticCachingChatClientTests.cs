using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.AI.Tests.Caching;

public sealed class SemanticCachingChatClientTests
{
    private static readonly WordVectorEmbeddingGenerator Offline = new();

    private static GovernanceTestHarness Create(Action<SemanticCacheOptions>? configure = null, ISemanticCacheStore? store = null, bool offlineEmbeddings = true)
    {
        var options = new SemanticCacheOptions();
        configure?.Invoke(options);
        return GovernanceTestHarness.Create(p => p.UseSemanticCache(options, store, offlineEmbeddings ? Offline : null));
    }

    private static ChatOptions Tenant(string tenant) => new ChatOptions().ForCaller(tenant);

    private static string? Status(ChatResponse response) => response.AdditionalProperties?[GovernanceProperties.CacheStatus] as string;

    [Fact]
    public async Task An_identical_request_is_served_from_the_exact_tier()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Text("Paris.", inputTokens: 12, outputTokens: 3));

        ChatResponse first = await h.Client.GetResponseAsync("What is the capital of France?", Tenant("acme"));
        ChatResponse second = await h.Client.GetResponseAsync("What is the capital of France?", Tenant("acme"));

        Assert.Equal(1, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(first));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(second));
        Assert.Equal("Paris.", second.Text);
        Assert.Equal(SemanticCacheProperties.TierExact, second.AdditionalProperties![SemanticCacheProperties.Tier]);
        Assert.Equal(1.0, second.AdditionalProperties[GovernanceProperties.CacheSimilarity]);
        Assert.Equal(15L, second.AdditionalProperties[GovernanceProperties.CacheTokensSaved]);
        Assert.Equal(0L, second.Usage!.InputTokenCount);
        Assert.Equal(0L, second.Usage.OutputTokenCount);
    }

    [Fact]
    public async Task Identical_prompts_from_two_tenants_never_share_an_entry()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Text("Answer for acme"), FakeReply.Text("Answer for globex"));

        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse other = await h.Client.GetResponseAsync("What's the weather like?", Tenant("globex"));
        ChatResponse anonymous = await h.Client.GetResponseAsync("What's the weather like?");
        ChatResponse again = await h.Client.GetResponseAsync("What's the weather like?", Tenant("globex"));

        Assert.Equal(3, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(other));
        Assert.Equal("Answer for globex", other.Text);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(anonymous));
        Assert.Equal("Answer for globex", again.Text);
    }

    [Fact]
    public async Task Tenants_share_entries_only_when_sharing_is_enabled()
    {
        GovernanceTestHarness h = Create(o => o.ShareAcrossTenants = true);
        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse other = await h.Client.GetResponseAsync("What's the weather like?", Tenant("globex"));

        Assert.Equal(1, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(other));
    }

    [Fact]
    public async Task Vary_by_values_split_partitions()
    {
        GovernanceTestHarness h = Create(o => o.VaryBy.Add("user"));
        await h.Client.GetResponseAsync("Summarize my inbox", new ChatOptions().ForCaller("acme", "alice"));
        ChatResponse bob = await h.Client.GetResponseAsync("Summarize my inbox", new ChatOptions().ForCaller("acme", "bob"));

        Assert.Equal(2, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(bob));
    }

    [Fact]
    public async Task A_paraphrase_is_served_from_the_semantic_tier()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Text("Sunny and mild.", 10, 4));

        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse hit = await h.Client.GetResponseAsync("How's the weather today?", Tenant("acme"));

        Assert.Equal(1, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(hit));
        Assert.Equal(SemanticCacheProperties.TierSemantic, hit.AdditionalProperties![SemanticCacheProperties.Tier]);
        Assert.True((double)hit.AdditionalProperties[GovernanceProperties.CacheSimilarity]! >= 0.9);
        Assert.Equal("Sunny and mild.", hit.Text);
    }

    [Theory]
    [InlineData("What is the capital of France?", "What is the capital of Germany?")]
    [InlineData("Turn on the lights", "Turn off the lights")]
    [InlineData("Is port 6379 open?", "Is port 6379 closed?")]
    public async Task The_guard_examples_miss_with_the_offline_embedder(string cached, string prompt)
    {
        GovernanceTestHarness h = Create();
        await h.Client.GetResponseAsync(cached, Tenant("acme"));
        ChatResponse second = await h.Client.GetResponseAsync(prompt, Tenant("acme"));

        Assert.Equal(2, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(second));

        // Below the threshold there is no candidate; above it, the guard is what rejected it.
        if (second.AdditionalProperties!.TryGetValue(SemanticCacheProperties.Reason, out object? reason))
        {
            Assert.StartsWith("guard_", (string)reason!);
        }
    }

    [Fact]
    public async Task A_request_may_tighten_the_threshold_but_never_loosen_it()
    {
        GovernanceTestHarness h = Create();
        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));

        ChatResponse strict = await h.Client.GetResponseAsync(
            "How's the weather today?", GovernanceProperties.With(Tenant("acme"), SemanticCacheProperties.SimilarityThreshold, 0.999));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(strict));

        GovernanceTestHarness h2 = Create(o => o.SimilarityThreshold = 0.999);
        await h2.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse loose = await h2.Client.GetResponseAsync(
            "How's the weather today?", GovernanceProperties.With(Tenant("acme"), SemanticCacheProperties.SimilarityThreshold, 0.1));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(loose));
    }

    [Fact]
    public async Task No_store_reads_but_does_not_write_and_no_cache_bypasses()
    {
        GovernanceTestHarness h = Create();
        ChatResponse notStored = await h.Client.GetResponseAsync("Hello there", GovernanceProperties.With(Tenant("acme"), GovernanceProperties.NoStore, true));
        ChatResponse afterNoStore = await h.Client.GetResponseAsync("Hello there", Tenant("acme"));
        ChatResponse stored = await h.Client.GetResponseAsync("Hello there", Tenant("acme"));
        ChatResponse bypass = await h.Client.GetResponseAsync("Hello there", GovernanceProperties.With(Tenant("acme"), GovernanceProperties.NoCache, true));
        ChatResponse readWithNoStore = await h.Client.GetResponseAsync("Hello there", GovernanceProperties.With(Tenant("acme"), GovernanceProperties.NoStore, true));

        Assert.Equal(SemanticCacheReasons.NoStore, notStored.AdditionalProperties![SemanticCacheProperties.Reason]);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(afterNoStore));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(stored));
        Assert.Equal(SemanticCacheProperties.StatusBypass, Status(bypass));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(readWithNoStore));
        Assert.Equal(3, h.Model.CallCount);
        Assert.DoesNotContain(h.Model.Requests, r => r.Options?.AdditionalProperties?.Keys.Any(GovernanceProperties.IsGovernanceKey) == true);
    }

    public static TheoryData<string, ChatResponse> Uncacheable() => new()
    {
        { SemanticCacheReasons.Truncated, new ChatResponse(new ChatMessage(ChatRole.Assistant, "cut")) { FinishReason = ChatFinishReason.Length } },
        { SemanticCacheReasons.Blocked, new ChatResponse(new ChatMessage(ChatRole.Assistant, "no")) { FinishReason = ChatFinishReason.ContentFilter } },
        { SemanticCacheReasons.ToolCalls, new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "send_email")])) { FinishReason = ChatFinishReason.ToolCalls } },
        { SemanticCacheReasons.Error, new ChatResponse(new ChatMessage(ChatRole.Assistant, [new ErrorContent("boom")])) },
        { SemanticCacheReasons.Empty, new ChatResponse(new ChatMessage(ChatRole.Assistant, string.Empty)) },
    };

    [Theory]
    [MemberData(nameof(Uncacheable))]
    public async Task Uncacheable_responses_are_never_stored(string reason, ChatResponse response)
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Of(response));
        ChatResponse first = await h.Client.GetResponseAsync("Do the thing", Tenant("acme"));
        ChatResponse second = await h.Client.GetResponseAsync("Do the thing", Tenant("acme"));

        Assert.Equal(reason, first.AdditionalProperties![SemanticCacheProperties.Reason]);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(second));
        Assert.Equal(2, h.Model.CallCount);
    }

    [Fact]
    public async Task Calls_to_tools_marked_idempotent_are_cached()
    {
        GovernanceTestHarness h = Create(o => o.IdempotentTools.Add("get_weather"));
        h.Model.Enqueue(FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "get_weather")]))));
        await h.Client.GetResponseAsync("Weather in Oslo?", Tenant("acme"));
        ChatResponse second = await h.Client.GetResponseAsync("Weather in Oslo?", Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusHit, Status(second));
        Assert.IsType<FunctionCallContent>(Assert.Single(second.Messages[0].Contents));
    }

    [Fact]
    public async Task Failures_are_not_cached()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Throw(new InvalidOperationException("provider down")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.GetResponseAsync("Hello", Tenant("acme")));
        ChatResponse second = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(second));
    }

    [Fact]
    public async Task Entries_expire_with_the_clock()
    {
        GovernanceTestHarness h = Create(o => o.TimeToLive = TimeSpan.FromMinutes(5));
        await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        h.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(await h.Client.GetResponseAsync("Hello", Tenant("acme"))));
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(await h.Client.GetResponseAsync("Hello", Tenant("acme"))));
    }

    [Fact]
    public async Task Options_that_change_the_answer_change_the_exact_key()
    {
        GovernanceTestHarness h = Create(offlineEmbeddings: false);
        await h.Client.GetResponseAsync("Hello", new ChatOptions { Temperature = 0f }.ForCaller("acme"));
        ChatResponse warmer = await h.Client.GetResponseAsync("Hello", new ChatOptions { Temperature = 1f }.ForCaller("acme"));
        ChatResponse otherModel = await h.Client.GetResponseAsync("Hello", new ChatOptions { Temperature = 0f, ModelId = "other" }.ForCaller("acme"));
        ChatResponse same = await h.Client.GetResponseAsync("  Hello ", new ChatOptions { Temperature = 0f }.ForCaller("acme"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(warmer));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(otherModel));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(same));
    }

    [Fact]
    public async Task A_different_system_prompt_or_history_is_a_different_partition()
    {
        GovernanceTestHarness h = Create();
        await h.Client.GetResponseAsync([new(ChatRole.System, "Answer in French."), new(ChatRole.User, "What's the weather like?")], Tenant("acme"));
        ChatResponse english = await h.Client.GetResponseAsync([new(ChatRole.System, "Answer in English."), new(ChatRole.User, "What's the weather like?")], Tenant("acme"));
        ChatResponse history = await h.Client.GetResponseAsync(
            [new(ChatRole.System, "Answer in French."), new(ChatRole.User, "I'm in Oslo."), new(ChatRole.Assistant, "Noted."), new(ChatRole.User, "What's the weather like?")], Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(english));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(history));
    }

    [Fact]
    public async Task Tools_and_response_format_scope_both_tiers()
    {
        GovernanceTestHarness h = Create();
        AIFunction weather = AIFunctionFactory.Create((string city) => "sunny", "get_weather", "Gets the weather");
        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse withTools = await h.Client.GetResponseAsync("What's the weather like?", new ChatOptions { Tools = [weather] }.ForCaller("acme"));
        ChatResponse asJson = await h.Client.GetResponseAsync("What's the weather like?", new ChatOptions { ResponseFormat = ChatResponseFormat.Json }.ForCaller("acme"));
        ChatResponse plain = await h.Client.GetResponseAsync("How's the weather today?", Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(withTools));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(asJson));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(plain));
    }

    [Fact]
    public async Task A_server_side_conversation_bypasses_the_cache()
    {
        GovernanceTestHarness h = Create();
        ChatResponse response = await h.Client.GetResponseAsync("Hello", new ChatOptions { ConversationId = "conv-1" }.ForCaller("acme"));
        Assert.Equal(SemanticCacheProperties.StatusBypass, Status(response));
        Assert.Equal(SemanticCacheReasons.ServerConversation, response.AdditionalProperties![SemanticCacheProperties.Reason]);
    }

    [Fact]
    public async Task A_required_tenant_is_enforced()
    {
        GovernanceTestHarness h = Create(o => o.RequireTenant = true);
        await Assert.ThrowsAsync<CallerContextRequiredException>(() => h.Client.GetResponseAsync("Hello"));
        Assert.Equal(0, h.Model.CallCount);
    }

    [Fact]
    public async Task Messages_with_images_use_the_exact_tier_only()
    {
        GovernanceTestHarness h = Create();
        static ChatMessage Photo(byte value) => new(ChatRole.User, [new TextContent("What is in this picture?"), new DataContent(new byte[] { value, 1, 2 }, "image/png")]);

        await h.Client.GetResponseAsync([Photo(1)], Tenant("acme"));
        ChatResponse otherPhoto = await h.Client.GetResponseAsync([Photo(2)], Tenant("acme"));
        ChatResponse samePhoto = await h.Client.GetResponseAsync([Photo(1)], Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(otherPhoto));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(samePhoto));
        Assert.Equal(SemanticCacheProperties.TierExact, samePhoto.AdditionalProperties![SemanticCacheProperties.Tier]);
    }

    [Fact]
    public async Task Long_conversations_bypass_the_cache()
    {
        GovernanceTestHarness h = Create(o => o.MaxConversationMessages = 2);
        ChatResponse response = await h.Client.GetResponseAsync(
            [new(ChatRole.User, "a"), new(ChatRole.Assistant, "b"), new(ChatRole.User, "c")], Tenant("acme"));
        Assert.Equal(SemanticCacheProperties.StatusBypass, Status(response));
        Assert.Equal(SemanticCacheReasons.ConversationTooLong, response.AdditionalProperties![SemanticCacheProperties.Reason]);
    }

    [Fact]
    public async Task A_streamed_miss_is_stored_and_a_hit_replays_the_same_text_in_chunks()
    {
        GovernanceTestHarness h = Create(o => o.ReplayChunkCharacters = 8);
        const string text = "The quick brown fox jumps over the lazy dog, then naps in the warm afternoon sun. 🦊 End.";
        h.Model.Enqueue(FakeReply.Text(text, 20, 25));

        List<ChatResponseUpdate> miss = await Collect(h.Client.GetStreamingResponseAsync("Tell me a story about a fox", Tenant("acme")));
        List<ChatResponseUpdate> hit = await Collect(h.Client.GetStreamingResponseAsync("Tell me a story about a fox", Tenant("acme")));

        Assert.Equal(1, h.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusMiss, miss[0].AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheProperties.StatusHit, hit[0].AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.True(hit.Count(u => u.Text.Length > 0) > 5, "a hit replays in several chunks");
        ChatResponse replayed = hit.ToChatResponse();
        Assert.Equal(text, replayed.Text);
        Assert.Equal(miss.ToChatResponse().Text, replayed.Text);
        Assert.Equal(ChatFinishReason.Stop, replayed.FinishReason);

        ChatResponse nonStreaming = await h.Client.GetResponseAsync("Tell me a story about a fox", Tenant("acme"));
        Assert.Equal(text, nonStreaming.Text);
    }

    [Fact]
    public async Task An_abandoned_or_broken_stream_is_not_stored()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Text("one two three four five six"), FakeReply.Text("one two three four five six").BreakingAfter(2));

        await foreach (ChatResponseUpdate update in h.Client.GetStreamingResponseAsync("Count to six", Tenant("acme")))
        {
            break;
        }

        await Assert.ThrowsAsync<IOException>(async () => await Collect(h.Client.GetStreamingResponseAsync("Count to six", Tenant("acme"))));
        List<ChatResponseUpdate> third = await Collect(h.Client.GetStreamingResponseAsync("Count to six", Tenant("acme")));

        Assert.Equal(SemanticCacheProperties.StatusMiss, third[0].AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(3, h.Model.CallCount);
    }

    [Fact]
    public async Task A_hit_does_not_share_mutable_state_with_the_stored_entry()
    {
        GovernanceTestHarness h = Create();
        await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        ChatResponse first = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        first.Messages[0].Contents.Clear();
        ChatResponse second = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        Assert.Equal("Echo: Hello", second.Text);
    }

    [Fact]
    public async Task Per_call_annotations_of_inner_stages_are_not_replayed_on_hits()
    {
        GovernanceTestHarness h = Create();
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")
        {
            AdditionalProperties = new() { [GovernanceProperties.RouteBackend] = "primary", ["provider.note"] = "kept" },
        })
        {
            AdditionalProperties = new() { [GovernanceProperties.RouteBackend] = "primary", [GovernanceProperties.CostUsd] = 0.5m },
        };
        h.Model.Enqueue(FakeReply.Of(response));

        await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        ChatResponse hit = await h.Client.GetResponseAsync("Hello", Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusHit, Status(hit));
        Assert.False(hit.AdditionalProperties!.ContainsKey(GovernanceProperties.RouteBackend));
        Assert.Equal(0m, hit.AdditionalProperties[GovernanceProperties.CostUsd]);
        Assert.False(hit.Messages[0].AdditionalProperties!.ContainsKey(GovernanceProperties.RouteBackend));
        Assert.Equal("kept", hit.Messages[0].AdditionalProperties!["provider.note"]?.ToString());
    }

    [Fact]
    public async Task Is_registered_through_DI_with_validated_options()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddAiGovernance(_ => new FakeChatClient()).AddSemanticCache(o => o.TimeToLive = TimeSpan.FromMinutes(1));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        await client.GetResponseAsync("Hello", Tenant("acme"));
        ChatResponse second = await client.GetResponseAsync("Hello", Tenant("acme"));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(second));
        Assert.NotNull(provider.GetService<Microsoft.Extensions.Caching.Hybrid.HybridCache>());

        var bad = new ServiceCollection();
        bad.AddAiGovernance(_ => new FakeChatClient()).AddSemanticCache(o =>
        {
            o.SimilarityThreshold = 1.5;
            o.VaryBy.Add("nonsense");
        });
        await using ServiceProvider badProvider = bad.BuildServiceProvider();
        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => badProvider.GetRequiredService<IChatClient>());
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Cache:SimilarityThreshold", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Cache:VaryBy:0", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_options_are_rejected_by_the_builder()
    {
        var options = new SemanticCacheOptions { MaxCandidates = 0 };
        Assert.Throws<OptionsValidationException>(() => new GovernancePipelineBuilder(new FakeChatClient()).UseSemanticCache(options));
    }

    private static async Task<List<ChatResponseUpdate>> Collect(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var list = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in updates)
        {
            list.Add(update);
        }

        return list;
    }
}
