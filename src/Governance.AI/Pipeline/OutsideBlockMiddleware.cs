using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Middleware that works only outside (before) a governance block, chat or embeddings, because inside it the caller
/// and the <c>governance.*</c> request keys have been removed at the provider boundary; composing it inside is refused.
/// </summary>
/// <remarks>
/// Our own extensions refuse when they are called after the block (<see cref="Refusal"/>); M.E.AI's cannot be
/// intercepted, so the block looks for every rule's type in what it wraps when the pipeline is built
/// (<c>ThrowIfInside</c>), which finds any link that forwards <c>GetService</c>, as all
/// <see cref="DelegatingChatClient"/>s and <see cref="DelegatingEmbeddingGenerator{TInput, TEmbedding}"/>s do.
/// </remarks>
internal sealed class OutsideBlockMiddleware
{
    /// <summary><c>UseIdempotency()</c>: inside, the key never arrives, so every keyed retry would run and be charged again.</summary>
    public static readonly OutsideBlockMiddleware Idempotency = new(
        typeof(IdempotentChatClient),
        "UseIdempotency()",
        "where the idempotency key and the caller have been removed at the provider boundary",
        "Call UseIdempotency() before UseAiGovernance(...).");

    /// <summary>
    /// M.E.AI's <c>UseDistributedCache()</c> (any <see cref="CachingChatClient"/>): its key is the messages and options
    /// only, and inside the block those carry no caller, so one tenant would be served another's answer, charged as a call.
    /// </summary>
    public static readonly OutsideBlockMiddleware ResponseCache = new(
        typeof(CachingChatClient),
        "UseDistributedCache() (a CachingChatClient)",
        "where the caller has been removed at the provider boundary, so its entries would be shared across tenants "
            + "(tenant B served tenant A's answer) and its hits charged as calls",
        "Call UseDistributedCache() before UseAiGovernance(...), or use UseSemanticCache()/AddSemanticCache() in the block, "
            + "whose exact tier is partitioned by tenant.");

    /// <summary>
    /// M.E.AI's <c>UseDistributedCache()</c> on an embedding generator builder (any <see cref="CachingEmbeddingGenerator{TInput, TEmbedding}"/>):
    /// inside the block its key, the values and options, carries no caller, so tenant B would get tenant A's entry and
    /// be charged the counted tokens and cost of a provider call that was never made.
    /// </summary>
    public static readonly OutsideBlockMiddleware EmbeddingCache = new(
        typeof(CachingEmbeddingGenerator<string, Embedding<float>>),
        "UseDistributedCache() (a CachingEmbeddingGenerator)",
        "where the caller has been removed at the provider boundary, so its entries would be shared across tenants "
            + "and its hits charged as provider calls",
        "Call UseDistributedCache() before UseAiGovernance(...), or use AddCache() in the block, whose entries are partitioned by tenant.");

    private static readonly OutsideBlockMiddleware[] ChatRules = [Idempotency, ResponseCache];
    private static readonly OutsideBlockMiddleware[] EmbeddingRules = [EmbeddingCache];

    private readonly Type _linkType;
    private readonly string _middleware;
    private readonly string _why;
    private readonly string _instead;

    private OutsideBlockMiddleware(Type linkType, string middleware, string why, string instead)
    {
        _linkType = linkType;
        _middleware = middleware;
        _why = why;
        _instead = instead;
    }

    /// <summary>Throws <see cref="Refusal"/> for the first chat rule whose client is in <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client the governance block is about to wrap (everything between it and the provider).</param>
    public static void ThrowIfInside(IChatClient innerClient)
    {
        if (FindIn(innerClient) is { } rule)
        {
            throw rule.Refusal();
        }
    }

    /// <summary>Throws <see cref="Refusal"/> for the first embedding rule whose generator is in <paramref name="innerGenerator"/>.</summary>
    /// <param name="innerGenerator">The generator the embedding governance block is about to wrap.</param>
    public static void ThrowIfInside(IEmbeddingGenerator<string, Embedding<float>> innerGenerator)
    {
        if (Find(EmbeddingRules, innerGenerator.GetService) is { } rule)
        {
            throw rule.Refusal();
        }
    }

    /// <summary>Finds the first chat rule whose client is in <paramref name="client"/>, a client inside the block (such as a router backend's).</summary>
    /// <param name="client">The client.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public static OutsideBlockMiddleware? FindIn(IChatClient client) => Find(ChatRules, client.GetService);

    private static OutsideBlockMiddleware? Find(OutsideBlockMiddleware[] rules, Func<Type, object?, object?> getService)
    {
        foreach (OutsideBlockMiddleware rule in rules)
        {
            if (getService(rule._linkType, null) is not null)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The validation message for a router backend's client that holds this middleware (backends are inside the block).</summary>
    public string InBackendClient =>
        $"holds {_middleware}, which works only outside the governance block, and a backend's client is inside it, {_why}. {_instead}";

    /// <summary>The error for this middleware composed inside the block: what is wrong and what to do instead.</summary>
    /// <returns>The exception to throw.</returns>
    public InvalidOperationException Refusal() => new(
        $"{_middleware} is composed inside the governance block (after UseAiGovernance(...), or in the client or generator the block wraps), "
        + $"{_why}. {_instead}");
}
