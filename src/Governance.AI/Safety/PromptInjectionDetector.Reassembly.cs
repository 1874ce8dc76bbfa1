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

    private delegate int VariantWriter(ReadOnlySpan<char> f, Span<char> destination);

    /// <summary>Rescans every rebuilt form of the folded text whose surface feature the text shows.</summary>
    private void ScanReassembled(ReadOnlySpan<char> text, ReadOnlySpan<char> f, bool untrusted, int depth, ref int budget, ref Accumulator acc)
    {
        // Only the text as written is rebuilt: rebuilding a rebuilt or decoded text again multiplied the rescans of
        // benign code with URL escapes and string literals, for nested hiding that is rare.
        if (depth > 0)
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
            ScanWritten(text, buffer, HiddenEncodings.TagCharacters, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);

            // Escapes decode to characters (an encoding); the others put split words back together.
            ScanWritten(f, buffer, HiddenEncodings.Unescape, InjectionRules.SpecialHex, untrusted, depth, ref budget, ref acc);
            ScanWritten(f, buffer, HiddenEncodings.DecodeByteGroups, InjectionRules.SpecialHex, untrusted, depth, ref budget, ref acc);
            ScanWritten(f, buffer, HiddenEncodings.DecodeMorse, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            ScanWritten(f, buffer, HiddenText.AssignedLiterals, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            ScanWritten(f, buffer, HiddenText.SymbolLetters, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            ScanWritten(f, buffer, HiddenText.JoinDottedPieces, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);

            var wordLines = HiddenText.LongestWordLineRun(f) > HiddenText.MinUnits;
            if (wordLines)
            {
                ScanWritten(f, buffer, HiddenText.JoinWordLines, InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
            }

            var cueEnd = HiddenText.AcrosticCueEnd(f);
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
