namespace Governance.AI.Safety.Lexical;

/// <summary>
/// The distinct hashed features (bucket and sign) of the current sentence and of the one before it, so that a window
/// counts each feature once: a repeated line or word must not add its weight again. Two open-addressing tables
/// alternate between the sentences; a slot is occupied when its stamp is its table's current stamp, so starting a
/// sentence clears nothing. One instance per thread, reused across scans: scoring allocates nothing once the tables
/// have grown to the longest sentence seen.
/// </summary>
internal sealed class SentenceFeatureSets
{
    private const int InitialCapacity = 256;

    [ThreadStatic]
    private static SentenceFeatureSets? s_current;

    private Table _current = new(InitialCapacity);
    private Table _previous = new(InitialCapacity);

    /// <summary>Gets this thread's instance, with both sentences empty.</summary>
    /// <returns>The sets.</returns>
    public static SentenceFeatureSets Rent()
    {
        var sets = s_current ??= new SentenceFeatureSets();
        sets._current.Start();
        sets._previous.Start();
        return sets;
    }

    /// <summary>Adds a feature to the current sentence.</summary>
    /// <param name="key">The feature: bucket and sign.</param>
    /// <param name="inPrevious">Whether the previous sentence has it too (set only when it is new).</param>
    /// <returns><see langword="true"/> when the current sentence did not have it yet.</returns>
    public bool Add(int key, out bool inPrevious)
    {
        inPrevious = false;
        if (!_current.Add(key))
        {
            return false;
        }

        inPrevious = _previous.Contains(key);
        return true;
    }

    /// <summary>Ends the current sentence: it becomes the previous one, and the new current sentence is empty.</summary>
    public void EndSentence()
    {
        (_current, _previous) = (_previous, _current);
        _current.Start();
    }

    private sealed class Table(int capacity)
    {
        private int[] _keys = new int[capacity];
        private uint[] _stamps = new uint[capacity];
        private uint _stamp;
        private int _count;

        public void Start()
        {
            _count = 0;
            if (++_stamp == 0)
            {
                // Once per 2^32 sentences on a thread: old stamps could look current again.
                Array.Clear(_stamps);
                _stamp = 1;
            }
        }

        public bool Contains(int key)
        {
            var mask = _keys.Length - 1;
            for (var i = Slot(key, mask); _stamps[i] == _stamp; i = (i + 1) & mask)
            {
                if (_keys[i] == key)
                {
                    return true;
                }
            }

            return false;
        }

        public bool Add(int key)
        {
            var mask = _keys.Length - 1;
            var i = Slot(key, mask);
            for (; _stamps[i] == _stamp; i = (i + 1) & mask)
            {
                if (_keys[i] == key)
                {
                    return false;
                }
            }

            _keys[i] = key;
            _stamps[i] = _stamp;
            if (++_count * 2 > _keys.Length)
            {
                Grow();
            }

            return true;
        }

        // The keys are already hash bits; an odd multiplier maps their low bits one to one, so the low bits of the product are as even.
        private static int Slot(int key, int mask) => (int)((uint)key * 0x9E3779B1u) & mask;

        private void Grow()
        {
            var keys = _keys;
            var stamps = _stamps;
            _keys = new int[keys.Length * 2];
            _stamps = new uint[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var k = 0; k < keys.Length; k++)
            {
                if (stamps[k] == _stamp)
                {
                    var i = Slot(keys[k], mask);
                    while (_stamps[i] == _stamp)
                    {
                        i = (i + 1) & mask;
                    }

                    _keys[i] = keys[k];
                    _stamps[i] = _stamp;
                }
            }
        }
    }
}
