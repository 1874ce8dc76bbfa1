using System.Buffers;
using System.Globalization;

namespace Governance.AI.Safety;

/// <summary>
/// Decodes text that hides its characters in another encoding, so the detector's rules can score the words: the ASCII
/// carried by Unicode tag characters, escape sequences (<c>%69</c>, <c>\x69</c>, <c>\u0069</c>, <c>&amp;#105;</c>),
/// spaced hex or binary bytes, and Morse code. Works like <see cref="HiddenText"/>: every writer returns 0 when the text
/// has too little of its feature to be worth a rescan, and never writes more characters than it reads.
/// </summary>
internal static partial class HiddenEncodings
{
    private const char TagHighSurrogate = '\uDB40';

    private static readonly SearchValues<char> EscapeLeads = SearchValues.Create("%\\&");
    private static readonly SearchValues<char> MorseChars = SearchValues.Create(".- /");

    // International Morse code for letters and digits, indexed by the code read as a binary number with a leading 1
    // (dot 0, dash 1): ".-" is 0b110 = 6.
    private static readonly char[] MorseTable = CreateMorseTable();

    /// <summary>Whether the raw text may carry Unicode tag characters (it holds their high surrogate).</summary>
    /// <param name="text">The raw text.</param>
    /// <returns><see langword="false"/> when <see cref="TagCharacters"/> would find none.</returns>
    public static bool MayHaveTagCharacters(ReadOnlySpan<char> text) => text.Contains(TagHighSurrogate);

    /// <summary>Writes the ASCII that Unicode tag characters (U+E0020..U+E007E) carry, when they carry at least <see cref="HiddenText.MinUnits"/> characters.</summary>
    /// <param name="text">The raw text: folding drops tag characters.</param>
    /// <param name="destination">At least as long as <paramref name="text"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int TagCharacters(ReadOnlySpan<char> text, Span<char> destination)
    {
        // Every tag character is the surrogate pair U+DB40 and a low surrogate.
        var w = 0;
        for (var i = text.IndexOf(TagHighSurrogate); i >= 0 && i + 1 < text.Length; i = HiddenText.NextIndex(text, TagHighSurrogate, i + 2))
        {
            var carried = text[i + 1] - 0xDC00;
            if (carried is >= 0x20 and <= 0x7E)
            {
                destination[w++] = (char)carried;
            }
        }

        return w >= HiddenText.MinUnits ? w : 0;
    }

    /// <summary>Writes the text with escape sequences decoded, when it holds at least <see cref="HiddenText.MinUnits"/> of them.</summary>
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
            // Text between escape leads is copied as a block: only a lead can start an escape.
            var plain = f[i..].IndexOfAny(EscapeLeads);
            plain = plain < 0 ? f.Length - i : plain;
            f.Slice(i, plain).CopyTo(destination[w..]);
            w += plain;
            i += plain;
            if (i >= f.Length)
            {
                break;
            }

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

        return decoded >= HiddenText.MinUnits ? w : 0;
    }

    /// <summary>
    /// Writes the text with runs of byte groups decoded: hex pairs or 8-digit binary numbers separated by spaces, commas
    /// or colons (<c>69 67 6e 6f</c>, <c>01101001 01100111</c>), when a run has more than <see cref="HiddenText.MinUnits"/> groups.
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

            if (groups <= HiddenText.MinUnits)
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
    /// <returns>The number of characters written, or 0 when there is no run of at least <see cref="HiddenText.MinUnits"/> Morse letters.</returns>
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
            if (runLetters >= HiddenText.MinUnits)
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

        return letters >= HiddenText.MinUnits ? w : 0;
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
