using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Governance.AI.Tests.Shared;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Budgets;

/// <summary>
/// Two governed pipelines sharing one tenant budget on a real Redis server, with the default exact counters for
/// gpt-4o: admission reserves the prompt's UTF-8 bound and counts exactly only near the limit.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisBudgetBoundedAdmissionTests(RedisServers servers)
{
    [RedisFact]
    public async Task Two_instances_admit_by_the_bound_far_from_the_limit_and_by_the_count_at_it()
    {
        const int Output = 1000;
        List<ChatMessage> messages = [new(ChatRole.User, "Summarize the quarterly report for the northern district in three short bullet points.")];
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        ChatOptions options = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = Output }.ForCaller(tenant);
        int exact = new TokenCounterProvider().GetCounter("gpt-4o").CountTokens(messages, options);
        int bound = ChatTokenFormula.Utf8UpperBound(messages, options);
        Assert.InRange(bound, exact + 1, (2 * exact) + Output);

        // Room for exactly two calls by the count: the first fits by its bound, the second only by its count.
        long limit = 2L * (exact + Output);
        await using Pair pair = await Pair.CreateAsync(servers, tenant, limit, _ => FakeReply.Text("ok", inputTokens: exact, outputTokens: Output));

        await pair.A.Harness.Client.GetResponseAsync(messages, options);
        Assert.Equal(0, pair.A.Counters.PromptCounts);

        ChatResponse second = await pair.B.Harness.Client.GetResponseAsync(messages, options);
        Assert.Equal(0L, second.AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(1, pair.B.Counters.PromptCounts);

        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => pair.A.Harness.Client.GetResponseAsync(messages, options));
        Assert.Equal((decimal)limit, error.Used);
        Assert.Equal((decimal)(exact + Output), error.Requested);
        Assert.Equal(1, pair.A.Counters.PromptCounts);
        Assert.Equal(limit, await pair.UsedAsync());
        Assert.Equal(0, await pair.OpenReservationsAsync());
    }

    /// <summary>
    /// Invariant: 2 instances × 16 callers racing on one tenant counter, admitted by bounds and re-planned by counts
    /// near the limit: the usage the model reported for admitted calls never exceeds the limit, the shared counter
    /// equals exactly that usage (no reservation lost, doubled or left open), and the limit was binding.
    /// </summary>
    [RedisFact]
    public async Task Two_instances_admitting_by_bounds_never_overspend_and_close_every_reservation()
    {
        const long Limit = 20_000;
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        ITokenCounter exact = new TokenCounterProvider().GetCounter("gpt-4o");
        long reported = 0;
        await using Pair pair = await Pair.CreateAsync(servers, tenant, Limit, request =>
        {
            long input = exact.CountTokens(request.Messages, request.Options);
            long output = request.Options!.MaxOutputTokens!.Value / 2;
            Interlocked.Add(ref reported, input + output);
            return FakeReply.Text("ok", inputTokens: input, outputTokens: output);
        });

        long refused = 0;
        var unexpected = new ConcurrentQueue<Exception>();
        await Task.WhenAll(new[] { pair.A, pair.B }.SelectMany(instance => Enumerable.Range(0, 16).Select(caller => Task.Run(async () =>
        {
            for (int call = 0; call < 8; call++)
            {
                string prompt = "Question " + caller + "." + call + ": " + string.Concat(Enumerable.Repeat("what changed in the northern district? ", 1 + ((caller + call) % 12)));
                ChatOptions options = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 40 + (call * 20) }.ForCaller(tenant);
                try
                {
                    await instance.Harness.Client.GetResponseAsync(prompt, options);
                }
                catch (BudgetExceededException)
                {
                    Interlocked.Increment(ref refused);
                }
                catch (Exception ex)
                {
                    unexpected.Enqueue(ex);
                }
            }
        }))));

        Assert.Empty(unexpected);
        Assert.True(refused > 0, "the limit was binding");
        Assert.True(reported <= Limit, $"reported usage {reported} within {Limit}");
        Assert.Equal(reported, await pair.UsedAsync());
        Assert.Equal(0, await pair.OpenReservationsAsync());
    }

    private sealed record Instance(GovernanceTestHarness Harness, CountingTokenCounterProvider Counters, ConnectionMultiplexer Connection);

    private sealed class Pair(Instance a, Instance b, string tenant, string prefix) : IAsyncDisposable
    {
        public Instance A { get; } = a;

        public Instance B { get; } = b;

        public static async Task<Pair> CreateAsync(RedisServers servers, string tenant, long limit, Func<FakeChatRequest, FakeReply> reply)
        {
            string prefix = "test:bounded:" + Guid.NewGuid().ToString("N")[..8];

            // Window ends become key expiries on the server's clock, so the fake clock starts at the real time.
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var options = new BudgetOptions();
            options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = limit });
            var instances = new Instance[2];
            for (int i = 0; i < instances.Length; i++)
            {
                ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
                var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock);
                var counters = new CountingTokenCounterProvider();
                GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(options, counters, store), clock: clock);
                harness.Model.Responder = reply;
                instances[i] = new Instance(harness, counters, redis);
            }

            return new Pair(instances[0], instances[1], tenant, prefix);
        }

        public async Task<long> UsedAsync()
        {
            IReadOnlyList<BudgetStatus> status = await A.Harness.Client.GetService<BudgetChatClient>()!.GetStatusAsync(CallerContext.ForTenant(tenant), "gpt-4o");
            return (long)status.Single().Used;
        }

        public async Task<long> OpenReservationsAsync() =>
            (long)await A.Connection.CommandAsync("ZCARD", $"{prefix}:{{tenant:{tenant}}}:leases");

        public async ValueTask DisposeAsync()
        {
            await A.Connection.DisposeAsync();
            await B.Connection.DisposeAsync();
        }
    }
}
