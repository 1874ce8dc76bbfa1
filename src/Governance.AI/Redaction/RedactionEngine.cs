using System.Collections.Frozen;
using System.Runtime.InteropServices;
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
public sealed class RedactionEngine
{
    internal const int ContextBefore = 32;
    internal const int ContextAfter = 16;
    private const double NegativeContextPenalty = 0.4;

    /// <summary>Matches at or above this confidence are not looked at for context words.</summary>
    private const double CertainConfidence = 0.9;

    /// <summary>How far before a dotted quad <see cref="SectionWords"/> are looked for: the word right in front.</summary>
    private const int SectionWordWindow = 12;

    private static readonly FrozenDictionary<string, string[]> BuiltInContextWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [RedactionEntityTypes.CreditCard] = ["card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "diners", "jcb", "maestro", "unionpay", "cc", "payment", "pan"],
        [RedactionEntityTypes.UsSsn] = ["ssn", "social security", "social-security", "social sec", "social no", "social #", "social:", "social is", "my social", "his social", "her social", "your social",
            "s.s.n", "soc. sec", "soc sec", "ss#", "taxpayer", "sozialversicherung", "sécurité sociale", "securite sociale", "seguro social", "seguridad social", "previdenza sociale", "segurança social"],
        [RedactionEntityTypes.Phone] = ["phone", "tel", "call", "mobile", "cell", "fax", "contact", "sms", "text", "whatsapp", "voicemail", "voice mail", "reach", "dial", "tél", "telefono", "ring", "landline", "office on", "switchboard", "mob", "freephone", "hotline", "helpline",
            "anruf", "rufen", "erreich", "handy", "rückruf", "appel", "portable", "joindre", "llam", "llám", "móvil", "movil", "teléf", "chiam", "contatt", "cellulare", "ligue", "ligar", "contat", "celular", "cel.", "cel:", "cel ", "тел", "звон", "моб", "手机", "电话", "電話", "携帯", "휴대폰", "전화"],
        [RedactionEntityTypes.Iban] = ["iban", "account", "bank", "transfer", "wire", "sepa"],
        [RedactionEntityTypes.IPAddress] = ["ip", "address", "host", "server", "client", "ipv4", "ipv6", "subnet", "gateway"],
        [RedactionEntityTypes.Email] = ["email", "e-mail", "mail"],
        [RedactionEntityTypes.AwsSecretKey] = ["aws", "secret", "akia", "asia", "credential"],
        [RedactionEntityTypes.AzureKey] = ["key", "secret", "token", "subscription", "apim", "ocp", "azure", "cognitive", "openai", "speech", "translator", "endpoint", "credential", "password", "rotate", "revoke", "leak", "expose", "api", "auth", "bearer", "header"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that, before 32 hex digits, say they are a hash or an id rather than a key.</summary>
    private static readonly ContextMatcher DigestWords = new(["md5", "hash", "checksum", "digest", "sha", "etag", "uuid", "guid", "fingerprint", "trace", "correlation", "request id", "session id", "transaction id", "object id"]);

    /// <summary>Whole words that, within a few words before a dotted quad, say it is a version rather than an address
    /// (whole words, so "Verbindung von 10.0.0.1" stays an address).</summary>
    private static readonly ContextMatcher VersionWords = new(
        ["version", "versions", "ver", "versión", "versione", "versão", "versie", "build", "builds", "release", "released", "releases", "firmware", "update",
         "updated", "updates", "upgrade", "upgraded", "upgrades", "patch", "patched", "sdk", "package", "install", "installed", "bootloader", "bios", "kernel",
         "driver", "revision", "rev"],
        wholeWords: true);

    /// <summary>Whole words that, right before a dotted quad, say it numbers a part of a document ("section 4.2.1.3",
    /// "§ 3.1.2.4", "Abschnitt 3.1.4.2", "article 2.3.1.5") rather than an address; not "para" (Spanish and Portuguese
    /// "for") or "table" ("routing table 10.0.0.0/8").</summary>
    private static readonly ContextMatcher SectionWords = new(
        ["section", "sect", "sec", "clause", "chapter", "article", "paragraph", "item", "step", "figure", "fig", "appendix", "annex", "§", "nr",
         "abschnitt", "kapitel", "absatz", "artikel", "ziffer", "abbildung", "anhang", "chapitre", "paragraphe", "alinéa", "annexe",
         "sección", "apartado", "capítulo", "artículo", "anexo", "sezione", "capitolo", "articolo", "paragrafo", "allegato",
         "secção", "seção", "artigo", "hoofdstuk", "paragraaf", "bijlage"],
        wholeWords: true);

    /// <summary>Prepositions that, right before a dotted quad, place something at an address ("installed on 10.0.0.5").</summary>
    private static readonly ContextMatcher AddressPrepositions = new(["on", "at", "@"], wholeWords: true);

    /// <summary>Per-thread scratch lists (taken while in use, so a re-entrant call simply allocates its own).</summary>
    [ThreadStatic]
    private static List<RedactionMatch>? t_candidates;

    [ThreadStatic]
    private static List<RedactionMatch>? t_matches;

    /// <summary>Texts shorter than this are analyzed every time: hashing them costs about as much.</summary>
    private const int MemoMinimumLength = 32;

    /// <summary>How many analyzed texts an engine remembers (about 56 bytes each, plus the matches of texts that have any).</summary>
    private const int MemoCapacity = 4096;

    /// <summary>How many redacted texts an engine remembers, each at most <see cref="FirstRedactionMaxLength"/>
    /// characters: at most 4 MB of redacted (never original) text.</summary>
    private const int FirstRedactionMemoCapacity = 512;

    private const int FirstRedactionMaxLength = 4096;

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
        _analyses = Array.Exists(_custom, static r => r.Validator is not null) ? null : new TextHashMemo<byte, RedactionMatch[]>(MemoCapacity);
        _firstRedactions = _analyses?.WithSameHash<string>(FirstRedactionMemoCapacity);
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
    public string Redact(string text, RedactionVault vault) => Redact(text, vault, inResponse: false);

    /// <summary>Redacts new sensitive values in a model's response: placeholders created here are never restored, and
    /// <see cref="RedactionOperator.Block"/> acts as a placeholder.</summary>
    /// <param name="text">The response text.</param>
    /// <param name="vault">The request's vault.</param>
    /// <returns>The redacted text (the same instance when nothing was found).</returns>
    public string RedactResponse(string text, RedactionVault vault) => Redact(text, vault, inResponse: true);

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

        int kept = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            RedactionMatch m = candidates[k];
            double confidence = Math.Clamp(AdjustForContext(text, m), 0, 1);
            if (confidence >= _options.MinimumConfidence)
            {
                candidates[kept++] = m with { Confidence = confidence };
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

    /// <summary>Keeps the best of overlapping matches: higher confidence, then longer, then earlier, then type name.</summary>
    /// <remarks>Candidates are split into clusters of transitively overlapping matches (in start order); a cluster of
    /// one is accepted as is, and a larger cluster is resolved greedily in rank order. Clusters are independent, so
    /// this equals a global greedy pass, in near-linear time.</remarks>
    private static void Resolve(List<RedactionMatch> candidates, List<RedactionMatch> results)
    {
        if (!IsSortedByStart(candidates))
        {
            candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Rank(a, b));
        }

        int k = 0;
        while (k < candidates.Count)
        {
            int clusterEnd = candidates[k].End;
            int j = k + 1;
            while (j < candidates.Count && candidates[j].Start < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, candidates[j].End);
                j++;
            }

            if (j == k + 1)
            {
                results.Add(candidates[k]);
            }
            else
            {
                ResolveCluster(candidates.GetRange(k, j - k), results);
            }

            k = j;
        }
    }

    private static bool IsSortedByStart(List<RedactionMatch> candidates)
    {
        for (int k = 1; k < candidates.Count; k++)
        {
            if (candidates[k].Start < candidates[k - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static int Rank(RedactionMatch a, RedactionMatch b)
    {
        int c = b.Confidence.CompareTo(a.Confidence);
        if (c == 0)
        {
            c = b.Length.CompareTo(a.Length);
        }

        if (c == 0)
        {
            c = a.Start.CompareTo(b.Start);
        }

        return c != 0 ? c : string.CompareOrdinal(a.EntityType, b.EntityType);
    }

    private static void ResolveCluster(List<RedactionMatch> cluster, List<RedactionMatch> results)
    {
        cluster.Sort(Rank);
        var accepted = new List<RedactionMatch>(cluster.Count);
        foreach (RedactionMatch m in cluster)
        {
            bool overlaps = false;
            foreach (RedactionMatch a in accepted)
            {
                overlaps |= a.Start < m.End && m.Start < a.End;
            }

            if (!overlaps)
            {
                accepted.Add(m);
            }
        }

        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        results.AddRange(accepted);
    }

    private double AdjustForContext(ReadOnlySpan<char> text, RedactionMatch m)
    {
        if (m.Confidence >= CertainConfidence)
        {
            // Checksummed, structurally certain matches (e-mail, IBAN, secrets) need no context.
            return m.Confidence;
        }

        bool dottedQuad = m.EntityType == RedactionEntityTypes.IPAddress && !text.Slice(m.Start, m.Length).Contains(':');
        if (!_contextWords.TryGetValue(m.EntityType, out ContextMatcher? words) && !dottedQuad)
        {
            return m.Confidence;
        }

        ReadOnlySpan<char> before = WindowBefore(text, m.Start, ContextBefore);
        ReadOnlySpan<char> after = text[m.End..Math.Min(text.Length, m.End + ContextAfter)];

        // A dotted quad right after "version", "build"… is a version number, after "section", "§"… a section number,
        // whatever else is nearby.
        // An address word or "on"/"at" right in front keeps it an address ("upgrade the host 10.0.0.5", "install on …").
        if (dottedQuad && (VersionWords.Matches(WindowBefore(text, m.Start, 24)) || SectionWords.Matches(WindowBefore(text, m.Start, SectionWordWindow))) &&
            !(words is not null && words.Matches(WindowBefore(text, m.Start, SectionWordWindow))) && !AddressPrepositions.Matches(WindowBefore(text, m.Start, 4)))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        if (m.EntityType == RedactionEntityTypes.AzureKey && DigestWords.Matches(before))
        {
            return m.Confidence;
        }

        // "Dial-in code 4155550132", "PIN 555-0132": a code label right in front wins over a phone word nearby.
        if (m.EntityType == RedactionEntityTypes.Phone && IdentifierLabel.IsCodeDirectlyBefore(text, m.Start))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        // "Order 223-529-4760", "ticket #123-45-6789", "call me about order 5576 2299": a phone- or SSN-shaped number
        // right after a reference-number label is a reference number even with a phone word nearby; only a label that
        // ends a longer phrase with a colon ("SSN for the booking: …") yields to a word of the value's type. Only the
        // label right in front counts: the same words elsewhere in the sentence ("call me about my refund on ticket
        // 4411, at 555-0132") say nothing about it; and no reference number starts with a "+".
        bool typeWordNearby = words is not null && (words.Matches(before) || words.Matches(after));
        if (m.EntityType is RedactionEntityTypes.Phone or RedactionEntityTypes.UsSsn && text[m.Start] != '+' &&
            IdentifierLabel.IsDirectlyBefore(text, m.Start, out bool colon) && !(colon && typeWordNearby))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        // A context word counts near the value, as the header of its table column, or, for a phone, as "my number is".
        if (typeWordNearby || (words is not null && words.Matches(TableColumnHeader.CellAbove(text, m.Start))) ||
            (m.EntityType == RedactionEntityTypes.Phone && IdentifierLabel.IsPersonalNumberDirectlyBefore(text, m.Start)))
        {
            return m.Confidence + _options.ContextBoost;
        }

        return m.Confidence;
    }

    /// <summary>Up to <paramref name="length"/> characters before <paramref name="start"/>, starting at a word start, so
    /// that the tail of a cut word ("…ver" of "server") is not read as a word.</summary>
    private static ReadOnlySpan<char> WindowBefore(ReadOnlySpan<char> text, int start, int length)
    {
        int s = Math.Max(0, start - length);
        if (s > 0 && char.IsLetterOrDigit(text[s - 1]))
        {
            while (s < start && char.IsLetterOrDigit(text[s]))
            {
                s++;
            }
        }

        return text[s..start];
    }

    private string Redact(string text, RedactionVault vault, bool inResponse)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vault);
        if (_analyses is not null && text.Length >= MemoMinimumLength)
        {
            UInt128 hash = _analyses.Hash(text);
            RedactionMatch[] found = AnalyzeMemoized(text, hash);
            if (found.Length == 0)
            {
                return text;
            }

            return !inResponse && vault.IsEmpty && text.Length <= FirstRedactionMaxLength && IsReplayable(found)
                ? RedactFirst(text, hash, found, vault)
                : Apply(text, text.Length, found, vault, inResponse);
        }

        List<RedactionMatch> matches = RentList(ref t_matches);
        try
        {
            Analyze(text, matches);
            return matches.Count == 0 ? text : Apply(text, text.Length, CollectionsMarshal.AsSpan(matches), vault, inResponse);
        }
        finally
        {
            ReturnList(ref t_matches, matches);
        }
    }

    /// <summary>Redacts a request text into an empty vault: the remembered form with the vault filled as
    /// <see cref="Apply"/> fills it, or the text applied and remembered.</summary>
    private string RedactFirst(string text, UInt128 hash, RedactionMatch[] found, RedactionVault vault)
    {
        if (!_firstRedactions!.TryGet(hash, text.Length, 0, out string? redacted))
        {
            redacted = Apply(text, text.Length, found, vault, inResponse: false);
            _firstRedactions.Set(hash, text.Length, 0, redacted);
            return redacted;
        }

        ThrowIfBlocked(found);
        foreach (RedactionMatch m in found)
        {
            RedactionVault.TypeEntries entries = vault.Record(m.EntityType);
            if (PolicyFor(m.EntityType).Operator == RedactionOperator.Placeholder)
            {
                vault.GetOrAddPlaceholder(entries, text.AsSpan(m.Start, m.Length), restorable: !m.IsSecret);
            }
        }

        return redacted;
    }

    /// <summary>Gets a value indicating whether redacting the matches depends on nothing but the text and an empty
    /// vault: every operator but a pseudonym (whose key ring may rotate) does.</summary>
    private bool IsReplayable(RedactionMatch[] found)
    {
        foreach (RedactionMatch m in found)
        {
            if (PolicyFor(m.EntityType).Operator == RedactionOperator.Pseudonymize)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the matches of a text from the memo, or analyzes the text and remembers them.</summary>
    private RedactionMatch[] AnalyzeMemoized(string text, UInt128 hash)
    {
        // The engine is one options instance: the analysis depends on nothing but the text, so the tag is constant.
        if (_analyses!.TryGet(hash, text.Length, 0, out RedactionMatch[]? found))
        {
            return found;
        }

        List<RedactionMatch> matches = RentList(ref t_matches);
        try
        {
            Analyze(text, matches);
            found = matches.Count == 0 ? [] : matches.ToArray();
        }
        finally
        {
            ReturnList(ref t_matches, matches);
        }

        _analyses.Set(hash, text.Length, 0, found);
        return found;
    }

    /// <summary>Applies the operators of the matches that end within the first <paramref name="length"/> characters
    /// and returns that prefix, redacted.</summary>
    internal string Apply(string text, int length, ReadOnlySpan<RedactionMatch> matches, RedactionVault vault, bool inResponse)
    {
        if (!inResponse)
        {
            ThrowIfBlocked(matches);
        }

        var sb = new PooledCharBuffer(length + (matches.Length * 8));
        try
        {
            int copied = 0;
            foreach (RedactionMatch m in matches)
            {
                if (m.End > length)
                {
                    break;
                }

                sb.Append(text.AsSpan(copied, m.Start - copied));
                copied = m.End;
                ReadOnlySpan<char> value = text.AsSpan(m.Start, m.Length);
                EntityPolicy policy = PolicyFor(m.EntityType);
                RedactionVault.TypeEntries entries = vault.Record(m.EntityType);
                switch (policy.Operator)
                {
                    case RedactionOperator.Mask:
                        AppendMask(ref sb, value, policy.MaskKeepLast, policy.MaskCharacter);
                        break;
                    case RedactionOperator.Pseudonymize:
                        sb.Append(_options.KeyRing!.Pseudonymize(m.EntityType, value.ToString()));
                        break;
                    case RedactionOperator.Remove:
                        break;
                    default:
                        sb.Append(vault.GetOrAddPlaceholder(entries, value, restorable: !m.IsSecret && !inResponse));
                        break;
                }
            }

            sb.Append(text.AsSpan(copied, length - copied));
            return sb.ToString();
        }
        finally
        {
            sb.Dispose();
        }
    }

    private void ThrowIfBlocked(ReadOnlySpan<RedactionMatch> matches)
    {
        foreach (RedactionMatch m in matches)
        {
            if (PolicyFor(m.EntityType).Operator == RedactionOperator.Block)
            {
                int count = 0;
                foreach (RedactionMatch other in matches)
                {
                    count += string.Equals(other.EntityType, m.EntityType, StringComparison.Ordinal) ? 1 : 0;
                }

                throw new SensitiveDataBlockedException(m.EntityType, count);
            }
        }
    }

    /// <summary>Masks letters, digits and surrogate pairs except the last <paramref name="keepLast"/>; keeps punctuation.</summary>
    internal static void AppendMask(ref PooledCharBuffer sb, ReadOnlySpan<char> value, int keepLast, char mask)
    {
        int keepFrom = value.Length;
        int kept = 0;
        for (int k = value.Length - 1; k >= 0 && kept < keepLast; k--)
        {
            if (char.IsLowSurrogate(value[k]) && k > 0 && char.IsHighSurrogate(value[k - 1]))
            {
                k--;
                keepFrom = k;
                kept++;
            }
            else if (char.IsLetterOrDigit(value[k]) || char.IsSurrogate(value[k]))
            {
                keepFrom = k;
                kept++;
            }
        }

        for (int k = 0; k < keepFrom; k++)
        {
            char c = value[k];
            if (char.IsHighSurrogate(c) && k + 1 < value.Length && char.IsLowSurrogate(value[k + 1]))
            {
                sb.Append(mask);
                k++;
            }
            else
            {
                sb.Append(char.IsLetterOrDigit(c) || char.IsSurrogate(c) ? mask : c);
            }
        }

        sb.Append(value[keepFrom..]);
    }
}
