using System.Runtime.CompilerServices;
using System.Text.Json;
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
public sealed class RedactingChatClient : DelegatingChatClient
{
    /// <summary>The response property with the redacted-value counts by entity type (an <see cref="IReadOnlyDictionary{TKey, TValue}"/>
    /// of string to int); the same key as <see cref="GovernanceProperties.Redactions"/>.</summary>
    public const string EntityCountsKey = GovernanceProperties.Redactions;

    private readonly IPolicyOptionsSource<RedactionOptions> _options;
    private readonly RedactionStep _step;
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
            return inner.IsCompletedSuccessfully
                ? Task.FromResult(Restore(inner.Result, engine, vault))
                : RestoreAsync(inner, engine, vault);
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

    /// <summary>Restores the response's placeholders (and redacts new values) into a new response with the entity counts.</summary>
    private ChatResponse Restore(ChatResponse response, RedactionEngine engine, RedactionVault vault)
    {
        // The response may be shared (a cache hit): build a new one rather than change it. Its message list is copied
        // only when a message changed (a placeholder restored, a new value redacted).
        List<ChatMessage>? restored = TransformMessages(response.Messages, CreateResponseTransform(engine, vault));
        IReadOnlyDictionary<string, int> counts = vault.EntityCounts;
        _telemetry.Redacted(counts);
        if (_step == RedactionStep.ProviderSide)
        {
            // The caller-side step reports the request's counts; this step's go to telemetry only, so that what the
            // cache stores carries no per-request figures.
            return restored is null ? response : ChatResponseCopy.WithMessages(response, restored);
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
        ResponseTransform values = CreateResponseTransform(engine, vault);
        var text = new StreamState(values);
        var reasoning = new StreamState(values);
        var transforms = new StreamTransform(text, reasoning, values);
        ChatResponseUpdate? last = null;
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(redacted, options, cancellationToken).ConfigureAwait(false))
        {
            last = update;
            ChatResponseUpdate transformed = TransformUpdate(update, transforms);

            // Nothing follows the finish reason: what is still held goes out inside its update.
            yield return update.FinishReason is null ? transformed : StreamingUpdates.Append(transformed, Flush(reasoning, text));
        }

        // The stream's end (after a finish update, just these properties: they are merged into it).
        IReadOnlyDictionary<string, int> counts = vault.EntityCounts;
        _telemetry.Redacted(counts);
        List<AIContent> tail = Flush(reasoning, text);
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

    /// <summary>What this step does to the response: redact new values unless the provider-side step did; restore
    /// placeholders unless this is the provider-side step (the caller's vault is outside it).</summary>
    private ResponseTransform CreateResponseTransform(RedactionEngine engine, RedactionVault vault)
    {
        RedactionOptions settings = engine.Options;
        return new ResponseTransform(
            engine,
            vault,
            redact: settings.RedactResponse && _step != RedactionStep.CallerSide,
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

    /// <summary>Redacts the messages the options cover; returns the caller's messages when nothing changed.</summary>
    private static IEnumerable<ChatMessage> RedactMessages(IEnumerable<ChatMessage> messages, RedactionEngine engine, RedactionVault vault)
    {
        RedactionOptions settings = engine.Options;
        IList<ChatMessage> list = messages as IList<ChatMessage> ?? [.. messages];
        List<ChatMessage>? result = null;
        RequestTransform? redact = null;
        for (int i = 0; i < list.Count; i++)
        {
            ChatMessage message = list[i];
            ChatRole role = message.Role;
            // Other roles (for example "developer") fail closed: they are always redacted.
            bool covered = role == ChatRole.User ? settings.RedactUserMessages
                : role == ChatRole.System ? settings.RedactSystemMessages
                : role == ChatRole.Tool ? settings.RedactToolMessages
                : role != ChatRole.Assistant || settings.RedactAssistantMessages;
            ChatMessage redacted = covered ? TransformMessage(message, redact ??= new RequestTransform(engine, vault)) : message;
            result = Collect(result, list, i, message, redacted);
        }

        return (IEnumerable<ChatMessage>?)result ?? list;
    }

    /// <summary>Transforms each message; returns <see langword="null"/> when none changed.</summary>
    private static List<ChatMessage>? TransformMessages(IList<ChatMessage> messages, ContentTransform transform)
    {
        List<ChatMessage>? result = null;
        for (int i = 0; i < messages.Count; i++)
        {
            result = Collect(result, messages, i, messages[i], TransformMessage(messages[i], transform));
        }

        return result;
    }

    /// <summary>Adds the <paramref name="index"/>th item to the copy, making the copy (with the items before it) only
    /// once an item changed.</summary>
    private static List<T>? Collect<T>(List<T>? copy, IList<T> source, int index, T original, T item)
        where T : class
    {
        if (copy is null && !ReferenceEquals(item, original))
        {
            copy = new List<T>(source.Count);
            for (int j = 0; j < index; j++)
            {
                copy.Add(source[j]);
            }
        }

        copy?.Add(item);
        return copy;
    }

    /// <summary>Returns the message, or a clone with transformed contents when any text changed.</summary>
    private static ChatMessage TransformMessage(ChatMessage message, ContentTransform transform)
    {
        List<AIContent>? contents = TransformContents(message.Contents, transform);
        if (contents is null)
        {
            return message;
        }

        ChatMessage clone = message.Clone();
        clone.Contents = contents;
        clone.RawRepresentation = null;
        return clone;
    }

    private static ChatResponseUpdate TransformUpdate(ChatResponseUpdate update, ContentTransform transform)
    {
        List<AIContent>? contents = TransformContents(update.Contents, transform);
        if (contents is null)
        {
            return update;
        }

        // Text held back for now leaves no empty text behind.
        contents.RemoveAll(static c => c is TextContent { Text.Length: 0 } or TextReasoningContent { Text.Length: 0 });
        ChatResponseUpdate clone = update.Clone();
        clone.Contents = contents;
        clone.RawRepresentation = null;
        return clone;
    }

    /// <summary>Transforms the text of each content; returns <see langword="null"/> when nothing changed.</summary>
    private static List<AIContent>? TransformContents(IList<AIContent> contents, ContentTransform transform)
    {
        List<AIContent>? result = null;
        for (int k = 0; k < contents.Count; k++)
        {
            result = Collect(result, contents, k, contents[k], TransformContent(contents[k], transform));
        }

        return result;
    }

    private static AIContent TransformContent(AIContent content, ContentTransform transform)
    {
        switch (content)
        {
            case TextContent text:
            {
                string value = transform.Text(text.Text ?? string.Empty);
                return string.Equals(value, text.Text, StringComparison.Ordinal)
                    ? text
                    : new TextContent(value) { AdditionalProperties = text.AdditionalProperties, Annotations = text.Annotations };
            }

            case TextReasoningContent reasoning:
            {
                string value = transform.Reasoning(reasoning.Text ?? string.Empty);
                return string.Equals(value, reasoning.Text, StringComparison.Ordinal)
                    ? reasoning
                    : new TextReasoningContent(value) { AdditionalProperties = reasoning.AdditionalProperties };
            }

            case FunctionResultContent result:
            {
                object? value = TransformValue(result.Result, transform);
                return ReferenceEquals(value, result.Result)
                    ? result
                    : new FunctionResultContent(result.CallId, value) { Exception = result.Exception, AdditionalProperties = result.AdditionalProperties };
            }

            case FunctionCallContent call when call.Arguments is { Count: > 0 } arguments:
            {
                Dictionary<string, object?>? changed = null;
                foreach (KeyValuePair<string, object?> argument in arguments)
                {
                    object? value = TransformValue(argument.Value, transform);
                    if (!ReferenceEquals(value, argument.Value))
                    {
                        changed ??= new Dictionary<string, object?>(arguments, StringComparer.Ordinal);
                        changed[argument.Key] = value;
                    }
                }

                return changed is null
                    ? call
                    : new FunctionCallContent(call.CallId, call.Name, changed) { Exception = call.Exception, AdditionalProperties = call.AdditionalProperties };
            }

            default:
                return content;
        }
    }

    /// <summary>Transforms a tool value: a string, or JSON (redacted in its text form, kept as JSON when it still parses).</summary>
    private static object? TransformValue(object? value, ContentTransform transform)
    {
        switch (value)
        {
            case string s:
            {
                string t = transform.Value(s);
                return string.Equals(s, t, StringComparison.Ordinal) ? value : t;
            }

            case JsonElement element:
            {
                string raw = element.GetRawText();
                string t = transform.Value(raw);
                if (string.Equals(raw, t, StringComparison.Ordinal))
                {
                    return value;
                }

                try
                {
                    using JsonDocument document = JsonDocument.Parse(t);
                    return document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    return t;
                }
            }

            case null:
                return null;

            default:
            {
                string json = JsonSerializer.Serialize(value, AIJsonUtilities.DefaultOptions);
                string t = transform.Value(json);
                return string.Equals(json, t, StringComparison.Ordinal) ? value : t;
            }
        }
    }

    /// <summary>How the text of each kind of content is transformed; one instance per request and direction.</summary>
    private abstract class ContentTransform
    {
        /// <summary>Transforms answer text.</summary>
        public abstract string Text(string text);

        /// <summary>Transforms reasoning text.</summary>
        public virtual string Reasoning(string text) => Text(text);

        /// <summary>Transforms a whole value: a tool result or a tool-call argument.</summary>
        public virtual string Value(string text) => Text(text);
    }

    /// <summary>Redacts the request's texts, recording placeholders in the request's vault.</summary>
    private sealed class RequestTransform(RedactionEngine engine, RedactionVault vault) : ContentTransform
    {
        public override string Text(string text) => engine.Redact(text, vault);
    }

    /// <summary>Redacts new values in a whole response text and restores the request's placeholders, as the options say.</summary>
    private sealed class ResponseTransform(RedactionEngine engine, RedactionVault vault, bool redact, bool restore) : ContentTransform
    {
        public RedactionEngine Engine => engine;

        public RedactionVault Vault => vault;

        public bool Redacts => redact;

        public bool Restores => restore;

        public override string Text(string text)
        {
            if (redact)
            {
                text = engine.RedactResponse(text, vault);
            }

            return restore ? vault.Restore(text) : text;
        }
    }

    /// <summary>A streamed response: answer and reasoning text through their hold-back states, whole values at once.</summary>
    private sealed class StreamTransform(StreamState text, StreamState reasoning, ResponseTransform values) : ContentTransform
    {
        public override string Text(string chunk) => text.Push(chunk);

        public override string Reasoning(string chunk) => reasoning.Push(chunk);

        public override string Value(string value) => values.Text(value);
    }

    /// <summary>One streamed text: response redaction with hold-back, then placeholder restoration.</summary>
    private sealed class StreamState(ResponseTransform steps)
    {
        private readonly StreamingResponseRedactor? _redactor = steps.Redacts ? new StreamingResponseRedactor(steps.Engine, steps.Vault) : null;
        private readonly StreamingPlaceholderRestorer? _restorer = steps.Restores ? steps.Vault.CreateStreamingRestorer() : null;

        public string Push(string chunk)
        {
            string released = _redactor is null ? chunk : _redactor.Push(chunk);
            return _restorer is null ? released : _restorer.Push(released);
        }

        public string Flush()
        {
            string tail = _redactor?.Flush() ?? string.Empty;
            return _restorer is null ? tail : _restorer.Push(tail) + _restorer.Flush();
        }
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
