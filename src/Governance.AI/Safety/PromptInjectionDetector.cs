using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Governance.AI.Safety;

/// <summary>
/// The heuristic prompt-injection and jailbreak detector. Text is folded (NFKC-style compatibility mapping, case,
/// accents, homoglyphs, invisible characters) and tokenized in one pass; tokens are looked up in a multilingual
/// word-class table; scored rules fire when their word classes co-occur within a window of tokens inside a sentence.
/// Fake chat-format markers are found by a marker scan, and base64, hex and rot13 payloads are decoded and rescanned
/// within a bounded budget. Discussion context (quotes, "example", "translate", code) damps a rule's weight.
/// </summary>
/// <remarks>Thread-safe; a scan allocates nothing unless it decodes a payload.</remarks>
public sealed class PromptInjectionDetector
{
    private const double DiscussionFactor = 0.5;
    private const int MaxPayloadChars = 8192;
    private const int SegmentLength = 16384;
    private const int SegmentOverlap = MaxPayloadChars + 512;

    private const int ForbidWindow = 3;

    private const double QuotedFactor = 0.6;

    // Words shorter than this are not taken apart as compounds ("Systemregeln" is, "Regeln" is a plain word).
    private const int MinCompoundLength = 10;

    private const ulong DampingConcepts = (ulong)(Concept.Meta | Concept.Explain | Concept.Relayed | Concept.Code);

    private static readonly TermTable<(ulong Concepts, ulong Rot13)> Lexicon = BuildLexicon(out Stems);

    private static readonly TermTable<(string Stem, ulong Concepts)[]> Stems;

    // Attack words spelled backwards ("snoitcurtsni"): two of them in a text make it worth reading backwards.
    private static readonly TermTable<bool> ReversedWords = BuildReversedWords();

    private static readonly SearchValues<char> MarkerStarts = SearchValues.Create("<[#\"-=");

    private static readonly SearchValues<char> PayloadChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");

    [ThreadStatic]
    private static Scratch?[]? t_scratch;

    private readonly PromptInjectionDetectorOptions _options;

