using System.Text;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <content>One call: the classifiers and the similarity layer on its prompt and response, and its canary.</content>
internal sealed partial class ProviderSafetyChatClient
{
    /// <summary>One call: its options and caller, the canary put into its system prompt, and the annotations collected.</summary>
    private sealed class Call(ProviderSafetyChatClient owner, State state, ChatOptions? options)
    {
        // Most calls annotate nothing: the list is made by the first annotation.
        private List<string>? _annotations;
        private CallerContext? _caller;
        private ChatOptions? _marked;

        /// <summary>Gets the caller, resolved when an audit event or a block first needs it (most calls need none).</summary>
        public CallerContext Caller => _caller ??= owner._callers.Resolve(options);

        public State State { get; } = state;

        public bool HasAnnotations => _annotations is { Count: > 0 };

        public string? Canary { get; private set; }

        /// <summary>
        /// Gets the options to send: the request's, or a copy whose <see cref="ChatOptions.Instructions"/> carry the
        /// canary when they are the only system prompt (set by <see cref="PrepareAsync"/>).
        /// </summary>
        public ChatOptions? Outgoing => _marked ?? options;

        /// <summary>Gets the distinct annotations collected, in order.</summary>
        public string[] DistinctAnnotations() => SafetyChatClient.DistinctInOrder(null, _annotations);

        /// <summary>Classifies the prompt as it leaves for the provider, then adds the canary to its system prompt.</summary>
        public ValueTask<IEnumerable<ChatMessage>> PrepareAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
        {
            var list = messages as IList<ChatMessage> ?? [.. messages];

            // Without classifiers or the similarity layer nothing here awaits: no task is made.
            return State.Classifiers.Length > 0 || State.Options.Similarity.Enabled
                ? new ValueTask<IEnumerable<ChatMessage>>(CheckThenMarkAsync(list, cancellationToken))
                : new ValueTask<IEnumerable<ChatMessage>>(Mark(list));
        }

        public bool FindsCanary(string text) => Canary is { } canary && text.Contains(canary, StringComparison.OrdinalIgnoreCase);

        private async Task<IEnumerable<ChatMessage>> CheckThenMarkAsync(IList<ChatMessage> list, CancellationToken cancellationToken)
        {
            var options = State.Options;
            var userText = new StringBuilder();
            var untrusted = new List<string>();
            foreach (var message in list)
            {
                var origin = SafetyChatClient.OriginOf(message, options);
                if (origin is not (SafetyContentOrigin.UserPrompt or SafetyContentOrigin.UntrustedContent))
                {
                    continue;
                }

                foreach (var content in message.Contents)
                {
                    var text = SafetyChatClient.TextOf(message, content, origin.Value, options);
                    if (string.IsNullOrEmpty(text) || text == SafetyConstants.RemovedMessageMarker)
                    {
                        continue;
                    }

                    if (origin == SafetyContentOrigin.UntrustedContent)
                    {
                        untrusted.Add(text);
                    }
                    else
                    {
                        userText.Append(text).Append('\n');
                    }
                }
            }

            if (userText.Length > 0)
            {
                await CheckAsync(new ContentSafetyRequest(userText.ToString(0, userText.Length - 1), SafetyContentOrigin.UserPrompt), SafetyCheckpoint.Prompt, cancellationToken).ConfigureAwait(false);
            }

            foreach (var text in untrusted)
            {
                await CheckAsync(new ContentSafetyRequest(text, SafetyContentOrigin.UntrustedContent), SafetyCheckpoint.UntrustedContent, cancellationToken).ConfigureAwait(false);
            }

            return Mark(list);
        }

        private IEnumerable<ChatMessage> Mark(IList<ChatMessage> list) =>
            State.Options is { UseCanary: true, InspectResponses: true } ? AddCanary(list) : list;

        /// <summary>Checks the response for the canary and classifies it, as the options say, then adds the call's annotations to it.</summary>
        public Task InspectResponseAsync(ChatResponse response, CancellationToken cancellationToken)
        {
            if (!State.Options.InspectResponses)
            {
                Annotate(response);
                return Task.CompletedTask;
            }

            var text = response.Text;
            CheckCanary(text);
            var classified = ClassifyResponseAsync(text, cancellationToken);
            if (!classified.IsCompletedSuccessfully)
            {
                return AnnotateAfterAsync(classified, response);
            }

            Annotate(response);
            return Task.CompletedTask;
        }

