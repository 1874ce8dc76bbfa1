using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Governance.AI.Redaction;

/// <summary>
/// The HMAC-SHA256 keys used by <see cref="RedactionOperator.Pseudonymize"/>, by key id. New pseudonyms use the
/// current key; rotating adds a key and makes it current, while older keys stay available to recompute (and so
/// match) pseudonyms issued under them. Thread-safe.
/// </summary>
public sealed class PseudonymKeyRing
{
    /// <summary>The minimum key length in bytes.</summary>
    public const int MinimumKeyLength = 16;

    private State _state;

    /// <summary>Initializes a new instance of the <see cref="PseudonymKeyRing"/> class with one key, which is current.</summary>
    /// <param name="keyId">The key id: 1 to 32 letters, digits, dots, dashes or underscores; it appears in pseudonyms.</param>
    /// <param name="key">The key, at least <see cref="MinimumKeyLength"/> bytes.</param>
    public PseudonymKeyRing(string keyId, ReadOnlySpan<byte> key)
    {
        ValidateKey(keyId, key);
        _state = new State(new Dictionary<string, byte[]>(StringComparer.Ordinal) { [keyId] = key.ToArray() }.ToFrozenDictionary(StringComparer.Ordinal), keyId);
    }

    /// <summary>Gets the id of the key new pseudonyms use.</summary>
    public string CurrentKeyId => Volatile.Read(ref _state).CurrentKeyId;

    /// <summary>Gets the ids of all keys in the ring.</summary>
    public IReadOnlyCollection<string> KeyIds => Volatile.Read(ref _state).Keys.Keys;

    /// <summary>Adds a key and, by default, makes it current (a rotation).</summary>
    /// <param name="keyId">The new key id.</param>
    /// <param name="key">The key, at least <see cref="MinimumKeyLength"/> bytes.</param>
    /// <param name="makeCurrent">Whether new pseudonyms use the key from now on.</param>
    /// <exception cref="ArgumentException">The id is invalid or already used, or the key is too short.</exception>
    public void AddKey(string keyId, ReadOnlySpan<byte> key, bool makeCurrent = true)
    {
        ValidateKey(keyId, key);
        byte[] copy = key.ToArray();
        while (true)
        {
            State old = Volatile.Read(ref _state);
            if (old.Keys.ContainsKey(keyId))
            {
                throw new ArgumentException($"The key id '{keyId}' is already in the ring.", nameof(keyId));
            }

            var keys = new Dictionary<string, byte[]>(old.Keys, StringComparer.Ordinal) { [keyId] = copy };
            var next = new State(keys.ToFrozenDictionary(StringComparer.Ordinal), makeCurrent ? keyId : old.CurrentKeyId);
            if (Interlocked.CompareExchange(ref _state, next, old) == old)
            {
                return;
            }
        }
    }

    /// <summary>Computes the pseudonym of a value under the current key.</summary>
    /// <param name="entityType">The entity type; part of the input, so equal values of different types differ.</param>
    /// <param name="value">The value.</param>
    /// <returns>The pseudonym, for example <c>&lt;EMAIL:k1:3f9a2c8d1e0b4a7c&gt;</c>.</returns>
    public string Pseudonymize(string entityType, string value)
    {
        State state = Volatile.Read(ref _state);
        return Compute(state, entityType, value, state.CurrentKeyId);
    }

    /// <summary>Computes the pseudonym of a value under a given key, for example to match values pseudonymized before a rotation.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="value">The value.</param>
    /// <param name="keyId">The key id.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="KeyNotFoundException">The ring has no such key.</exception>
    public string Pseudonymize(string entityType, string value, string keyId) =>
        Compute(Volatile.Read(ref _state), entityType, value, keyId);

    private static string Compute(State state, string entityType, string value, string keyId)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(value);
        if (!state.Keys.TryGetValue(keyId, out byte[]? key))
        {
            throw new KeyNotFoundException($"The key ring has no key '{keyId}'.");
        }

        string normalized = ValueNormalizer.Normalize(entityType, value);
        int length = Encoding.UTF8.GetMaxByteCount(entityType.Length + 1 + normalized.Length);
        byte[] rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            int written = Encoding.UTF8.GetBytes(entityType, rented);
            rented[written++] = 0;
            written += Encoding.UTF8.GetBytes(normalized, rented.AsSpan(written));
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(key, rented.AsSpan(0, written), mac);
            return $"<{entityType}:{keyId}:{Convert.ToHexStringLower(mac[..8])}>";
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void ValidateKey(string keyId, ReadOnlySpan<byte> key)
    {
        if (string.IsNullOrEmpty(keyId) || keyId.Length > 32 ||
            !keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException("A key id is 1 to 32 ASCII letters, digits, dots, dashes or underscores.", nameof(keyId));
        }

        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"A key has at least {MinimumKeyLength} bytes.", nameof(key));
        }
    }

    private sealed record State(FrozenDictionary<string, byte[]> Keys, string CurrentKeyId);
}
