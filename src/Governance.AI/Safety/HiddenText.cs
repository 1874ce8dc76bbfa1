using System.Buffers;
using System.Globalization;

namespace Governance.AI.Safety;

/// <summary>
/// Rebuilds text that hides its words in another surface form, so the detector's rules can score the words: escape
/// sequences (<c>%69</c>, Unicode tag characters, <c>\x69</c>, <c>\u0069</c>, <c>&amp;#105;</c>), Morse code, one word per line, string literals
/// assigned to variables, symbols standing in for letters (<c>!gnore</c>, <c>$ystem</c>) and dots inside words
/// (<c>ou.bli.e</c>). Works on folded text; every writer returns 0 when the text has too little of its surface feature
/// to be worth a rescan, and never writes more characters than it reads.
/// </summary>
internal static class HiddenText
{
    /// <summary>The fewest hidden units (escapes, symbols, literals, lines) from which a text is rebuilt.</summary>
    public const int MinUnits = 3;

    // Needles of a request to read an acrostic; the folded text has no accents and no capitals.
    private static readonly SearchValues<string> AcrosticCues = SearchValues.Create(
        [
            "first letter", "first word", "first character", "initial letter", "acrostic",
            "erste buchstab", "ersten buchstab", "anfangsbuchstab", "erste wort", "ersten wort", "akrostich",
            "premiere lettre", "premieres lettres", "premier mot", "premiers mots", "acrostiche",
            "primera letra", "primeras letras", "primera palabra", "primeras palabras", "acrostico",
        ],
        StringComparison.Ordinal);

    private const char TagHighSurrogate = '\uDB40';

    private static readonly SearchValues<char> EscapeLeads = SearchValues.Create("%\\&");
    private static readonly SearchValues<char> LetterSymbols = SearchValues.Create("@$!");
    private static readonly SearchValues<char> MorseChars = SearchValues.Create(".- /");

    // International Morse code for letters and digits, indexed by the code read as a binary number with a leading 1
    // (dot 0, dash 1): ".-" is 0b110 = 6.
    private static readonly char[] MorseTable = CreateMorseTable();

    /// <summary>Gets the index after the request to read an acrostic, or -1 when the text asks for none.</summary>
    /// <param name="f">The folded text.</param>
    /// <returns>The index after the cue, or -1.</returns>
    public static int AcrosticCueEnd(ReadOnlySpan<char> f)
    {
        var i = f.IndexOfAny(AcrosticCues);
        if (i < 0)
        {
            return -1;
        }

        // The hidden text follows the request: after the colon or line break that ends it, else after its sentence.
        var rest = f[i..];
        var end = rest.IndexOfAny(':', '\n');
        if (end < 0)
        {
            end = rest.IndexOf('.');
        }

        return end < 0 ? f.Length : i + end + 1;
    }

    /// <summary>Writes the first letter of every word, with a space where a line is blank or a sentence ends.</summary>
    /// <param name="f">The folded text after the request.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <param name="perLine">Whether to take the first letter of every line instead of every word.</param>
    /// <returns>The number of characters written.</returns>
    public static int FirstLetters(ReadOnlySpan<char> f, Span<char> destination, bool perLine)
    {
        var w = 0;
        var atStart = true;
        var breakPending = false;
        for (var i = 0; i < f.Length; i++)
        {
            var c = f[i];
            if (char.IsLetterOrDigit(c))
            {
                if (atStart)
                {
                    if (breakPending && w > 0)
                    {
                        destination[w++] = ' ';
                    }

                    destination[w++] = c;
                    atStart = false;
                    breakPending = false;
                }

                continue;
            }

            if (c == '\n')
            {
                // A blank line separates the words of a line acrostic.
                breakPending |= atStart && perLine;
                atStart = true;
            }
            else if (!perLine)
            {
                breakPending |= c is '.' or ';' or '!' or '?';
                atStart = true;
            }
        }

        return w;
    }

    /// <summary>Writes the first word of every sentence and line, separated by spaces.</summary>
    /// <param name="f">The folded text after the request.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written.</returns>
    public static int FirstWords(ReadOnlySpan<char> f, Span<char> destination)
    {
        var w = 0;
        var i = 0;
        while (i < f.Length)
        {
            var s = i;
            while (s < f.Length && !char.IsLetterOrDigit(f[s]))
            {
                s++;
            }

            var e = s;
            while (e < f.Length && char.IsLetterOrDigit(f[e]))
            {
                e++;
            }

            if (e > s)
            {
                if (w > 0)
                {
                    destination[w++] = ' ';
                }

                f[s..e].CopyTo(destination[w..]);
                w += e - s;
            }

            var next = f[e..].IndexOfAny(".!?;\n");
            i = next < 0 ? f.Length : e + next + 1;
        }

        return w;
    }

