using Governance.AI.Safety;

namespace GatewayService;

/// <summary>Azure AI Content Safety behind the safety policy, when <c>Gateway:ContentSafety:Endpoint</c> is set.</summary>
internal static class ContentSafetyRegistration
{
    /// <summary>The configuration section: <see cref="AzureContentSafetyOptions"/>.</summary>
    public const string SectionName = "Gateway:ContentSafety";

    /// <summary>
    /// Registers the classifier over a typed HTTP client with the standard resilience handler, its timeouts set so
    /// that all attempts fit well inside a chat call: 3 s per attempt, 8 s in all (under the options' 10 s backstop).
    /// </summary>
    public static void AddContentSafety(WebApplicationBuilder builder)
    {
        IConfigurationSection section = builder.Configuration.GetSection(SectionName);
        if (string.IsNullOrEmpty(section["Endpoint"]))
        {
            return;
        }

        builder.Services
            .AddAzureContentSafetyClassifier(options => section.Bind(options))
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8);
                resilience.Retry.MaxRetryAttempts = 2;
            });
    }
}
