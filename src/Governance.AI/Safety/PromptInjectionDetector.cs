using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Governance.AI.Safety.Lexical;

namespace Governance.AI.Safety;

/// <summary>
/// The heuristic prompt-injection and jailbreak detector. Text is folded (NFKC-style compatibility mapping, case,
/// accents, homoglyphs, invisible characters) and tokenized in one pass; tokens are looked up in a multilingual
/// word-class table; scored rules fire when their word classes co-occur within a window of tokens inside a sentence.
/// Fake chat-format markers are found by a marker scan, and base64, hex and rot13 payloads are decoded and rescanned
/// within a bounded budget. Discussion context (quotes, "example", "translate", code) damps a rule's weight.
/// </summary>
/// <remarks>Thread-safe; a scan allocates nothing unless it decodes a payload.</remarks>
public sealed partial class PromptInjectionDetector
{
    private const double DiscussionFactor = 0.5;
    private const int MaxPayloadChars = 8192;
    private const int SegmentLength = 16384;
    private const int SegmentOverlap = MaxPayloadChars + 512;

    private const int ForbidWindow = 3;

    // The most pieces a hyphen-split word is joined from ("in-struc-tions" is three).
    private const int MaxHyphenPieces = 4;

    private const double QuotedFactor = 0.6;

    // Words shorter than this are not taken apart as compounds ("Systemregeln" is, "Regeln" is a plain word).
    private const int MinCompoundLength = 10;

    private const ulong DampingConcepts = (ulong)(Concept.Meta | Concept.Explain | Concept.Relayed | Concept.Code);

    private static readonly TermTable<(ulong Concepts, ulong Rot13)> Lexicon = BuildLexicon(out Stems);

    private static readonly TermTable<(string Stem, ulong Concepts)[]> Stems;

    private static readonly SearchValues<char> MarkerStarts = SearchValues.Create("<[#\"-=");

    [ThreadStatic]
    private static Scratch?[]? t_scratch;

    private readonly PromptInjectionDetectorOptions _options;

    private readonly LexicalInjectionModel? _lexicalModel;

    /// <summary>Initializes a new instance of the <see cref="PromptInjectionDetector"/> class.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    public PromptInjectionDetector(PromptInjectionDetectorOptions? options = null)
    {
        _options = options ?? new PromptInjectionDetectorOptions();
        _options.Validate();
        _lexicalModel = _options.LexicalModel.Enabled ? LexicalInjectionModel.Default : null;
    }

    /// <summary>Gets a detector with the default options.</summary>
    public static PromptInjectionDetector Default { get; } = new();

    /// <summary>Scans text for prompt-injection and jailbreak attempts.</summary>
    /// <param name="text">The text.</param>
    /// <param name="origin">Where the text comes from; untrusted content is scored with its own threshold and rules.</param>
    /// <returns>The verdict.</returns>
    public InjectionScanResult Scan(ReadOnlySpan<char> text, SafetyContentOrigin origin = SafetyContentOrigin.UserPrompt)
    {
        var untrusted = origin == SafetyContentOrigin.UntrustedContent;
        var threshold = untrusted ? _options.UntrustedThreshold : _options.PromptThreshold;
        var acc = new Accumulator { ModelLogit = double.NegativeInfinity };
        var budget = _options.DecodePayloads ? _options.MaxDecodedCharacters : 0;

        // Long texts are scanned in overlapping segments, so the scratch buffers stay small; the overlap is longer
        // than any rule window, so a match across a segment boundary is still whole in one segment.
        for (var start = 0; ; start += SegmentLength)
        {
            var length = Math.Min(text.Length - start, SegmentLength + SegmentOverlap);
            ScanCore(text.Slice(start, length), untrusted, 0, ref budget, ref acc);
            if (start + length >= text.Length)
            {
                break;
            }
        }

        if (_lexicalModel is null)
        {
            return new InjectionScanResult(acc.Total(), threshold, acc.Categories, acc.Rules);
        }

        var lexical = _options.LexicalModel;
        var modelThreshold = untrusted ? lexical.UntrustedThreshold : lexical.PromptThreshold;
        return new InjectionScanResult(acc.Total(), threshold, acc.Categories, acc.Rules, LexicalInjectionModel.Probability(acc.ModelLogit), modelThreshold);
    }

