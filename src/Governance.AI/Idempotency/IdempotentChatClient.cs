using System.Runtime.CompilerServices;
using Governance.AI.Redaction;
using Microsoft.Extensions.AI;

namespace Governance.AI.Idempotency;

/// <summary>
/// Makes requests that carry an idempotency key (<see cref="IdempotencyChatOptionsExtensions.WithIdempotencyKey"/>)
/// idempotent: a repeat of the key by the same tenant and user, with the same messages, within <see cref="Window"/>
/// waits for the first request if it is still in flight and returns its answer, without calling the inner client
/// again, so the policies inside (budgets, the provider) see the request once. Other messages under the same key are
/// another request (a later round trip of a tool-calling turn, or a key reused for another question) and run on their
/// own. A failed first request leaves nothing behind, so its retry runs normally. Requests without a key pass through
/// untouched. Every caller, the first included, gets its own copy of the answer's messages and text parts.
/// </summary>
/// <remarks>
/// Place it outside the governance block (before <c>UseAiGovernance</c>) so a replay is never charged. When the
/// pipeline inside redacts, the store keeps the answer with placeholders (the caller's values redacted again, as the
/// cache keeps answers), never the values redaction restored for the caller, and each replay gets them back from its
/// own request. A streamed request with a key is answered once the answer is complete (then replayed as updates),
/// since a waiting repeat needs the whole answer.
/// </remarks>
public sealed class IdempotentChatClient : DelegatingChatClient
{
    private readonly IIdempotencyStore _store;
    private readonly CallerContextResolver _callers;

    // The redaction step inside that restores the caller's values in answers; null when none does.
    private readonly RedactingChatClient? _redaction;

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
        _redaction = innerClient.GetService(typeof(RedactingChatClient)) as RedactingChatClient;
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
        if (options.GetIdempotencyKey() is null)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        Run? run = _redaction is { } redaction ? new Run(redaction, request, options) : null;
        IdempotentResult<ChatResponse> result = await _store.GetOrRunAsync(
            ScopedKey(request, options),
            Window,
            token => run is null ? base.GetResponseAsync(request, options, token) : run.Keep(base.GetResponseAsync(request, options, token)),
            cancellationToken).ConfigureAwait(false);
        return run?.Answer(result) ?? CopyOf(result.Value, result.Replayed);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (options.GetIdempotencyKey() is null)
        {
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        Run? run = _redaction is { } redaction ? new Run(redaction, request, options) : null;
        IdempotentResult<ChatResponse> result = await _store.GetOrRunAsync(
            ScopedKey(request, options),
            Window,
            token =>
            {
                Task<ChatResponse> answering = base.GetStreamingResponseAsync(request, options, token).ToChatResponseAsync(token);
                return run is null ? answering : run.Keep(answering);
            },
            cancellationToken).ConfigureAwait(false);
        ChatResponse answer = run?.Answer(result) ?? CopyOf(result.Value, result.Replayed);
        ChatResponseUpdate[] updates = answer.ToChatResponseUpdates();
        for (int i = 0; i < updates.Length; i++)
        {
            // ToChatResponseUpdates marks every message's update with the finish reason and puts the usage and the
            // policies' properties on an update after them; a stream ends with one update carrying all three.
            updates[i].FinishReason = i == updates.Length - 1 ? answer.FinishReason : null;
            yield return updates[i];
        }
    }

    // Keys are scoped by tenant and user: an answer carries its caller's restored personal data, so another tenant,
    // or another user of the same tenant, reusing a key must never be replayed it. They are scoped by the messages too:
    // options with a key travel with every round trip of a tool-calling turn (UseFunctionInvocation outside), and the
    // round trip carrying a tool's result must not be answered with the tool call that asked for it.
    private string ScopedKey(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        CallerContext caller = _callers.Resolve(options);
        string request = AIJsonUtilities.HashDataToString([messages], AIJsonUtilities.DefaultOptions);
        return string.Join('\u001f', "chat", caller.TenantId, caller.UserId, options.GetIdempotencyKey(), request);
    }

    // Every caller gets its own messages, text parts and function calls (the stored answer is shared by the first
    // caller and every replay), so one caller's changes never reach another's: UseFunctionInvocation marks the calls
    // it ran as InformationalOnly, which must not stop a retried turn from running them. Other parts are shared.
    private static ChatResponse CopyOf(ChatResponse answer, bool replayed)
    {
        IList<ChatMessage> source = answer.Messages;
        var messages = new List<ChatMessage>(source.Count);
        for (int i = 0; i < source.Count; i++)
        {
            ChatMessage message = source[i].Clone();
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (AIContent content in message.Contents)
            {
                contents.Add(CopyOf(content));
            }

            message.Contents = contents;
            message.AdditionalProperties = message.AdditionalProperties?.Clone();
            messages.Add(message);
        }

        ChatResponse copy = ChatResponseCopy.WithMessages(answer, messages);
        if (replayed)
        {
            copy.AdditionalProperties![IdempotencyChatOptionsExtensions.ReplayedProperty] = true;
        }

        return copy;
    }

    /// <summary>
    /// One keyed request through a redacting pipeline: the store keeps its answer redacted again; the caller whose
    /// request ran gets the answer as it came, and every other caller the kept answer with the values of its own
    /// request restored.
    /// </summary>
    private sealed class Run(RedactingChatClient redaction, IReadOnlyList<ChatMessage> request, ChatOptions? options)
    {
        private ChatResponse? _fresh;

        public async Task<ChatResponse> Keep(Task<ChatResponse> answering)
        {
            ChatResponse answer = await answering.ConfigureAwait(false);
            _fresh = answer;
            return redaction.RedactForReplay(request, options, answer);
        }

        // Only the call that ran the request holds the answer as it came; a replay restores the kept one.
        public ChatResponse Answer(IdempotentResult<ChatResponse> result) =>
            _fresh is { } fresh && !result.Replayed
                ? CopyOf(fresh, replayed: false)
                : CopyOf(redaction.RestoreForReplay(request, options, result.Value), result.Replayed);
    }

    private static AIContent CopyOf(AIContent content) => content switch
    {
        TextContent text => new TextContent(text.Text)
        {
            Annotations = text.Annotations,
            AdditionalProperties = text.AdditionalProperties?.Clone(),
            RawRepresentation = text.RawRepresentation,
        },
        FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, call.Arguments is { } arguments ? new Dictionary<string, object?>(arguments) : null)
        {
            Exception = call.Exception,
            InformationalOnly = call.InformationalOnly,
            Annotations = call.Annotations,
            AdditionalProperties = call.AdditionalProperties?.Clone(),
            RawRepresentation = call.RawRepresentation,
        },
        _ => content,
    };
}
