using Governance.AI;
using Governance.AI.Safety;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="InjectionHeadClassifier"/> with the safety policy.</summary>
public static class InjectionHeadServiceCollectionExtensions
{
    /// <summary>
    /// Registers the injection head as an <see cref="IContentSafetyClassifier"/> (every pipeline's safety policy runs
    /// every registered classifier on prompts and untrusted content). It embeds through the registered
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>, which must serve all-MiniLM-L6-v2 (for example
    /// <c>services.AddMiniLMEmbeddingGenerator().AddInjectionHead()</c>). The options are validated now; the models are
    /// checked when the host starts (and at the latest when the classifier is first resolved), with a message that says
    /// what to change.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the thresholds and options.</param>
    /// <returns>The services.</returns>
    /// <exception cref="OptionsValidationException">An option is invalid.</exception>
    /// <exception cref="InvalidOperationException">The head is registered already.</exception>
    public static IServiceCollection AddInjectionHead(this IServiceCollection services, Action<InjectionHeadOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(InjectionHeadClassifier)))
        {
            throw new InvalidOperationException("The injection head is registered already: call AddInjectionHead once.");
        }

        var options = new InjectionHeadOptions();
        configure?.Invoke(options);
        OptionsValidationErrors.ThrowIfInvalid(options, InjectionHeadClassifier.ConfigurationPath);
        services.AddSingleton(provider => new InjectionHeadClassifier(
            provider.GetService<IEmbeddingGenerator<string, Embedding<float>>>() ?? throw new InvalidOperationException(
                "The injection head embeds through an IEmbeddingGenerator<string, Embedding<float>>, and none is registered: register an all-MiniLM-L6-v2 generator, for example services.AddMiniLMEmbeddingGenerator() from Governance.AI.Embeddings.MiniLM."),
            options));
        services.AddSingleton<IContentSafetyClassifier>(provider => provider.GetRequiredService<InjectionHeadClassifier>());

        // The model checks run when the host starts (ValidateOnStart), not at the first request. The classifier keeps the
        // options configured above; IOptions<InjectionHeadOptions> only carries this check.
        services.AddOptions<InjectionHeadOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<InjectionHeadOptions>>(provider => new ModelCheck(provider));
        return services;
    }

    /// <summary>Builds the classifier once at start-up, turning a model mismatch into a validation failure.</summary>
    private sealed class ModelCheck(IServiceProvider provider) : IValidateOptions<InjectionHeadOptions>
    {
        public ValidateOptionsResult Validate(string? name, InjectionHeadOptions options)
        {
            try
            {
                provider.GetRequiredService<InjectionHeadClassifier>();
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}
