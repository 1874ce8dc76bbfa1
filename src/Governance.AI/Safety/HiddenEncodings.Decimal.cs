namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 23: decimal character codes ("73 103 110 111 114 101 …") decoded and rescanned, beside the hex
/// pairs and binary bytes of <see cref="DecodeByteGroups"/>.
/// </summary>
internal static partial class HiddenEncodings
{
    /// <summary>How many decimal character codes in a row are decoded (a short run is a list of numbers).</summary>
    private const int MinDecimalCodes = 8;

    /// <summary>
    /// Whether the digit at <paramref name="i"/> starts two decimal codes in a row ("73 103", "105,103"): a number of two
    /// or three digits after a non-alphanumeric character, a space or a comma, and another digit. The pre-check of the
    /// reassembly pass, so the decoder runs only on texts that could hold a run ("%20" and "v3.8.1" do not).
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="i">The index of a digit.</param>
    /// <returns>Whether a run of codes may start there.</returns>
    public static bool StartsDecimalPair(ReadOnlySpan<char> f, int i)
    {
        if ((i > 0 && char.IsLetterOrDigit(f[i - 1])) || i + 3 >= f.Length || !char.IsAsciiDigit(f[i + 1]))
        {
            return false;
        }

        var k = char.IsAsciiDigit(f[i + 2]) ? i + 3 : i + 2;
        k += k < f.Length && f[k] == ',' ? 1 : 0;
        k += k < f.Length && f[k] == ' ' ? 1 : 0;
        return k > i + 2 && k < f.Length && char.IsAsciiDigit(f[k]) && f[k - 1] is ' ' or ',';
    }

    /// <summary>
    /// Writes the text with runs of decimal character codes decoded (<c>73 103 110 111 114 101</c>, <c>105,103,110</c>):
    /// at least <see cref="MinDecimalCodes"/> numbers in a row, each 32 to 126, separated by a space, a comma or both.
    /// A list of scores, prices or years either has a number outside that range within a few entries or decodes into
    /// characters that make no words, and the rescan counts only when it scores more than the text as written.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int DecodeDecimalCodes(ReadOnlySpan<char> f, Span<char> destination)
    {
        var w = 0;
        var copied = 0;
        var decoded = 0;
        for (var i = f.IndexOfAnyInRange('0', '9'); i >= 0 && i < f.Length; i = NextDigit(f, i))
        {
            if (i > 0 && char.IsLetterOrDigit(f[i - 1]))
            {
                i = SkipDigits(f, i);
                continue;
            }

            // Count the run first; most digits in a text start no run at all.
            var codes = 0;
            var end = i;
            while (DecimalCodeAt(f, end, out var next) >= 0)
            {
                codes++;
                end = next;
                var gap = end < f.Length && f[end] == ',' ? 1 : 0;
                gap += end + gap < f.Length && f[end + gap] == ' ' ? 1 : 0;
                if (gap == 0 || end + gap >= f.Length || !char.IsAsciiDigit(f[end + gap]))
                {
                    break;
                }

                end += gap;
            }

            if (codes < MinDecimalCodes)
            {
                i = SkipDigits(f, i);
                continue;
            }

            f[copied..i].CopyTo(destination[w..]);
            w += i - copied;
            for (var k = 0; k < codes; k++)
            {
                destination[w++] = (char)DecimalCodeAt(f, i, out i);
                while (k + 1 < codes && !char.IsAsciiDigit(f[i]))
                {
                    i++;
                }
            }

            decoded += codes;
            copied = i;
        }

        if (decoded == 0)
        {
            return 0;
        }

        f[copied..].CopyTo(destination[w..]);
        return w + f.Length - copied;
    }

    private static int SkipDigits(ReadOnlySpan<char> f, int i)
    {
        while (i < f.Length && char.IsAsciiDigit(f[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The printable ASCII code of the number of two or three digits at <paramref name="i"/>, or -1.</summary>
    private static int DecimalCodeAt(ReadOnlySpan<char> f, int i, out int next)
    {
        var value = 0;
        next = i;
        while (next < f.Length && char.IsAsciiDigit(f[next]) && next - i < 4)
        {
            value = (value * 10) + (f[next] - '0');
            next++;
        }

        var digits = next - i;
        var ends = next == f.Length || !char.IsLetterOrDigit(f[next]);
        return digits is 2 or 3 && ends && value is >= 32 and <= 126 ? value : -1;
    }
}
