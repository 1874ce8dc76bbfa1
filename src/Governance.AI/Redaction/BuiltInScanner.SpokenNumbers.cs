using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>
/// Numbers read aloud, as call transcripts and dictated notes write them: "four one six, five five five, zero one six
/// three", "oh seven seven hundred, nine hundred, one two three", "double five", "fifty-five". A run of number words is
/// turned into its digits and read as a payment card (13–19 digits, Luhn and a scheme prefix) or a phone number (7–15
/// digits); only the words are reported, so the run is replaced whole.
/// </summary>
/// <remarks>
/// One vectorized search finds the words three … nine and zero (a run without any of them, "one two one two …", is
/// not looked for); each hit reads the run it stands in, a bounded number of words, so the pass stays linear. A run is one
/// line: number words joined by spaces, commas, dots, ellipses, dashes and "then". Ten or more digits read as a phone
/// alone, fewer need a phone word; a reference label before the run ("case number", "order") lowers it as it lowers a
/// written number.
/// </remarks>
internal static partial class BuiltInScanner
{
    private const double SpokenPhoneConfidence = 0.6;
    private const double SpokenShortPhoneConfidence = 0.3;
    private const double SpokenCardConfidence = 0.85;

    /// <summary>Just above a spoken phone's, so that with an SSN word ("my social is …", which also reads as a personal
    /// number) the SSN reading wins; alone it stays below the threshold.</summary>
    private const double SpokenSsnConfidence = 0.35;

    /// <summary>The most digits a spoken run is read for (a card has 19 at most, a phone 15).</summary>
    private const int MaxSpokenDigits = 24;

    /// <summary>The most punctuation and white space between two words of a run.</summary>
    private const int MaxSpokenGap = 5;

    /// <summary>The words three … nine and zero, and the dots and ats of e-mail addresses written out (<see cref="TrySpokenEmail"/>).</summary>
    /// <remarks>Measured with cachegrind on the benchmark's clean MiB (search alone): these ten anchors 3.0 M instructions;
    /// with "two" (a word of every text, 1,651 hits) and " dot " (an anchor that opens with a space: nearly every space
    /// passes the vectorized filter) 7.1 M. "dot " is searched without its space, which is checked after the hit; a run
    /// of only "one", "two" and "oh" is not looked for.</remarks>
    private static readonly SearchValues<string> SpokenAnchors = SearchValues.Create(
        ["three", "four", "five", "six", "seven", "eight", "nine", "zero", "dot ", "[at]", "(at)"], StringComparison.OrdinalIgnoreCase);

