using System.Text;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <content>One call's prompt and response inspection and its decisions.</content>
public sealed partial class SafetyChatClient
{
    /// <summary>The state of one call: its options, its caller and the annotations collected.</summary>
    private sealed class Call(SafetyChatClient owner, State state, ChatOptions? options)
    {
        // Most calls annotate nothing: the list is made by the first annotation.
        private List<string>? _annotations;
        private CallerContext? _caller;

        public State State { get; } = state;

        /// <summary>Gets the caller, resolved when an audit event or a block first needs it (most calls need none).</summary>
        public CallerContext Caller => _caller ??= owner._callers.Resolve(options);

        /// <summary>Gets how many annotations (rule ids, with repeats) were collected so far.</summary>
        public int AnnotationCount => _annotations?.Count ?? 0;

        /// <summary>Gets the distinct annotations collected so far, after <paramref name="earlier"/> ones.</summary>
        public string[] DistinctAnnotations(IEnumerable<string>? earlier = null) => DistinctInOrder(earlier, _annotations);

        public IEnumerable<ChatMessage> InspectPrompt(IEnumerable<ChatMessage> messages)
        {
            var options = State.Options;
            var list = messages as IList<ChatMessage> ?? [.. messages];
            List<ChatMessage>? copy = null;
            TextDigests? digests = null;
            var items = ListSpans.Of(list);
            for (var i = 0; i < items.Length; i++)
            {
                var message = items[i];
                var origin = OriginOf(message, options);
                if (origin is null)
                {
                    continue;
                }

                List<AIContent>? contents = null;
                var parts = ListSpans.Of(message.Contents);
                for (var c = 0; c < parts.Length; c++)
                {
                    var part = parts[c];

                    // Content marked untrusted (a pasted document, a retrieved passage) and tool results are scored as
                    // untrusted content, whatever message carries them.
                    var contentOrigin = origin == SafetyContentOrigin.UserPrompt
                        && (part.IsUntrusted() || (options.ScanToolResults && part is FunctionResultContent))
                        ? SafetyContentOrigin.UntrustedContent
                        : origin.Value;
                    var checkpoint = contentOrigin switch
                    {
                        SafetyContentOrigin.UntrustedContent => SafetyCheckpoint.UntrustedContent,
                        SafetyContentOrigin.SystemPrompt => SafetyCheckpoint.SystemPrompt,
                        _ => SafetyCheckpoint.Prompt,
                    };
                    var text = TextOf(message, part, contentOrigin, options);
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    // A text already scanned clean with these options and this origin (a system prompt, the history
                    // re-sent every turn, a repeated prompt) has nothing to decide.
                    var hash = (digests ??= TextDigests.Current).HashOf(text);
                    if (State.CleanTexts.TryGet(hash, text.Length, contentOrigin, out _))
                    {
                        continue;
                    }

                    var replacement = InspectPromptText(text, contentOrigin, checkpoint, part.AdditionalProperties, out var clean);
                    if (clean)
                    {
                        State.CleanTexts.Set(hash, text.Length, contentOrigin, true);
                    }

                    if (replacement is not null)
                    {
                        contents ??= [.. message.Contents];
                        contents[c] = replacement;
                    }
                }

                if (contents is not null)
                {
                    copy ??= [.. list];
                    var clone = message.Clone();
                    clone.Contents = contents;
                    copy[i] = clone;
                }
            }

            return copy ?? list;
        }

