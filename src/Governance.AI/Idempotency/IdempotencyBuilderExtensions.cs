using Governance.AI;
using Governance.AI.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.AI;

/// <summary>Adds idempotent requests to a <see cref="ChatClientBuilder"/>.</summary>
public static class IdempotencyBuilderExtensions
{
    /// <summary>
    /// Adds an <see cref="IdempotentChatClient"/>; call it before <c>UseAiGovernance</c> so a replayed request is
    /// charged once (after it, it is refused: the block removes the key). With redaction in the block, the store keeps
    /// answers with placeholders and replays restore the caller's values. The <see cref="IIdempotencyStore"/> (an in-memory store otherwise), <see cref="TimeProvider"/>
    /// and <see cref="CallerContextResolver"/> (else one over the registered <see cref="ICallerContextAccessor"/>) come from the services the builder is built with.
    /// </summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="window">How long an answer is replayed; ten minutes when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">The builder already has a governance block, so this would sit inside it.</exception>
    public static ChatClientBuilder UseIdempotency(this ChatClientBuilder builder, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Inside the block the idempotency key and the caller never arrive (its provider boundary removes them), so
        // every keyed request would silently run again: refused here rather than found in production.
        if (GovernanceChatClientBuilderExtensions.HasBlock(builder))
        {
            throw OutsideBlockMiddleware.Idempotency.Refusal();
        }

        if (window is { } w)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(w, TimeSpan.Zero, nameof(window));
        }

        return builder.Use((inner, services) =>
        {
            var client = new IdempotentChatClient(
                inner,
                services.GetService<IIdempotencyStore>(),
                CallerContextResolver.From(services),
                services.GetService<TimeProvider>());
            if (window is { } replayWindow)
            {
                client.Window = replayWindow;
            }

            return client;
        });
    }
}