        private async Task AnnotateAfterAsync(Task classified, ChatResponse response)
        {
            await classified.ConfigureAwait(false);
            Annotate(response);
        }

        private void Annotate(ChatResponse response)
        {
            if (HasAnnotations)
            {
                response.AdditionalProperties ??= [];
                response.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = DistinctAnnotations();
            }
        }

        /// <summary>Applies the canary rule when the text contains the canary (a leak of the system prompt).</summary>
        public void CheckCanary(string text)
        {
            if (FindsCanary(text))
            {
                const string RuleId = "output.canary";
                var action = SafetyChatClient.Resolve(State.Options, [RuleId], SafetyAction.Block, SafetyConstants.CategorySystemPromptLeak);

                // Text that leaked the system prompt cannot be partly kept: anything but monitor or annotate blocks.
                Apply(SafetyCheckpoint.Response, SafetyConstants.CategorySystemPromptLeak, [RuleId], action == SafetyAction.Redact ? SafetyAction.Block : action, 1);
            }
        }

        /// <summary>Classifies the answer with the classifiers; without any, completes at once (no request, no async frames).</summary>
        public Task ClassifyResponseAsync(string text, CancellationToken cancellationToken) =>
            State.Options is { InspectResponses: true, ClassifyResponses: true } && text.Length > 0 && State.Classifiers.Length > 0
                ? ClassifyAsync(new ContentSafetyRequest(text, SafetyContentOrigin.ModelOutput), SafetyCheckpoint.Response, cancellationToken)
                : Task.CompletedTask;

