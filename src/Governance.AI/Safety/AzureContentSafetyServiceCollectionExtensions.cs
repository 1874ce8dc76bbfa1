using Governance.AI.Safety;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="AzureContentSafetyClassifier"/> over <c>IHttpClientFactory</c>.</summary>
public static class AzureContentSafetyServiceCollectionExtensions
{
    /// <summary>The name of the classifier's HTTP client.</summary>
    public const string HttpClientName = "Governance.AI.AzureContentSafety";

    /// <summary>
    /// Registers the Azure AI Content Safety classifier as an <see cref="IContentSafetyClassifier"/> (the safety policy
    /// uses every registered one) over a named <see cref="HttpClient"/> whose timeout is
    /// <see cref="AzureContentSafetyOptions.Timeout"/>. Chain the resilience you want on the returned builder, for
    /// example with Microsoft.Extensions.Http.Resilience:
    /// <code>
    /// services.AddAzureContentSafetyClassifier(o => { o.Endpoint = endpoint; o.ApiKey = key; })
    ///     .AddStandardResilienceHandler(r => { r.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3); r.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8); });
    /// </code>
    /// so that retries of the classifier stay inside the time a chat call is allowed.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the endpoint, key and options; they are validated here.</param>
    /// <returns>The HTTP client builder, to add handlers to.</returns>
    /// <exception cref="ArgumentException">An option is missing or invalid.</exception>
    public static IHttpClientBuilder AddAzureContentSafetyClassifier(this IServiceCollection services, Action<AzureContentSafetyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AzureContentSafetyOptions();
        configure(options);
        options.Validate();
        IHttpClientBuilder http = services.AddHttpClient(HttpClientName, client => client.Timeout = options.Timeout);
        services.AddSingleton<IContentSafetyClassifier>(provider =>
        {
            IHttpClientFactory factory = provider.GetRequiredService<IHttpClientFactory>();
            return new AzureContentSafetyClassifier(() => factory.CreateClient(HttpClientName), options);
        });
        return http;
    }
}