    /// <summary>Writes the ASCII that Unicode tag characters (U+E0020..U+E007E) carry, when they carry at least <see cref="MinUnits"/> characters.</summary>
    /// <param name="text">The raw text: folding drops tag characters.</param>
    /// <param name="destination">At least as long as <paramref name="text"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int TagCharacters(ReadOnlySpan<char> text, Span<char> destination)
    {
        // Every tag character is the surrogate pair U+DB40 and a low surrogate.
        var w = 0;
        for (var i = text.IndexOf(TagHighSurrogate); i >= 0 && i + 1 < text.Length; i = NextIndex(text, TagHighSurrogate, i + 2))
        {
            var carried = text[i + 1] - 0xDC00;
            if (carried is >= 0x20 and <= 0x7E)
            {
                destination[w++] = (char)carried;
            }
        }

        return w >= MinUnits ? w : 0;
    }

    /// <summary>Writes the text with escape sequences decoded, when it holds at least <see cref="MinUnits"/> of them.</summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int Unescape(ReadOnlySpan<char> f, Span<char> destination)
    {
        if (f.IndexOfAny(EscapeLeads) < 0)
        {
            return 0;
        }

        var w = 0;
        var decoded = 0;
        for (var i = 0; i < f.Length;)
        {
            var length = EscapeAt(f, i, out var value);
            if (length > 0)
            {
                // Control characters and undecodable code points read as a word break.
                destination[w++] = value is >= 0x20 and < 0xD800 && !char.IsControl((char)value) ? (char)value : ' ';
                decoded++;
                i += length;
            }
            else
            {
                destination[w++] = f[i++];
            }
        }

        return decoded >= MinUnits ? w : 0;
    }

