namespace Governance.AI.Safety;

/// <summary>The rule evaluation: which rules a text's word classes allow, their windows, and the damping factors (the contexts are in PromptInjectionDetector.Contexts.cs).</summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>Per rule, the union of its slots after the anchor.</summary>
    private static readonly ulong[] LaterSlots = InjectionRules.All.Select(r => r.Slots.Skip(1).Aggregate(0UL, (u, slot) => u | slot)).ToArray();

    private static void Evaluate(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, bool untrusted, Context context, Span<AnchorRules> possibleRules, ref Accumulator acc)
    {
        var rules = InjectionRules.All;
        var anchors = InjectionRules.AnchorMask;

        // A rule fires only when each of its slots is filled within its window, which lies within the text and within
        // the widest window of the anchor's possible rules: a rule with a slot that no token of the text fills, or none
        // that near the anchor, is passed over before its own windows are read. Which rules of an anchor pass the first
        // test depends on the text alone, so it is worked out at the anchor's first token (an attack repeats its
        // anchors). possibleRules[bit] is written before it is read (possibleKnown): the scratch needs no clearing.
        ulong present = 0;
        ulong possibleKnown = 0;
        var quote = new QuoteScan { Last = -1 };
        for (var s = 0; s < sparse.Length; s++)
        {
            present |= concepts[sparse[s]];
        }

        for (var s = 0; s < sparse.Length; s++)
        {
            var ti = sparse[s];
            var m = concepts[ti] & anchors;
            if (m == 0)
            {
                continue;
            }

            var near = 0UL;
            var nearWindow = -1;

            // "A cat that ignores the rules" describes; only the imperative ("ignoring your rules") overrides.
            if ((concepts[ti] & (ulong)Concept.Descriptive) != 0 && !IsFollowedBy(tokens, concepts, sparse, s, (ulong)Concept.Your, 2))
            {
                m &= ~(ulong)Concept.Ignore;
            }
            while (m != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(m);
                m &= m - 1;
                var byAnchor = InjectionRules.IndexByAnchor[bit];
                ref var anchorRules = ref possibleRules[bit];
                if ((possibleKnown & (1UL << bit)) == 0)
                {
                    anchorRules = new AnchorRules(byAnchor, present);
                    possibleKnown |= 1UL << bit;
                }

                if (anchorRules.Mask == 0)
                {
                    continue;
                }

                // Read once per token, again only for another anchor concept of the token with wider rules.
                if (nearWindow < anchorRules.Window)
                {
                    near = WindowConcepts(tokens, concepts, sparse, s, anchorRules.Window);
                    nearWindow = anchorRules.Window;
                }

                for (var possible = anchorRules.Fitting(byAnchor, near); possible != 0; possible &= possible - 1)
                {
                    var ri = byAnchor[System.Numerics.BitOperations.TrailingZeroCount(possible)];
                    var rule = rules[ri];
                    var factor = ti > context.ExplainStart ? DiscussionFactor : context.Discussion;
                    var scope = TokenFlags.None;
                    if (rule.UntrustedOnly && !untrusted)
                    {
                        // Text the user pasted (a quoted passage, an e-mail, a document, a comment) is untrusted
                        // content inside the prompt: its rules count, weighed against the stricter threshold.
                        if ((tokens[ti].Flags & (TokenFlags.Quoted | TokenFlags.Pasted)) == 0 || IsOwned(concepts, ti))
                        {
                            continue;
                        }

                        // Only the pasted words count: "Summarize this: 'AI assistants …'" is not an order to the AI.
                        factor *= context.PastedScale;
                        scope = TokenFlags.Quoted | TokenFlags.Pasted;
                    }
                    else if (!untrusted && (tokens[ti].Flags & TokenFlags.Pasted) != 0 && (WindowConcepts(tokens, concepts, sparse, s, SafetyTokenizer.SentenceGap) & ReaderAddressed) == 0)
                    {
                        // A sentence of a pasted document that speaks neither to "you" nor to an AI is addressed to the
                        // document's readers ("Ignore the old guidelines on the intranet", "Admins may override …").
                        factor *= ReadersFactor;
                    }

                    var example = false;
                    if ((tokens[ti].Flags & TokenFlags.Quoted) != 0)
                    {
                        // A quotation named by a determiner ("the 'ignore previous instructions' trick") is a mention only
                        // of an override: "a 'no guardrails' variant" names the persona it sets up.
                        var frame = QuoteFrameOf(f, tokens, concepts, ti, ref quote);
                        example = frame is QuoteFrame.Example or QuoteFrame.TestCase;
                        factor *= frame == QuoteFrame.TestCase ? TestCaseFactor
                            : frame is QuoteFrame.Reported or QuoteFrame.Example or QuoteFrame.NamedWord || (frame == QuoteFrame.Named && rule.Category == InjectionCategory.InstructionOverride) ? Math.Min(context.QuotedDiscussion, QuotedFactor)
                            : rule.Category == InjectionCategory.InstructionOverride ? Math.Min(context.QuotedDiscussion, context.QuotedRelayed) : context.QuotedDiscussion;
                    }
                    if (acc.HasAtLeast(ri, rule, factor, tokens[ti].Position, example))
                    {
                        continue;
                    }

                    if (rule.Forbid != 0 && (WindowConcepts(tokens, concepts, sparse, s, ForbidWindow) & rule.Forbid) != 0)
                    {
                        continue;
                    }

                    if ((rule.AsTopic && IsTopic(tokens, concepts, sparse, s)) || (rule.OwnWords && IsOwnEarlierWords(tokens, concepts, sparse, s)))
                    {
                        continue;
                    }

                    var window = WindowConcepts(tokens, concepts, sparse, s, rule.Window, rule.Ordered, scope);

                    var slots = rule.Slots;
                    var ok = true;
                    for (var k = 1; k < slots.Length; k++)
                    {
                        if ((window & slots[k]) == 0)
                        {
                            ok = false;
                            break;
                        }
                    }

                    // The named-instruction check reads words outside the sparse list, so it runs only for a rule that would fire.
                    if (ok && !(rule.SubjectQuestion && IsAskedAboutSubject(tokens, concepts, sparse, s, rule.Window))
                        && !(rule.AsTopic && (IsNamedInstruction(f, tokens, concepts, sparse[s], rule.Window) || IsSpokenInstruction(f, tokens, concepts, sparse[s], rule.Window)))
                        && !((ProhibitableVerbs & (1UL << bit)) != 0 && rule.Category is InjectionCategory.PromptExtraction or InjectionCategory.InstructionOverride && IsProhibitedVerb(f, tokens, concepts, ti))
                        && !(rule.UntrustedOnly && (1UL << bit) == (ulong)Concept.AiReference && IsDescribedAi(f, tokens, concepts, ti))
                        && !(context.HasQuotation && rule.Category is InjectionCategory.InstructionOverride or InjectionCategory.PromptExtraction
                            && (tokens[ti].Flags & TokenFlags.Quoted) == 0 && IsFilledByMention(f, tokens, concepts, sparse, s, rule, scope))
                        && !(rule.Category == InjectionCategory.PromptExtraction && ((window | concepts[ti]) & (ulong)(Concept.Reveal | Concept.Question)) == (ulong)Concept.Question && IsAdviceQuestion(f, tokens, concepts, ti)))
                    {
                        if (example)
                        {
                            acc.RecordExample(ri, factor, tokens[ti].Position);
                        }
                        else
                        {
                            acc.Record(ri, factor, tokens[ti].Position);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether every slot after the anchor has one of its concepts in <paramref name="present"/>.</summary>
    private static bool AllSlotsPresent(ulong[] slots, ulong present)
    {
        for (var k = 1; k < slots.Length; k++)
        {
            if ((slots[k] & present) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some rule has all its slots, anchor included, in <paramref name="present"/>.</summary>
    private static bool AnyRulePossible(ulong present)
    {
        var m = present & InjectionRules.AnchorMask;
        while (m != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(m);
            m &= m - 1;
            foreach (var ri in InjectionRules.IndexByAnchor[bit])
            {
                if (AllSlotsPresent(InjectionRules.All[ri].Slots, present))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The concepts within <paramref name="window"/> positions of the anchor; with a scope, only of tokens that have one of its flags.</summary>
    private static ulong WindowConcepts(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s, int window, bool afterOnly = false, TokenFlags scope = TokenFlags.None)
    {
        var p = tokens[sparse[s]].Position;
        var result = afterOnly ? 0 : concepts[sparse[s]];
        for (var j = s - 1; !afterOnly && j >= 0 && tokens[sparse[j]].Position >= p - window; j--)
        {
            if (scope == TokenFlags.None || (tokens[sparse[j]].Flags & scope) != 0)
            {
                result |= concepts[sparse[j]];
            }
        }

        for (var j = s + 1; j < sparse.Length && tokens[sparse[j]].Position <= p + window; j++)
        {
            if (scope == TokenFlags.None || (tokens[sparse[j]].Flags & scope) != 0)
            {
                result |= concepts[sparse[j]];
            }
        }

        return result;
    }

    /// <summary>
    /// An anchor concept's rules possible in a text, and which of them the concepts near one of its anchor tokens allow.
    /// Those depend only on the near concepts that the rules' slots read, which repeat from anchor to anchor (a
    /// document's "list" and "summarize", an attack's repeated verbs): the last answer is kept, and near concepts
    /// that no slot reads allow only the rules without slots after the anchor.
    /// </summary>
    private struct AnchorRules
    {
        /// <summary>The rules, as a mask over their positions in <see cref="InjectionRules.IndexByAnchor"/>.</summary>
        public readonly ulong Mask;

        /// <summary>The widest window of those rules.</summary>
        public readonly int Window;

        private readonly ulong _anchorOnly;
        private readonly ulong _slotConcepts;
        private ulong _lastRead;
        private ulong _lastFitting;

        /// <summary>Initializes the anchor's rules that have every slot after the anchor in <paramref name="present"/>.</summary>
        public AnchorRules(int[] byAnchor, ulong present)
        {
            for (var j = 0; j < byAnchor.Length; j++)
            {
                var rule = InjectionRules.All[byAnchor[j]];
                if (AllSlotsPresent(rule.Slots, present))
                {
                    Mask |= 1UL << j;
                    Window = Math.Max(Window, rule.Window);
                    _anchorOnly |= rule.Slots.Length == 1 ? 1UL << j : 0;
                    _slotConcepts |= LaterSlots[byAnchor[j]];
                }
            }
        }

        /// <summary>The rules of <see cref="Mask"/> whose every slot after the anchor has one of its concepts in <paramref name="near"/>.</summary>
        public ulong Fitting(int[] byAnchor, ulong near)
        {
            var read = near & _slotConcepts;
            if (read == 0)
            {
                return _anchorOnly;
            }

            if (read != _lastRead)
            {
                ulong fitting = 0;
                for (var possible = Mask; possible != 0; possible &= possible - 1)
                {
                    var j = System.Numerics.BitOperations.TrailingZeroCount(possible);
                    fitting |= AllSlotsPresent(InjectionRules.All[byAnchor[j]].Slots, read) ? 1UL << j : 0;
                }

                _lastRead = read;
                _lastFitting = fitting;
            }

            return _lastFitting;
        }
    }

    /// <summary>The damping factors for the scanned text.</summary>
    /// <param name="Discussion">The factor for a text that discusses attacks.</param>
    /// <param name="ExplainStart">The index of the first token that asks for an explanation; what follows it is damped.</param>
    /// <param name="QuotedDiscussion">The further factor for quoted text in such a discussion.</param>
    /// <param name="QuotedRelayed">The further factor for an override quoted for translation or in a story.</param>
    /// <param name="PastedScale">The prompt threshold over the untrusted threshold: scales rules for pasted text.</param>
    /// <param name="HasQuotation">Whether the text has a quotation, whose words a rule outside it may take only when handed over.</param>
    private readonly record struct Context(double Discussion, int ExplainStart, double QuotedDiscussion, double QuotedRelayed, double PastedScale, bool HasQuotation);
}
