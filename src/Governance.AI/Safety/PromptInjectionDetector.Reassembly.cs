using System.Buffers;

namespace Governance.AI.Safety;

/// <summary>
/// The reassembly scans: text rebuilt from Unicode tag characters, escapes, spaced hex or binary bytes, Morse code, one word per line, assigned string literals, symbols
/// standing in for letters, dotted syllables and acrostics is rescanned with the same rules. Each rebuild runs only
/// when a cheap check sees its surface feature, and counts only when it scores more than the text as written.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    private const int MinSegmentWord = 3;
    private const int MaxSegmentWord = 20;

    private static readonly SearchValues<char> ReassemblyTriggers = SearchValues.Create("%\\&0123456789.=@$!");

    private delegate int VariantWriter(ReadOnlySpan<char> f, Span<char> destination);

    /// <summary>The surface features that make a rebuild worth writing.</summary>
    [Flags]
    private enum HiddenFeature
    {
        None = 0,
        Escapes = 1,
        Digits = 2,
        Morse = 4,
        Assignments = 8,
        LetterSymbols = 16,
        InnerDots = 32,
        DecimalCodes = 64,
        All = Escapes | Digits | Morse | Assignments | LetterSymbols | InnerDots | DecimalCodes,
    }

    /// <summary>Rescans every rebuilt form of the folded text whose surface feature the text shows.</summary>
    private void ScanReassembled(ReadOnlySpan<char> text, ReadOnlySpan<char> f, bool ascii, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        // Only the text as written is rebuilt: rebuilding a rebuilt or decoded text again multiplied the rescans of
        // benign code with URL escapes and string literals, for nested hiding that is rare.
        if (depth > 0)
        {
            return;
        }

        // One pass finds which surface features the text shows at all; a benign text usually shows none, and then
        // neither a buffer nor any rebuild's own search is needed.
        var features = FindFeatures(f);
        var wordLines = HiddenText.LongestWordLineRun(f, ascii) > HiddenText.MinUnits;
        var cueEnd = HiddenText.AcrosticCueEnd(f);
        var tags = !ascii && HiddenEncodings.MayHaveTagCharacters(text);
        if (features == HiddenFeature.None && !wordLines && cueEnd < 0 && !tags)
        {
            return;
        }

        // One buffer serves every rebuild: a rebuilt text is never longer than its source, and an acrostic's letters
        // split into words are at most twice the letters.
        var length = Math.Max(text.Length, f.Length);
        var rented = ArrayPool<char>.Shared.Rent(length * 3);
        try
        {
            var buffer = rented.AsSpan(0, length);

            // Unicode tag characters carry ASCII a model reads but a person does not see; folding drops them (so they
            // cannot split a word), and the message they carry is scanned on its own.
            if (tags)
            {
                ScanWritten(text, buffer, HiddenEncodings.TagCharacters, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            }

            // Escapes decode to characters (an encoding); the others put split words back together. A rebuild runs
            // only when the pass saw its feature: without it the writer would write nothing.
            ScanWritten(features, HiddenFeature.Escapes, f, buffer, HiddenEncodings.Unescape, InjectionRules.SpecialHex, untrusted, depth, ref budget, ref acc);
            ScanWritten(features, HiddenFeature.Digits, f, buffer, HiddenEncodings.DecodeByteGroups, InjectionRules.SpecialHex, untrusted, depth, ref budget, ref acc);
            ScanWritten(features, HiddenFeature.DecimalCodes, f, buffer, HiddenEncodings.DecodeDecimalCodes, InjectionRules.SpecialHex, untrusted, depth, ref budget, ref acc);
            ScanWritten(features, HiddenFeature.Morse, f, buffer, HiddenEncodings.DecodeMorse, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            ScanWritten(features, HiddenFeature.Assignments, f, buffer, HiddenText.AssignedLiterals, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            ScanWritten(features, HiddenFeature.LetterSymbols, f, buffer, HiddenText.SymbolLetters, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            ScanWritten(features, HiddenFeature.InnerDots, f, buffer, HiddenText.JoinDottedPieces, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            if (wordLines)
            {
                ScanWritten(f, buffer, HiddenText.JoinWordLines, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            }

            if (cueEnd >= 0 || wordLines)
            {
                // "Take the first letter of each line": the letters, split into words, are what the request asks to follow.
                var hidden = cueEnd >= 0 ? f[cueEnd..] : f;
                ScanAcrostic(hidden, rented.AsSpan(0, hidden.Length * 3), perLine: true, untrusted, depth, ref budget, ref acc);
                if (cueEnd >= 0)
                {
                    ScanAcrostic(hidden, rented.AsSpan(0, hidden.Length * 3), perLine: false, untrusted, depth, ref budget, ref acc);
                    ScanWritten(hidden, buffer, HiddenText.FirstWords, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The surface features of the rebuilds in one vectorized pass over the folded text: it stops only at the few
    /// characters a feature needs (escape leads, digits, dots, '=', letter symbols).
    /// </summary>
    private static HiddenFeature FindFeatures(ReadOnlySpan<char> f)
    {
        var found = HiddenFeature.None;
        for (var i = f.IndexOfAny(ReassemblyTriggers); i >= 0 && found != HiddenFeature.All; i = NextTrigger(f, i + 1))
        {
            found |= f[i] switch
            {
                '%' or '\\' or '&' => HiddenFeature.Escapes,
                >= '0' and <= '9' => HiddenEncodings.StartsDecimalPair(f, i) ? HiddenFeature.Digits | HiddenFeature.DecimalCodes : HiddenFeature.Digits,
                '=' => HiddenFeature.Assignments,
                '@' or '$' or '!' => HiddenText.IsLetterSymbol(f, i) ? HiddenFeature.LetterSymbols : HiddenFeature.None,

                // Morse code has ".-" or "-." somewhere; a dot joins pieces of a word when it has letters on both sides.
                _ => ((i > 0 && f[i - 1] == '-') || (i + 1 < f.Length && f[i + 1] == '-') ? HiddenFeature.Morse : HiddenFeature.None)
                    | (HiddenText.IsInnerDot(f, i) ? HiddenFeature.InnerDots : HiddenFeature.None),
            };
        }

        return found;
    }

    private static int NextTrigger(ReadOnlySpan<char> f, int from)
    {
        if (from >= f.Length)
        {
            return -1;
        }

        var k = f[from..].IndexOfAny(ReassemblyTriggers);
        return k < 0 ? -1 : from + k;
    }

    private void ScanWritten(HiddenFeature features, HiddenFeature needed, ReadOnlySpan<char> source, Span<char> buffer, VariantWriter writer, int ruleIndex, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        if ((features & needed) != 0)
        {
            ScanWritten(source, buffer, writer, ruleIndex, untrusted, depth, ref budget, ref acc);
        }
    }

    private void ScanWritten(ReadOnlySpan<char> source, Span<char> buffer, VariantWriter writer, int ruleIndex, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        if (budget <= 0)
        {
            return;
        }

        var length = writer(source, buffer[..source.Length]);
        if (length > 0)
        {
            RescanVariant(buffer[..length], ruleIndex, untrusted, depth, ref budget, ref acc);
        }
    }

    private void ScanAcrostic(ReadOnlySpan<char> hidden, Span<char> buffer, bool perLine, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        if (budget <= 0)
        {
            return;
        }

        var letters = buffer[..hidden.Length];
        var count = HiddenText.FirstLetters(hidden, letters, perLine);
        if (count > MinSegmentWord)
        {
            var words = buffer.Slice(hidden.Length, count * 2);
            var length = SegmentWords(letters[..count], words);
            RescanVariant(words[..length], InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
        }
    }

    /// <summary>
    /// Splits runs of letters written without spaces into words ("ignoreallpreviousinstructions"): at each position
    /// the longest lexicon word is taken, and letters between lexicon words are kept together as one unknown word.
    /// </summary>
    private static int SegmentWords(ReadOnlySpan<char> letters, Span<char> destination)
    {
        var w = 0;
        var i = 0;
        var pending = false;
        while (i < letters.Length)
        {
            if (letters[i] == ' ')
            {
                destination[w++] = ' ';
                pending = false;
                i++;
                continue;
            }

            var match = LongestLexiconWord(letters[i..]);
            if (match > 0)
            {
                if (w > 0 && destination[w - 1] != ' ')
                {
                    destination[w++] = ' ';
                }

                letters.Slice(i, match).CopyTo(destination[w..]);
                w += match;
                i += match;
                pending = false;
                continue;
            }

            if (!pending && w > 0 && destination[w - 1] != ' ')
            {
                destination[w++] = ' ';
            }

            destination[w++] = letters[i++];
            pending = true;
        }

        return w;
    }

    private static int LongestLexiconWord(ReadOnlySpan<char> letters)
    {
        var end = letters.IndexOf(' ');
        var max = Math.Min(end < 0 ? letters.Length : end, MaxSegmentWord);
        for (var length = max; length >= MinSegmentWord; length--)
        {
            var word = letters[..length];
            if (Lexicon.TryGet(TermTable<int>.Hash(word), word, out _))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Scans a rebuilt form of the text; it counts, with the rule that names the trick, when it scores more than the text did.</summary>
    private void RescanVariant(ReadOnlySpan<char> variant, int ruleIndex, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        budget -= variant.Length;
        var inner = default(Accumulator);
        ScanCore(variant, untrusted, depth + 1, ref budget, ref inner);
        if (inner.Total() > acc.Total())
        {
            acc.Merge(ref inner);
            acc.Record(ruleIndex, 1.0);
        }
    }
}
