using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Governance.AI.Safety;

/// <summary>Per-token facts the rules use.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Quoted = 1,
    LineStart = 2,
    ColonAfter = 4,
    LettersAndDigits = 8,
    Long = 16,
    InAddress = 32,

    /// <summary>
    /// The token is inside text the user pasted rather than wrote: after an e-mail header or a block introduction
    /// ("Document:", "Here is the tool output:" at the end of a line), or inside an HTML comment.
    /// </summary>
    Pasted = 64,
}

/// <summary>A token of folded text: where it is, its hash and its position (sentence breaks widen the gap).</summary>
internal struct SafetyToken
{
    public int Start;
    public int Length;
    public int Position;
    public ulong Hash;
    public TokenFlags Flags;
}

/// <summary>
/// Splits folded text into word tokens in a single pass, hashing each token as it is read. Sentence and line
/// breaks advance the position by <see cref="SentenceGap"/> so that rule windows stay inside one sentence.
/// </summary>
internal static class SafetyTokenizer
{
    /// <summary>The position gap a sentence or line break adds.</summary>
    public const int SentenceGap = 8;

    /// <summary>The token length from which a token may be part of an encoded payload.</summary>
    public const int LongTokenLength = 16;

    private const byte Letter = 1;
    private const byte Digit = 2;

    private static readonly byte[] AsciiClass = CreateClasses();

