using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redaction;

/// <content>How the texts of messages, updates and tool values are transformed: the request's redaction, the
/// response's redaction and restoration, whole or streamed.</content>
public sealed partial class RedactingChatClient
{
    /// <summary>Application subtypes (or structured-syntax suffixes) whose bodies are text.</summary>
    private static readonly FrozenSet<string> TextApplicationSubtypes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "json", "x-ndjson", "ndjson", "jsonl", "xml", "yaml", "x-yaml", "toml", "csv", "sql", "graphql",
        "javascript", "ecmascript", "x-sh", "x-httpd-php", "x-www-form-urlencoded");

    /// <summary>Redacts the messages the options cover; returns the caller's messages when nothing changed.</summary>
    private static IEnumerable<ChatMessage> RedactMessages(IEnumerable<ChatMessage> messages, RedactionEngine engine, RedactionVault vault)
    {
        RedactionOptions settings = engine.Options;
        IList<ChatMessage> list = messages as IList<ChatMessage> ?? [.. messages];
        List<ChatMessage>? result = null;
        RequestTransform? redact = null;
        ReadOnlySpan<ChatMessage> items = ListSpans.Of(list);
        for (int i = 0; i < items.Length; i++)
        {
            ChatMessage message = items[i];
            // Other roles (for example "developer") fail closed: they are always redacted.
            bool covered = ChatRoles.KindOf(message.Role) switch
            {
                ChatRoleKind.User => settings.RedactUserMessages,
                ChatRoleKind.System => settings.RedactSystemMessages,
                ChatRoleKind.Tool => settings.RedactToolMessages,
                ChatRoleKind.Assistant => settings.RedactAssistantMessages,
                _ => true,
            };
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

        // Text held back for now leaves no empty text behind (reasoning that carries the provider's protected data stays).
        contents.RemoveAll(static c => c is TextContent { Text.Length: 0 } or TextReasoningContent { Text.Length: 0, ProtectedData: null });
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
                    : WithCommonMembers(new TextContent(value), text);
            }

            case TextReasoningContent reasoning:
            {
                string value = reasoning.ProtectedData is null
                    ? transform.Reasoning(reasoning.Text ?? string.Empty)
                    : transform.ReasoningBlockEnd(reasoning.Text ?? string.Empty);
                return string.Equals(value, reasoning.Text, StringComparison.Ordinal)
                    ? reasoning
                    : WithCommonMembers(new TextReasoningContent(value) { ProtectedData = reasoning.ProtectedData }, reasoning);
            }

            case FunctionResultContent result:
            {
                object? value = TransformValue(result.Result, transform);
                return ReferenceEquals(value, result.Result)
                    ? result
                    : WithCommonMembers(new FunctionResultContent(result.CallId, value) { Exception = result.Exception }, result);
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
                    : WithCommonMembers(new FunctionCallContent(call.CallId, call.Name, changed) { Exception = call.Exception, InformationalOnly = call.InformationalOnly }, call);
            }

            case DataContent data when IsTextMediaType(data.MediaType):
            {
                // An attached text file is text the provider reads: transformed whole, like a tool value.
                string original = Encoding.UTF8.GetString(data.Data.Span);
                string value = transform.Value(original);
                return string.Equals(value, original, StringComparison.Ordinal)
                    ? data
                    : WithCommonMembers(new DataContent(Encoding.UTF8.GetBytes(value), data.MediaType) { Name = data.Name }, data);
            }

            default:
                return content;
        }
    }

    /// <summary>
    /// Carries what every content has besides its payload onto its transformed copy. The raw representation is left
    /// out, as on a transformed message: it is the provider's form of the untransformed payload, and a client that
    /// sends it would send the caller's values instead of their placeholders.
    /// </summary>
    private static T WithCommonMembers<T>(T copy, AIContent original)
        where T : AIContent
    {
        copy.AdditionalProperties = original.AdditionalProperties;
        copy.Annotations = original.Annotations;
        return copy;
    }

    /// <summary>Whether a media type is text a model reads (text/*, JSON, XML, YAML and their structured suffixes);
    /// images, audio, PDF and other binary media are not.</summary>
    private static bool IsTextMediaType(string mediaType)
    {
        ReadOnlySpan<char> type = mediaType.AsSpan();
        int parameters = type.IndexOf(';');
        type = (parameters >= 0 ? type[..parameters] : type).Trim();
        int slash = type.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> top = type[..slash];
        ReadOnlySpan<char> subtype = type[(slash + 1)..];
        if (top.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!top.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int plus = subtype.LastIndexOf('+');
        if (plus >= 0)
        {
            subtype = subtype[(plus + 1)..];
        }

        return TextApplicationSubtypes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(subtype);
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

        /// <summary>Transforms the reasoning text that ends a block: the provider sends its protected data (the
        /// signature or encrypted form of the block) with it, so nothing of the block may be held back past it.</summary>
        public virtual string ReasoningBlockEnd(string text) => Reasoning(text);

        /// <summary>Transforms a whole value: a tool result or a tool-call argument.</summary>
        public virtual string Value(string text) => Text(text);
    }

    /// <summary>Redacts the request's texts, recording placeholders in the request's vault.</summary>
    private sealed class RequestTransform(RedactionEngine engine, RedactionVault vault) : ContentTransform
    {
        // Taken once per request: the messages' texts are looked up in this thread's table of remembered hashes.
        private readonly TextDigests _digests = TextDigests.Current;

        public override string Text(string text) => engine.RedactMessageText(text, vault, _digests);
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

        public override string ReasoningBlockEnd(string chunk) => reasoning.Push(chunk) + reasoning.Flush();

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