    /// <summary>
    /// Writes the text with runs of byte groups decoded: hex pairs or 8-digit binary numbers separated by spaces, commas
    /// or colons (<c>69 67 6e 6f</c>, <c>01101001 01100111</c>), when a run has more than <see cref="MinUnits"/> groups.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int DecodeByteGroups(ReadOnlySpan<char> f, Span<char> destination)
    {
        var w = 0;
        var decoded = 0;
        var copied = 0;
        for (var i = f.IndexOfAnyInRange('0', '9'); i >= 0 && i < f.Length; i = NextDigit(f, i))
        {
            if (i > 0 && char.IsLetterOrDigit(f[i - 1]))
            {
                i++;
                continue;
            }

            var groupLength = IsBinaryGroup(f, i) ? 8 : 2;
            var end = i;
            var groups = 0;
            while (end + groupLength <= f.Length && IsByteGroup(f.Slice(end, groupLength), groupLength)
                && (end + groupLength == f.Length || !char.IsLetterOrDigit(f[end + groupLength])))
            {
                groups++;
                end += groupLength;
                var gap = end < f.Length && f[end] is ',' or ':' ? 1 : 0;
                gap += end + gap < f.Length && f[end + gap] == ' ' ? 1 : 0;
                if (gap == 0 || end + gap >= f.Length || !char.IsAsciiHexDigit(f[end + gap]))
                {
                    break;
                }

                end += gap;
            }

            if (groups <= MinUnits)
            {
                i = Math.Max(end, i + 1);
                continue;
            }

            f[copied..i].CopyTo(destination[w..]);
            w += i - copied;
            for (var k = 0; k < groups; k++)
            {
                var group = f.Slice(i, groupLength);
                var value = groupLength == 8 ? Convert.ToInt32(group.ToString(), 2) : int.Parse(group, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                destination[w++] = value is >= 0x20 and < 0x7F ? (char)value : ' ';
                i += groupLength;
                while (k + 1 < groups && !char.IsAsciiHexDigit(f[i]))
                {
                    i++;
                }
            }

            decoded += groups;
            copied = i;
        }

        if (decoded == 0)
        {
            return 0;
        }

        f[copied..].CopyTo(destination[w..]);
        return w + f.Length - copied;
    }

    /// <summary>Writes the text with Morse code (letters as dots and dashes, words split by slashes) decoded.</summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0 when there is no run of at least <see cref="MinUnits"/> Morse letters.</returns>
    public static int DecodeMorse(ReadOnlySpan<char> f, Span<char> destination)
    {
        if (f.IndexOf(".-", StringComparison.Ordinal) < 0 && f.IndexOf("-.", StringComparison.Ordinal) < 0)
        {
            return 0;
        }

        var w = 0;
        var letters = 0;
        var i = 0;
        while (i < f.Length)
        {
            var runEnd = f[i..].IndexOfAnyExcept(MorseChars);
            runEnd = runEnd < 0 ? f.Length : i + runEnd;
            if (runEnd == i)
            {
                destination[w++] = f[i++];
                continue;
            }

            var run = f[i..runEnd];
            var start = w;
            var runLetters = DecodeMorseRun(run, destination[w..], out var written);
            if (runLetters >= MinUnits)
            {
                letters += runLetters;
                w += written;
            }
            else
            {
                run.CopyTo(destination[start..]);
                w = start + run.Length;
            }

            i = runEnd;
        }

        return letters >= MinUnits ? w : 0;
    }

    /// <summary>Writes the text with its lines joined into one line (for text written one word per line).</summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written.</returns>
    public static int JoinWordLines(ReadOnlySpan<char> f, Span<char> destination)
    {
        f.CopyTo(destination);
        destination[..f.Length].Replace('\n', ' ');
        return f.Length;
    }

    /// <summary>The most lines in a row that hold one word each.</summary>
    /// <param name="f">The folded text.</param>
    /// <returns>The longest run.</returns>
    public static int LongestWordLineRun(ReadOnlySpan<char> f)
    {
        var run = 0;
        var longest = 0;
        foreach (var line in f.EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            run = IsOneWord(trimmed) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>
    /// Writes the contents of string literals assigned to variables (<c>a = 'ignore all'; b = "previous rules"</c>)
    /// one after another, when the text assigns at least two.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int AssignedLiterals(ReadOnlySpan<char> f, Span<char> destination)
    {
        var w = 0;
        var literals = 0;
        for (var i = f.IndexOf('='); i >= 0 && i < f.Length; i = NextIndex(f, '=', i + 1))
        {
            var k = i + 1;
            while (k < f.Length && f[k] == ' ')
            {
                k++;
            }

            if (k >= f.Length || f[k] is not ('\'' or '"'))
            {
                continue;
            }

            var close = f[(k + 1)..].IndexOf(f[k]);
            if (close <= 0)
            {
                continue;
            }

            if (w > 0)
            {
                destination[w++] = ' ';
            }

            f.Slice(k + 1, close).CopyTo(destination[w..]);
            w += close;
            literals++;
            i = k + close + 1;
        }

        return literals >= 2 ? w : 0;
    }

    /// <summary>
    /// Writes the text with symbols that stand in for letters inside words read as those letters (<c>!gnore</c>,
    /// <c>@ll</c>, <c>$y$tem</c>), when it has at least <see cref="MinUnits"/> of them.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int SymbolLetters(ReadOnlySpan<char> f, Span<char> destination)
    {
        var count = 0;
        for (var i = f.IndexOfAny(LetterSymbols); i >= 0; i = NextSymbol(f, i + 1))
        {
            count += IsLetterSymbol(f, i) ? 1 : 0;
        }

        if (count < MinUnits)
        {
            return 0;
        }

        for (var i = 0; i < f.Length; i++)
        {
            destination[i] = IsLetterSymbol(f, i) ? f[i] switch { '@' => 'a', '$' => 's', _ => 'i' } : f[i];
        }

        return f.Length;
    }

    /// <summary>
    /// Writes the text with dots between short pieces of a word removed (<c>ou.bli.e</c>, <c>con.si.gnes</c>), when it
    /// has at least <see cref="MinUnits"/> such dots. Domains and file names lose their dots too, which adds no words.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int JoinDottedPieces(ReadOnlySpan<char> f, Span<char> destination)
    {
        var count = 0;
        for (var i = f.IndexOf('.'); i >= 0; i = NextIndex(f, '.', i + 1))
        {
            count += IsInnerDot(f, i) ? 1 : 0;
        }

        if (count < MinUnits)
        {
            return 0;
        }

        var w = 0;
        for (var i = 0; i < f.Length; i++)
        {
            if (!IsInnerDot(f, i))
            {
                destination[w++] = f[i];
            }
        }

        return w;
    }

    private static int NextIndex(ReadOnlySpan<char> f, char c, int from)
    {
        if (from >= f.Length)
        {
            return -1;
        }

        var k = f[from..].IndexOf(c);
        return k < 0 ? -1 : from + k;
    }

    private static int NextDigit(ReadOnlySpan<char> f, int from)
    {
        if (from >= f.Length)
        {
            return -1;
        }

        var k = f[from..].IndexOfAnyInRange('0', '9');
        return k < 0 ? -1 : from + k;
    }

    private static bool IsBinaryGroup(ReadOnlySpan<char> f, int i) =>
        i + 8 <= f.Length && !f.Slice(i, 8).ContainsAnyExcept('0', '1');

    private static bool IsByteGroup(ReadOnlySpan<char> group, int length) =>
        length == 8 ? !group.ContainsAnyExcept('0', '1') : char.IsAsciiHexDigit(group[0]) && char.IsAsciiHexDigit(group[1]);

    private static int NextSymbol(ReadOnlySpan<char> f, int from)
    {
        if (from >= f.Length)
        {
            return -1;
        }

        var k = f[from..].IndexOfAny(LetterSymbols);
        return k < 0 ? -1 : from + k;
    }

    // A symbol followed by a letter, at the start of a word or inside one: "!gnore", "instruct!ons". An e-mail's "@"
    // qualifies too; reading it as "a" adds no attack words.
    private static bool IsLetterSymbol(ReadOnlySpan<char> f, int i) =>
        f[i] is '@' or '$' or '!' && i + 1 < f.Length && char.IsLetter(f[i + 1]) && (i == 0 || !char.IsDigit(f[i - 1]));

    // A dot with a letter on both sides, between pieces of at most four letters: "ou.bli.e", not "e.g." (single
    // letters are joined elsewhere) and not "example.com" (a long piece).
    private static bool IsInnerDot(ReadOnlySpan<char> f, int i)
    {
        if (f[i] != '.' || i == 0 || i + 1 >= f.Length || !char.IsLetter(f[i - 1]) || !char.IsLetter(f[i + 1]))
        {
            return false;
        }

        var before = 0;
        while (i - before - 1 >= 0 && char.IsLetter(f[i - before - 1]))
        {
            before++;
        }

        var after = 0;
        while (i + after + 1 < f.Length && char.IsLetter(f[i + after + 1]))
        {
            after++;
        }

        return before <= 4 && after <= 4 && before + after >= 3;
    }

    private static bool IsOneWord(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '\'' or '.' or ',' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static int EscapeAt(ReadOnlySpan<char> f, int i, out int value)
    {
        value = 0;
        var rest = f[i..];
        if (rest.Length >= 3 && rest[0] == '%' && TryHex(rest.Slice(1, 2), out value))
        {
            return 3;
        }

        if (rest.Length >= 4 && rest[0] == '\\' && rest[1] == 'x' && TryHex(rest.Slice(2, 2), out value))
        {
            return 4;
        }

        if (rest.Length >= 6 && rest[0] == '\\' && rest[1] == 'u' && TryHex(rest.Slice(2, 4), out value))
        {
            return 6;
        }

        if (rest.Length >= 4 && rest[0] == '&' && rest[1] == '#')
        {
            var hex = rest[2] == 'x';
            var digits = rest[(hex ? 3 : 2)..];
            var semicolon = digits[..Math.Min(digits.Length, 7)].IndexOf(';');
            if (semicolon > 0 && int.TryParse(digits[..semicolon], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return (hex ? 3 : 2) + semicolon + 1;
            }
        }

        return 0;
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);

    /// <summary>Decodes one run of dots, dashes, spaces and slashes; returns the letters decoded, or 0 if a code is unknown.</summary>
    private static int DecodeMorseRun(ReadOnlySpan<char> run, Span<char> destination, out int written)
    {
        written = 0;
        var letters = 0;
        var i = 0;
        while (i < run.Length)
        {
            if (run[i] is ' ' or '/')
            {
                // A slash or two spaces separate words; one space separates letters.
                var k = i;
                var slash = false;
                while (k < run.Length && run[k] is ' ' or '/')
                {
                    slash |= run[k] == '/';
                    k++;
                }

                if ((slash || k - i >= 2) && written > 0 && destination[written - 1] != ' ')
                {
                    destination[written++] = ' ';
                }

                i = k;
                continue;
            }

            var code = 1;
            var length = 0;
            while (i < run.Length && run[i] is '.' or '-')
            {
                code = (code << 1) | (run[i] == '-' ? 1 : 0);
                length++;
                i++;
            }

            if (length > 5 || MorseTable[code] == '\0')
            {
                return 0;
            }

            destination[written++] = MorseTable[code];
            letters++;
        }

        return letters;
    }

    private static char[] CreateMorseTable()
    {
        var table = new char[64];
        ReadOnlySpan<string> codes =
        [
            ".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--",
            "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..",
            "-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----.",
        ];
        const string Symbols = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (var k = 0; k < codes.Length; k++)
        {
            var code = 1;
            foreach (var c in codes[k])
            {
                code = (code << 1) | (c == '-' ? 1 : 0);
            }

            table[code] = Symbols[k];
        }

        return table;
    }
}