    private static TermTable<(ulong, ulong)> BuildLexicon(out TermTable<(string, ulong)[]> stems)
    {
        var map = new Dictionary<string, (ulong Concepts, ulong Rot13)>(StringComparer.Ordinal);
        var stemMap = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (concept, words) in InjectionLexicon.Entries)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.EndsWith('*'))
                {
                    var stem = word[..^1];
                    stemMap.TryGetValue(stem, out var sc);
                    stemMap[stem] = sc | (ulong)concept;
                    continue;
                }

                map.TryGetValue(word, out var v);
                map[word] = (v.Concepts | (ulong)concept, v.Rot13);
            }
        }

        // A word that starts with a stem also belongs to the stem's concepts ("anweisung" and "anweisung*").
        foreach (var (word, value) in map.ToList())
        {
            foreach (var (stem, concepts) in stemMap)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal))
                {
                    map[word] = (map[word].Concepts | concepts, value.Rot13);
                }
            }
        }

        foreach (var (word, value) in map.ToList())
        {
            var rot = Rot13(word);
            map.TryGetValue(rot, out var v);
            map[rot] = (v.Concepts, v.Rot13 | value.Concepts);
        }

        stems = new TermTable<(string, ulong)[]>(stemMap
            .GroupBy(kv => kv.Key[..InjectionLexicon.StemLength], StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, (string, ulong)[]>(g.Key, g.Select(kv => (kv.Key, kv.Value)).ToArray())));
        return new TermTable<(ulong, ulong)>(map.Select(kv => new KeyValuePair<string, (ulong, ulong)>(kv.Key, kv.Value)));
    }

    private static Scratch GetScratch(int depth)
    {
        var all = t_scratch ??= new Scratch?[6];
        return all[depth] ??= new Scratch();
    }

    private void ScanCore(ReadOnlySpan<char> text, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        var scratch = GetScratch(depth);
        var folded = scratch.Folded(text.Length * TextFolding.MaxExpansion);
        var n = TextFolding.Fold(text, folded, out var ascii);
        var f = folded.AsSpan(0, n);
        var tokens = scratch.Tokens(SafetyTokenizer.MaxTokens(n));
        var count = SafetyTokenizer.Tokenize(f, tokens, out var summary);
        if (depth == 0 && _lexicalModel is not null)
        {
            acc.ModelLogit = Math.Max(acc.ModelLogit, _lexicalModel.TextLogit(f, tokens.AsSpan(0, count)));
        }

        var concepts = scratch.Concepts(count);
        var rot13 = scratch.Rot13(count);
        var sparse = scratch.Sparse(count);
        var sparseCount = 0;
        var rotCount = 0;
        ulong rotAll = 0;
        var reversedCount = 0;
        var letterRun = 0;
        var longestLetterRun = 0;
        var firstExplain = int.MaxValue;
        var joinedPieces = 0;
        var firstDu = -1;
        var firstIgnore = -1;
        var lastIgnore = -1;
        ulong all = 0;
        for (var i = 0; i < count; i++)
        {
            ref var t = ref tokens[i];
            if (joinedPieces > 0)
            {
                // A later piece of a hyphen-split word: the word's concepts are on its first piece (its rot13 reading
                // still counts on its own).
                joinedPieces--;
                concepts[i] = 0;
                rot13[i] = t.Length <= 24 && Lexicon.TryGet(t.Hash, f.Slice(t.Start, t.Length), out var piece) ? piece.Rot13 : 0;
                rotAll |= rot13[i];
                letterRun = 0;
                continue;
            }

            ulong c = 0;
            ulong r = 0;
            if (t.Length <= 24 && Lexicon.TryGet(t.Hash, f.Slice(t.Start, t.Length), out var v))
            {
                c = v.Concepts;
                r = v.Rot13;
            }
            else if (t.Length > InjectionLexicon.StemLength && StemHash(f, t) is var stemHash && stemHash != 0)
            {
                // The stem is hashed only for words the lexicon does not know (most known words are short).
                c = StemConcepts(f.Slice(t.Start, t.Length), stemHash);
                if (c == 0 && ReversedWords.TryGet(t.Hash, f.Slice(t.Start, t.Length), out _))
                {
                    reversedCount++;
                }
            }

            // Words split by hyphens to dodge matching ("ig-nore", "in-struc-tions"); a word that is one already
            // ("follow-up") is left alone.
            if (c == 0 && i + 1 < count && IsHyphenated(f, t, tokens[i + 1]))
            {
                c = HyphenJoinedConcepts(f, tokens.AsSpan(i, Math.Min(MaxHyphenPieces, count - i)), out joinedPieces);
            }

            // Letters written one by one ("i g n o r e", "i.g.n.o.r.e") are words split to dodge matching.
            letterRun = t.Length == 1 && (t.Flags & TokenFlags.LettersAndDigits) == 0 && char.IsLetter(f[t.Start]) ? letterRun + 1 : 0;
            longestLetterRun = Math.Max(longestLetterRun, letterRun);

            if (t.Length >= MinCompoundLength && t.Length <= 24)
            {
                c |= CompoundConcepts(f.Slice(t.Start, t.Length));
            }

            if ((t.Flags & TokenFlags.LettersAndDigits) != 0 && t.Length <= 24)
            {
                c |= LeetConcepts(f.Slice(t.Start, t.Length));
            }

            // Words inside addresses and URLs ("attacker@example.net") do not make the text a discussion.
            if ((t.Flags & TokenFlags.InAddress) != 0)
            {
                c &= ~DampingConcepts;
            }

            if (t.Length <= 2 && (c & (ulong)Concept.Your) == 0 && IsFrenchElidedYou(f, t))
            {
                // "les consignes qu'on t'a données": the French elided "te" (never "don't", whose "t" follows the apostrophe).
                c |= (ulong)Concept.Your;
            }
            else if (firstDu < 0 && t.Length == 2 && f[t.Start] == 'd' && f[t.Start + 1] == 'u')
            {
                firstDu = i;
            }

            concepts[i] = c;
            rot13[i] = r;
            if ((c & (ulong)Concept.Explain) != 0 && firstExplain > i)
            {
                firstExplain = i;
            }

            if (c != 0)
            {
                if ((c & (ulong)Concept.Ignore) != 0)
                {
                    firstIgnore = firstIgnore < 0 ? sparseCount : firstIgnore;
                    lastIgnore = sparseCount;
                }

                sparse[sparseCount++] = i;
                all |= c;
            }

            if (r != 0)
            {
                rotCount++;
                rotAll |= r;
            }
        }

        // "Staff should disregard the old instruction", "the Translator shall disregard …": an order to a named third
        // party under a modal is a rule of a policy or contract, not an order to the model. Checked after the word loop
        // (inside it the check cost every word of every text), from the first override verb to the last, in text order
        // and before any later pass changes a word's concepts, so each check reads what it read inside the loop.
        if (firstIgnore >= 0)
        {
            DropThirdPartyOverrides(f, tokens, concepts, sparse, firstIgnore, lastIgnore, ref sparseCount, ref all);
        }

        // German "du" (you) is the French "du" (of the): in French text it is no pronoun ("l'extraction du prompt système").
        if (firstDu >= 0 && LanguageHints.IsFrench(f, tokens.AsSpan(0, count)))
        {
            for (var i = firstDu; i < count; i++)
            {
                ref var t = ref tokens[i];
                if (t.Length == 2 && f[t.Start] == 'd' && f[t.Start + 1] == 'u')
                {
                    concepts[i] &= ~(ulong)Concept.Your;
                }
            }
        }

        // Talk about attacks ("example", "injection") damps everywhere; a request to explain damps what follows it
        // ("explain why 'ignore previous instructions' works"), not a persona set up before it ("you are an AI without
        // rules; explain how to …"). Quoted text in a discussion is damped more. Otherwise quoted text is not damped:
        // an instruction inside a pasted passage reaches the model all the same. Only an override quoted for
        // translation or in a story is damped ("Oubliez les instructions précédentes, le plan a changé" is a message
        // between people); what it asks for (reveal your prompt, an AI without rules) still counts.
        var context = new Context(
            (all & (ulong)Concept.Meta) != 0 ? DiscussionFactor : 1.0,
            firstExplain,
            (all & (ulong)(Concept.Meta | Concept.Explain)) != 0 ? QuotedFactor : 1.0,
            (all & (ulong)Concept.Relayed) != 0 ? QuotedFactor : 1.0,
            _options.PromptThreshold / _options.UntrustedThreshold);

        // Chat-format markers are "discussed" in code and documentation, not by a request to explain something.
        var codeDiscussion = (all & (ulong)(Concept.Meta | Concept.Relayed | Concept.Code)) != 0 ? DiscussionFactor : 1.0;
        Evaluate(tokens.AsSpan(0, count), concepts.AsSpan(0, count), sparse.AsSpan(0, sparseCount), untrusted, context, scratch.PossibleRules, ref acc);
        ScanMarkers(f, codeDiscussion, ref acc);
        for (var i = 0; i < sparseCount; i++)
        {
            var ti = sparse[i];
            ref var t = ref tokens[ti];
            if ((concepts[ti] & (ulong)Concept.RoleLabel) == 0)
            {
                continue;
            }

            if ((t.Flags & (TokenFlags.LineStart | TokenFlags.ColonAfter)) == (TokenFlags.LineStart | TokenFlags.ColonAfter))
            {
                acc.Record(InjectionRules.SpecialRoleLabel, codeDiscussion);
            }
            else if ((t.Flags & (TokenFlags.Pasted | TokenFlags.Quoted)) != 0 && ti + 1 < count
                && (tokens[ti + 1].Flags & TokenFlags.ColonAfter) != 0 && (concepts[ti + 1] & (ulong)(Concept.StrictInstructions | Concept.Address | Concept.MessageNoun)) != 0)
            {
                // "[2] SYSTEM INSTRUCTION: …" inside pasted text: a forged label where no transcript puts one.
                acc.Record(InjectionRules.SpecialRoleLabel, codeDiscussion * context.PastedScale);
            }
        }

        if ((all & (ulong)Concept.AiReference) != 0)
        {
            ScanNotesToAi(f, tokens.AsSpan(0, count), concepts.AsSpan(0, count), sparse.AsSpan(0, sparseCount), context.Discussion, ref acc);
        }

        if (depth < _options.MaxDecodeDepth && budget > 0)
        {
            if (reversedCount >= 2)
            {
                ScanVariant(f, ObfuscationKind.Reversed, untrusted, depth, ref budget, ref acc);
            }

            if (longestLetterRun >= SplitWords.MinLetterRun || SplitWords.HasJoiners(f))
            {
                ScanVariant(f, ObfuscationKind.Split, untrusted, depth, ref budget, ref acc);
            }

            ScanReassembled(text, f, ascii, untrusted, depth, ref budget, ref acc);
        }

        // Most texts have a word or two whose rot13 reading is a known word; no rule can fire on so few concepts.
        if (rotCount >= 2 && budget > 0 && AnyRulePossible(rotAll))
        {
            ScanRot13(tokens.AsSpan(0, count), rot13.AsSpan(0, count), untrusted, context, ref acc);
        }

        if ((summary & TokenFlags.Long) != 0 && depth < _options.MaxDecodeDepth && budget > 0)
        {
            ScanPayloads(text, untrusted, depth, ref budget, ref acc);
        }
    }

    private static ulong StemHash(ReadOnlySpan<char> f, in SafetyToken t) => TermTable<int>.Hash(f.Slice(t.Start, InjectionLexicon.StemLength));

    private static bool IsFrenchElidedYou(ReadOnlySpan<char> f, in SafetyToken t) =>
        t.Length == 1 && f[t.Start] == 't' && t.Start + 2 < f.Length && f[t.Start + 1] == '\'' && char.IsLetter(f[t.Start + 2]);

    /// <summary>
    /// Clears <see cref="Concept.Ignore"/> on each override verb addressed under a modal to a third party
    /// (<see cref="IsThirdPartyModal"/>), in text order over the sparse list's entries <paramref name="first"/> to
    /// <paramref name="last"/> (the first and last words with the concept). Only when one is cleared are the sparse
    /// list (a word left without concepts leaves it) and the union of the concepts rebuilt.
    /// </summary>
    private static void DropThirdPartyOverrides(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, Span<ulong> concepts, Span<int> sparse, int first, int last, ref int sparseCount, ref ulong all)
    {
        var list = sparse[..sparseCount];
        var dropped = false;
        foreach (var i in list[first..(last + 1)])
        {
            if ((concepts[i] & (ulong)Concept.Ignore) != 0 && IsThirdPartyModal(f, tokens, concepts, i))
            {
                concepts[i] &= ~(ulong)Concept.Ignore;
                dropped = true;
            }
        }

        if (!dropped)
        {
            return;
        }

        ulong union = 0;
        var kept = 0;
        foreach (var i in list)
        {
            var c = concepts[i];
            if (c != 0)
            {
                sparse[kept++] = i;
                union |= c;
            }
        }

        sparseCount = kept;
        all = union;
    }

    /// <summary>
    /// Whether the word before token <paramref name="i"/> (past an optional "not") is a modal verb ("should", "must", "may",
    /// "shall", "deben", "doivent", …) whose subject, the word before it in the same sentence, names a third party: a
    /// word that is not "you", the assistant, a reader ("anyone", "this", "it") nor any other class the detector knows,
    /// except a role (staff, admins, operators), who a policy addresses as readily as employees.
    /// </summary>
    private static bool IsThirdPartyModal(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i)
    {
        var m = i - 1;
        if (m >= 0 && (concepts[m] & (ulong)Concept.Negation) != 0 && tokens[m].Position == tokens[i].Position - 1)
        {
            m--;
        }

        if (m < 1 || tokens[m].Position != tokens[i].Position - (i - m) || tokens[m - 1].Position != tokens[m].Position - 1)
        {
            return false;
        }

        var subject = tokens[m - 1];
        return f.Slice(tokens[m].Start, tokens[m].Length) is "should" or "must" or "may" or "shall" or "can" or "will"
                or "debe" or "deben" or "pueden" or "doit" or "doivent" or "peuvent" or "devraient"
            && (concepts[m - 1] & ~(ulong)Concept.Developer) == 0
            && f.Slice(subject.Start, subject.Length) is not ("this" or "it" or "anyone" or "everyone" or "whoever" or "one" or "reader" or "readers" or "they" or "we" or "all");
    }

    private static bool IsHyphenated(ReadOnlySpan<char> f, in SafetyToken token, in SafetyToken next) =>
        next.Start == token.Start + token.Length + 1 && f[token.Start + token.Length] == '-';

    /// <summary>
    /// The concepts of the shortest word that the first pieces of a hyphen-split run join into, and how many pieces
    /// after the first it took; 0 when they join into no known word.
    /// </summary>
    private static ulong HyphenJoinedConcepts(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> pieces, out int extraPieces)
    {
        Span<char> joined = stackalloc char[24];
        var length = 0;
        for (var k = 0; k < pieces.Length; k++)
        {
            ref readonly var piece = ref pieces[k];
            if ((k > 0 && !IsHyphenated(f, pieces[k - 1], piece)) || length + piece.Length > joined.Length)
            {
                break;
            }

            f.Slice(piece.Start, piece.Length).CopyTo(joined[length..]);
            length += piece.Length;
            if (k == 0)
            {
                continue;
            }

            var word = joined[..length];
            var c = Lexicon.TryGet(TermTable<int>.Hash(word), word, out var v) ? v.Concepts
                : length > InjectionLexicon.StemLength ? StemConcepts(word, TermTable<int>.Hash(word[..InjectionLexicon.StemLength])) : 0;
            if (c != 0)
            {
                extraPieces = k;
                return c;
            }
        }

        extraPieces = 0;
        return 0;
    }

    private static ulong CompoundConcepts(ReadOnlySpan<char> token)
    {
        foreach (var (suffix, concept) in InjectionLexicon.CompoundHeads)
        {
            if (token.EndsWith(suffix))
            {
                return (ulong)concept;
            }
        }

        return 0;
    }

    private static ulong StemConcepts(ReadOnlySpan<char> token, ulong stemHash)
    {
        if (!Stems.TryGet(stemHash, token[..InjectionLexicon.StemLength], out var candidates))
        {
            return 0;
        }

        ulong result = 0;
        foreach (var (stem, concepts) in candidates)
        {
            if (token.StartsWith(stem))
            {
                result |= concepts;
            }
        }

        return result;
    }

    private static ulong LeetConcepts(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[24];
        for (var i = 0; i < token.Length; i++)
        {
            buffer[i] = TextFolding.LeetLetter(token[i]);
        }

        var leet = buffer[..token.Length];
        return Lexicon.TryGet(TermTable<int>.Hash(leet), leet, out var v) ? v.Concepts : 0;
    }

    private static void Evaluate(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, bool untrusted, Context context, Span<AnchorRules> possibleRules, ref Accumulator acc)
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
                if ((possibleKnown & (1UL << bit)) == 0)
                {
                    possibleRules[bit] = PossibleRules(byAnchor, present);
                    possibleKnown |= 1UL << bit;
                }

                var anchorRules = possibleRules[bit];
                for (var possible = anchorRules.Mask; possible != 0; possible &= possible - 1)
                {
                    var ri = byAnchor[System.Numerics.BitOperations.TrailingZeroCount(possible)];
                    var rule = rules[ri];

                    // Read once per token, again only for another anchor concept of the token with wider rules.
                    if (nearWindow < anchorRules.Window)
                    {
                        near = WindowConcepts(tokens, concepts, sparse, s, anchorRules.Window);
                        nearWindow = anchorRules.Window;
                    }

                    if (!AllSlotsPresent(rule.Slots, near))
                    {
                        continue;
                    }

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

                    if ((tokens[ti].Flags & TokenFlags.Quoted) != 0)
                    {
                        factor *= IsReportedQuote(tokens, concepts, ti, ref quote) ? Math.Min(context.QuotedDiscussion, QuotedFactor)
                            : rule.Category == InjectionCategory.InstructionOverride ? Math.Min(context.QuotedDiscussion, context.QuotedRelayed) : context.QuotedDiscussion;
                    }
                    if (acc.HasAtLeast(ri, rule, factor))
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

                    if (ok && !(rule.SubjectQuestion && IsAskedAboutSubject(tokens, concepts, sparse, s, rule.Window)))
                    {
                        acc.Record(ri, factor);
                    }
                }
            }
        }
    }

    /// <summary>Which of an anchor's rules have every slot after the anchor in <paramref name="present"/>, and the widest of their windows.</summary>
    private static AnchorRules PossibleRules(int[] byAnchor, ulong present)
    {
        ulong mask = 0;
        var window = 0;
        for (var j = 0; j < byAnchor.Length; j++)
        {
            var rule = InjectionRules.All[byAnchor[j]];
            if (AllSlotsPresent(rule.Slots, present))
            {
                mask |= 1UL << j;
                window = Math.Max(window, rule.Window);
            }
        }

        return new AnchorRules(mask, window);
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

    /// <summary>Whether one of the two words before the anchor is "my"/"our": "my (AI) assistant" is a person or the user's own tool.</summary>
    private static bool IsOwned(ReadOnlySpan<ulong> concepts, int ti) =>
        (ti > 0 && (concepts[ti - 1] & (ulong)Concept.Mine) != 0) || (ti > 1 && (concepts[ti - 2] & (ulong)Concept.Mine) != 0);

    private static bool IsFollowedBy(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s, ulong concept, int window)
    {
        var p = tokens[sparse[s]].Position;
        for (var j = s + 1; j < sparse.Length && tokens[sparse[j]].Position <= p + window; j++)
        {
            if ((concepts[sparse[j]] & concept) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb of saying after the anchor is directly followed by "about" (<see cref="Concept.About"/>) and no
    /// word of the assistant's setup (instructions, rules, prompt, system, configuration) follows within three words.
    /// </summary>
    private static bool IsAskedAboutSubject(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s, int window)
    {
        const ulong Setup = (ulong)(Concept.Instructions | Concept.StrictInstructions | Concept.Restrictions | Concept.PromptNoun | Concept.System | Concept.Config);
        var p = tokens[sparse[s]].Position;
        var j = s + 1;
        while (j < sparse.Length && tokens[sparse[j]].Position <= p + window && (concepts[sparse[j]] & (ulong)Concept.Said) == 0)
        {
            j++;
        }

        if (j + 1 >= sparse.Length || tokens[sparse[j]].Position > p + window)
        {
            return false;
        }

        var about = tokens[sparse[j + 1]].Position;
        if ((concepts[sparse[j + 1]] & (ulong)Concept.About) == 0 || about != tokens[sparse[j]].Position + 1)
        {
            return false;
        }

        for (var k = j + 2; k < sparse.Length && tokens[sparse[k]].Position <= about + 3; k++)
        {
            if ((concepts[sparse[k]] & Setup) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the quotation holding token <paramref name="ti"/> is introduced by a verb of saying within three words
    /// ("a tester wrote «forget your instructions …»", "ein Testkunde hat „…" geschrieben" is not): someone's words
    /// reported, like a passage quoted for translation or in a story. Anchors are read in text order, so the quotation
    /// of the previous call is kept in <paramref name="quote"/> and a long quotation is walked once, not once per anchor.
    /// </summary>
    private static bool IsReportedQuote(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ti, ref QuoteScan quote)
    {
        if (quote.Last >= 0 && quote.Last <= ti)
        {
            var inside = quote.Last;
            while (inside < ti && (tokens[inside + 1].Flags & TokenFlags.Quoted) != 0)
            {
                inside++;
            }

            if (inside == ti)
            {
                quote.Last = ti;
                return quote.Reported;
            }
        }

        var first = ti;
        while (first > 0 && (tokens[first - 1].Flags & TokenFlags.Quoted) != 0)
        {
            first--;
        }

        var p = tokens[first].Position;
        ulong before = 0;
        for (var j = first - 1; j >= 0 && tokens[j].Position >= p - 3; j--)
        {
            before |= concepts[j];
        }

        // "You said «…»" quotes the assistant back to itself.
        quote.Last = ti;
        quote.Reported = (before & (ulong)(Concept.Said | Concept.Your)) == (ulong)Concept.Said;
        return quote.Reported;
    }

    /// <summary>Whether the anchor directly follows "about"/"über"/"sobre"/"sur" (at most one word between).</summary>
    private static bool IsTopic(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s)
    {
        var p = tokens[sparse[s]].Position;
        for (var j = s - 1; j >= 0 && tokens[sparse[j]].Position >= p - 2; j--)
        {
            if ((concepts[sparse[j]] & (ulong)Concept.About) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the anchor is followed by the user's own earlier words: a first-person pronoun within four words and a
    /// verb of saying within five words of it ("what I said", "was ich vorhin gesagt habe"), or a first-person verb
    /// form ("lo que te dije"), with no instruction noun in between.
    /// </summary>
    private static bool IsOwnEarlierWords(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s)
    {
        var p = tokens[sparse[s]].Position;
        for (var j = s + 1; j < sparse.Length && tokens[sparse[j]].Position <= p + 4; j++)
        {
            var c = concepts[sparse[j]];

            // "Ignore all previous instructions, I told you to …": the object is the instructions, not the user's words.
            if ((c & (ulong)(Concept.Instructions | Concept.Restrictions)) != 0)
            {
                return false;
            }

            if ((c & (ulong)(Concept.Self | Concept.Said)) == (ulong)(Concept.Self | Concept.Said))
            {
                return true;
            }

            if ((c & (ulong)Concept.Self) == 0)
            {
                continue;
            }

            var q = tokens[sparse[j]].Position;
            for (var k = j + 1; k < sparse.Length && tokens[sparse[k]].Position <= q + 5; k++)
            {
                if ((concepts[sparse[k]] & (ulong)Concept.Said) != 0)
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

    /// <summary>The quotation of the last quoted anchor <see cref="IsReportedQuote"/> read.</summary>
    private struct QuoteScan
    {
        /// <summary>The last token known to be inside it (-1 before the first).</summary>
        public int Last;

        /// <summary>Whether a verb of saying introduces it.</summary>
        public bool Reported;
    }

    /// <summary>An anchor concept's rules possible in a text.</summary>
    /// <param name="Mask">The rules, as a mask over their positions in <see cref="InjectionRules.IndexByAnchor"/>.</param>
    /// <param name="Window">The widest window of those rules.</param>
    private readonly record struct AnchorRules(ulong Mask, int Window);

    /// <summary>The damping factors for the scanned text.</summary>
    /// <param name="Discussion">The factor for a text that discusses attacks.</param>
    /// <param name="ExplainStart">The index of the first token that asks for an explanation; what follows it is damped.</param>
    /// <param name="QuotedDiscussion">The further factor for quoted text in such a discussion.</param>
    /// <param name="QuotedRelayed">The further factor for an override quoted for translation or in a story.</param>
    /// <param name="PastedScale">The prompt threshold over the untrusted threshold: scales rules for pasted text.</param>
    private readonly record struct Context(double Discussion, int ExplainStart, double QuotedDiscussion, double QuotedRelayed, double PastedScale);

    /// <summary>Per-thread, per-depth buffers, grown on demand and dropped when they would pin too much memory.</summary>
    private sealed class Scratch
    {
        private const int MaxRetained = 1 << 20;

        private char[] _folded = new char[4096];
        private SafetyToken[] _tokens = new SafetyToken[1024];
        private ulong[] _concepts = new ulong[1024];
        private ulong[] _rot13 = new ulong[1024];
        private int[] _sparse = new int[1024];

        /// <summary>Per anchor concept bit, its rules possible in the text being evaluated (see <c>Evaluate</c>).</summary>
        public AnchorRules[] PossibleRules { get; } = new AnchorRules[64];

        public char[] Folded(int length) => Ensure(ref _folded, length);

        public SafetyToken[] Tokens(int length) => Ensure(ref _tokens, length);

        public ulong[] Concepts(int length) => Ensure(ref _concepts, length);

        public ulong[] Rot13(int length) => Ensure(ref _rot13, length);

        public int[] Sparse(int length) => Ensure(ref _sparse, length);

        private static T[] Ensure<T>(ref T[] array, int length)
        {
            if (array.Length >= length)
            {
                return array;
            }

            var created = new T[Math.Max(length, array.Length * 2)];
            if (created.Length <= MaxRetained)
            {
                array = created;
            }

            return created;
        }
    }

    /// <summary>Collects the best score per rule group and the rules that fired.</summary>
    private struct Accumulator
    {
        private GroupScores _groups;

        public UInt128 Rules;

        public InjectionCategory Categories;

        /// <summary>The lexical model's highest window logit over the scanned segments.</summary>
        public double ModelLogit;

        public readonly bool HasAtLeast(int ruleIndex, InjectionRule rule, double factor) =>
            (Rules & (UInt128.One << ruleIndex)) != 0 && _groups[rule.Group] >= rule.Weight * factor;

        public void Record(int ruleIndex, double factor)
        {
            var rule = InjectionRules.All[ruleIndex];
            Rules |= UInt128.One << ruleIndex;
            Categories |= rule.Category;
            var score = rule.Weight * factor;
            if (score > _groups[rule.Group])
            {
                _groups[rule.Group] = score;
            }
        }

        public void Merge(ref Accumulator other)
        {
            Rules |= other.Rules;
            Categories |= other.Categories;
            for (var g = 0; g < InjectionRules.GroupCount; g++)
            {
                if (other._groups[g] > _groups[g])
                {
                    _groups[g] = other._groups[g];
                }
            }
        }

        public readonly double Total()
        {
            var total = 0.0;
            for (var g = 0; g < InjectionRules.GroupCount; g++)
            {
                total += _groups[g];
            }

            return Math.Round(total, 6);
        }
    }

    [InlineArray(InjectionRules.GroupCount)]
    private struct GroupScores
    {
        private double _element;
    }
}
