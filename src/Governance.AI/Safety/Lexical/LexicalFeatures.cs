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

/// <summary>Receives the hashed features of a text, sentence by sentence.</summary>
internal interface ILexicalFeatureSink
{
    /// <summary>Receives one feature: its bucket and its sign.</summary>
    void Add(int bucket, bool negative);

    /// <summary>Marks the end of a sentence (never called for an empty one).</summary>
    void EndSentence();
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

    // Emit multiplies by PairSalt; a salted feature's two multiplications fold into one (modulo 2^64, same hash).
    private const ulong GramMix = unchecked(GramSalt * PairSalt);
    private const ulong StemMix = unchecked(StemSalt * PairSalt);
    private const int StemLength = 5;
    private const int GramLength = 4;

    // Longer tokens are payloads (base64, hex, URLs): the detector decodes those; their surface does not generalize.
    private const int MaxWordLength = 24;

    /// <summary>Feeds the features of folded, tokenized text to <paramref name="sink"/>.</summary>
    /// <typeparam name="TSink">The receiver (a struct, so that the calls inline).</typeparam>
    /// <param name="folded">The folded text the tokens point into.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="kinds">The feature kinds.</param>
    /// <param name="bits">The number of hash bits (buckets = 2^bits).</param>
    /// <param name="sink">The receiver.</param>
    public static void Extract<TSink>(ReadOnlySpan<char> folded, ReadOnlySpan<SafetyToken> tokens, LexicalFeatureKinds kinds, int bits, ref TSink sink)
        where TSink : struct, ILexicalFeatureSink
    {
        var shift = 64 - bits;
        ulong previous = 0;
        var previousPosition = int.MinValue;
        var inSentence = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            var word = folded.Slice(t.Start, t.Length);

            // Numbers carry no instruction (card, order and phone numbers are everyday text), and binary or hex
            // payloads are the decoder's job: a model that learned digit runs from encoded attacks flagged "4111 1111
            // 1111 1111" in a refund request.
            if (t.Length > MaxWordLength || !word.ContainsAnyExcept(AsciiDigits))
            {
                continue;
            }

            var leet = (t.Flags & TokenFlags.LettersAndDigits) != 0;

            // The tokenizer widens the position gap at sentence and line breaks.
            if (inSentence && t.Position != previousPosition + 1)
            {
                sink.EndSentence();
                previous = 0;
            }

            inSentence = true;
            previousPosition = t.Position;
            var h = HashWord(word, leet);
            if ((kinds & LexicalFeatureKinds.Words) != 0)
            {
                Emit(h, shift, ref sink);
            }

            if ((kinds & LexicalFeatureKinds.WordPairs) != 0 && previous != 0)
            {
                Emit((previous * PairSalt) ^ h, shift, ref sink);
            }

            if ((kinds & LexicalFeatureKinds.Stems) != 0 && word.Length > StemLength)
            {
                EmitMixed(HashWord(word[..StemLength], leet) * StemMix, shift, ref sink);
            }

            if ((kinds & LexicalFeatureKinds.CharacterGrams) != 0 && word.Length >= GramLength)
            {
                EmitGrams(word, leet, shift, ref sink);
            }

            previous = h;
        }

        if (inSentence)
        {
            sink.EndSentence();
        }
    }

    private static void EmitGrams<TSink>(ReadOnlySpan<char> word, bool leet, int shift, ref TSink sink)
        where TSink : struct, ILexicalFeatureSink
    {
        // The first and last grams carry the word's edge ("^ign" differs from "ign" inside a word).
        ulong window = '^';
        for (var k = 0; k < word.Length; k++)
        {
            window = (window << 16) | Letter(word[k], leet);
            if (k >= GramLength - 2)
            {
                EmitMixed(window * GramMix, shift, ref sink);
            }
        }

        window = (window << 16) | '$';
        EmitMixed(window * GramMix, shift, ref sink);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Emit<TSink>(ulong hash, int shift, ref TSink sink)
        where TSink : struct, ILexicalFeatureSink
    {
        EmitMixed(hash * PairSalt, shift, ref sink);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EmitMixed<TSink>(ulong mixed, int shift, ref TSink sink)
        where TSink : struct, ILexicalFeatureSink
    {
        // Multiply-shift: the top bits pick the bucket, a lower bit the sign.
        sink.Add((int)(mixed >> shift), (mixed & (1UL << 20)) != 0);
    }

    private static ulong HashWord(ReadOnlySpan<char> word, bool leet)
    {
        var h = Seed;
        for (var k = 0; k < word.Length; k++)
        {
            h = (h ^ Letter(word[k], leet)) * Prime;
        }

        return h ^ (h >> 29);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Letter(char c, bool leet) => leet ? TextFolding.LeetLetter(c) : c;
}
