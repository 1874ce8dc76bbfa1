using System.Runtime.CompilerServices;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.TelemetryPolicy;

/// <summary>
/// A non-streamed call that ends synchronously leaves its <see cref="TelemetryCall"/> to the thread's next request:
/// nothing of one call may reach the record of another, whatever the order of sync, async, failed, nested and
/// streamed calls.
/// </summary>
public sealed class TelemetryCallReuseTests
{
    [Fact]
    public async Task A_released_call_holds_nothing_of_its_request()
    {
        var ledger = new InMemoryUsageLedger();
        var client = new GovernanceTelemetryChatClient(new KeyedReplies(), new TelemetryOptions(), ledger: ledger);
        var call = TelemetryCall.Rent(client, new TelemetryOptions(), [new ChatMessage(ChatRole.User, "hi")], Options("contoso", "alice"), genAI: true);
        call.Observe(KeyedReplies.Reply("gpt-4o", backend: "east", cacheStatus: "hit"));
        await call.EndAsync(null, false);

        ReleasedObjectAssert.ReleaseClearsEveryField(call, c => c.Release());
    }

    [Fact]
    public async Task Back_to_back_synchronous_calls_record_only_their_own_keys_caller_and_usage()
    {
        var ledger = new InMemoryUsageLedger();
        var inner = new KeyedReplies();
        var client = new GovernanceTelemetryChatClient(inner, new TelemetryOptions(), ledger: ledger);

        inner.Next = () => KeyedReplies.Reply("gpt-4o", backend: "east", cacheStatus: "hit", input: 7, output: 3);
        Task<ChatResponse> first = client.GetResponseAsync("one", Options("contoso", "alice"));
        inner.Next = () => KeyedReplies.Reply("gpt-4o-mini", backend: null, cacheStatus: null, input: 11, output: 5);
        Task<ChatResponse> second = client.GetResponseAsync("two", Options("fabrikam", "bob"));
        await Task.WhenAll(first, second);

        Dictionary<string, UsageRecord> records = await ByUser(ledger);
        Assert.Equal(2, records.Count);
        Assert.Equal(("contoso", "east", true, 0L), (records["alice"].TenantId, records["alice"].Backend, records["alice"].CacheHit, records["alice"].InputTokens));
        Assert.Equal(("fabrikam", (string?)null, false, 11L, 5L, "gpt-4o-mini"), (records["bob"].TenantId, records["bob"].Backend, records["bob"].CacheHit, records["bob"].InputTokens, records["bob"].OutputTokens, records["bob"].Model));
    }

    [Fact]
    public async Task A_failed_call_then_a_served_one_are_each_recorded_as_they_ended()
    {
        var ledger = new InMemoryUsageLedger();
        var inner = new KeyedReplies();
        var client = new GovernanceTelemetryChatClient(inner, new TelemetryOptions(), ledger: ledger);

        inner.Next = () => KeyedReplies.Reply("gpt-4o", backend: "east", cacheStatus: "miss", input: 7, output: 3);
        await client.GetResponseAsync("one", Options("contoso", "alice"));
        inner.Next = () => throw new InvalidOperationException("provider down");
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync("two", Options("contoso", "carol")));
        inner.Next = () => KeyedReplies.Reply("gpt-4o", backend: null, cacheStatus: null, input: 2, output: 1);
        await client.GetResponseAsync("three", Options("contoso", "dave"));

