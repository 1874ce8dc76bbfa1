using Governance.AI.Safety.Lexical;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <summary>
/// The injection head as a content-safety classifier: it embeds a prompt or an untrusted text with the registered
/// embedding generator, scores the lexical model's highest window logit of the same text, and reports
/// <see cref="ContentSafetyCategories.PromptAttack"/> at severity 7 when the head's probability reaches the threshold for
/// the text's origin. Model output is not scored. It runs where classifiers run (the provider-side step, after redaction),
/// so the safety options' <see cref="SafetyOptions.ClassifierFailureMode"/> decides what a failed embedding does, and a
/// detection is reported under <c>classifier.{Name}.prompt_attack</c> with the injection actions. Register it with
/// <c>services.AddInjectionHead()</c>.
/// </summary>
/// <remarks>Thread-safe; one instance serves concurrent calls.</remarks>
public sealed class InjectionHeadClassifier : IContentSafetyClassifier
{
    /// <summary>The severity reported for a text at or above the threshold: the top of the 0–7 scale, so that it counts at every severity threshold.</summary>
    public const int AttackSeverity = 7;

    private static readonly ContentSafetyClassification Attack = new([new ContentSafetyCategoryResult(ContentSafetyCategories.PromptAttack, AttackSeverity)]);

    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly InjectionHeadOptions _options;
    private readonly StackedInjectionHead _head;
    private readonly LexicalInjectionModel _lexical = LexicalInjectionModel.Default;

    /// <summary>Initializes a new instance of the <see cref="InjectionHeadClassifier"/> class and checks the models.</summary>
    /// <param name="generator">The embedding generator; its metadata must name the model the head was trained on.</param>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is invalid.</exception>
    /// <exception cref="InvalidOperationException">
    /// The generator serves another model, or the head was stacked on another lexical model than the package's, and
    /// <see cref="InjectionHeadOptions.AllowModelMismatch"/> is not set.
    /// </exception>
    public InjectionHeadClassifier(IEmbeddingGenerator<string, Embedding<float>> generator, InjectionHeadOptions options)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _options = OptionsValidationErrors.ThrowIfInvalid(options, ConfigurationPath);
        _generator = generator;
        _head = options.ResolveHead();
        if (!options.AllowModelMismatch)
        {
            CheckModels(generator.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata, _head, _lexical);
        }
    }

    /// <inheritdoc />
    public string Name => _options.Name;

    /// <summary>Gets the path under which the options' errors are reported.</summary>
    internal static string ConfigurationPath => "InjectionHead";

    /// <inheritdoc />
    public async Task<ContentSafetyClassification> ClassifyAsync(ContentSafetyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Origin == SafetyContentOrigin.ModelOutput)
        {
            return ContentSafetyClassification.Safe;
        }

        var threshold = request.Origin == SafetyContentOrigin.UntrustedContent ? _options.UntrustedThreshold : _options.PromptThreshold;
        return await AttackProbabilityAsync(request.Text, cancellationToken).ConfigureAwait(false) >= threshold
            ? Attack
            : ContentSafetyClassification.Safe;
    }

    /// <summary>
    /// Gets the head's attack probability for a text: the embedding of its last <see cref="InjectionHeadOptions.MaxTextLength"/>
    /// characters (trimmed) and the lexical model's highest window logit of the same characters.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    /// <returns>The probability, 0 to 1 (0 for an empty text).</returns>
    /// <exception cref="ContentSafetyClassifierException">The generator failed or returned a vector of another size.</exception>
    public async Task<double> AttackProbabilityAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return 0;
        }

        // The head was trained on trimmed whole texts; both of its inputs read the same characters. A long text keeps its
        // end: the latest user turn of a conversation, and padding put before an instruction does not push it out.
        var scored = trimmed.Length == text.Length && text.Length <= _options.MaxTextLength ? text : trimmed[^Math.Min(trimmed.Length, _options.MaxTextLength)..].ToString();
        GeneratedEmbeddings<Embedding<float>> embeddings;
        try
        {
            embeddings = await _generator.GenerateAsync([scored], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message names the failure, never the text.
            throw new ContentSafetyClassifierException($"The embedding generator failed ({ex.GetType().Name}).", ex);
        }

        if (embeddings.Count != 1)
        {
            throw new ContentSafetyClassifierException($"The embedding generator returned {embeddings.Count} embeddings for one text.");
        }

        var vector = embeddings[0].Vector.Span;
        if (vector.Length != _head.Dimensions)
        {
            throw new ContentSafetyClassifierException($"The embedding generator returned vectors of {vector.Length} dimensions; the injection head was trained on {_head.Dimensions} ({_head.EmbeddingModelId}).");
        }

        return StackedInjectionHead.Probability(_head.Logit(vector, _lexical.MaxWindowLogit(scored)));
    }

    private static void CheckModels(EmbeddingGeneratorMetadata? metadata, StackedInjectionHead head, LexicalInjectionModel lexical)
    {
        const string Remedy = "Register an all-MiniLM-L6-v2 generator (services.AddMiniLMEmbeddingGenerator() from Governance.AI.Embeddings.MiniLM), or set InjectionHeadOptions.AllowModelMismatch if the generator serves the same model under another name.";
        var modelId = metadata?.DefaultModelId;

        // Compared by the name's last path segment, so that "sentence-transformers/all-MiniLM-L6-v2" matches.
        if (string.IsNullOrEmpty(modelId) || !modelId.AsSpan(modelId.LastIndexOf('/') + 1).Equals(head.EmbeddingModelId, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The injection head was trained on {head.EmbeddingModelId} embeddings, but the registered embedding generator's metadata names {(string.IsNullOrEmpty(modelId) ? "no model" : $"the model '{modelId}'")}. {Remedy}");
        }

        if (metadata!.DefaultModelDimensions is { } dimensions && dimensions != head.Dimensions)
        {
            throw new InvalidOperationException($"The injection head reads {head.Dimensions}-dimensional embeddings, but the registered embedding generator's metadata says {dimensions}. {Remedy}");
        }

        if (!string.Equals(head.LexicalModel, lexical.Fingerprint, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The injection head was stacked on the lexical model {head.LexicalModel}, but this package's lexical model is {lexical.Fingerprint}: retrain the head with tools/InjectionHeadTrainer on the lexical trainer's dump, or set InjectionHeadOptions.AllowModelMismatch.");
        }
    }
}
