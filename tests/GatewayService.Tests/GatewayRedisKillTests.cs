using System.Net;
using System.Text.Json;
using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GatewayService.Tests;

/// <summary>The gateway on a real redis-server (started here, stopped by its process id) that is killed mid-traffic and restarted.</summary>
public sealed class GatewayRedisKillTests
{
    [RedisFact]
    public async Task Killing_redis_mid_traffic_fails_no_request_and_loses_no_usage_in_the_budget_or_the_ledger()
    {
        // Invariants (root and Redis READMEs): with Redis killed between requests and restarted from its append-only
        // file, every request is a 200; once the stores' queues are replayed, the ledger counts every request with the
        // tokens the responses reported, and the caller's shared budget counters hold the same tokens and requests.
        await using RedisServerProcess server = await RedisServerProcess.StartAsync("--appendonly", "yes", "--appendfsync", "always");
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(args: [$"--ConnectionStrings:redis={server.Endpoint},connectTimeout=500"]);
        // Window ends and record lifetimes become key expiries on the Redis server's clock: the fake clock moves to real time.
        gateway.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        IConnectionMultiplexer redis = gateway.App.Services.GetRequiredKeyedService<IConnectionMultiplexer>("Governance.AI.Redis:");
        await redis.WaitConnectedAsync();
        long tokens = 0;
        int served = 0;

        async Task SendAsync(string phase)
        {
            for (int i = 0; i < 4; i++)
            {
                HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post(
                    "demo-key-contoso", $$"""{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Question {{i}} asked {{phase}}: which river crosses city {{i}}?"}]}"""));
                string body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{phase} #{i}: {(int)response.StatusCode} {body}");
                using JsonDocument completion = JsonDocument.Parse(body);
                tokens += completion.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt64();
                served++;
            }
        }

        await SendAsync("before the outage");
        await server.KillAsync();
        await SendAsync("during the outage");
        await server.RestartAsync();
        await redis.WaitConnectedAsync();
        await SendAsync("after the outage");

        Assert.True(await ((RedisUsageLedger)gateway.App.Services.GetRequiredService<IUsageLedger>()).FlushQueueAsync());
        Assert.True(await ((RedisBudgetStore)gateway.App.Services.GetRequiredService<IBudgetStore>()).FlushQueueAsync());

        using var usageRequest = new HttpRequestMessage(HttpMethod.Get, "/usage");
        usageRequest.Headers.Authorization = new("Bearer", "demo-key-contoso");
        HttpResponseMessage usage = await gateway.Http.SendAsync(usageRequest);
        using JsonDocument report = JsonDocument.Parse(await usage.Content.ReadAsStringAsync());
        JsonElement requests = report.RootElement.GetProperty("requests");
        Assert.Equal((served, served), (requests.GetProperty("total").GetInt32(), requests.GetProperty("served").GetInt32()));
        long ledgerTokens = 0;
        foreach (JsonElement day in report.RootElement.GetProperty("tokensByModelByDay").EnumerateArray())
        {
            ledgerTokens += day.GetProperty("inputTokens").GetInt64() + day.GetProperty("outputTokens").GetInt64();
        }

        Assert.Equal(tokens, ledgerTokens);
        var caller = new CallerContext { TenantId = "contoso", UserId = "svc-search", ApplicationId = "search", CostCenter = "CC-100" };
        IReadOnlyList<BudgetStatus> status = await gateway.App.Services.GetRequiredService<IChatClient>().GetService<BudgetChatClient>()!.GetStatusAsync(caller);
        Assert.Equal(tokens, (long)status.Single(s => s.LimitName == "tokens").Used);
        Assert.Equal(served, (long)status.Single(s => s.LimitName == "requests").Used);
    }
}
