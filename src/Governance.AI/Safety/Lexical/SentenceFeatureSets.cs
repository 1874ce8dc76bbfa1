using System.Runtime.CompilerServices;

namespace Governance.AI.Safety.Lexical;

/// <summary>
/// The distinct hashed features (bucket and sign) of the current sentence and of the one before it, so that a window
/// counts each feature once: a repeated line or word must not add its weight again. One stamp per possible feature
/// holds the number of the last sentence that had it, so a lookup is one load and starting a sentence clears nothing.
/// One instance per thread (4 bytes per feature: 512 KB for the shipped 2^16 buckets), reused across scans: scoring
/// allocates nothing after a thread's first scan.
/// </summary>
internal sealed class SentenceFeatureSets
{
    // A scan cannot hold 2^31 sentences (a string is shorter), so restarting the numbering below this keeps it exact.
    private const uint Restart = 1u << 31;

    [ThreadStatic]
    private static SentenceFeatureSets? s_current;

    private uint[] _stamps = [];
    private uint _sentence;

    /// <summary>Gets this thread's instance, sized for 2^<paramref name="bits"/> buckets, with both sentences empty.</summary>
    /// <param name="bits">The model's number of hash bits.</param>
    /// <returns>The sets.</returns>
    public static SentenceFeatureSets Rent(int bits)
    {
        var sets = s_current ??= new SentenceFeatureSets();
        var size = 2 << bits;
        if (sets._stamps.Length < size || sets._sentence >= Restart)
        {
            sets._stamps = new uint[Math.Max(size, sets._stamps.Length)];
            sets._sentence = 0;
        }

        // Skip a number, so that no sentence of an earlier scan is the previous one.
        sets._sentence += 2;
        return sets;
    }

    /// <summary>Adds a feature to the current sentence.</summary>
    /// <param name="key">The feature: bucket times two, plus one when negative.</param>
    /// <param name="inPrevious">Whether the previous sentence has it too (set only when it is new).</param>
    /// <returns><see langword="true"/> when the current sentence did not have it yet.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(int key, out bool inPrevious)
    {
        ref var stamp = ref _stamps[key];
        if (stamp == _sentence)
        {
            inPrevious = false;
            return false;
        }

        inPrevious = stamp == _sentence - 1;
        stamp = _sentence;
        return true;
    }

    /// <summary>Ends the current sentence: it becomes the previous one, and the new current sentence is empty.</summary>
    public void EndSentence() => _sentence++;
}
