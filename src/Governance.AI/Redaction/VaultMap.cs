using System.Diagnostics.CodeAnalysis;

namespace Governance.AI.Redaction;

/// <summary>
/// A map with ordinal string keys for the few entries a request's vault usually holds (one e-mail, one type): the
/// first two entries live in fields and a dictionary is made only for a third, so a request with one or two values
/// allocates no dictionary. Lookups take a span. A mutable struct: keep it in a field and use it through that field.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal struct VaultMap<TValue>
    where TValue : class
{
    private string? _key0;
    private TValue? _value0;
    private string? _key1;
    private TValue? _value1;
    private Dictionary<string, TValue>? _more;

    /// <summary>Gets the number of keys.</summary>
    public readonly int Count => (_key0 is null ? 0 : 1) + (_key1 is null ? 0 : 1) + (_more?.Count ?? 0);

    /// <summary>Looks up a key.</summary>
    /// <param name="key">The key, compared ordinally.</param>
    /// <param name="value">Its value.</param>
    /// <returns><see langword="true"/> if the key is present.</returns>
    public readonly bool TryGetValue(ReadOnlySpan<char> key, [NotNullWhen(true)] out TValue? value)
    {
        if (_key0 is not null && key.SequenceEqual(_key0))
        {
            value = _value0!;
            return true;
        }

        if (_key1 is not null && key.SequenceEqual(_key1))
        {
            value = _value1!;
            return true;
        }

        if (_more is not null)
        {
            return _more.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
        }

        value = null;
        return false;
    }

    /// <summary>Adds a key, or replaces the value of a key present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Set(string key, TValue value)
    {
        // Keys are never removed, so the fields fill in order and a key in the dictionary is in neither field.
        if (_key0 is null || string.Equals(_key0, key, StringComparison.Ordinal))
        {
            _key0 = key;
            _value0 = value;
        }
        else if (_key1 is null || string.Equals(_key1, key, StringComparison.Ordinal))
        {
            _key1 = key;
            _value1 = value;
        }
        else
        {
            (_more ??= new Dictionary<string, TValue>(StringComparer.Ordinal))[key] = value;
        }
    }

    /// <summary>Gets an enumerator over the entries in the order their keys were added.</summary>
    /// <returns>The enumerator.</returns>
    public readonly Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates a map's entries in the order their keys were added.</summary>
    public struct Enumerator
    {
        private readonly VaultMap<TValue> _map;
        private Dictionary<string, TValue>.Enumerator _more;
        private int _position;

        internal Enumerator(VaultMap<TValue> map)
        {
            _map = map;
            _more = map._more?.GetEnumerator() ?? default;
            _position = -1;
        }

        /// <summary>Gets the current entry.</summary>
        public KeyValuePair<string, TValue> Current { get; private set; }

        /// <summary>Moves to the next entry.</summary>
        /// <returns><see langword="false"/> past the last entry.</returns>
        public bool MoveNext()
        {
            _position++;
            if (_position == 0 && _map._key0 is not null)
            {
                Current = new(_map._key0, _map._value0!);
                return true;
            }

            if (_position <= 1 && _map._key1 is not null)
            {
                _position = 1;
                Current = new(_map._key1, _map._value1!);
                return true;
            }

            if (_map._more is not null && _more.MoveNext())
            {
                _position = 2;
                Current = _more.Current;
                return true;
            }

            return false;
        }
    }
}
