using Governance.AI.Onnx;
using Governance.AI.Safety;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="OnnxPromptClassifier"/> with the safety policy.</summary>
public static class OnnxPromptClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Registers a local ONNX prompt-injection classifier as an <see cref="IContentSafetyClassifier"/> (the safety policy
    /// runs every registered one). The options are validated now; the model is loaded when the classifier is first resolved.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the model, its tokenizer and the thresholds.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentException">An option is missing or invalid.</exception>
    public static IServiceCollection AddOnnxPromptClassifier(this IServiceCollection services, Action<OnnxPromptClassifierOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new OnnxPromptClassifierOptions();
        configure(options);
        options.Validate();
        services.AddSingleton<IContentSafetyClassifier>(_ => new OnnxPromptClassifier(options));
        return services;
    }
}