        /// <summary>
        /// Scans <see cref="ChatOptions.Instructions"/>, the system prompt M.E.AI sends before the messages, as a system
        /// message is scanned (only with <see cref="SafetyOptions.ScanSystemMessages"/>).
        /// </summary>
        /// <param name="requestOptions">The request's options.</param>
        /// <returns>The options to send: the request's, or a clone with the instructions as a finding's action left them.</returns>
        public ChatOptions? InspectInstructions(ChatOptions? requestOptions)
        {
            if (!State.Options.ScanSystemMessages || requestOptions?.Instructions is not { Length: > 0 } text)
            {
                return requestOptions;
            }

            var hash = TextDigests.Current.HashOf(text);
            if (State.CleanTexts.TryGet(hash, text.Length, SafetyContentOrigin.SystemPrompt, out _))
            {
                return requestOptions;
            }

            var replacement = InspectPromptText(text, SafetyContentOrigin.SystemPrompt, SafetyCheckpoint.SystemPrompt, null, out var clean);
            if (clean)
            {
                State.CleanTexts.Set(hash, text.Length, SafetyContentOrigin.SystemPrompt, true);
            }

            if (replacement is null)
            {
                return requestOptions;
            }

            var clone = requestOptions.Clone();
            clone.Instructions = replacement.Text;
            return clone;
        }

        public void InspectResponse(ChatResponse response, bool providerSide)
        {
            var options = State.Options;
            if (!options.InspectResponses)
            {
                return;
            }

            var passed = State.ProviderCheckedTexts;
            var lookUp = !providerSide && owner._slot.ProviderChecksResponses;

            // By index: an enumerator of the interface would be boxed, and every step dispatched through it.
            var messages = response.Messages;
            for (var m = 0; m < messages.Count; m++)
            {
                var message = messages[m];
                var contents = message.Contents;
                for (var c = 0; c < contents.Count; c++)
                {
                    if (contents[c] is not TextContent { Text.Length: > 0 } text)
                    {
                        continue;
                    }

                    // The text the provider-side step passed last is usually this very string, one step later in the
                    // same call: recognised by reference (a string never changes) before it is hashed again.
                    if (lookUp && (ReferenceEquals(text.Text, State.LastProviderChecked) ||
                        passed.TryGet(TextDigests.Hash(text.Text), text.Text.Length, SafetyCheckpoint.Response, out _)))
                    {
                        continue;
                    }

                    if (FindInOutput(text.Text) is not { } findings)
                    {
                        if (providerSide)
                        {
                            passed.Set(TextDigests.Hash(text.Text), text.Text.Length, SafetyCheckpoint.Response, true);
                            State.LastProviderChecked = text.Text;
                        }

                        continue;
                    }

                    List<Range>? spans = null;
                    foreach (var finding in findings)
                    {
                        if (Decide(finding, SafetyCheckpoint.Response) == SafetyAction.Redact)
                        {
                            (spans ??= []).AddRange(finding.Spans);
                        }
                    }

                    var released = spans is null ? text.Text : Redact(text.Text, spans);
                    if (spans is not null)
                    {
                        contents[c] = new TextContent(released) { AdditionalProperties = text.AdditionalProperties };
                    }

                    if (providerSide)
                    {
                        passed.Set(TextDigests.Hash(released), released.Length, SafetyCheckpoint.Response, true);
                        State.LastProviderChecked = released;
                    }
                }
            }
        }

        /// <summary>Finds secret, deny-list and topic findings in output text; <see langword="null"/> when there is none.</summary>
        public List<PolicyFinding>? FindInOutput(string text)
        {
            var options = State.Options;
            List<PolicyFinding>? findings = null;
            if (options.DetectSecrets && SecretScanner.Find(text) is { } secrets)
            {
                findings = [];
                AddSecretFindings(secrets, options.SecretAction, findings);
            }

            if (!State.Policy.IsEmpty)
            {
                findings ??= [];
                State.Policy.Find(text, findings);
            }

            return findings is { Count: > 0 } ? findings : null;
        }

        /// <summary>Applies the action of a finding: audits it, throws on block, annotates; returns the action.</summary>
        public SafetyAction Decide(PolicyFinding finding, SafetyCheckpoint checkpoint)
        {
            var action = State.Resolve([finding.RuleId], finding.Action, finding.Category);
            Apply(checkpoint, finding.Category, [finding.RuleId], action, finding.Score);
            return action;
        }

