using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings;

/// <summary>
/// The innermost link of a governed embedding pipeline: removes Governance.AI's own request keys (the caller,
/// per-call switches) so that tenant and user ids never reach the provider. It clones only when there is something to remove.
/// </summary>
internal sealed class ProviderBoundaryEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(innerGenerator)
{
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GenerateAsync(values, StripGovernanceKeys(options), cancellationToken);

    private static EmbeddingGenerationOptions? StripGovernanceKeys(EmbeddingGenerationOptions? options)
    {
        if (options?.AdditionalProperties is not { Count: > 0 } properties)
        {
            return options;
        }

        AdditionalPropertiesDictionary? kept = null;
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                kept ??= [];
            }
        }

        if (kept is null)
        {
            return options;
        }

        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (!GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                kept[pair.Key] = pair.Value;
            }
        }

        EmbeddingGenerationOptions clone = options.Clone();
        clone.AdditionalProperties = kept.Count == 0 ? null : kept;
        return clone;
    }
}
