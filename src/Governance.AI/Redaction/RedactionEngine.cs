using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Governance.AI.Redaction;

/// <summary>
/// Finds personal data and secrets in text and redacts them with each type's operator. Thread-safe; create one per
/// options instance and share it.
/// </summary>
/// <remarks>
/// The built-in recognizers are one hand-written single-pass scanner; user patterns run on the non-backtracking regex
/// engine. Matching is therefore linear in the input. A text longer than <see cref="RedactionOptions.MaxInputLength"/>
/// is rejected with <see cref="RedactionInputTooLargeException"/>. Overlapping matches are resolved deterministically:
/// higher confidence wins, then the longer match, then the earlier one, then the type name in ordinal order.
/// </remarks>
public sealed partial class RedactionEngine
{
    /// <summary>Per-thread scratch lists (taken while in use, so a re-entrant call simply allocates its own).</summary>
    [ThreadStatic]
    private static List<RedactionMatch>? t_candidates;

    [ThreadStatic]
    private static List<RedactionMatch>? t_matches;

    private readonly RedactionOptions _options;
    private readonly CustomRecognizer[] _custom;

    /// <summary>
    /// The matches of texts redacted whole (prompt messages, instructions, whole responses), by content hash and length,
    /// so a system prompt or the history re-sent every turn is analyzed once; <see langword="null"/> when a custom
    /// recognizer has a validator, whose answer the engine cannot assume to be the same next time.
    /// </summary>
    private readonly TextHashMemo<byte, RedactionMatch[]>? _analyses;

    /// <summary>
    /// The redacted form of texts redacted first in their request (into an empty vault), by the same hash as
    /// <see cref="_analyses"/>: a repeated prompt is then not rebuilt, only its vault entries are recorded again.
    /// Placeholders count from one in an empty vault, so the form depends on nothing but the text.
    /// </summary>
    private readonly TextHashMemo<byte, string>? _firstRedactions;
    private readonly EntityPolicy _defaultPolicy;
    private readonly FrozenDictionary<string, ContextMatcher> _contextWords;

    /// <summary>The keys of <see cref="_contextWords"/> and their matchers side by side, looked through by reference
    /// first (a match's type is the very string its recognizer names), so most matches need no string hash.</summary>
    private readonly string[] _contextTypes;
    private readonly ContextMatcher[] _contextMatchers;

    /// <summary>Initializes a new instance of the <see cref="RedactionEngine"/> class.</summary>
    /// <param name="options">The options; validated here (an invalid value throws, naming the key).</param>
    public RedactionEngine(RedactionOptions options)
    {
        _options = OptionsValidationErrors.ThrowIfInvalid(options, "AiGovernance:" + RedactionOptions.SectionName);
        _custom = [.. options.CustomRecognizers];
        _defaultPolicy = new EntityPolicy { Operator = options.DefaultOperator };
        var contextWords = new Dictionary<string, string[]>(BuiltInContextWords, StringComparer.Ordinal);
        foreach (CustomRecognizer recognizer in _custom)
        {
            if (recognizer.ContextWords.Count > 0)
            {
                string[] own = [.. recognizer.ContextWords.Select(w => w.ToLowerInvariant())];
                contextWords[recognizer.EntityType] = contextWords.TryGetValue(recognizer.EntityType, out string[]? existing) ? [.. existing, .. own] : own;
            }
        }

        _contextWords = contextWords.ToFrozenDictionary(e => e.Key, e => new ContextMatcher(e.Value), StringComparer.Ordinal);
        _contextTypes = [.. _contextWords.Keys];
        _contextMatchers = [.. _contextWords.Values];
        _analyses = Array.Exists(_custom, static r => r.Validator is not null) ? null : new TextHashMemo<byte, RedactionMatch[]>(MemoCapacity);
        _firstRedactions = _analyses is null ? null : new TextHashMemo<byte, string>(FirstRedactionMemoCapacity);
    }

    /// <summary>Gets the options the engine was created with.</summary>
    public RedactionOptions Options => _options;

    /// <summary>Gets how many analyzed texts the engine remembers; -1 when it remembers none (a custom recognizer has a validator).</summary>
    internal int RememberedAnalyses => _analyses?.Count ?? -1;

