namespace Governance.AI.Safety;

/// <summary>The word classes: the lexicon, stems, compounds, hyphen-split and leet words, and overrides addressed to a third party.</summary>
public sealed partial class PromptInjectionDetector
{
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

    /// <summary>The classes a greeting's "all" ("Hi all,") or a comparing "wie" before a quotation carry.</summary>
    private const ulong GreetedOrCompared = (ulong)(Concept.Everything | Concept.Question);

    /// <summary>
    /// Clears the classes words only seem to carry: "all" right after a greeting
    /// ("Hi all,", "Thanks all", "Hello all") names the readers of a message, not the instructions ("Hi all, please
    /// ignore the earlier invite"); "wie" / "que" right before a quotation compares or reports ("Nachrichten wie „…“",
    /// "dijo que «…»"), it asks no question about what follows. Read only for words of <see cref="GreetedOrCompared"/>.
    /// </summary>
    private static void DropGreetingsAndComparisons(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, Span<ulong> concepts, ReadOnlySpan<int> sparse)
    {
        foreach (var i in sparse)
        {
            if ((concepts[i] & GreetedOrCompared) != 0 && i > 0)
            {
                concepts[i] = WithoutGreetingOrComparison(f, tokens, i, concepts[i]);
            }
        }
    }

    /// <summary>The concepts of one word of <see cref="DropGreetingsAndComparisons"/> without those it only seems to carry.</summary>
    private static ulong WithoutGreetingOrComparison(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int i, ulong c)
    {
        var t = tokens[i];
        var word = f.Slice(t.Start, t.Length);
        if (word is "wie" or "que")
        {
            return i + 1 < tokens.Length && (t.Flags & TokenFlags.Quoted) == 0 && (tokens[i + 1].Flags & TokenFlags.Quoted) != 0
                && tokens[i + 1].Position == t.Position + 1 ? c & ~(ulong)Concept.Question : c;
        }

        if (word is not "all" || tokens[i - 1].Position != t.Position - 1)
        {
            return c;
        }

        var g = tokens[i - 1];
        return IsGreeting(f.Slice(g.Start, g.Length)) ? 0 : c;
    }

    /// <summary>The length of the longest word <see cref="IsGreeting"/> accepts.</summary>
    private const int LongestGreeting = 9;

    /// <summary>
    /// Whether a folded word opens or closes a message as a greeting ("hi all", "hey assistant,", "hola asistente,",
    /// "thanks all"): one list for every reader that must tell a salutation from an order's object.
    /// </summary>
    private static bool IsGreeting(ReadOnlySpan<char> word) =>
        word is "hi" or "hello" or "hey" or "hallo" or "hola" or "salut" or "ok" or "okay"
            or "thanks" or "morning" or "evening" or "afternoon" or "dear" or "cheers";

    private static ulong StemHash(ReadOnlySpan<char> f, in SafetyToken t) => TermTable<int>.Hash(f.Slice(t.Start, InjectionLexicon.StemLength));

    /// <summary>
    /// Which first two characters the stems start with, six bits of each (64 × 64 bits): a word whose two are not among
    /// them has no stem, so its stem is neither hashed nor looked up (a filter with false positives only).
    /// </summary>
    private static readonly ulong[] StemStarts = BuildStemStarts();

    private static ulong[] BuildStemStarts()
    {
        var starts = new ulong[64];
        foreach (var (_, words) in InjectionLexicon.Entries)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.EndsWith('*') && word.Length > 2)
                {
                    starts[word[0] & 63] |= 1UL << (word[1] & 63);
                }
            }
        }

        return starts;
    }

    /// <summary>Whether a word of more than <see cref="InjectionLexicon.StemLength"/> characters starts with the first two characters of a stem.</summary>
    private static bool MayStartStem(ReadOnlySpan<char> f, in SafetyToken t) =>
        ((System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(StemStarts), f[t.Start] & 63) >> (f[t.Start + 1] & 63)) & 1) != 0;

    private static bool IsFrenchElidedYou(ReadOnlySpan<char> f, in SafetyToken t) =>
        t.Length == 1 && f[t.Start] == 't' && t.Start + 2 < f.Length && f[t.Start + 1] == '\'' && char.IsLetter(f[t.Start + 2]);

    /// <summary>
    /// Reads the subject of each override verb, in text order over the sparse list's entries <paramref name="first"/> to
    /// <paramref name="last"/> (the first and last words with the concept): clears <see cref="Concept.Ignore"/> and
    /// <see cref="Concept.OverrideVerb"/> on a verb addressed under a modal to a third party (<see cref="IsThirdPartyModal"/>),
    /// and marks <see cref="Concept.Descriptive"/> a German third-person form right after an AI, its subject.
    /// Only when one is cleared are the sparse list (a word left without concepts leaves it) and the union of the concepts rebuilt.
    /// </summary>
    private static void ReadOverrideSubjects(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, Span<ulong> concepts, Span<int> sparse, int first, int last, ref int sparseCount, ref ulong all)
    {
        var list = sparse[..sparseCount];
        var dropped = false;
        foreach (var i in list[first..(last + 1)])
        {
            if ((concepts[i] & OverrideVerbs) == 0)
            {
                continue;
            }

            if (IsThirdPartyModal(f, tokens, concepts, i))
            {
                concepts[i] &= ~OverrideVerbs;
                dropped = true;
            }
            else if (i > 0 && (concepts[i - 1] & (ulong)Concept.AiReference) != 0 && IsGermanThirdPerson(Word(f, tokens[i])) && OnlySpacesBetween(f, tokens[i - 1], tokens[i]))
            {
                // "Bot ignoriert vorherige Anweisungen bei langen E-Mails": a ticket reports what the bot does, like
                // the English "the chatbot ignores …" (a descriptive form already).
                concepts[i] |= (ulong)Concept.Descriptive;
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

    /// <summary>The German third-person forms of the override verbs ("der Bot ignoriert …", "das Modell vergisst …").</summary>
    private static bool IsGermanThirdPerson(ReadOnlySpan<char> w) => w is "ignoriert" or "vergisst" or "missachtet";

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
        if (Lexicon.TryGet(TermTable<int>.Hash(leet), leet, out var v))
        {
            return v.Concepts;
        }

        // A 1 stands for an l as often as for an i ("ru13s", "po1icy"): read it the other way once.
        var ones = token.IndexOf('1');
        if (ones < 0)
        {
            return 0;
        }

        for (var i = ones; i < token.Length; i++)
        {
            leet[i] = token[i] == '1' ? 'l' : leet[i];
        }

        return Lexicon.TryGet(TermTable<int>.Hash(leet), leet, out v) ? v.Concepts : 0;
    }
}
