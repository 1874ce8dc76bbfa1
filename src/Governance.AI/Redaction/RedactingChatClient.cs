using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redaction;

/// <summary>
/// Redacts personal data and secrets in the prompt before it reaches the rest of the pipeline (cache, budget,
/// router, provider), and restores placeholders of personal data in the response, streaming included. Runs at
/// <see cref="GovernanceStage.Redaction"/>; the pipeline builders add a second instance at
/// <see cref="GovernanceStage.ProviderRedaction"/>, inside the cache, which redacts new values in the provider's answer
/// before it is stored, and leave only the restoration to this one.
/// </summary>
/// <remarks>
/// <para>The caller's messages are never changed: redacted messages are clones. A vault per request maps placeholders
/// to values; secrets get placeholders that are never restored. New sensitive values the model produces are
/// redacted in the response when <see cref="RedactionOptions.RedactResponse"/> is on (a streamed response is then
/// released as it comes, holding back only the end that could still become a value, so a value split across chunks
/// is seen whole; what is held goes out inside the update that carries the finish reason).</para>
/// <para>The response's <see cref="ChatResponse.AdditionalProperties"/> (for a stream, a final update's) carry the
/// number of redacted values by type under <see cref="EntityCountsKey"/>, never the values.</para>
/// </remarks>
public sealed partial class RedactingChatClient : DelegatingChatClient
{
    /// <summary>The response property with the redacted-value counts by entity type (an <see cref="IReadOnlyDictionary{TKey, TValue}"/>
    /// of string to int); the same key as <see cref="GovernanceProperties.Redactions"/>.</summary>
    public const string EntityCountsKey = GovernanceProperties.Redactions;

    private readonly IPolicyOptionsSource<RedactionOptions> _options;
    private readonly RedactionStep _step;

    // The cache stage returns only responses made or already annotated for the request at hand (a hit materialized
    // for it, a miss or bypass marked in place), so this step may add its counts to them instead of copying.
    private readonly bool _innerAnnotatesItsResponses;
    private RedactionEngine? _engine;
    private System.Diagnostics.Metrics.IMeterFactory? _meterFactory;
    private RedactionTelemetry _telemetry = RedactionTelemetry.Shared;