    private static byte[] CreateClasses()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = Letter;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = Letter;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = Digit;
        }

        return table;
    }

    /// <summary>Gets the upper bound of tokens a folded text of <paramref name="length"/> characters yields.</summary>
    /// <param name="length">The folded length.</param>
    /// <returns>The bound.</returns>
    public static int MaxTokens(int length) => (length / 2) + 1;

    private static byte Classify(char c) => c < 128 ? AsciiClass[c] : char.IsLetterOrDigit(c) ? (char.IsDigit(c) ? Digit : Letter) : (byte)0;

    /// <summary>Tokenizes folded text.</summary>
    /// <param name="text">The folded text.</param>
    /// <param name="tokens">At least <see cref="MaxTokens"/> entries.</param>
    /// <param name="summary">The union of all token flags.</param>
    /// <returns>The number of tokens written.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<SafetyToken> tokens, out TokenFlags summary)
    {
        var count = 0;
        var position = 0;
        var quoted = false;
        var pasted = false;
        var comment = false;
        var lineStart = true;
        var sentenceTokens = 0;
        var n = text.Length;
        var union = TokenFlags.None;
        var i = 0;

        // Which characters of the current 64-character block are letters or digits, and which are digits (bit i % 64:
        // shifts of a ulong take their count mod 64).
        var block = -1;
        ulong words = 0;
        ulong digits = 0;
        while (i < n)
        {
            if ((i >> 6) != block)
            {
                block = i >> 6;
                (words, digits) = ClassifyBlock(text, block << 6);
            }

            var c = text[i];
            if (((words >> i) & 1) == 0)
            {
                if (c != ' ')
                {
                    Punctuation(text, i, ref position, ref quoted, ref lineStart, ref sentenceTokens);
                    if (c == '<' && text[i..].StartsWith("<!--"))
                    {
                        comment = true;
                    }
                    else if (c == '>' && i >= 2 && text[(i - 2)..].StartsWith("-->"))
                    {
                        comment = false;
                    }
                    else if (c == '\n' && !pasted && IntroducesBlock(text[..i]))
                    {
                        pasted = true;
                    }
                }

                i++;
                continue;
            }

            // The run of letters and digits ends at the first clear bit (one bit scan, not a branch per character);
            // then it is hashed in blocks.
            var start = i;
            var classes = 0;
            while (true)
            {
                var from = ulong.MaxValue << i;
                var rest = ~words & from;
                var run = rest == 0 ? words & from : words & from & ((1UL << BitOperations.TrailingZeroCount(rest)) - 1);
                classes |= ((run & ~digits) != 0 ? Letter : 0) | ((run & digits) != 0 ? Digit : 0);
                if (rest != 0)
                {
                    i = (block << 6) + BitOperations.TrailingZeroCount(rest);
                    break;
                }

                block++;
                i = block << 6;
                (words, digits) = ClassifyBlock(text, i);
            }

            var length = i - start;
            var next = i < n ? text[i] : '\n';
            var flags = quoted ? TokenFlags.Quoted : TokenFlags.None;
            if (pasted || comment)
            {
                flags |= TokenFlags.Pasted;
            }

            var atLineStart = lineStart;
            if (lineStart)
            {
                flags |= TokenFlags.LineStart;
                lineStart = false;
            }

            // French typography puts a space before the colon ("Système :").
            if (next == ':' || (next == ' ' && i + 1 < n && text[i + 1] == ':'))
            {
                flags |= TokenFlags.ColonAfter;

                // "From: …", "Subject: …", "Document: …", "Tool output: …": what follows was pasted, not written.
                pasted |= (atLineStart && IsHeaderName(text.Slice(start, i - start))) || IsBlockName(text.Slice(start, i - start));
            }

            if (classes == (Letter | Digit))
            {
                flags |= TokenFlags.LettersAndDigits;
            }

            // Parts of e-mail addresses, domains, URLs and paths ("attacker@example.net") are not words of the sentence.
            if (next is '@' || (start > 0 && text[start - 1] is '@' or '/')
                || (next == '.' && i + 1 < n && Classify(text[i + 1]) != 0)
                || (start > 1 && text[start - 1] == '.' && Classify(text[start - 2]) != 0))
            {
                flags |= TokenFlags.InAddress;
            }

            if (length >= LongTokenLength)
            {
                flags |= TokenFlags.Long;
            }

            var word = text.Slice(start, length);
            ref var t = ref tokens[count++];
            t.Start = start;
            t.Length = length;
            t.Position = position++;
            t.Hash = TermTable<int>.Hash(word);
            t.Flags = flags;
            union |= flags;
            sentenceTokens++;

            // A word is mostly followed by one space, which needs no pass of the loop.
            i += next == ' ' ? 1 : 0;
        }

        summary = union;
        return count;
    }

    /// <summary>The letters-or-digits and the digits among the (up to) 64 characters from <paramref name="start"/>, one bit each.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Words, ulong Digits) ClassifyBlock(ReadOnlySpan<char> text, int start)
    {
        var chunk = text.Slice(start, Math.Min(64, text.Length - start));
        ulong words = 0;
        ulong digits = 0;
        ulong other = 0;
        var k = 0;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chunk));
        if (Vector512.IsHardwareAccelerated)
        {
            // Two compares per 32 characters: a full block takes two steps instead of eight; the text's last, partial
            // block continues below.
            for (; k + Vector512<ushort>.Count <= chunk.Length; k += Vector512<ushort>.Count)
            {
                var v = Vector512.LoadUnsafe(ref first, (nuint)k);
                var letter = Vector512.LessThan((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)26));
                var digit = Vector512.LessThan(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)10));
                words |= (letter | digit).ExtractMostSignificantBits() << k;
                digits |= digit.ExtractMostSignificantBits() << k;
                other |= Vector512.GreaterThanOrEqual(v, Vector512.Create((ushort)128)).ExtractMostSignificantBits() << k;
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; k + Vector128<ushort>.Count <= chunk.Length; k += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)k);
                var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                var digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                words |= (ulong)(letter | digit).ExtractMostSignificantBits() << k;
                digits |= (ulong)digit.ExtractMostSignificantBits() << k;
                other |= (ulong)Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)128)).ExtractMostSignificantBits() << k;
            }
        }

        // Characters past the vectors, and non-ASCII ones, are classified one by one.
        for (; k < chunk.Length; k++)
        {
            other |= 1UL << k;
        }

        while (other != 0)
        {
            k = BitOperations.TrailingZeroCount(other);
            other &= other - 1;
            var cls = Classify(chunk[k]);
            words |= (ulong)(cls != 0 ? 1 : 0) << k;
            digits |= (ulong)(cls == Digit ? 1 : 0) << k;
        }

        return (words, digits);
    }

    /// <summary>Whether the line before a line break ends with a colon: "Summarize this page:" introduces a pasted block.</summary>
    private static bool IntroducesBlock(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(" \t\r");
        return !before.IsEmpty && before[^1] == ':';
    }

    private static bool IsHeaderName(ReadOnlySpan<char> word) => word is "from" or "to" or "subject" or "cc" or "von" or "an"
        or "betreff" or "de" or "para" or "asunto" or "objet" or "sender" or "absender" or "remitente" or "expediteur";

    private static bool IsBlockName(ReadOnlySpan<char> word) => word is "document" or "passage" or "excerpt" or "output"
        or "result" or "results" or "snippet" or "transcript" or "article" or "page" or "email" or "mail" or "review"
        or "log" or "comment" or "content" or "source" or "text" or "webpage" or "website"
        or "dokument" or "auszug" or "ausgabe" or "ergebnis" or "artikel"
        or "documento" or "pasaje" or "extracto" or "salida" or "resultado" or "articulo" or "correo" or "texto"
        or "extrait" or "sortie" or "resultat" or "courriel" or "texte";

    // Inlined: the loop's state it updates by reference then stays in registers instead of the stack frame.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Punctuation(ReadOnlySpan<char> text, int i, ref int position, ref bool quoted, ref bool lineStart, ref int sentenceTokens)
    {
        var c = text[i];
        switch (c)
        {
            case '\n':
                position += SentenceGap;
                lineStart = true;
                sentenceTokens = 0;
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    quoted = false;
                }

                break;
            case '.' or '!' or '?' or ';':
                // A "sentence" of one word ("Ignore. All. Previous.") is an evasion, not a sentence.
                if (i + 1 >= text.Length || text[i + 1] is ' ' or '\n' or '\r' or '\t')
                {
                    if (sentenceTokens > 1)
                    {
                        position += SentenceGap;
                        lineStart = true;
                    }

                    sentenceTokens = 0;
                }

                break;
            case '"' or '`':
                quoted = !quoted;
                break;
            case '\u201C' or '\u201E' or '\u00AB' or '\u2039':
                quoted = c != '\u201C' || !quoted;
                break;
            case '\u201D' or '\u00BB' or '\u203A':
                quoted = false;
                break;
            case '\'':
                var before = i > 0 && Classify(text[i - 1]) != 0;
                var after = i + 1 < text.Length && Classify(text[i + 1]) != 0;
                if (!quoted && !before && after)
                {
                    quoted = true;
                }
                else if (quoted && !after && (before || (i > 0 && text[i - 1] is '.' or '!' or '?' or ',')))
                {
                    // "… kaufen Äpfel.' Danach …": a closing quote after the sentence's stop closes it too.
                    quoted = false;
                }

                break;
        }
    }
}
