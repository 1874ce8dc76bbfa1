using Governance.AI.Safety;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Safety;

public sealed class AzureContentSafetyRegistrationTests
{
    [Fact]
    public async Task The_classifier_registers_over_IHttpClientFactory_with_its_timeout()
    {
        await using var server = new LoopbackHttpServer(r => r.Target.StartsWith("/contentsafety/text:analyze", StringComparison.Ordinal)
            ? (200, """{"categoriesAnalysis":[{"category":"Violence","severity":4}]}""")
            : (200, """{"userPromptAnalysis":{"attackDetected":false},"documentsAnalysis":[]}"""));
        var services = new ServiceCollection();
        services.AddAzureContentSafetyClassifier(o =>
        {
            o.Endpoint = server.BaseAddress;
            o.ApiKey = "test-key";
            o.Timeout = TimeSpan.FromSeconds(3);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        IContentSafetyClassifier classifier = Assert.Single(provider.GetServices<IContentSafetyClassifier>());
        ContentSafetyClassification result = await classifier.ClassifyAsync(new ContentSafetyRequest("text", SafetyContentOrigin.UserPrompt));

        Assert.Equal(4, result.Categories.Single(c => c.Category == ContentSafetyCategories.Violence).Severity);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(3), provider.GetRequiredService<IHttpClientFactory>().CreateClient(AzureContentSafetyServiceCollectionExtensions.HttpClientName).Timeout);
    }

    [Fact]
    public void Invalid_options_are_refused_at_registration_with_a_clear_message()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddAzureContentSafetyClassifier(o =>
        {
            o.Endpoint = new Uri("https://x.example/");
            o.ApiKey = "k";
            o.Timeout = TimeSpan.Zero;
        }));

        Assert.Equal("Timeout", error.ParamName);
    }
}
