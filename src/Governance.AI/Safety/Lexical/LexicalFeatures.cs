using System.Runtime.CompilerServices;

namespace Governance.AI.Safety.Lexical;

/// <summary>Which kinds of hashed features the lexical model reads; stored in the weight file.</summary>
[Flags]
internal enum LexicalFeatureKinds : byte
{
    None = 0,

    /// <summary>Each word (leetspeak digits read as letters).</summary>
    Words = 1,

    /// <summary>Each pair of neighbouring words inside a sentence.</summary>
    WordPairs = 2,

    /// <summary>Each run of four characters inside a word, with the word's edges marked (morphology across languages).</summary>
    CharacterGrams = 4,

    /// <summary>The first five letters of each longer word, a crude stem shared across inflections and languages ("ignoriere", "ignorez", "ignora").</summary>
    Stems = 8,
}

/// <summary>
/// Signed feature hashing over the detector's folded tokens: words, word pairs, word stems and in-word character 4-grams are
/// hashed into 2^bits buckets with a sign, so that colliding features cancel on average instead of adding up.
/// </summary>
internal static class LexicalFeatures
{
    private const ulong Seed = 0xCBF29CE484222325;
    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");
    private const ulong Prime = 0x100000001B3;
    private const ulong PairSalt = 0x9E3779B97F4A7C15;
    private const ulong GramSalt = 0xC2B2AE3D27D4EB4F;
    private const ulong StemSalt = 0x165667B19E3779F9;

    // A word feature is mixed by PairSalt; a salted feature's two multiplications fold into one (modulo 2^64, same hash).
    private const ulong GramMix = unchecked(GramSalt * PairSalt);
    private const ulong StemMix = unchecked(StemSalt * PairSalt);
    private const int StemLength = 5;
    private const int GramLength = 4;

    // Longer tokens are payloads (base64, hex, URLs): the detector decodes those; their surface does not generalize.
    private const int MaxWordLength = 24;

    /// <summary>Gets the upper bound of the features <see cref="Extract"/> writes for tokens of folded text.</summary>
    /// <param name="foldedLength">The folded text's length.</param>
    /// <param name="tokenCount">The number of tokens.</param>
    /// <returns>The bound.</returns>
    /// <remarks>A token yields at most its word, its pair, its stem and one gram per character after the first (its
    /// length plus two); tokens do not overlap, so their lengths add up to at most the folded length.</remarks>
    public static int MaxFeatures(int foldedLength, int tokenCount) => foldedLength + (2 * tokenCount);

    /// <summary>
    /// Writes the features of folded, tokenized text as keys (the bucket times four, plus two when its sign is negative:
    /// the low bit is free for the scorer) and the end of each non-empty sentence's keys.
    /// </summary>
    /// <param name="folded">The folded text the tokens point into.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="kinds">The feature kinds.</param>
    /// <param name="bits">The number of hash bits (buckets = 2^bits).</param>
    /// <param name="keys">At least <see cref="MaxFeatures"/> entries.</param>
    /// <param name="sentenceEnds">At least one entry per token.</param>
    /// <param name="sentences">The number of sentences written to <paramref name="sentenceEnds"/>.</param>
    /// <returns>The number of keys written.</returns>
    public static int Extract(
        ReadOnlySpan<char> folded, ReadOnlySpan<SafetyToken> tokens, LexicalFeatureKinds kinds, int bits, Span<int> keys, Span<int> sentenceEnds, out int sentences)
    {
        var shift = 64 - bits;
        var count = 0;
        sentences = 0;
        ulong previous = 0;
        var previousPosition = int.MinValue;
        var inSentence = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Length > MaxWordLength)
            {
                continue;
            }

            var word = folded.Slice(t.Start, t.Length);
            var leet = (t.Flags & TokenFlags.LettersAndDigits) != 0;

            // Numbers carry no instruction (card, order and phone numbers are everyday text), and binary or hex
            // payloads are the decoder's job: a model that learned digit runs from encoded attacks flagged "4111 1111
            // 1111 1111" in a refund request. (A word that starts with a letter is no number: one test for most words.)
            if (char.IsAsciiDigit(word[0]) && !word.ContainsAnyExcept(AsciiDigits))
            {
                continue;
            }

            // The word's hash, keeping the state after its stem's letters (the stem's own hash: same letters, same seed).
            var h = Seed;
            var stemEnd = Math.Min(word.Length, StemLength);
            var k = 0;
            for (; k < stemEnd; k++)
            {
                h = (h ^ Letter(word[k], leet)) * Prime;
            }

            var stem = h;
            for (; k < word.Length; k++)
            {
                h = (h ^ Letter(word[k], leet)) * Prime;
            }

            // The tokenizer widens the position gap at sentence and line breaks.
            if (inSentence && t.Position != previousPosition + 1)
            {
                sentenceEnds[sentences++] = count;
                previous = 0;
            }

            inSentence = true;
            previousPosition = t.Position;
            h = Finish(h);
            if ((kinds & LexicalFeatureKinds.Words) != 0)
            {
                keys[count++] = Key(h * PairSalt, shift);
            }

            if ((kinds & LexicalFeatureKinds.WordPairs) != 0 && previous != 0)
            {
                keys[count++] = Key(((previous * PairSalt) ^ h) * PairSalt, shift);
            }

            if ((kinds & LexicalFeatureKinds.Stems) != 0 && word.Length > StemLength)
            {
                keys[count++] = Key(Finish(stem) * StemMix, shift);
            }

            if ((kinds & LexicalFeatureKinds.CharacterGrams) != 0 && word.Length >= GramLength)
            {
                count = ExtractGrams(word, leet, shift, keys, count);
            }

            previous = h;
        }

        if (inSentence)
        {
            sentenceEnds[sentences++] = count;
        }

        return count;
    }

    /// <summary>Gets a key's bucket.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The bucket.</returns>
    public static int Bucket(int key) => key >> 2;

    /// <summary>Gets whether a key's sign is negative.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsNegative(int key) => (key & 2) != 0;

    private static int ExtractGrams(ReadOnlySpan<char> word, bool leet, int shift, Span<int> keys, int count)
    {
        // The first and last grams carry the word's edge ("^ign" differs from "ign" inside a word).
        ulong window = '^';
        for (var k = 0; k < word.Length; k++)
        {
            window = (window << 16) | Letter(word[k], leet);
            if (k >= GramLength - 2)
            {
                keys[count++] = Key(window * GramMix, shift);
            }
        }

        window = (window << 16) | '$';
        keys[count++] = Key(window * GramMix, shift);
        return count;
    }

    /// <summary>Multiply-shift: the top bits of the mixed hash pick the bucket, a lower bit the sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(ulong mixed, int shift) => (int)((mixed >> shift) << 2) | (int)((mixed >> 19) & 2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h) => h ^ (h >> 29);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Letter(char c, bool leet) => leet ? TextFolding.LeetLetter(c) : c;
}
