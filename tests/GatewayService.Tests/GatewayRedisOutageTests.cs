using System.Net;
using System.Text.Json;

namespace GatewayService.Tests;

/// <summary>The gateway with Redis configured while Redis is unreachable: what a caller gets from each store's fallback.</summary>
public sealed class GatewayRedisOutageTests
{
    private static readonly string[] RedisDown = ["--ConnectionStrings:redis=127.0.0.1:1,connectTimeout=200"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_redis_unreachable_a_request_is_served_by_the_budget_cache_and_ledger_fallbacks(bool streaming)
    {
        // Invariant (root README, "Scaling out with Redis"): while Redis is down budgets fall back to a local share, the
        // cache to this instance, the ledger queues — no caller sees a Redis error, so the request is a 200.
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(args: RedisDown);

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post(
            "demo-key-contoso",
            $$"""{"model":"gpt-4o-mini","stream":{{(streaming ? "true" : "false")}},"messages":[{"role":"user","content":"Name a river in France."}]}"""));

        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("Echo: Name a river in France.", streaming ? string.Concat(ContentDeltas(body)) : body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_request_with_an_Idempotency_Key_while_redis_is_unreachable_is_a_503_to_retry_and_not_a_500(bool streaming)
    {
        // Invariant: the idempotency store has no local fallback (Redis README), so the request cannot be answered
        // once-only; the caller must get a retryable 503 with Retry-After in problem+json — not the 500 that the
        // gateway reserves for its own bugs, and no Redis exception text.
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(args: RedisDown);
        HttpRequestMessage request = ChatCompletionsTests.Post(
            "demo-key-contoso",
            $$"""{"model":"gpt-4o-mini","stream":{{(streaming ? "true" : "false")}},"messages":[{"role":"user","content":"Place order 42."}]}""");
        request.Headers.Add("Idempotency-Key", "order-42");

        HttpResponseMessage response = await gateway.Http.SendAsync(request);

        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        using JsonDocument problem = JsonDocument.Parse(body);
        Assert.Equal("store_unavailable", problem.RootElement.GetProperty("reasonCode").GetString());
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis", body, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ContentDeltas(string events)
    {
        foreach (string line in events.Split('\n'))
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal))
            {
                continue;
            }

            using JsonDocument chunk = JsonDocument.Parse(line["data: ".Length..]);
            JsonElement choices = chunk.RootElement.GetProperty("choices");
            if (choices.GetArrayLength() > 0 && choices[0].GetProperty("delta").TryGetProperty("content", out JsonElement content))
            {
                yield return content.GetString()!;
            }
        }
    }
}
