using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Middleware that works only outside (before) the governance block, because inside it the caller and the
/// <c>governance.*</c> request keys have been removed at the provider boundary; composing it inside is refused.
/// </summary>
/// <remarks>
/// Our own extensions refuse when they are called after the block (<see cref="Refusal"/>); M.E.AI's cannot be
/// intercepted, so the block looks for every rule's client in the client it wraps when the pipeline is built
/// (<see cref="ThrowIfInside"/>), which finds any link that forwards <see cref="IChatClient.GetService"/>, as all
/// <see cref="DelegatingChatClient"/>s do.
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

    private static readonly OutsideBlockMiddleware[] All = [Idempotency, ResponseCache];

    private readonly Type _clientType;
    private readonly string _middleware;
    private readonly string _why;
    private readonly string _instead;

    private OutsideBlockMiddleware(Type clientType, string middleware, string why, string instead)
    {
        _clientType = clientType;
        _middleware = middleware;
        _why = why;
        _instead = instead;
    }

    /// <summary>Throws <see cref="Refusal"/> for the first rule whose client is in <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client the governance block is about to wrap (everything between it and the provider).</param>
    public static void ThrowIfInside(IChatClient innerClient)
    {
        foreach (OutsideBlockMiddleware rule in All)
        {
            if (innerClient.GetService(rule._clientType) is not null)
            {
                throw rule.Refusal();
            }
        }
    }

    /// <summary>The error for this middleware composed inside the block: what is wrong and what to do instead.</summary>
    /// <returns>The exception to throw.</returns>
    public InvalidOperationException Refusal() => new(
        $"{_middleware} is composed inside the governance block (after UseAiGovernance(...), or in the client the block wraps), "
        + $"{_why}. {_instead}");
}
