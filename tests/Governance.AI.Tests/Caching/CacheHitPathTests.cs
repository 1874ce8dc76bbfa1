using System.Text.Json;
using Governance.AI.Caching;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The cheap paths of the cache policy: hits after the first are copies of a parsed template (never the template
/// itself, never a stale one), and a request that may not store its answer leads no coalesced flight.
/// </summary>
public sealed class CacheHitPathTests
{
    private static ChatOptions Tenant(string tenant) => new ChatOptions().ForCaller(tenant);

    private static string? Status(ChatResponse response) => response.AdditionalProperties?[GovernanceProperties.CacheStatus] as string;

    private static GovernanceTestHarness Create(Action<SemanticCacheOptions>? configure = null)
    {
        var options = new SemanticCacheOptions();
        configure?.Invoke(options);
        return GovernanceTestHarness.Create(p => p.UseSemanticCache(options));
    }

    private static ChatResponse RichResponse() =>
        new(new ChatMessage(ChatRole.Assistant, "Paris.")
        {
            AuthorName = "geo",
            MessageId = "msg-1",
            CreatedAt = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero),
            AdditionalProperties = new() { ["provider.note"] = "kept", ["provider.score"] = 0.5 },
        })
        {
            ResponseId = "resp-1",
            ModelId = "gpt-4o",
            CreatedAt = new DateTimeOffset(2026, 12, 4, 0, 0, 1, TimeSpan.Zero),
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails
            {
                InputTokenCount = 12,
                OutputTokenCount = 3,
                TotalTokenCount = 15,
                CachedInputTokenCount = 4,
                ReasoningTokenCount = 1,
                AdditionalCounts = new() { ["provider.audio"] = 2 },
            },
            AdditionalProperties = new() { ["provider.flag"] = true },
        };

    [Fact]
    public void A_parsed_plain_text_response_is_copied_faithfully()
    {
        // Guards the fast path itself: were the copy to miss a property, every hit would fall back to parsing.
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(RichResponse(), AIJsonUtilities.DefaultOptions);
        ChatResponse parsed = JsonSerializer.Deserialize<ChatResponse>(json, AIJsonUtilities.DefaultOptions)!;

        ChatResponse? copy = ResponseTemplates.Copy(parsed);

        Assert.NotNull(copy);
        Assert.Equal(JsonSerializer.Serialize(parsed, AIJsonUtilities.DefaultOptions), JsonSerializer.Serialize(copy, AIJsonUtilities.DefaultOptions));
    }

    [Fact]
    public async Task A_copied_hit_carries_everything_a_parsed_hit_does()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Of(RichResponse()));

        await h.Client.GetResponseAsync("What is the capital of France?", Tenant("acme"));
        ChatResponse parsed = await h.Client.GetResponseAsync("What is the capital of France?", Tenant("acme"));
        ChatResponse copied = await h.Client.GetResponseAsync("What is the capital of France?", Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusHit, Status(parsed));
        Assert.NotSame(parsed, copied);
        Assert.Equal(JsonSerializer.Serialize(parsed, AIJsonUtilities.DefaultOptions), JsonSerializer.Serialize(copied, AIJsonUtilities.DefaultOptions));
        Assert.Equal(2L, ((UsageDetails)copied.AdditionalProperties![SemanticCacheProperties.CachedUsage]!).AdditionalCounts!["provider.audio"]);
    }

    [Fact]
    public async Task A_copied_hit_shares_no_mutable_state_with_the_template()
    {
        GovernanceTestHarness h = Create();
        h.Model.Enqueue(FakeReply.Of(RichResponse()));
        await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        await h.Client.GetResponseAsync("Hello", Tenant("acme"));

        ChatResponse copied = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        ((TextContent)copied.Messages[0].Contents[0]).Text = "changed";
        copied.Messages[0].Contents.Add(new TextContent(" more"));
        copied.Messages[0].AdditionalProperties!["provider.note"] = "changed";
        copied.Messages.Add(new ChatMessage(ChatRole.Assistant, "extra"));
        var cachedUsage = (UsageDetails)copied.AdditionalProperties![SemanticCacheProperties.CachedUsage]!;
        cachedUsage.InputTokenCount = 999;
        cachedUsage.AdditionalCounts!["provider.audio"] = 999;
        copied.AdditionalProperties.Clear();

        ChatResponse next = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        Assert.Equal("Paris.", next.Text);
        Assert.Single(next.Messages);
        Assert.Equal("kept", next.Messages[0].AdditionalProperties!["provider.note"]?.ToString());
        var nextUsage = (UsageDetails)next.AdditionalProperties![SemanticCacheProperties.CachedUsage]!;
        Assert.Equal(12L, nextUsage.InputTokenCount);
        Assert.Equal(2L, nextUsage.AdditionalCounts!["provider.audio"]);
        Assert.Equal(15L, next.AdditionalProperties[GovernanceProperties.CacheTokensSaved]);
    }

    [Fact]
    public async Task A_hit_after_the_entry_was_replaced_serves_the_new_answer()
    {
        GovernanceTestHarness h = Create(o => o.TimeToLive = TimeSpan.FromMinutes(5));
        h.Model.Enqueue(FakeReply.Text("Old answer."));
        h.Model.Enqueue(FakeReply.Text("New answer."));
        await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        Assert.Equal("Old answer.", (await h.Client.GetResponseAsync("Hello", Tenant("acme"))).Text);
        Assert.Equal("Old answer.", (await h.Client.GetResponseAsync("Hello", Tenant("acme"))).Text);

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        ChatResponse refreshed = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        ChatResponse hit = await h.Client.GetResponseAsync("Hello", Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(refreshed));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(hit));
        Assert.Equal("New answer.", hit.Text);
    }

    [Fact]
    public async Task Hits_of_responses_the_copy_cannot_reproduce_are_parsed_each_time()
    {
        GovernanceTestHarness h = Create(o => o.IdempotentTools.Add("lookup"));
        h.Model.Enqueue(FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new TextContent("Looking up."), new FunctionCallContent("c1", "lookup", new Dictionary<string, object?> { ["q"] = "Paris" })]))));
        await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        ChatResponse first = await h.Client.GetResponseAsync("Hello", Tenant("acme"));
        ((FunctionCallContent)first.Messages[0].Contents[1]).Arguments!["q"] = "changed";

        ChatResponse second = await h.Client.GetResponseAsync("Hello", Tenant("acme"));

        Assert.Equal(SemanticCacheProperties.StatusHit, Status(second));
        Assert.Equal("Paris", ((FunctionCallContent)second.Messages[0].Contents[1]).Arguments!["q"]?.ToString());
    }

    /// <summary>
    /// Invariant: a request that may store its answer never waits behind an identical request that may not (which
    /// would have nothing to share): it reaches the provider while the no-store request is still held there.
    /// </summary>
    [Fact]
    public async Task A_storing_request_does_not_wait_behind_an_identical_no_store_request()
    {
        var clock = new FakeTimeProvider();
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        var model = new FakeChatClient(clock)
        {
            // The first (no-store) call is held until the clock moves; later calls answer at once.
            Responder = _ => Interlocked.Increment(ref calls) == 1
                ? FakeReply.Text("Paris.").After(TimeSpan.FromSeconds(1))
                : FakeReply.Text("Paris."),
        };
        model.RequestReceived += _ => firstCall.TrySetResult();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(model).AddSemanticCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        Task<ChatResponse> noStore = client.GetResponseAsync("Hello", GovernanceProperties.With(Tenant("acme"), GovernanceProperties.NoStore, true));
        await firstCall.Task;
        Task<ChatResponse> storing = client.GetResponseAsync("Hello", Tenant("acme"));
        int callsBeforeTheClockMoved = model.CallCount;
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(noStore, storing);

        Assert.Equal(2, callsBeforeTheClockMoved);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(await storing));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(await client.GetResponseAsync("Hello", Tenant("acme"))));
    }

    /// <summary>Invariant: a no-store request still reads: it waits for an identical storing request in the air and is served its answer.</summary>
    [Fact]
    public async Task A_no_store_request_is_served_the_answer_of_an_identical_request_in_the_air()
    {
        var clock = new FakeTimeProvider();
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Paris.").After(TimeSpan.FromSeconds(1)) };
        model.RequestReceived += _ => firstCall.TrySetResult();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(model).AddSemanticCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        Task<ChatResponse> storing = client.GetResponseAsync("Hello", Tenant("acme"));
        await firstCall.Task;
        Task<ChatResponse> noStore = client.GetResponseAsync("Hello", GovernanceProperties.With(Tenant("acme"), GovernanceProperties.NoStore, true));
        clock.Advance(TimeSpan.FromSeconds(1));
        ChatResponse[] responses = await Task.WhenAll(storing, noStore);

        Assert.Equal(1, model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(responses[1]));
        Assert.Equal("Paris.", responses[1].Text);
    }

    /// <summary>
    /// Invariant: the exact tier reads without the caller's token (so an in-memory read stays on the caller's thread),
    /// yet a caller whose read waits on the distributed cache stops waiting as soon as it is cancelled.
    /// </summary>
    [Fact]
    public async Task A_cancelled_caller_stops_waiting_for_a_held_distributed_read()
    {
        var distributed = new HeldDistributedCache();
        var model = new FakeChatClient();
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(distributed);
        services.AddAiGovernance(model).AddSemanticCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        using var cancellation = new CancellationTokenSource();

        Task<ChatResponse> call = client.GetResponseAsync("Hello", Tenant("acme"), cancellation.Token);
        await distributed.ReadStarted.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(0, model.CallCount);
        distributed.Release();
    }

    /// <summary>A distributed cache whose reads of cache entries wait until released, ignoring cancellation as a stuck connection would.</summary>
    private sealed class HeldDistributedCache : IDistributedCache
    {
        private readonly TaskCompletionSource<byte[]?> _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _held.TrySetResult(null);

        public byte[]? Get(string key) => null;

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        {
            if (!key.StartsWith("governance:cache:", StringComparison.Ordinal))
            {
                return Task.FromResult<byte[]?>(null);
            }

            ReadStarted.TrySetResult();
            return _held.Task;
        }

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
        {
        }

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.CompletedTask;

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key)
        {
        }

        public Task RemoveAsync(string key, CancellationToken token = default) => Task.CompletedTask;
    }
}