    /// <summary>Initializes a new instance of the <see cref="RedactingChatClient"/> class with fixed options.</summary>
    /// <param name="innerClient">The next client in the pipeline.</param>
    /// <param name="options">The options; validated here.</param>
    public RedactingChatClient(IChatClient innerClient, RedactionOptions options)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + RedactionOptions.SectionName))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RedactingChatClient"/> class with options that may reload.</summary>
    /// <param name="innerClient">The next client in the pipeline.</param>
    /// <param name="optionsSource">The options source, read per request.</param>
    public RedactingChatClient(IChatClient innerClient, IPolicyOptionsSource<RedactionOptions> optionsSource)
        : this(innerClient, optionsSource, RedactionStep.Whole)
    {
    }

    /// <summary>Initializes one step of the policy as the pipeline builders split it around the cache.</summary>
    internal RedactingChatClient(IChatClient innerClient, IPolicyOptionsSource<RedactionOptions> optionsSource, RedactionStep step)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(optionsSource);
        _options = optionsSource;
        _step = step;
        _innerAnnotatesItsResponses = innerClient is Caching.SemanticCachingChatClient;
    }

    /// <summary>
    /// Gets or sets the meter factory the policy's instruments (<c>governance.redaction.entities</c>, <c>governance.redaction.blocked</c>)
    /// are created with: the pipeline builders set the one from the application's services, so its metrics belong to
    /// that service provider. <see langword="null"/> (the default) records on the process-wide
    /// <see cref="Telemetry.GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public System.Diagnostics.Metrics.IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _telemetry = RedactionTelemetry.For(value);
            _meterFactory = value;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// When the inner call completes synchronously (an in-memory cache hit) the response is restored on the spot,
    /// without an async state machine; every failure still comes back through the returned task.
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            if (PassesThrough)
            {
                return base.GetResponseAsync(messages, options, cancellationToken);
            }

            RedactionEngine engine = GetEngine();
            var vault = new RedactionVault();
            (IEnumerable<ChatMessage> redacted, options) = PrepareRequest(messages, options, engine, vault);
            Task<ChatResponse> inner = base.GetResponseAsync(redacted, options, cancellationToken);
            if (!inner.IsCompletedSuccessfully)
            {
                return RestoreAsync(inner, engine, vault);
            }

            // A response annotated or left in place is the inner task's own result: no task of our own.
            ChatResponse restored = Restore(inner.Result, engine, vault);
            return ReferenceEquals(restored, inner.Result) ? inner : Task.FromResult(restored);
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
        }
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return PassesThrough
            ? base.GetStreamingResponseAsync(messages, options, cancellationToken)
            : StreamingUpdates.CoalesceTail(RedactStreamAsync(messages, options, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a value indicating whether this step has nothing to do: the provider-side step with
    /// <see cref="RedactionOptions.RedactResponse"/> off.</summary>
    private bool PassesThrough => _step == RedactionStep.ProviderSide && !_options.Current.RedactResponse;

    private async Task<ChatResponse> RestoreAsync(Task<ChatResponse> inner, RedactionEngine engine, RedactionVault vault) =>
        Restore(await inner.ConfigureAwait(false), engine, vault);

    /// <summary>
    /// Restores the response's placeholders (and redacts new values) and adds the entity counts: on a new response,
    /// or on the response itself when the cache stage made it for this request (a hit) or already annotated it in
    /// place and no message changed (a miss: the provider's messages are never replaced in its response).
    /// </summary>
    private ChatResponse Restore(ChatResponse response, RedactionEngine engine, RedactionVault vault)
    {
        // Other responses may be shared (a client's own cache): build a new one rather than change them. Their message
        // list is copied only when a message changed (a placeholder restored, a new value redacted).
        // Only a step outside the cache can be served from it (the provider-side step's transform does not ask).
        bool servedFromCache = _step != RedactionStep.ProviderSide && Caching.SemanticCacheProperties.IsHit(response.AdditionalProperties);
        List<ChatMessage>? restored = TransformMessages(response.Messages, CreateResponseTransform(engine, vault, servedFromCache));
        IReadOnlyDictionary<string, int> counts = vault.EntityCounts;
        _telemetry.Redacted(counts);
        if (_step == RedactionStep.ProviderSide)
        {
            // The caller-side step reports the request's counts; this step's go to telemetry only, so that what the
            // cache stores carries no per-request figures.
            return restored is null ? response : ChatResponseCopy.WithMessages(response, restored);
        }

        if (_innerAnnotatesItsResponses && (restored is null || servedFromCache))
        {
            if (restored is not null)
            {
                response.Messages = restored;
            }

            (response.AdditionalProperties ??= [])[EntityCountsKey] = counts;
            return response;
        }

        var result = ChatResponseCopy.WithMessages(response, (IList<ChatMessage>?)restored ?? response.Messages);
        result.AdditionalProperties![EntityCountsKey] = counts;
        return result;
    }

    private async IAsyncEnumerable<ChatResponseUpdate> RedactStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RedactionEngine engine = GetEngine();
        var vault = new RedactionVault();
        (IEnumerable<ChatMessage> redacted, options) = PrepareRequest(messages, options, engine, vault);

        // Answer text and reasoning text are separate streams; whole values (tool-call arguments) are not streamed.
        // The transforms are chosen on the first update, which tells whether the cache served the answer.
        StreamState? text = null;
        StreamState? reasoning = null;
        StreamTransform? transforms = null;
        ChatResponseUpdate? last = null;
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(redacted, options, cancellationToken).ConfigureAwait(false))
        {
            if (transforms is null)
            {
                ResponseTransform values = CreateResponseTransform(engine, vault, Caching.SemanticCacheProperties.IsHit(update.AdditionalProperties));
                text = new StreamState(values);
                reasoning = new StreamState(values);
                transforms = new StreamTransform(text, reasoning, values);
            }

            last = update;
            ChatResponseUpdate transformed = TransformUpdate(update, transforms);

            // Nothing follows the finish reason: what is still held goes out inside its update.
            yield return update.FinishReason is null ? transformed : StreamingUpdates.Append(transformed, Flush(reasoning!, text!));
        }

        // The stream's end (after a finish update, just these properties: they are merged into it).
        IReadOnlyDictionary<string, int> counts = vault.EntityCounts;
        _telemetry.Redacted(counts);
        List<AIContent> tail = transforms is null ? [] : Flush(reasoning!, text!);
        if (_step == RedactionStep.ProviderSide)
        {
            if (tail.Count > 0)
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, tail) { ResponseId = last?.ResponseId, MessageId = last?.MessageId };
            }

            yield break;
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, tail)
        {
            ResponseId = last?.ResponseId,
            MessageId = last?.MessageId,
            ConversationId = last?.ConversationId,
            ModelId = last?.ModelId,
            AdditionalProperties = new AdditionalPropertiesDictionary { [EntityCountsKey] = counts },
        };
    }

    private static List<AIContent> Flush(StreamState reasoning, StreamState text)
    {
        var contents = new List<AIContent>(2);
        if (reasoning.Flush() is { Length: > 0 } reasoningTail)
        {
            contents.Add(new TextReasoningContent(reasoningTail));
        }

        if (text.Flush() is { Length: > 0 } textTail)
        {
            contents.Add(new TextContent(textTail));
        }

        return contents;
    }

    /// <summary>
    /// The request this step sends on: redacted (the caller-side and whole steps), or as it came, its placeholders
    /// reserved in <paramref name="vault"/> (the provider-side step, which sees the redacted prompt).
    /// </summary>
    private (IEnumerable<ChatMessage> Messages, ChatOptions? Options) PrepareRequest(
        IEnumerable<ChatMessage> messages, ChatOptions? options, RedactionEngine engine, RedactionVault vault)
    {
        if (_step != RedactionStep.ProviderSide)
        {
            return RedactRequest(messages, options, engine, vault);
        }

        vault.ReservePlaceholdersOnFirstValue(messages, options?.Instructions);
        return (messages, options);
    }

    /// <summary>What this step does to the response: redact new values unless the provider-side step did (an answer
    /// the cache served did not pass this request's provider-side step: it may have been stored by a pipeline sharing
    /// the cache without redaction, or under other recognizers); restore placeholders unless this is the provider-side
    /// step (the caller's vault is outside it).</summary>
    private ResponseTransform CreateResponseTransform(RedactionEngine engine, RedactionVault vault, bool servedFromCache)
    {
        RedactionOptions settings = engine.Options;
        return new ResponseTransform(
            engine,
            vault,
            redact: settings.RedactResponse && (_step != RedactionStep.CallerSide || servedFromCache),
            restore: settings.RestoreResponse && _step != RedactionStep.ProviderSide);
    }

    /// <summary>Redacts the messages and the instructions, reporting a block before it propagates.</summary>
    private (IEnumerable<ChatMessage> Messages, ChatOptions? Options) RedactRequest(
        IEnumerable<ChatMessage> messages, ChatOptions? options, RedactionEngine engine, RedactionVault vault)
    {
        try
        {
            return (RedactMessages(messages, engine, vault), RedactInstructions(options, engine, vault));
        }
        catch (SensitiveDataBlockedException ex)
        {
            _telemetry.Block(ex);
            throw;
        }
    }

    private RedactionEngine GetEngine()
    {
        RedactionOptions current = _options.Current;
        RedactionEngine? engine = Volatile.Read(ref _engine);
        if (engine is null || !ReferenceEquals(engine.Options, current))
        {
            engine = new RedactionEngine(current);
            Volatile.Write(ref _engine, engine);
        }

        return engine;
    }

    /// <summary>Redacts <see cref="ChatOptions.Instructions"/> (system-level text) on a clone; the caller's options are not changed.</summary>
    private static ChatOptions? RedactInstructions(ChatOptions? options, RedactionEngine engine, RedactionVault vault)
    {
        if (options?.Instructions is not { Length: > 0 } instructions || !engine.Options.RedactSystemMessages)
        {
            return options;
        }

        string redacted = engine.Redact(instructions, vault);
        if (ReferenceEquals(redacted, instructions))
        {
            return options;
        }

        ChatOptions clone = options.Clone();
        clone.Instructions = redacted;
        return clone;
    }
}

/// <summary>Which part of the redaction policy a <see cref="RedactingChatClient"/> carries out.</summary>
internal enum RedactionStep
{
    /// <summary>The whole policy in one place: redact the request, redact new values in the response, restore placeholders.</summary>
    Whole,

    /// <summary>Outside the cache: redact the request and restore placeholders in the response, per caller.</summary>
    CallerSide,

    /// <summary>Inside the cache: redact new values in the provider's answer, so that what the cache stores holds none.</summary>
    ProviderSide,
}