    private static void ScanSpokenNumbers(ReadOnlySpan<char> text, BuiltInRecognizers enabled, List<RedactionMatch> output)
    {
        bool phones = Has(enabled, BuiltInRecognizers.Phone);
        bool cards = Has(enabled, BuiltInRecognizers.CreditCard);
        bool emails = Has(enabled, BuiltInRecognizers.Email);
        bool ssns = Has(enabled, BuiltInRecognizers.UsSsn);
        if (!phones && !cards && !emails && !ssns)
        {
            return;
        }

        int n = text.Length;
        int p = 0;
        Span<char> digits = stackalloc char[MaxSpokenDigits];
        Span<int> ends = stackalloc int[MaxSpokenDigits];
        while (p < n)
        {
            int r = text[p..].IndexOfAny(SpokenAnchors);
            if (r < 0)
            {
                return;
            }

            int a = p + r;
            if (text[a] is 'd' or 'D' or '[' or '(')
            {
                // "dot " is found without its space: the dot written out is " dot ".
                int h = text[a] is 'd' or 'D' ? a - 1 : a;
                if (emails && h >= 0 && (h == a || text[h] == ' ') && TrySpokenEmail(text, h, out RedactionMatch email))
                {
                    output.Add(email);
                    p = Math.Max(a + 1, email.End);
                }
                else
                {
                    p = a + 1;
                }

                continue;
            }

            if (!phones && !cards && !ssns)
            {
                p = a + 1;
                continue;
            }
            int wordStart = a;
            while (wordStart > 0 && IsAsciiLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            int wordEnd = WordEnd(text, a);
            if (ClassifySpokenWord(text[wordStart..wordEnd], out _) is SpokenWord.None)
            {
                p = wordEnd;
                continue;
            }

            int start = SpokenRunStart(text, wordStart);
            int end = ReadSpokenRun(text, start, digits, ends, out int count);
            p = Math.Max(end, wordEnd);
            if (count < 7 || count > MaxSpokenDigits)
            {
                continue;
            }

            ReadOnlySpan<char> d = digits[..count];
            if (cards && count is >= 13 and <= 19 && Checksums.IsKnownCardBrand(d) && Checksums.Luhn(d))
            {
                output.Add(Match(RedactionEntityTypes.CreditCard, start, end, SpokenCardConfidence));
            }
            else if (cards && count > 16 && TrySpokenCardPrefix(d, ends, out int cardEnd))
            {
                // "… one one one one, oh four, two seven": the card, then its expiry read on without a pause word.
                output.Add(Match(RedactionEntityTypes.CreditCard, start, cardEnd, SpokenCardConfidence));
            }
            else if (count <= 15 && !IsSpokenReference(text, start))
            {
                // "my social is one two three, four five, six seven eight nine": nine digits that are a valid SSN are one
                // when an SSN word is near, as the compact written form is; the phone reading needs its own word.
                if (ssns && count == 9 && Checksums.IsValidSsn(SpokenValue(d[..3]), SpokenValue(d[3..5]), SpokenValue(d[5..])))
                {
                    output.Add(Match(RedactionEntityTypes.UsSsn, start, end, SpokenSsnConfidence));
                }

                if (!phones)
                {
                    continue;
                }

                output.Add(Match(RedactionEntityTypes.Phone, start, end, count >= 10 ? SpokenPhoneConfidence : SpokenShortPhoneConfidence));
            }
        }
    }

    /// <summary>Whether a reference or code label stands before the run, also across "is" ("the case number is …",
    /// "your order no. was …", "the access code is …"): a number read out after it is that reference, not a phone.</summary>
    private static bool IsSpokenReference(ReadOnlySpan<char> text, int start)
    {
        int q = start;
        while (q > 0 && text[q - 1] == ' ')
        {
            q--;
        }

        int w = q;
        while (w > 0 && IsAsciiLetter(text[w - 1]))
        {
            w--;
        }

        if (w < q && IsAnyOf(text[w..q], "is", "was", "s"))
        {
            q = w > 0 && text[w - 1] == '\'' ? w - 1 : w;
        }

        return IdentifierLabel.IsDirectlyBefore(text, q, out _) || IdentifierLabel.IsCodeDirectlyBefore(text, start);
    }

    /// <summary>A card number at the start of a longer run: 16, 15 or 19 … 13 digits that end where a word ends and pass
    /// Luhn and a scheme prefix; <paramref name="cardEnd"/> is where its last word ends.</summary>
    private static bool TrySpokenCardPrefix(ReadOnlySpan<char> d, ReadOnlySpan<int> ends, out int cardEnd)
    {
        ReadOnlySpan<int> lengths = [16, 15, 19, 18, 17, 14, 13];
        foreach (int length in lengths)
        {
            if (length < d.Length && ends[length - 1] != ends[length] && Checksums.IsKnownCardBrand(d[..length]) && Checksums.Luhn(d[..length]))
            {
                cardEnd = ends[length - 1];
                return true;
            }
        }

        cardEnd = 0;
        return false;
    }

    private static int SpokenValue(ReadOnlySpan<char> digits)
    {
        int v = 0;
        foreach (char c in digits)
        {
            v = (v * 10) + (c - '0');
        }

        return v;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The start of the run of number words that the word at <paramref name="wordStart"/> stands in.</summary>
    private static int SpokenRunStart(ReadOnlySpan<char> text, int wordStart)
    {
        int start = wordStart;
        for (int words = 0; words < 2 * MaxSpokenDigits; words++)
        {
            int gap = start;
            while (gap > 0 && start - gap < MaxSpokenGap && IsSpokenGapChar(text[gap - 1]))
            {
                gap--;
            }

            if (gap == start || gap == 0 || !IsAsciiLetter(text[gap - 1]) || (start - gap == MaxSpokenGap && IsSpokenGapChar(text[gap - 1])))
            {
                break;
            }

            int previous = gap;
            while (previous > 0 && IsAsciiLetter(text[previous - 1]))
            {
                previous--;
            }

            if ((previous > 0 && IsWordChar(text[previous - 1])) || ClassifySpokenWord(text[previous..gap], out _) is SpokenWord.None)
            {
                break;
            }

            start = previous;
        }

        // A run opens with a number word, not with a joiner or a scale.
        while (start < text.Length)
        {
            int e = WordEnd(text, start);
            if (ClassifySpokenWord(text[start..e], out _) is SpokenWord.Unit or SpokenWord.Teen or SpokenWord.Tens or SpokenWord.Repeat)
            {
                break;
            }

            start = SkipSpokenGap(text, e);
        }

        return start;
    }

    /// <summary>Reads the run from <paramref name="start"/> into <paramref name="digits"/>; returns the end of its last
    /// number word. <paramref name="count"/> is more than the buffer holds when the run is longer than any card or phone.</summary>
    private static int ReadSpokenRun(ReadOnlySpan<char> text, int start, Span<char> digits, Span<int> ends, out int count)
    {
        count = 0;
        int end = start;
        int p = start;
        int repeat = 1;
        SpokenWord previous = SpokenWord.None;
        while (p < text.Length && IsAsciiLetter(text[p]) && (p == start || !IsWordChar(text[p - 1])))
        {
            int e = WordEnd(text, p);
            if (e < text.Length && IsWordChar(text[e]))
            {
                break;
            }

            SpokenWord word = ClassifySpokenWord(text[p..e], out int value);
            int before = count;
            bool ok = word switch
            {
                SpokenWord.Unit => Append(digits, ref count, (char)('0' + value), repeat),
                SpokenWord.Teen => Append(digits, ref count, '1', 1) && Append(digits, ref count, (char)('0' + value), 1),
                SpokenWord.Tens => Append(digits, ref count, (char)('0' + value), 1) && (NextIsSpokenUnit(text, e) || Append(digits, ref count, '0', 1)),
                SpokenWord.Repeat => previous != SpokenWord.Repeat,
                SpokenWord.Scale => previous is SpokenWord.Unit && Append(digits, ref count, '0', value),
                SpokenWord.Joiner => previous is not SpokenWord.None and not SpokenWord.Joiner and not SpokenWord.Repeat,
                _ => false,
            };

            if (!ok)
            {
                break;
            }

            // "fifty-five", "fifty five": the unit after a tens word is its second digit, said once.
            if (word == SpokenWord.Tens && NextIsSpokenUnit(text, e))
            {
                int u = SkipSpokenGap(text, e);
                int ue = WordEnd(text, u);
                _ = ClassifySpokenWord(text[u..ue], out int unit);
                _ = Append(digits, ref count, (char)('0' + unit), 1);
                e = ue;
            }

            for (int k = before; k < Math.Min(count, ends.Length); k++)
            {
                ends[k] = e;
            }

            repeat = word == SpokenWord.Repeat ? value : 1;
            previous = word;
            if (word is not SpokenWord.Joiner and not SpokenWord.Repeat)
            {
                end = e;
            }

            int next = SkipSpokenGap(text, e);
            if (next == e || next - e > MaxSpokenGap)
            {
                break;
            }

            p = next;
        }

        return end;
    }

    private static bool Append(Span<char> digits, ref int count, char digit, int times)
    {
        for (int k = 0; k < times; k++)
        {
            if (count < digits.Length)
            {
                digits[count] = digit;
            }

            count++;
        }

        return true;
    }

    private static bool NextIsSpokenUnit(ReadOnlySpan<char> text, int e)
    {
        if (e >= text.Length || text[e] is not (' ' or '-'))
        {
            return false;
        }

        int u = e + 1;
        int ue = WordEnd(text, u);
        return ue > u && ClassifySpokenWord(text[u..ue], out int value) == SpokenWord.Unit && value > 0 && !text[u..ue].Equals("oh", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Spaces, commas, dots, ellipses and dashes between the words of a run; never a line break.</summary>
    private static bool IsSpokenGapChar(char c) => c is ' ' or ',' or '.' or '-' or '\u2026' or '\u2013' or '\t';

    private static int SkipSpokenGap(ReadOnlySpan<char> text, int i)
    {
        int s = i;
        while (i < text.Length && i - s <= MaxSpokenGap && IsSpokenGapChar(text[i]))
        {
            i++;
        }

        return i;
    }
}
