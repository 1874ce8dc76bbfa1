namespace Governance.AI.Safety;

/// <summary>A deny-list, topic or secret finding, with the spans of the raw text it covers (for redaction).</summary>
internal sealed record PolicyFinding(string RuleId, string Category, SafetyAction Action, double Score, IReadOnlyList<Range> Spans);

/// <summary>The deny list, the allow list and the blocked topics, matched as whole words on folded text.</summary>
internal sealed class ContentPolicy
{
    private readonly PhraseMatcher _deny;
    private readonly PhraseMatcher _allow;
    private readonly (SafetyTopic Topic, PhraseMatcher Matcher, string RuleId)[] _topics;
    private readonly SafetyAction _denyAction;

    public ContentPolicy(SafetyOptions options)
    {
        _deny = new PhraseMatcher(options.DenyTerms);
        _allow = new PhraseMatcher(options.AllowTerms);
        _topics = [.. options.Topics.Select(t => (t, new PhraseMatcher(t.Terms), "topic." + t.Name))];
        _denyAction = options.DenyTermAction;
    }

    public bool IsEmpty => _deny.Count == 0 && _topics.Length == 0;

    /// <summary>Finds deny-list words (not covered by an allow-list phrase) and blocked topics.</summary>
    /// <param name="text">The raw text.</param>
    /// <param name="findings">Receives the findings.</param>
    public void Find(string text, List<PolicyFinding> findings)
    {
        if (IsEmpty || text.Length == 0)
        {
            return;
        }

        var folded = new char[text.Length * TextFolding.MaxExpansion];
        var offsets = new int[folded.Length];
        var n = TextFolding.Fold(text, folded, offsets);
        var f = folded.AsSpan(0, n);
        var tokens = new SafetyToken[SafetyTokenizer.MaxTokens(n)];
        var count = SafetyTokenizer.Tokenize(f, tokens, out _);
        var all = tokens.AsSpan(0, count);
        var matches = new List<PhraseMatch>();

        _deny.Match(f, all, matches);
        if (matches.Count > 0)
        {
            var allowed = new List<PhraseMatch>();
            _allow.Match(f, all, allowed);
            var spans = new List<Range>();
            foreach (var m in matches)
            {
                if (!allowed.Exists(a => a.FirstToken <= m.LastToken && m.FirstToken <= a.LastToken))
                {
                    spans.Add(RawRange(text, all, offsets, m));
                }
            }

            if (spans.Count > 0)
            {
                findings.Add(new PolicyFinding("denylist", SafetyConstants.CategoryDeniedTerm, _denyAction, spans.Count, spans));
            }
        }

        foreach (var (topic, matcher, ruleId) in _topics)
        {
            matches.Clear();
            matcher.Match(f, all, matches);
            var distinct = matches.Select(m => m.Phrase).Distinct().Count();
            if (distinct >= topic.MinMatches)
            {
                var spans = new List<Range>(matches.Count);
                foreach (var m in matches)
                {
                    spans.Add(RawRange(text, all, offsets, m));
                }

                findings.Add(new PolicyFinding(ruleId, SafetyConstants.CategoryBlockedTopic, topic.Action, distinct, spans));
            }
        }
    }

    private static Range RawRange(string text, ReadOnlySpan<SafetyToken> tokens, int[] offsets, PhraseMatch m)
    {
        var first = tokens[m.FirstToken];
        var last = tokens[m.LastToken];
        var start = offsets[first.Start];
        var end = offsets[last.Start + last.Length - 1] + 1;
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return new Range(start, end);
    }
}
