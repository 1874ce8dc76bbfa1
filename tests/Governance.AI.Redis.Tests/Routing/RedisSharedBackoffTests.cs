using System.Net;
using Governance.AI.Redis.Routing;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Tests.Routing;

[Collection(RedisCollection.Name)]
public sealed class RedisSharedBackoffTests(RedisServers servers)
{
    [RedisFact]
    public async Task When_one_instance_is_throttled_the_others_fail_over_without_calling_the_backend()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        string backend = "primary-" + Guid.NewGuid().ToString("N")[..8];
        using ConnectionMultiplexer redis1 = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redis2 = await servers.ConnectStandaloneAsync();
        (GovernanceTestHarness Pipeline, FakeChatClient Primary, FakeChatClient Secondary) one = Instance(redis1, backend, clock);
        (GovernanceTestHarness Pipeline, FakeChatClient Primary, FakeChatClient Secondary) two = Instance(redis2, backend, clock);
        one.Primary.Enqueue(FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(40)));

        // Instance one is throttled by the primary and fails over; instance two never calls its primary.
        await one.Pipeline.Client.GetResponseAsync("Hello");
        ChatResponse second = await two.Pipeline.Client.GetResponseAsync("Hello");

        Assert.Equal(1, one.Primary.CallCount);
        Assert.Equal(1, one.Secondary.CallCount);
        Assert.Equal(0, two.Primary.CallCount);
        Assert.Equal(1, two.Secondary.CallCount);
        Assert.Equal("secondary", second.AdditionalProperties?[GovernanceProperties.RouteBackend]);

        // Once the shared wait is over (on this clock and, as the key's expiry, on the server's), the primary serves again.
        clock.Advance(TimeSpan.FromSeconds(41));
        await redis1.GetDatabase().KeyDeleteAsync("gov:backoff:{" + backend + "}");
        using ConnectionMultiplexer redis3 = await servers.ConnectStandaloneAsync();
        var three = Instance(redis3, backend, clock);
        await three.Pipeline.Client.GetResponseAsync("Hello");
        Assert.Equal(1, three.Primary.CallCount);
    }

    [RedisFact]
    public async Task The_backoff_exception_reads_as_a_429_with_its_remaining_wait()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var fake = new FakeChatClient(clock);
        fake.Enqueue(FakeReply.Http(HttpStatusCode.TooManyRequests));
        var client = new RedisSharedBackoffChatClient(fake, "b-" + Guid.NewGuid().ToString("N")[..8], redis,
            new RedisSharedBackoffOptions { DefaultBackoff = TimeSpan.FromSeconds(12) }, clock);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetResponseAsync("x"));
        clock.Advance(TimeSpan.FromSeconds(2));
        RedisSharedBackoffException backoff = await Assert.ThrowsAsync<RedisSharedBackoffException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("x"))
            {
                Assert.Fail("no update expected");
            }
        });
        ProviderError error = ProviderErrors.Inspect(backoff, clock.GetUtcNow());
        Assert.Equal(429, error.StatusCode);
        // 12 s asked, 2 s passed on this clock; the refresh from Redis may extend it by what its own clock still counts.
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12));
        Assert.Equal(1, fake.CallCount);
    }

    private static (GovernanceTestHarness Pipeline, FakeChatClient Primary, FakeChatClient Secondary) Instance(ConnectionMultiplexer redis, string backend, FakeTimeProvider clock)
    {
        var primary = new FakeChatClient(clock, "primary-model");
        var secondary = new FakeChatClient(clock, "secondary-model");
        var shared = new RedisSharedBackoffChatClient(primary, backend, redis, timeProvider: clock);
        GovernanceTestHarness pipeline = GovernanceTestHarness.Create(
            p => p.UseRouting(o =>
            {
                o.AddBackend("primary", shared, configure: b => b.Priority = 0);
                o.AddBackend("secondary", secondary, configure: b => b.Priority = 1);
                o.Resilience.Retry.MaxRetries = 0;
            }),
            clock: clock);
        return (pipeline, primary, secondary);
    }
}
