using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace GatewayService.Tests;

public sealed class ContentSafetyTests
{
    [Fact]
    public async Task Azure_Content_Safety_blocks_through_a_resilient_typed_client_whose_timeouts_fit_a_chat_call()
    {
        await using StubUpstream contentSafety = await StubUpstream.StartAsync();
        contentSafety.Respond = context => StubUpstream.JsonAsync(
            context,
            200,
            context.Request.Path.Value!.Contains("text:analyze", StringComparison.Ordinal)
                ? """{"categoriesAnalysis":[{"category":"Violence","severity":6}]}"""
                : """{"userPromptAnalysis":{"attackDetected":false},"documentsAnalysis":[]}""");
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:ContentSafety:Endpoint"] = new Uri(contentSafety.Endpoint, "/").ToString(),
            ["Gateway:ContentSafety:ApiKey"] = "cs-key",
        });

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"a harmless looking question"}]}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(contentSafety.Calls >= 1);
        Assert.Contains("a harmless looking question", contentSafety.LastBody, StringComparison.Ordinal);
        HttpStandardResilienceOptions resilience = gateway.App.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>()
            .Get(AzureContentSafetyServiceCollectionExtensions.HttpClientName + "-standard");
        Assert.Equal(TimeSpan.FromSeconds(3), resilience.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(8), resilience.TotalRequestTimeout.Timeout);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("harmless", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
