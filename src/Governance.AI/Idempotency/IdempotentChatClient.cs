using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Idempotency;

/// <summary>
/// Makes requests that carry an idempotency key (<see cref="IdempotencyChatOptionsExtensions.WithIdempotencyKey"/>)
/// idempotent: a repeat of the key by the same tenant within <see cref="Window"/> waits for the first request if it is
/// still in flight and returns its answer, without calling the inner client again, so the policies inside (budgets,
/// the provider) see the request once. A failed first request leaves nothing behind, so its retry runs normally.
/// Requests without a key pass through untouched.
/// </summary>
/// <remarks>
/// Place it outside the governance block (before <c>UseAiGovernance</c>) so a replay is never charged. A streamed
/// request with a key is answered once the answer is complete (then replayed as updates), since a waiting repeat
/// needs the whole answer.
/// </remarks>
public sealed class IdempotentChatClient : DelegatingChatClient
{
    private readonly IIdempotencyStore _store;
    private readonly CallerContextResolver _callers;

    /// <summary>Initializes a new instance of the <see cref="IdempotentChatClient"/> class.</summary>
    /// <param name="innerClient">The client towards the provider.</param>
    /// <param name="store">Keeps answers for replay; a new in-memory store when <see langword="null"/>.</param>
    /// <param name="callerResolver">Finds the tenant and user that scope keys; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock of the in-memory store created when <paramref name="store"/> is <see langword="null"/>.</param>
    public IdempotentChatClient(
        IChatClient innerClient, IIdempotencyStore? store = null, CallerContextResolver? callerResolver = null, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        _store = store ?? new InMemoryIdempotencyStore(timeProvider);
        _callers = callerResolver ?? CallerContextResolver.Default;
    }

    /// <summary>Gets or sets how long an answer is replayed for its key; ten minutes by default.</summary>
    public TimeSpan Window
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (ScopedKey(options) is not { } key)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        IdempotentResult<ChatResponse> result = await _store.GetOrRunAsync(
            key, Window, token => base.GetResponseAsync(messages, options, token), cancellationToken).ConfigureAwait(false);
        return result.Replayed ? Replay(result.Value) : result.Value;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (ScopedKey(options) is not { } key)
        {
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        IdempotentResult<ChatResponse> result = await _store.GetOrRunAsync(
            key, Window, token => base.GetStreamingResponseAsync(messages, options, token).ToChatResponseAsync(token), cancellationToken).ConfigureAwait(false);
        foreach (ChatResponseUpdate update in (result.Replayed ? Replay(result.Value) : result.Value).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    // Keys are scoped by tenant and user: an answer carries its caller's restored personal data, so another tenant,
    // or another user of the same tenant, reusing a key must never be replayed it.
    private string? ScopedKey(ChatOptions? options)
    {
        if (options.GetIdempotencyKey() is not { } key)
        {
            return null;
        }

        CallerContext caller = _callers.Resolve(options);
        return string.Join('\u001f', "chat", caller.TenantId, caller.UserId, key);
    }

    // Each replay gets its own response object, so one caller's changes never reach another's.
    private static ChatResponse Replay(ChatResponse first)
    {
        var replay = ChatResponseCopy.WithMessages(first, [.. first.Messages]);
        (replay.AdditionalProperties ??= [])[IdempotencyChatOptionsExtensions.ReplayedProperty] = true;
        return replay;
    }
}
