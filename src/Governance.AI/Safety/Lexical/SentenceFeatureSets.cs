using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Governance.AI.Safety.Lexical;

/// <summary>
/// Scores a text's sentence windows counting each feature once per window: a repeated line or word must not add its
/// weight again. One two-byte stamp per feature (bucket and sign) holds the number of the last sentence that had it, so
/// a lookup is one load and starting a sentence clears nothing: 256 KB for the shipped 2^16 buckets, half the
/// four-byte stamps before. The features are extracted first into a buffer and scored in a loop of their own with its
/// sums in registers (the per-feature callback kept them in memory, a store and a reload per feature). One instance per
/// thread, with the text's key and sentence buffers, reused across scans: scoring allocates nothing after a thread's
/// largest text (up to about 700 KB; a longer one gets buffers of its own).
/// </summary>
internal sealed class SentenceFeatureSets
{
    // Buffers for texts up to about 700 KB stay with the thread (4 MB of keys at most).
    private const int MaxRetainedKeys = 1 << 20;

    [ThreadStatic]
    private static SentenceFeatureSets? s_current;

    private ushort[] _stamps = [];
    private int[] _keys = [];
    private int[] _sentenceEnds = [];

    // The stamp of the last sentence scored on this thread.
    private int _sentence;

    /// <summary>Gets the buffer for the text's feature keys.</summary>
    public Span<int> Keys => _keys;

    /// <summary>Gets the buffer for the end of each sentence's keys.</summary>
    public Span<int> SentenceEnds => _sentenceEnds;

    /// <summary>Gets this thread's instance, sized for 2^<paramref name="bits"/> buckets and the given buffers.</summary>
    /// <param name="bits">The model's number of hash bits.</param>
    /// <param name="maxKeys">The most feature keys the text can have.</param>
    /// <param name="maxSentences">The most sentences the text can have.</param>
    /// <returns>The sets.</returns>
    public static SentenceFeatureSets Rent(int bits, int maxKeys, int maxSentences)
    {
        // A longer text gets buffers of its own for this scan, so that one huge prompt does not pin them to the thread.
        var sets = maxKeys > MaxRetainedKeys ? new SentenceFeatureSets() : s_current ??= new SentenceFeatureSets();

        // One stamp for each of the 2^(bits + 1) features (bucket and sign).
        var features = 2 << bits;
        if (sets._stamps.Length < features)
        {
            sets._stamps = new ushort[features];
            sets._sentence = 0;
        }

        if (sets._keys.Length < maxKeys)
        {
            sets._keys = new int[Math.Max(maxKeys, 2 * sets._keys.Length)];
        }

        if (sets._sentenceEnds.Length < maxSentences)
        {
            sets._sentenceEnds = new int[Math.Max(maxSentences, 2 * sets._sentenceEnds.Length)];
        }

        return sets;
    }

    /// <summary>
    /// Gets the highest normalized window (a sentence, or it with the one before, a feature of both counted once) of
    /// the keys in <see cref="Keys"/> split by <see cref="SentenceEnds"/>.
    /// </summary>
    /// <param name="weights">The model's quantized weights, 2^bits of them (the keys' buckets index them).</param>
    /// <param name="sentences">The number of sentences (at least one).</param>
    /// <param name="newSentences">
    /// The number of sentences with a feature the sentence before did not have: a line repeated (or one that only
    /// repeats words of the line before) gives no new window a chance to score.
    /// </param>
    /// <returns>The highest window's weight sum over the square root of its feature count.</returns>
    public double BestWindow(ReadOnlySpan<sbyte> weights, int sentences, out int newSentences)
    {
        // Every key is below 2^(bits + 2) (LexicalFeatures.Extract): key / 2 (bucket and sign) indexes the stamps and
        // key / 4 (the bucket) the weights, so the per-feature loop reads through references, without bounds checks.
        ref var weight = ref MemoryMarshal.GetReference(weights);
        var best = double.NegativeInfinity;
        var start = 0;
        var previousStart = 0;
        var previousSum = 0;
        var previousCount = 0;
        newSentences = 0;

        // Skip a number, so that no sentence of an earlier scan is the previous one.
        var sentence = _sentence + 1;
        for (var s = 0; s < sentences; s++)
        {
            if (++sentence > ushort.MaxValue)
            {
                sentence = Restart(_keys.AsSpan(previousStart, start - previousStart));
            }

            ref var stamps = ref MemoryMarshal.GetArrayDataReference(_stamps);
            var end = _sentenceEnds[s];
            var sum = 0;
            var count = 0;
            var sharedSum = 0;
            var sharedCount = 0;
            foreach (var key in _keys.AsSpan(start, end - start))
            {
                ref var stamp = ref Unsafe.Add(ref stamps, (uint)key >> 1);
                int before = stamp;
                if (before == sentence)
                {
                    // A repeat within the sentence adds nothing.
                    continue;
                }

                stamp = (ushort)sentence;
                var negative = -((key >> 1) & 1);
                var signed = (Unsafe.Add(ref weight, (uint)key >> 2) ^ negative) - negative;
                sum += signed;
                count++;
                if (before == sentence - 1)
                {
                    sharedSum += signed;
                    sharedCount++;
                }
            }

            newSentences += count > sharedCount ? 1 : 0;
            best = Better(best, LexicalInjectionModel.Normalized(sum, count));
            if (s > 0)
            {
                best = Better(best, LexicalInjectionModel.Normalized(sum + previousSum - sharedSum, count + previousCount - sharedCount));
            }

            previousStart = start;
            previousSum = sum;
            previousCount = count;
            start = end;
        }

        _sentence = sentence;
        return best;
    }

    private static double Better(double best, double value) => value > best ? value : best;

    /// <summary>Clears every stamp when the numbering runs out, keeping the previous sentence's features as sentence 1.</summary>
    /// <param name="previous">The previous sentence's keys (none at a scan's start).</param>
    /// <returns>The number of the current sentence.</returns>
    private int Restart(ReadOnlySpan<int> previous)
    {
        Array.Clear(_stamps);
        foreach (var key in previous)
        {
            _stamps[key >> 1] = 1;
        }

        return 2;
    }
}