        Dictionary<string, UsageRecord> records = await ByUser(ledger);
        Assert.Equal((UsageOutcome.Success, UsageOutcome.Failed, UsageOutcome.Success), (records["alice"].Outcome, records["carol"].Outcome, records["dave"].Outcome));
        Assert.Equal(("east", (string?)null, (string?)null), (records["alice"].Backend, records["carol"].Backend, records["dave"].Backend));
        Assert.Equal((7L, 0L, 2L), (records["alice"].InputTokens, records["carol"].InputTokens, records["dave"].InputTokens));
        Assert.Equal(((string?)null, typeof(InvalidOperationException).FullName, (string?)null), (records["alice"].ErrorType, records["carol"].ErrorType, records["dave"].ErrorType));
    }

    [Fact]
    public async Task Concurrent_calls_that_complete_later_keep_their_own_state_while_synchronous_ones_run_between()
    {
        var ledger = new InMemoryUsageLedger();
        var inner = new KeyedReplies();
        var client = new GovernanceTelemetryChatClient(inner, new TelemetryOptions(), ledger: ledger);
        var pending = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        inner.NextTask = () => pending.Task;
        Task<ChatResponse> slow = client.GetResponseAsync("slow", Options("contoso", "slow-user"));
        inner.NextTask = null;
        inner.Next = () => KeyedReplies.Reply("gpt-4o", backend: "west", cacheStatus: "miss", input: 5, output: 5);
        await client.GetResponseAsync("fast", Options("fabrikam", "fast-user"));
        await client.GetResponseAsync("fast again", Options("fabrikam", "fast-user-2"));
        pending.SetResult(KeyedReplies.Reply("gpt-4o", backend: "east", cacheStatus: "hit", input: 9, output: 9));
        await slow;

        Dictionary<string, UsageRecord> records = await ByUser(ledger);
        Assert.Equal(3, records.Count);
        Assert.Equal(("contoso", "east", true, 0L), (records["slow-user"].TenantId, records["slow-user"].Backend, records["slow-user"].CacheHit, records["slow-user"].InputTokens));
        foreach (string user in new[] { "fast-user", "fast-user-2" })
        {
            Assert.Equal(("fabrikam", "west", false, 5L), (records[user].TenantId, records[user].Backend, records[user].CacheHit, records[user].InputTokens));
        }
    }

    [Fact]
    public async Task A_governed_call_made_inside_another_on_the_same_thread_gets_its_own_state()
    {
        var ledger = new InMemoryUsageLedger();
        var nestedInner = new KeyedReplies { Next = () => KeyedReplies.Reply("gpt-4o-mini", backend: "judge", cacheStatus: null, input: 1, output: 1) };
        var nested = new GovernanceTelemetryChatClient(nestedInner, new TelemetryOptions(), ledger: ledger);
        int nestedCalls = 0;
        var outerInner = new KeyedReplies();
        outerInner.Next = () =>
        {
            // A classifier or tool calling another governed client synchronously, inside the outer call.
            Assert.True(nested.GetResponseAsync("nested", Options("contoso", "judge-user-" + ++nestedCalls)).IsCompletedSuccessfully);
            return KeyedReplies.Reply("gpt-4o", backend: "east", cacheStatus: "miss", input: 20, output: 10);
        };
        var outer = new GovernanceTelemetryChatClient(outerInner, new TelemetryOptions(), ledger: ledger);

        await outer.GetResponseAsync("outer", Options("contoso", "alice"));
        await outer.GetResponseAsync("outer again", Options("contoso", "bob"));

        Dictionary<string, UsageRecord> records = await ByUser(ledger);
        Assert.Equal(4, records.Count);
        foreach (string user in new[] { "judge-user-1", "judge-user-2" })
        {
            Assert.Equal(("judge", 1L, "gpt-4o-mini"), (records[user].Backend, records[user].InputTokens, records[user].Model));
        }

        foreach (string user in new[] { "alice", "bob" })
        {
            Assert.Equal(("east", 20L, "gpt-4o"), (records[user].Backend, records[user].InputTokens, records[user].Model));
        }
    }

    [Fact]
    public async Task A_stream_abandoned_mid_way_between_synchronous_calls_is_recorded_as_cancelled_and_leaks_into_neither()
    {
        var ledger = new InMemoryUsageLedger();
        var inner = new KeyedReplies();
        var client = new GovernanceTelemetryChatClient(inner, new TelemetryOptions(), ledger: ledger);

        inner.Next = () => KeyedReplies.Reply("gpt-4o", backend: "east", cacheStatus: "miss", input: 3, output: 3);
        await client.GetResponseAsync("before", Options("contoso", "alice"));
        await using (IAsyncEnumerator<ChatResponseUpdate> stream = client.GetStreamingResponseAsync("stream", Options("contoso", "streamer")).GetAsyncEnumerator())
        {
            Assert.True(await stream.MoveNextAsync());
        }

        inner.Next = () => KeyedReplies.Reply("gpt-4o", backend: null, cacheStatus: null, input: 4, output: 4);
        await client.GetResponseAsync("after", Options("contoso", "bob"));

        Dictionary<string, UsageRecord> records = await ByUser(ledger);
        Assert.Equal((UsageOutcome.Success, UsageOutcome.Cancelled, UsageOutcome.Success), (records["alice"].Outcome, records["streamer"].Outcome, records["bob"].Outcome));
        Assert.Equal((false, true, false), (records["alice"].Streaming, records["streamer"].Streaming, records["bob"].Streaming));
        Assert.Equal(("east", "stream-backend", (string?)null), (records["alice"].Backend, records["streamer"].Backend, records["bob"].Backend));
        Assert.Equal((3L, 0L, 4L), (records["alice"].InputTokens, records["streamer"].InputTokens, records["bob"].InputTokens));
    }

    private static ChatOptions Options(string tenant, string user) => new ChatOptions { ModelId = "gpt-4o" }.ForCaller(tenant, user);

    /// <summary>The ledger's records by user id (every call of a test has its own user; equal timestamps leave the order open).</summary>
    private static async Task<Dictionary<string, UsageRecord>> ByUser(InMemoryUsageLedger ledger)
    {
        var records = new Dictionary<string, UsageRecord>(StringComparer.Ordinal);
        await foreach (UsageRecord record in ledger.ReadAsync(new UsagePeriod(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)))
        {
            records.Add(record.UserId!, record);
        }

        return records;
    }

    /// <summary>A provider answering synchronously (or with a given task) with the governance keys a test chooses; streams two chunks.</summary>
    private sealed class KeyedReplies : IChatClient
    {
        public Func<ChatResponse> Next { get; set; } = () => Reply("gpt-4o", null, null);

        public Func<Task<ChatResponse>>? NextTask { get; set; }

        public static ChatResponse Reply(string model, string? backend, string? cacheStatus, long input = 1, long output = 1)
        {
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))
            {
                ModelId = model,
                FinishReason = ChatFinishReason.Stop,
                Usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = output },
                AdditionalProperties = [],
            };
            if (backend is not null)
            {
                response.AdditionalProperties[GovernanceProperties.RouteBackend] = backend;
            }

            if (cacheStatus is not null)
            {
                response.AdditionalProperties[GovernanceProperties.CacheStatus] = cacheStatus;
            }

            return response;
        }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            NextTask is { } task ? task() : Task.FromResult(Next());

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, "part") { AdditionalProperties = new() { [GovernanceProperties.RouteBackend] = "stream-backend" } };
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, " two") { Contents = [new UsageContent(new UsageDetails { InputTokenCount = 50, OutputTokenCount = 50 })] };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
