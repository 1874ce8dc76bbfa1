using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redaction;

/// <summary>
/// Redacts personal data and secrets in the prompt before it reaches the rest of the pipeline (cache, budget,
/// router, provider), and restores placeholders of personal data in the response, streaming included. Runs at
/// <see cref="GovernanceStage.Redaction"/>.
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
    private RedactionEngine? _engine;

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
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(optionsSource);
        _options = optionsSource;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        RedactionEngine engine = GetEngine();
        var vault = new RedactionVault();
        (List<ChatMessage> redacted, options) = RedactRequest(messages, options, engine, vault);
        ChatResponse response = await base.GetResponseAsync(redacted, options, cancellationToken).ConfigureAwait(false);

        // The response may be shared (a cache hit): build a new one rather than change it.
        RedactionOptions settings = engine.Options;
        var restored = new List<ChatMessage>(response.Messages.Count);
        Transforms? process = null;
        foreach (ChatMessage message in response.Messages)
        {
            restored.Add(TransformMessage(message, process ??= Transforms.All(text => ProcessResponseText(text, engine, vault, settings))));
        }

        var result = ChatResponseCopy.WithMessages(response, restored);
        IReadOnlyDictionary<string, int> counts = vault.EntityCounts;
        (result.AdditionalProperties ??= [])[EntityCountsKey] = counts;
        RedactionTelemetry.Redacted(counts);
        return result;
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamingUpdates.CoalesceTail(RedactStreamAsync(messages, options, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<ChatResponseUpdate> RedactStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RedactionEngine engine = GetEngine();
        RedactionOptions settings = engine.Options;
        var vault = new RedactionVault();
        (List<ChatMessage> redacted, options) = RedactRequest(messages, options, engine, vault);

        // Answer text and reasoning text are separate streams; whole values (tool-call arguments) are not streamed.
        var text = new StreamState(engine, vault, settings);
        var reasoning = new StreamState(engine, vault, settings);
        var transforms = new Transforms(text.Push, reasoning.Push, value => ProcessResponseText(value, engine, vault, settings));
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
        RedactionTelemetry.Redacted(counts);
        yield return new ChatResponseUpdate(ChatRole.Assistant, Flush(reasoning, text))
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

    /// <summary>Redacts the messages and the instructions, reporting a block before it propagates.</summary>
    private static (List<ChatMessage> Messages, ChatOptions? Options) RedactRequest(
        IEnumerable<ChatMessage> messages, ChatOptions? options, RedactionEngine engine, RedactionVault vault)
    {
        try
        {
            return (RedactMessages(messages, engine, vault), RedactInstructions(options, engine, vault));
        }
        catch (SensitiveDataBlockedException ex)
        {
            RedactionTelemetry.Block(ex);
            throw;
        }
    }

    private static string ProcessResponseText(string text, RedactionEngine engine, RedactionVault vault, RedactionOptions settings)
    {
        if (settings.RedactResponse)
        {
            text = engine.RedactResponse(text, vault);
        }

        return settings.RestoreResponse ? vault.Restore(text) : text;
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

    private static List<ChatMessage> RedactMessages(IEnumerable<ChatMessage> messages, RedactionEngine engine, RedactionVault vault)
    {
        RedactionOptions settings = engine.Options;
        var result = messages.TryGetNonEnumeratedCount(out int count) ? new List<ChatMessage>(count) : [];

        // One transform for the whole request, not one per message.
        Transforms? redactAll = null;
        foreach (ChatMessage message in messages)
        {
            ChatRole role = message.Role;
            // Other roles (for example "developer") fail closed: they are always redacted.
            bool redact = role == ChatRole.User ? settings.RedactUserMessages
                : role == ChatRole.System ? settings.RedactSystemMessages
                : role == ChatRole.Tool ? settings.RedactToolMessages
                : role != ChatRole.Assistant || settings.RedactAssistantMessages;
            result.Add(redact ? TransformMessage(message, redactAll ??= Transforms.All(text => engine.Redact(text, vault))) : message);
        }

        return result;
    }

    /// <summary>Returns the message, or a clone with transformed contents when any text changed.</summary>
    private static ChatMessage TransformMessage(ChatMessage message, Transforms transform)
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

    private static ChatResponseUpdate TransformUpdate(ChatResponseUpdate update, Transforms transform)
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
    private static List<AIContent>? TransformContents(IList<AIContent> contents, Transforms transform)
    {
        List<AIContent>? result = null;
        for (int k = 0; k < contents.Count; k++)
        {
            AIContent content = contents[k];
            AIContent transformed = TransformContent(content, transform);
            if (result is null && !ReferenceEquals(transformed, content))
            {
                result = new List<AIContent>(contents.Count);
                for (int j = 0; j < k; j++)
                {
                    result.Add(contents[j]);
                }
            }

            result?.Add(transformed);
        }

        return result;
    }

    private static AIContent TransformContent(AIContent content, Transforms transform)
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
                object? value = TransformValue(result.Result, transform.Value);
                return ReferenceEquals(value, result.Result)
                    ? result
                    : new FunctionResultContent(result.CallId, value) { Exception = result.Exception, AdditionalProperties = result.AdditionalProperties };
            }

            case FunctionCallContent call when call.Arguments is { Count: > 0 } arguments:
            {
                Dictionary<string, object?>? changed = null;
                foreach (KeyValuePair<string, object?> argument in arguments)
                {
                    object? value = TransformValue(argument.Value, transform.Value);
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
    private static object? TransformValue(object? value, Func<string, string> transform)
    {
        switch (value)
        {
            case string s:
            {
                string t = transform(s);
                return string.Equals(s, t, StringComparison.Ordinal) ? value : t;
            }

            case JsonElement element:
            {
                string raw = element.GetRawText();
                string t = transform(raw);
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
                string t = transform(json);
                return string.Equals(json, t, StringComparison.Ordinal) ? value : t;
            }
        }
    }

    /// <summary>How the text of each kind of content is transformed.</summary>
    /// <param name="Text">Answer text.</param>
    /// <param name="Reasoning">Reasoning text.</param>
    /// <param name="Value">Whole values: tool results and tool-call arguments.</param>
    private sealed record Transforms(Func<string, string> Text, Func<string, string> Reasoning, Func<string, string> Value)
    {
        public static Transforms All(Func<string, string> transform) => new(transform, transform, transform);
    }

    /// <summary>One streamed text: response redaction with hold-back, then placeholder restoration.</summary>
    private sealed class StreamState(RedactionEngine engine, RedactionVault vault, RedactionOptions settings)
    {
        private readonly StreamingResponseRedactor? _redactor = settings.RedactResponse ? new StreamingResponseRedactor(engine, vault) : null;
        private readonly StreamingPlaceholderRestorer? _restorer = settings.RestoreResponse ? vault.CreateStreamingRestorer() : null;

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