    /// <summary>Finds the sensitive values in a text, at or above <see cref="RedactionOptions.MinimumConfidence"/>,
    /// without overlaps, ordered by position.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches.</returns>
    /// <exception cref="RedactionInputTooLargeException">The text is longer than <see cref="RedactionOptions.MaxInputLength"/>.</exception>
    public IReadOnlyList<RedactionMatch> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<RedactionMatch> results = RentList(ref t_matches);
        try
        {
            Analyze(text, results);
            return results.Count == 0 ? [] : results.ToArray();
        }
        finally
        {
            ReturnList(ref t_matches, results);
        }
    }

    /// <summary>Redacts a text of the request: every match is replaced by its type's operator, and placeholders are
    /// recorded in <paramref name="vault"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="vault">The request's vault.</param>
    /// <returns>The redacted text (the same instance when nothing was found).</returns>
    /// <exception cref="SensitiveDataBlockedException">A value of a type whose operator is <see cref="RedactionOperator.Block"/> was found.</exception>
    /// <exception cref="RedactionInputTooLargeException">The text is longer than <see cref="RedactionOptions.MaxInputLength"/>.</exception>
    public string Redact(string text, RedactionVault vault) => Redact(text, vault, inResponse: false, digests: null);

    /// <summary><see cref="Redact(string, RedactionVault)"/> of a message text: the hash of a string instance the
    /// thread saw before is remembered in <paramref name="digests"/>, so a history re-sent every turn is not hashed again.</summary>
    internal string RedactMessageText(string text, RedactionVault vault, TextDigests digests) => Redact(text, vault, inResponse: false, digests);

    /// <summary>Redacts new sensitive values in a model's response: placeholders created here are never restored, and
    /// <see cref="RedactionOperator.Block"/> acts as a placeholder.</summary>
    /// <param name="text">The response text.</param>
    /// <param name="vault">The request's vault.</param>
    /// <returns>The redacted text (the same instance when nothing was found).</returns>
    public string RedactResponse(string text, RedactionVault vault) => Redact(text, vault, inResponse: true, digests: null);

    internal void Analyze(ReadOnlySpan<char> text, List<RedactionMatch> results)
    {
        if (text.Length > _options.MaxInputLength)
        {
            throw new RedactionInputTooLargeException(text.Length, _options.MaxInputLength);
        }

        List<RedactionMatch> candidates = RentList(ref t_candidates);
        try
        {
            Analyze(text, candidates, results);
        }
        finally
        {
            ReturnList(ref t_candidates, candidates);
        }
    }

    private void Analyze(ReadOnlySpan<char> text, List<RedactionMatch> candidates, List<RedactionMatch> results)
    {
        BuiltInScanner.Scan(text, _options.Recognizers, candidates);
        foreach (CustomRecognizer recognizer in _custom)
        {
            foreach (ValueMatch match in recognizer.Regex.EnumerateMatches(text))
            {
                if (match.Length == 0 ||
                    (recognizer.Validator is { } validate && !validate(text.Slice(match.Index, match.Length).ToString())))
                {
                    continue;
                }

                candidates.Add(new RedactionMatch(recognizer.EntityType, match.Index, match.Length, recognizer.Confidence, recognizer.IsSecret));
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        bool phoneKept = false;
        bool phoneWithinBoost = false;
        bool ssnKept = false;
        bool ssnWithinBoost = false;
        for (int k = 0; k < candidates.Count; k++)
        {
            RedactionMatch m = candidates[k];
            double confidence = Math.Clamp(AdjustForContext(text, m), 0, 1);
            candidates[k] = m with { Confidence = confidence };
            bool above = confidence >= _options.MinimumConfidence;
            bool withinBoost = !above && confidence + _options.ContextBoost >= _options.MinimumConfidence;
            if (m.EntityType == RedactionEntityTypes.Phone)
            {
                phoneKept |= above;
                phoneWithinBoost |= withinBoost;
            }
            else if (m.EntityType == RedactionEntityTypes.UsSsn)
            {
                ssnKept |= above;
                ssnWithinBoost |= withinBoost;
            }
        }

        if (phoneKept && phoneWithinBoost)
        {
            JoinLists(text, candidates, RedactionEntityTypes.Phone);
        }

        if (ssnKept && ssnWithinBoost)
        {
            JoinLists(text, candidates, RedactionEntityTypes.UsSsn);
        }

        int kept = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Confidence >= _options.MinimumConfidence)
            {
                candidates[kept++] = candidates[k];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
        if (kept == 0)
        {
            return;
        }

        Resolve(candidates, results);
    }

    private EntityPolicy PolicyFor(string entityType) =>
        _options.Policies.TryGetValue(entityType, out EntityPolicy? policy) ? policy : _defaultPolicy;

    private static List<RedactionMatch> RentList(ref List<RedactionMatch>? slot)
    {
        List<RedactionMatch> list = slot ?? new List<RedactionMatch>(16);
        slot = null;
        return list;
    }

    private static void ReturnList(ref List<RedactionMatch>? slot, List<RedactionMatch> list)
    {
        // Very large lists are dropped rather than kept alive by the thread.
        if (list.Capacity <= 16 * 1024)
        {
            list.Clear();
            slot = list;
        }
    }
}
