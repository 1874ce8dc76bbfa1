using System.Globalization;
using Governance.AI.Caching;
using Microsoft.Extensions.Options;

namespace Governance.AI.Embeddings.MiniLM;

/// <summary>Refuses a semantic cache threshold at which MiniLM's similarities would let too much reach the hit guard.</summary>
internal sealed class MiniLMThresholdValidation : IValidateOptions<SemanticCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, SemanticCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.EnableSemanticTier || options.SimilarityThreshold >= MiniLMEmbeddingGenerator.MinimumSimilarityThreshold)
        {
            return ValidateOptionsResult.Success;
        }

        string path = string.IsNullOrEmpty(name) ? "AiGovernance:Cache" : "AiGovernance:Pipelines:" + name + ":Cache";
        return ValidateOptionsResult.Fail(string.Format(
            CultureInfo.InvariantCulture,
            "{4}:SimilarityThreshold {0} is below {1}, the lowest the semantic cache accepts with {2} (AddMiniLMEmbeddingGenerator): below it must-miss prompts reach the hit guard too often. Use {3} (MiniLMEmbeddingGenerator.RecommendedSimilarityThreshold) or leave it unset.",
            options.SimilarityThreshold,
            MiniLMEmbeddingGenerator.MinimumSimilarityThreshold,
            MiniLMEmbeddingGenerator.ModelId,
            MiniLMEmbeddingGenerator.RecommendedSimilarityThreshold,
            path));
    }
}
