using System.Net;
using System.Text.Json;
using GatewayService;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace GatewayService.Tests;

/// <summary>Redis turned on from configuration, while the configured Redis is unreachable.</summary>
public sealed class GatewayRedisTests
{
    [Fact]
    public async Task With_redis_configured_but_down_healthz_is_degraded_and_usage_answers_503()
    {
        WebApplication app = GatewayApp.Build(
            ["--ConnectionStrings:redis=127.0.0.1:1,connectTimeout=200"],
            builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        try
        {
            using HttpClient http = app.GetTestClient();
            HttpResponseMessage health = await http.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using JsonDocument body = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("degraded", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("degraded", body.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());

            using var usageRequest = new HttpRequestMessage(HttpMethod.Get, "/usage");
            usageRequest.Headers.Authorization = new("Bearer", "demo-key-contoso");
            HttpResponseMessage usage = await http.SendAsync(usageRequest);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, usage.StatusCode);
            Assert.Contains("usage_unavailable", await usage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