        /// <summary>Scans one prompt text and applies the actions; returns its replacement, if any, and whether it was clean.</summary>
        private TextContent? InspectPromptText(string text, SafetyContentOrigin origin, SafetyCheckpoint checkpoint, AdditionalPropertiesDictionary? properties, out bool clean)
        {
            var options = State.Options;
            var scan = State.Detector.Scan(text, origin);
            var removed = false;
            if (scan.IsDetected)
            {
                var untrusted = origin == SafetyContentOrigin.UntrustedContent;
                var category = untrusted ? SafetyConstants.CategoryIndirectInjection
                    : (scan.Categories & InjectionCategory.Jailbreak) != 0 ? SafetyConstants.CategoryJailbreak
                    : scan.Categories == InjectionCategory.PromptExtraction ? SafetyConstants.CategoryPromptExtraction
                    : SafetyConstants.CategoryPromptInjection;
                var ruleIds = scan.RuleIds;
                var action = State.Resolve(ruleIds, untrusted ? options.IndirectInjectionAction : options.InjectionAction);
                Apply(checkpoint, category, ruleIds, action, scan.Score, scan.PrimaryRuleId);
                removed = action == SafetyAction.Redact;
            }

            // Most texts have no finding: the finding and span lists are made only when one needs them.
            List<Range>? spans = null;
            var found = false;
            if (!State.Policy.IsEmpty)
            {
                var findings = new List<PolicyFinding>();
                State.Policy.Find(text, findings);
                found = findings.Count > 0;
                foreach (var finding in findings)
                {
                    if (Decide(finding, checkpoint) == SafetyAction.Redact)
                    {
                        (spans ??= []).AddRange(finding.Spans);
                    }
                }
            }

            clean = !scan.IsDetected && !found;
            if (removed)
            {
                return new TextContent(SafetyConstants.RemovedMessageMarker);
            }

            return spans is null ? null : new TextContent(Redact(text, spans)) { AdditionalProperties = properties };
        }

        private void Apply(SafetyCheckpoint checkpoint, string category, IReadOnlyList<string> ruleIds, SafetyAction action, double score, string? primaryRule = null)
        {
            SafetyChatClient.Audit(State.Options, owner._auditSink, owner._decisions, new SafetyAuditEvent(owner._time.GetUtcNow(), Caller, checkpoint, category, ruleIds, action, score));
            switch (action)
            {
                case SafetyAction.Block:
                    throw new ContentBlockedException(category, primaryRule ?? ruleIds[0], score, checkpoint == SafetyCheckpoint.Response, Scope(Caller));
                case SafetyAction.Annotate:
                    (_annotations ??= []).AddRange(ruleIds);
                    break;
            }
        }
    }

    /// <summary>Adds one finding per secret type, in the order the types first appear, with the spans of its secrets.</summary>
    private static void AddSecretFindings(List<(string RuleId, Range Span)> secrets, SafetyAction action, List<PolicyFinding> findings)
    {
        for (var i = 0; i < secrets.Count; i++)
        {
            var ruleId = secrets[i].RuleId;
            if (secrets.FindIndex(0, i, s => string.Equals(s.RuleId, ruleId, StringComparison.Ordinal)) >= 0)
            {
                continue;
            }

            var spans = new List<Range>();
            for (var j = i; j < secrets.Count; j++)
            {
                if (string.Equals(secrets[j].RuleId, ruleId, StringComparison.Ordinal))
                {
                    spans.Add(secrets[j].Span);
                }
            }

            findings.Add(new PolicyFinding(ruleId, SafetyConstants.CategorySecretLeak, action, spans.Count, spans));
        }
    }

    private static string Redact(string text, List<Range> spans)
    {
        spans.Sort((a, b) => a.Start.GetOffset(text.Length).CompareTo(b.Start.GetOffset(text.Length)));
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans)
        {
            var (start, length) = span.GetOffsetAndLength(text.Length);
            if (start < at)
            {
                start = at;
                length = Math.Max(0, span.End.GetOffset(text.Length) - at);
                if (length == 0)
                {
                    continue;
                }
            }

            sb.Append(text, at, start - at).Append(SafetyConstants.RedactedMarker);
            at = start + length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
