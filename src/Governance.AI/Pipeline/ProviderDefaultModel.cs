using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// The model a provider answers with when a request names none, read once from its metadata (which does not change):
/// budgets count and price such requests under it, and the cache keeps providers of different models apart by it.
/// A mutable struct held in a field of its policy, so the value lives in the policy itself.
/// </summary>
internal struct ProviderDefaultModel
{
    private string? _modelId;
    private bool _resolved;

    /// <summary>Gets the chat client's default model (<see cref="ChatClientMetadata.DefaultModelId"/>).</summary>
    public string? Get(IChatClient inner) =>
        Volatile.Read(ref _resolved) ? _modelId : Resolve((inner.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata)?.DefaultModelId);

    /// <summary>Gets the embedding generator's default model (<see cref="EmbeddingGeneratorMetadata.DefaultModelId"/>).</summary>
    public string? Get(IEmbeddingGenerator inner) =>
        Volatile.Read(ref _resolved) ? _modelId : Resolve((inner.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata)?.DefaultModelId);

    private string? Resolve(string? modelId)
    {
        // Two first calls may both look it up; they find the same value.
        _modelId = modelId;
        Volatile.Write(ref _resolved, true);
        return modelId;
    }
}
