using System.Buffers;
using System.Text;

namespace Governance.AI.Safety;

/// <summary>The obfuscation scans: base64, hex and rot13 payloads, text read backwards, and split words joined.</summary>
public sealed partial class PromptInjectionDetector
{
    private static readonly SearchValues<char> PayloadChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");

    // Attack words spelled backwards ("snoitcurtsni"): two of them in a text make it worth reading backwards.
    private static readonly TermTable<bool> ReversedWords = BuildReversedWords();

    private static string Rot13(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            span[i] = c is >= 'a' and <= 'z' ? (char)('a' + ((c - 'a' + 13) % 26)) : c;
        }
    });

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

            RescanVariant(variant[..length], kind == ObfuscationKind.Reversed ? InjectionRules.SpecialReversed : InjectionRules.SpecialSplitLetters, untrusted, depth, ref budget, ref acc);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Scores the rot13 readings of the tokens (looked up with their words by the scan, not looked up again).</summary>
    private static void ScanRot13(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> rot13, bool untrusted, Context context, ref Accumulator acc)
    {
        var scratch = GetScratch(5);
        var sparse = scratch.Sparse(tokens.Length);
        var sparseCount = 0;
        for (var i = 0; i < rot13.Length; i++)
        {
            if (rot13[i] != 0)
            {
                sparse[sparseCount++] = i;
            }
        }

        var inner = default(Accumulator);
        Evaluate(f, tokens, rot13, sparse.AsSpan(0, sparseCount), untrusted, context, scratch.PossibleRules, ref inner);
        if (inner.Total() > 0)
        {
            acc.Merge(ref inner);
            acc.Record(InjectionRules.SpecialRot13, 1.0);
        }
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

    private enum ObfuscationKind
    {
        Reversed,
        Split,
    }
}