        private async Task CheckAsync(ContentSafetyRequest request, SafetyCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            if (State.Options.Similarity.Enabled)
            {
                await ScoreSimilarityAsync(request, checkpoint, cancellationToken).ConfigureAwait(false);
            }

            await ClassifyAsync(request, checkpoint, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The similarity layer: the nearest attack exemplar, compared with the layer's own threshold for the origin.</summary>
        private async Task ScoreSimilarityAsync(ContentSafetyRequest request, SafetyCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            const string UnavailableRule = "similarity.unavailable";
            var options = State.Options;
            var scorer = State.Similarity ?? throw new InvalidOperationException(
                "The safety similarity layer is enabled (Similarity.Enabled) but no IEmbeddingGenerator<string, Embedding<float>> is registered.");
            var untrusted = request.Origin == SafetyContentOrigin.UntrustedContent;
            SimilarityMatch match;
            try
            {
                match = await scorer.ScoreAsync(request.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                var failClosed = options.ClassifierFailureMode == SafetyFailureMode.FailClosed;
                Apply(checkpoint, SafetyConstants.CategoryClassifierUnavailable, [UnavailableRule], failClosed ? SafetyAction.Block : SafetyAction.Monitor, 0);
                return;
            }

            var threshold = untrusted ? options.Similarity.UntrustedThreshold : options.Similarity.PromptThreshold;
            if (match.Family is null || match.Score < threshold)
            {
                return;
            }

            var ruleId = "similarity." + match.Family;
            var category = untrusted ? SafetyConstants.CategoryIndirectInjection
                : match.Family == InjectionExemplarBank.Persona ? SafetyConstants.CategoryJailbreak
                : match.Family == InjectionExemplarBank.Extraction ? SafetyConstants.CategoryPromptExtraction
                : SafetyConstants.CategoryPromptInjection;
            var action = SafetyChatClient.Resolve(options, [ruleId], untrusted ? options.IndirectInjectionAction : options.InjectionAction);

            // A verdict on a whole text cannot redact parts of it: redact counts as block.
            Apply(checkpoint, category, [ruleId], action == SafetyAction.Redact ? SafetyAction.Block : action, match.Score);
        }

        private async Task ClassifyAsync(ContentSafetyRequest request, SafetyCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            var classifiers = State.Classifiers;
            if (classifiers.Length == 0)
            {
                return;
            }

            var tasks = new Task<ContentSafetyClassification>[classifiers.Length];
            for (var i = 0; i < classifiers.Length; i++)
            {
                tasks[i] = Start(classifiers[i], request, cancellationToken);
            }

            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Each failed classifier is handled below by its own task's state.
            }

            var options = State.Options;
            for (var i = 0; i < classifiers.Length; i++)
            {
                var name = classifiers[i].Name;
                if (!tasks[i].IsCompletedSuccessfully)
                {
                    var failClosed = options.ClassifierFailureMode == SafetyFailureMode.FailClosed;
                    Apply(checkpoint, SafetyConstants.CategoryClassifierUnavailable, ["classifier." + name], failClosed ? SafetyAction.Block : SafetyAction.Monitor, 0);
                    continue;
                }

                foreach (var result in tasks[i].Result.Categories)
                {
                    if (result.Severity < options.ClassifierSeverityThreshold)
                    {
                        continue;
                    }

                    var attack = result.Category == ContentSafetyCategories.PromptAttack;
                    var fallback = !attack ? options.ClassifierAction
                        : request.Origin == SafetyContentOrigin.UntrustedContent ? options.IndirectInjectionAction
                        : options.InjectionAction;
                    var ruleId = $"classifier.{name}.{result.Category}";
                    var category = attack && request.Origin == SafetyContentOrigin.UntrustedContent ? SafetyConstants.CategoryIndirectInjection
                        : attack ? SafetyConstants.CategoryPromptInjection
                        : result.Category;
                    var action = SafetyChatClient.Resolve(options, [ruleId], fallback, result.Category);

                    // A verdict on a whole text cannot redact parts of it: redact counts as block.
                    Apply(checkpoint, category, [ruleId], action == SafetyAction.Redact ? SafetyAction.Block : action, result.Severity);
                }
            }
        }

        private static Task<ContentSafetyClassification> Start(IContentSafetyClassifier classifier, ContentSafetyRequest request, CancellationToken cancellationToken)
        {
            try
            {
                return classifier.ClassifyAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Task.FromException<ContentSafetyClassification>(ex);
            }
        }

        private void Apply(SafetyCheckpoint checkpoint, string category, IReadOnlyList<string> ruleIds, SafetyAction action, double score)
        {
            SafetyChatClient.Audit(State.Options, owner._auditSink, owner._decisions, new SafetyAuditEvent(owner._time.GetUtcNow(), Caller, checkpoint, category, ruleIds, action, score));
            switch (action)
            {
                case SafetyAction.Block:
                    throw new ContentBlockedException(category, ruleIds[0], score, checkpoint == SafetyCheckpoint.Response, SafetyChatClient.Scope(Caller));
                case SafetyAction.Annotate:
                    (_annotations ??= []).AddRange(ruleIds);
                    break;
            }
        }

        private IList<ChatMessage> AddCanary(IList<ChatMessage> messages)
        {
            var items = ListSpans.Of(messages);
            for (var i = 0; i < items.Length; i++)
            {
                if (ChatRoles.KindOf(items[i].Role) != ChatRoleKind.System)
                {
                    continue;
                }

                var system = items[i];
                var marker = State.CanaryKey.For(system.Text);
                Canary = marker.Canary;

                // Copied by index into lists of their final size: a spread or a copy constructor goes through the
                // interfaces (an enumerator, a CopyTo) and the contents' list would grow once for the marker.
                var contents = system.Contents;
                var marked = new List<AIContent>(contents.Count + 1);
                for (var k = 0; k < contents.Count; k++)
                {
                    marked.Add(contents[k]);
                }

                marked.Add(new TextContent(marker.Instruction));
                var clone = system.Clone();
                clone.Contents = marked;
                var sent = new List<ChatMessage>(items.Length);
                for (var k = 0; k < items.Length; k++)
                {
                    sent.Add(k == i ? clone : items[k]);
                }

                return sent;
            }

            return MarkInstructions(messages);
        }

        /// <summary>
        /// Puts the canary into <see cref="ChatOptions.Instructions"/> when they are the request's only system prompt
        /// (M.E.AI sends them as one): without it a model repeating them leaks them unseen.
        /// </summary>
        private IList<ChatMessage> MarkInstructions(IList<ChatMessage> messages)
        {
            if (options?.Instructions is not { Length: > 0 } instructions)
            {
                return messages;
            }

            var marker = State.CanaryKey.For(instructions);
            Canary = marker.Canary;
            var marked = PipelineChatOptions.CopyFor(options, owner.InnerClient);
            marked.Instructions = instructions + marker.Instruction;
            _marked = marked;
            return messages;
        }
    }
}