    /// <summary>Initializes a new instance of the <see cref="PromptInjectionDetector"/> class.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    public PromptInjectionDetector(PromptInjectionDetectorOptions? options = null)
    {
        _options = options ?? new PromptInjectionDetectorOptions();
        _options.Validate();
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
        var acc = default(Accumulator);
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

        return new InjectionScanResult(acc.Total(), threshold, acc.Categories, acc.Rules);
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

    private static string Rot13(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            span[i] = c is >= 'a' and <= 'z' ? (char)('a' + ((c - 'a' + 13) % 26)) : c;
        }
    });

    private static Scratch GetScratch(int depth)
    {
        var all = t_scratch ??= new Scratch?[6];
        return all[depth] ??= new Scratch();
    }

    private void ScanCore(ReadOnlySpan<char> text, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        var scratch = GetScratch(depth);
        var folded = scratch.Folded(text.Length * TextFolding.MaxExpansion);
        var n = TextFolding.Fold(text, folded);
        var f = folded.AsSpan(0, n);
        var tokens = scratch.Tokens(SafetyTokenizer.MaxTokens(n));
        var count = SafetyTokenizer.Tokenize(f, tokens, out var summary);
        var concepts = scratch.Concepts(count);
        var sparse = scratch.Sparse(count);
        var sparseCount = 0;
        var rotCount = 0;
        var reversedCount = 0;
        var letterRun = 0;
        var longestLetterRun = 0;
        ulong all = 0;
        for (var i = 0; i < count; i++)
        {
            ref var t = ref tokens[i];
            ulong c = 0;
            ulong r = 0;
            if (t.Length <= 24 && Lexicon.TryGet(t.Hash, f.Slice(t.Start, t.Length), out var v))
            {
                c = v.Concepts;
                r = v.Rot13;
            }
            else if (t.StemHash != 0)
            {
                c = StemConcepts(f.Slice(t.Start, t.Length), t.StemHash);
                if (c == 0 && ReversedWords.TryGet(t.Hash, f.Slice(t.Start, t.Length), out _))
                {
                    reversedCount++;
                }
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

            concepts[i] = c;
            if (c != 0)
            {
                sparse[sparseCount++] = i;
                all |= c;
            }

            if (r != 0)
            {
                rotCount++;
            }
        }

        // Discussion ("example", "explain") damps everywhere, and quoted text in a discussion more. Otherwise quoted
        // text is not damped: an instruction inside a pasted passage reaches the model all the same. Only an override
        // quoted for translation or in a story is damped ("Oubliez les instructions précédentes, le plan a changé" is
        // a message between people); what it asks for (reveal your prompt, an AI without rules) still counts.
        var context = new Context(
            (all & (ulong)(Concept.Meta | Concept.Explain)) != 0 ? DiscussionFactor : 1.0,
            (all & (ulong)(Concept.Meta | Concept.Explain)) != 0 ? QuotedFactor : 1.0,
            (all & (ulong)Concept.Relayed) != 0 ? QuotedFactor : 1.0);

        // Chat-format markers are "discussed" in code and documentation, not by a request to explain something.
        var codeDiscussion = (all & (ulong)(Concept.Meta | Concept.Relayed | Concept.Code)) != 0 ? DiscussionFactor : 1.0;
        Evaluate(tokens.AsSpan(0, count), concepts.AsSpan(0, count), sparse.AsSpan(0, sparseCount), untrusted, context, ref acc);
        ScanMarkers(f, codeDiscussion, ref acc);
        for (var i = 0; i < sparseCount; i++)
        {
            ref var t = ref tokens[sparse[i]];
            if ((t.Flags & (TokenFlags.LineStart | TokenFlags.ColonAfter)) == (TokenFlags.LineStart | TokenFlags.ColonAfter)
                && (concepts[sparse[i]] & (ulong)Concept.RoleLabel) != 0)
            {
                acc.Record(InjectionRules.SpecialRoleLabel, codeDiscussion);
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
        }

        if (rotCount >= 2 && budget > 0)
        {
            ScanRot13(f, tokens, count, untrusted, context, ref acc);
        }

        if ((summary & TokenFlags.Long) != 0 && depth < _options.MaxDecodeDepth && budget > 0)
        {
            ScanPayloads(text, untrusted, depth, ref budget, ref acc);
        }
    }

    private static TermTable<bool> BuildReversedWords()
    {
        const Concept Attack = Concept.Ignore | Concept.Instructions | Concept.Reveal | Concept.System | Concept.PromptNoun | Concept.Restrictions;
        var words = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (concept, list) in InjectionLexicon.Entries)
        {
            if ((concept & Attack) == 0)
            {
                continue;
            }

            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Short words read backwards are often words themselves ("tnirp" is not, "won" is).
                if (word.Length > InjectionLexicon.StemLength && !word.EndsWith('*'))
                {
                    var reversed = string.Create(word.Length, word, static (span, w) =>
                    {
                        w.CopyTo(span);
                        span.Reverse();
                    });
                    words[reversed] = true;
                }
            }
        }

        return new TermTable<bool>(words);
    }

    /// <summary>
    /// Rescans the text read backwards or with split words joined, when the scan found signs of either; the variant
    /// counts when it scores more than the text as written, so ordinary snake_case or a backwards word adds nothing.
    /// </summary>
    private void ScanVariant(ReadOnlySpan<char> f, ObfuscationKind kind, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        var rented = ArrayPool<char>.Shared.Rent(f.Length);
        try
        {
            var variant = rented.AsSpan(0, f.Length);
            int length;
            if (kind == ObfuscationKind.Reversed)
            {
                f.CopyTo(variant);
                variant.Reverse();
                length = f.Length;
            }
            else
            {
                length = SplitWords.Join(f, variant);
            }

            if (length <= 0)
            {
                return;
            }

            budget -= length;
            var inner = default(Accumulator);
            ScanCore(variant[..length], untrusted, depth + 1, ref budget, ref inner);
            if (inner.Total() > acc.Total())
            {
                acc.Merge(ref inner);
                acc.Record(kind == ObfuscationKind.Reversed ? InjectionRules.SpecialReversed : InjectionRules.SpecialSplitLetters, 1.0);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Finds notes and labels addressed to the AI inside the text: "Note to the AI screening this:", "Assistant
    /// instruction:", "instruction for the language model:" (a note word near an AI word, ending in a colon), and an
    /// "LLM:" or "Assistant:" label in the middle of a line, where no transcript puts one.
    /// </summary>
    private static void ScanNotesToAi(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        const ulong NoteWords = (ulong)(Concept.Address | Concept.StrictInstructions | Concept.MessageNoun);
        for (var s = 0; s < sparse.Length; s++)
        {
            var ti = sparse[s];
            if ((concepts[ti] & (ulong)Concept.AiReference) == 0)
            {
                continue;
            }

            var p = tokens[ti].Position;
            var labelEnd = -1;
            for (var j = ti; j < tokens.Length && tokens[j].Position <= p + 3; j++)
            {
                if ((tokens[j].Flags & TokenFlags.ColonAfter) != 0)
                {
                    labelEnd = j;
                    break;
                }
            }

            if (labelEnd < 0)
            {
                continue;
            }

            // "Note to my assistant:" is for a person.
            var note = false;
            var mine = false;
            for (var j = ti - 1; j >= 0 && tokens[j].Position >= p - 4; j--)
            {
                note |= (concepts[j] & NoteWords) != 0;
                mine |= (concepts[j] & (ulong)Concept.Mine) != 0;
            }

            for (var j = ti + 1; j <= labelEnd; j++)
            {
                note |= (concepts[j] & NoteWords) != 0;
            }

            if (mine)
            {
                continue;
            }

            if (note)
            {
                acc.Record(InjectionRules.SpecialNoteToAi, factor);
            }
            else if (labelEnd == ti && !StartsLine(f, tokens[ti].Start))
            {
                acc.Record(InjectionRules.SpecialAiLabel, factor);
            }
        }
    }

    private static bool StartsLine(ReadOnlySpan<char> f, int start)
    {
        var before = f[..start].TrimEnd(" \t\r");
        return before.IsEmpty || before[^1] == '\n';
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
            buffer[i] = token[i] switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '8' => 'b',
                '9' => 'g',
                var ch => ch,
            };
        }

        var leet = buffer[..token.Length];
        return Lexicon.TryGet(TermTable<int>.Hash(leet), leet, out var v) ? v.Concepts : 0;
    }

    private static void ScanRot13(ReadOnlySpan<char> f, SafetyToken[] tokens, int count, bool untrusted, Context context, ref Accumulator acc)
    {
        var scratch = GetScratch(5);
        var concepts = scratch.Concepts(count);
        var sparse = scratch.Sparse(count);
        var sparseCount = 0;
        for (var i = 0; i < count; i++)
        {
            ref var t = ref tokens[i];
            concepts[i] = t.Length <= 24 && Lexicon.TryGet(t.Hash, f.Slice(t.Start, t.Length), out var v) ? v.Rot13 : 0;
            if (concepts[i] != 0)
            {
                sparse[sparseCount++] = i;
            }
        }

        var inner = default(Accumulator);
        Evaluate(tokens.AsSpan(0, count), concepts.AsSpan(0, count), sparse.AsSpan(0, sparseCount), untrusted, context, ref inner);
        if (inner.Total() > 0)
        {
            acc.Merge(ref inner);
            acc.Record(InjectionRules.SpecialRot13, 1.0);
        }
    }

    private static void Evaluate(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, bool untrusted, Context context, ref Accumulator acc)
    {
        var rules = InjectionRules.All;
        var anchors = InjectionRules.AnchorMask;
        for (var s = 0; s < sparse.Length; s++)
        {
            var ti = sparse[s];
            var m = concepts[ti] & anchors;

            // "A cat that ignores the rules" describes; only the imperative ("ignoring your rules") overrides.
            if ((concepts[ti] & (ulong)Concept.Descriptive) != 0 && !IsFollowedBy(tokens, concepts, sparse, s, (ulong)Concept.Your, 2))
            {
                m &= ~(ulong)Concept.Ignore;
            }
            while (m != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(m);
                m &= m - 1;
                foreach (var ri in InjectionRules.IndexByAnchor[bit])
                {
                    var rule = rules[ri];
                    if (rule.UntrustedOnly && !untrusted)
                    {
                        continue;
                    }

                    var factor = context.Discussion;
                    if ((tokens[ti].Flags & TokenFlags.Quoted) != 0)
                    {
                        factor *= rule.Category == InjectionCategory.InstructionOverride ? Math.Min(context.QuotedDiscussion, context.QuotedRelayed) : context.QuotedDiscussion;
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

                    var window = WindowConcepts(tokens, concepts, sparse, s, rule.Window, rule.Ordered);

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

                    if (ok)
                    {
                        acc.Record(ri, factor);
                    }
                }
            }
        }
    }

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

            if ((c & (ulong)Concept.SelfSaid) != 0)
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
                if ((concepts[sparse[k]] & (ulong)(Concept.Said | Concept.SelfSaid)) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ulong WindowConcepts(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s, int window, bool afterOnly = false)
    {
        var p = tokens[sparse[s]].Position;
        var result = afterOnly ? 0 : concepts[sparse[s]];
        for (var j = s - 1; !afterOnly && j >= 0 && tokens[sparse[j]].Position >= p - window; j--)
        {
            result |= concepts[sparse[j]];
        }

        for (var j = s + 1; j < sparse.Length && tokens[sparse[j]].Position <= p + window; j++)
        {
            result |= concepts[sparse[j]];
        }

        return result;
    }

    private static void ScanMarkers(ReadOnlySpan<char> f, double factor, ref Accumulator acc)
    {
        var i = 0;
        while (i < f.Length)
        {
            var k = f[i..].IndexOfAny(MarkerStarts);
            if (k < 0)
            {
                return;
            }

            i += k;
            var rest = f[i..];
            if (rest.StartsWith("<|"))
            {
                var end = rest[2..].IndexOf("|>");
                if (end > 0 && end <= 24)
                {
                    var name = rest.Slice(2, end);
                    if (IsSpecialTokenName(name))
                    {
                        acc.Record(InjectionRules.SpecialChatTemplateToken, factor);
                        var after = rest[(end + 4)..].TrimStart();
                        if (name is "system" || after.StartsWith("system"))
                        {
                            acc.Record(InjectionRules.SpecialSystemRole, factor);
                        }
                        else if (name is "user" or "assistant" || after.StartsWith("assistant") || after.StartsWith("user"))
                        {
                            acc.Record(InjectionRules.SpecialTurnRole, factor);
                        }
                    }
                }
            }
            else if (rest.StartsWith("[inst]") || rest.StartsWith("[/inst]") || rest.StartsWith("<</sys>>"))
            {
                acc.Record(InjectionRules.SpecialChatTemplateToken, factor);
            }
            else if (rest.StartsWith("<<sys>>"))
            {
                acc.Record(InjectionRules.SpecialChatTemplateToken, factor);
                acc.Record(InjectionRules.SpecialSystemRole, factor);
            }
            else if (rest[0] is '<' or '[')
            {
                var close = rest[0] == '<' ? '>' : ']';
                var body = rest[1..];
                if (!body.IsEmpty && body[0] == '/')
                {
                    body = body[1..];
                }

                var end = body.IndexOf(close);
                if (end > 0 && end <= 24)
                {
                    // The tag's first word names the role: "[system]", "</user>", "[SYSTEM OVERRIDE]".
                    var name = body[..end].Trim();
                    var space = name.IndexOf(' ');
                    name = space > 0 ? name[..space] : name;
                    if (IsRoleName(name, out var isSystem))
                    {
                        acc.Record(InjectionRules.SpecialRoleTag, factor);
                        if (isSystem)
                        {
                            acc.Record(InjectionRules.SpecialSystemRole, factor);
                        }
                    }
                }
            }
            else if (rest.StartsWith("\"role\""))
            {
                // A forged message object: {"role": "system", "content": …}. User and assistant roles are everyday JSON.
                var value = rest[6..].TrimStart(' ');
                if (value.StartsWith(':'))
                {
                    value = value[1..].TrimStart(' ');
                    var end = value.Length > 1 && value[0] == '"' ? value[1..].IndexOf('"') : -1;
                    if (end > 0 && end <= 24 && IsRoleName(value.Slice(1, end), out var isSystem) && isSystem)
                    {
                        acc.Record(InjectionRules.SpecialRoleTag, factor);
                        acc.Record(InjectionRules.SpecialSystemRole, factor);
                    }
                }
            }
            else if (rest.StartsWith("---") || rest.StartsWith("==="))
            {
                // A fenced block that claims to be the system prompt: "---BEGIN SYSTEM PROMPT---", "=== admin ===".
                var body = rest.TrimStart("-= ");
                i += rest.Length - body.Length - 1;
                var space = body.IndexOf(' ');
                if (space > 0 && body[..space] is "begin" or "end" or "start")
                {
                    body = body[(space + 1)..];
                }

                var word = body[..Math.Min(body.Length, 16)];
                var stop = word.IndexOfAny(' ', '-', '\n');
                word = stop >= 0 ? word[..stop] : word;
                if (IsRoleName(word, out var isSystem) && isSystem)
                {
                    acc.Record(InjectionRules.SpecialFakeHeader, factor);
                    acc.Record(InjectionRules.SpecialSystemRole, factor);
                }
            }
            else if (rest.StartsWith("##") && (i == 0 || f[i - 1] == '\n'))
            {
                var body = rest.TrimStart('#').TrimStart(' ');
                var word = body[..Math.Min(body.Length, 16)];
                var stop = word.IndexOfAny(' ', ':', '\n');
                word = stop >= 0 ? word[..stop] : word;
                if (IsRoleName(word, out var isSystem) || word is "instruction" or "instructions" or "new" or "override")
                {
                    acc.Record(InjectionRules.SpecialFakeHeader, factor);
                    if (isSystem)
                    {
                        acc.Record(InjectionRules.SpecialSystemRole, factor);
                    }
                }
            }

            i++;
        }
    }

    private static bool IsSpecialTokenName(ReadOnlySpan<char> name) => name is "im_start" or "im_end" or "im_sep"
        or "system" or "user" or "assistant" or "endoftext" or "start_header_id" or "end_header_id" or "eot_id"
        or "begin_of_text" or "end_of_text" or "eos" or "bos" or "start_of_turn" or "end_of_turn";

    private static bool IsRoleName(ReadOnlySpan<char> name, out bool isSystem)
    {
        isSystem = name is "system" or "sys" or "admin" or "developer" or "instructions" or "system_prompt";
        return isSystem || name is "user" or "assistant" or "human" or "im_start" or "im_end";
    }

    private void ScanPayloads(ReadOnlySpan<char> text, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        var i = 0;
        while (i < text.Length && budget > 0)
        {
            var s = text[i..].IndexOfAny(PayloadChars);
            if (s < 0)
            {
                return;
            }

            s += i;
            var e = text[s..].IndexOfAnyExcept(PayloadChars);
            e = e < 0 ? text.Length : s + e;
            i = e;
            var run = text[s..e].TrimEnd('=');
            if (run.Length < SafetyTokenizer.LongTokenLength || run.Length > MaxPayloadChars)
            {
                continue;
            }

            byte[]? rented = null;
            try
            {
                rented = ArrayPool<byte>.Shared.Rent(run.Length);
                var isHex = run.Length % 2 == 0 && !run.ContainsAnyExcept(HexChars);
                var written = isHex ? DecodeHex(run, rented) : DecodeBase64(run, rented);
                if (written < 8)
                {
                    continue;
                }

                var bytes = rented.AsSpan(0, written);
                if (!System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    continue;
                }

                var decoded = Encoding.UTF8.GetString(bytes);
                if (!LooksLikeText(decoded))
                {
                    continue;
                }

                budget -= decoded.Length;
                var inner = default(Accumulator);
                ScanCore(decoded, untrusted, depth + 1, ref budget, ref inner);
                if (inner.Total() > 0)
                {
                    acc.Merge(ref inner);
                    acc.Record(isHex ? InjectionRules.SpecialHex : InjectionRules.SpecialBase64, 1.0);
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
    }

    private static readonly SearchValues<char> HexChars = SearchValues.Create("0123456789abcdefABCDEF");

    private static int DecodeHex(ReadOnlySpan<char> run, byte[] destination)
    {
        var status = Convert.FromHexString(run, destination, out _, out var written);
        return status == OperationStatus.Done ? written : 0;
    }

    private static int DecodeBase64(ReadOnlySpan<char> run, byte[] destination)
    {
        var usable = run.Length - (run.Length % 4 == 1 ? 1 : 0);
        var padded = ((usable + 3) / 4) * 4;
        var rented = ArrayPool<char>.Shared.Rent(padded);
        try
        {
            var chars = rented.AsSpan(0, padded);
            for (var k = 0; k < usable; k++)
            {
                chars[k] = run[k] switch
                {
                    '-' => '+',
                    '_' => '/',
                    var ch => ch,
                };
            }

            chars[usable..].Fill('=');
            return Convert.TryFromBase64Chars(chars, destination, out var written) ? written : 0;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool LooksLikeText(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters * 2 >= s.Length;
    }

    /// <summary>The damping factors for the scanned text.</summary>
    private readonly record struct Context(double Discussion, double QuotedDiscussion, double QuotedRelayed);

    /// <summary>Per-thread, per-depth buffers, grown on demand and dropped when they would pin too much memory.</summary>
    private sealed class Scratch
    {
        private const int MaxRetained = 1 << 20;

        private char[] _folded = new char[4096];
        private SafetyToken[] _tokens = new SafetyToken[1024];
        private ulong[] _concepts = new ulong[1024];
        private int[] _sparse = new int[1024];

        public char[] Folded(int length) => Ensure(ref _folded, length);

        public SafetyToken[] Tokens(int length) => Ensure(ref _tokens, length);

        public ulong[] Concepts(int length) => Ensure(ref _concepts, length);

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

    private enum ObfuscationKind
    {
        Reversed,
        Split,
    }

    [InlineArray(InjectionRules.GroupCount)]
    private struct GroupScores
    {
        private double _element;
    }
}
