using System.Net;
using System.Text.Json;

namespace GatewayService.Tests;

/// <summary>
/// Request fields the gateway forwards through the OpenAI client's own options (Microsoft.Extensions.AI's
/// <c>ChatOptions</c> has no place for them), against the gateway's cache: a field that changes the answer must
/// change the cache entry too.
/// </summary>
public sealed class ProviderOptionsCacheTests
{
    private static string Ask(string? logitBias) =>
        "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Name a colour.\"}]"
        + (logitBias is null ? "" : ",\"logit_bias\":" + logitBias) + "}";

    [Fact]
    public async Task A_request_whose_logit_bias_differs_is_never_served_the_cached_answer_of_another()
    {
        // Invariant: logit_bias changes which tokens the model may write, so the same prompt with another bias (or
        // none) is another request: it reaches the upstream with its own bias, while the same bias again is a hit.
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings());

        HttpResponseMessage plain = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", Ask(null)));
        HttpResponseMessage banned = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", Ask("{\"17585\": -100, \"2\": 5}")));
        string bannedBody = upstream.LastBody;
        HttpResponseMessage favoured = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", Ask("{\"17585\": 100}")));
        HttpResponseMessage bannedAgain = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", Ask("{\"2\": 5, \"17585\": -100}")));

        Assert.All([plain, banned, favoured, bannedAgain], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(3, upstream.Calls);
        using JsonDocument sent = JsonDocument.Parse(bannedBody);
        JsonElement bias = sent.RootElement.GetProperty("logit_bias");
        Assert.Equal(-100, bias.GetProperty("17585").GetInt32());
        Assert.Equal(5, bias.GetProperty("2").GetInt32());
        Assert.DoesNotContain(sent.RootElement.EnumerateObject(), p => p.Name.StartsWith("gateway", StringComparison.Ordinal));
    }
}
