using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Governance.AI.Tokenization;

/// <summary>
/// Unicode classes used by the tiktoken pre-tokenization patterns, as bit flags per code point: letters (\p{L}),
/// numbers (\p{N}), marks (\p{M}), white space (\s, the Unicode White_Space property), carriage return and line
/// feed, and o200k's two letter groups ([\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}] and [\p{Ll}\p{Lm}\p{Lo}\p{M}]).
/// </summary>
internal static class CharClass
{
    public const byte Letter = 1;
    public const byte Number = 2;
    public const byte Mark = 4;
    public const byte Space = 8;
    public const byte Upper = 16;
    public const byte Lower = 32;
    public const byte NewLine = 64;

    private static readonly byte[] s_bmp = BuildBmp();

    /// <summary>Gets the flags of a code point.</summary>
    public static byte Of(int codePoint) => codePoint < 0x10000 ? s_bmp[codePoint] : Compute(codePoint);

    /// <summary>Gets the flags of an ASCII character (<paramref name="c"/> below 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte AsciiFlags(int c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_bmp), c & 0x7F);

    /// <summary>Decodes the code point at <paramref name="index"/> of well-formed UTF-8 and returns its flags.</summary>
    /// <remarks>Inlined into the pre-tokenizer's loops: most characters are ASCII, one table read.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte At(ReadOnlySpan<byte> utf8, int index, out int length)
    {
        int b = utf8[index];
        if (b < 0x80)
        {
            length = 1;
            return AsciiFlags(b);
        }

        return AtMultiByte(utf8, index, b, out length);
    }

    private static byte AtMultiByte(ReadOnlySpan<byte> utf8, int index, int b, out int length)
    {
        if (b < 0xE0)
        {
            length = 2;
            return s_bmp[((b & 0x1F) << 6) | (utf8[index + 1] & 0x3F)];
        }

        if (b < 0xF0)
        {
            length = 3;
            return s_bmp[((b & 0x0F) << 12) | ((utf8[index + 1] & 0x3F) << 6) | (utf8[index + 2] & 0x3F)];
        }

        length = 4;
        return Compute(((b & 0x07) << 18) | ((utf8[index + 1] & 0x3F) << 12) | ((utf8[index + 2] & 0x3F) << 6) | (utf8[index + 3] & 0x3F));
    }

    private static byte[] BuildBmp()
    {
        var table = new byte[0x10000];
        for (int c = 0; c < table.Length; c++)
        {
            // Surrogate code units never reach the table: input is transcoded to UTF-8 first, where a lone
            // surrogate becomes U+FFFD (a symbol, so no flags).
            table[c] = c is >= 0xD800 and <= 0xDFFF ? (byte)0 : Compute(c);
        }

        return table;
    }

    private static byte Compute(int codePoint)
    {
        byte flags = 0;
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                flags = Letter | Upper;
                break;
            case UnicodeCategory.LowercaseLetter:
                flags = Letter | Lower;
                break;
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                flags = Letter | Upper | Lower;
                break;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                flags = Mark | Upper | Lower;
                break;
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                flags = Number;
                break;
            default:
                break;
        }

        if (Rune.IsWhiteSpace(new Rune(codePoint)))
        {
            flags |= Space;
        }

        if (codePoint is '\r' or '\n')
        {
            flags |= NewLine;
        }

        return flags;
    }
}
