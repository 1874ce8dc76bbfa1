using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Caching;

/// <summary>
/// The exact tier on <see cref="HybridCache"/>: L1 in process, L2 whatever <c>IDistributedCache</c> the application
/// registered. Values carry their own expiry, checked on the policy's clock, so a hit never outlives the TTL even
/// where the caches' clocks differ from it.
/// </summary>
internal sealed class ExactTier : IDisposable
{
    /// <summary>What the exact tier's keys start with: a request key follows (see <see cref="CacheKeys.Request"/>).</summary>
    public const string KeyPrefix = "governance:cache:v3:";

    // Read without a factory: a miss is decided by the policy, which coalesces misses itself (see CacheFlights).
    private static readonly HybridCacheEntryOptions LookupOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    // The keys written through any exact tier, per cache instance: every tier marks what it writes in its cache's
    // filter, so tiers sharing one in-process cache (pipelines of one container) see each other's writes.
    private static readonly ConditionalWeakTable<HybridCache, WrittenKeys> WrittenPerCache = new();

    private readonly HybridCache _cache;
    private readonly ServiceProvider? _ownedServices;
    private readonly WrittenKeys _written;

    // Set when nothing but exact tiers of this process writes the cache (a private cache, or an application's
    // in-process one without L2): a key no tier wrote is then a miss without HybridCache's miss path.
    private bool _onlyWrittenHere;
    private long _writes;

    /// <summary>Initializes a new instance of the <see cref="ExactTier"/> class.</summary>
    /// <param name="cache">The application's cache; when <see langword="null"/>, a private in-process one.</param>
    /// <param name="time">The clock of the private cache.</param>
    /// <param name="maxLocalBytes">The private cache's memory limit (its L1 counts payload bytes).</param>
    public ExactTier(HybridCache? cache, TimeProvider time, long maxLocalBytes)
    {
        if (cache is null)
        {
            var services = new ServiceCollection();
            services.AddSingleton(time);
            services.AddMemoryCache(options => options.SizeLimit = maxLocalBytes);
            services.AddHybridCache();
            _ownedServices = services.BuildServiceProvider();
            cache = _ownedServices.GetRequiredService<HybridCache>();
            _onlyWrittenHere = true;
        }

        _cache = cache;
        _written = WrittenPerCache.GetValue(cache, static _ => new WrittenKeys());
    }

    /// <summary>
    /// Declares the application's cache in-process only: the library's own <see cref="HybridCache"/> with no L2 (no
    /// <c>IDistributedCache</c> registered), so nothing outside this process can write it and every entry under
    /// <see cref="KeyPrefix"/> was written by an exact tier (which marks it). Lookups of keys never written then skip
    /// HybridCache's miss path, as they do on a private cache.
    /// </summary>
    public void DeclareOnlyWrittenHere() => _onlyWrittenHere = true;

    public async ValueTask<CachedAnswer?> GetAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Given a token that can be cancelled, HybridCache runs even an in-memory miss on the thread pool and joins
        // it. Read without the token, which stays on the caller's thread in memory; only a read that really waits
        // (L2) is awaited with the caller's token, which still ends the caller's wait at once.
        cancellationToken.ThrowIfCancellationRequested();
        if (_onlyWrittenHere && !_written.MayContain(key))
        {
            // Never written to a cache only this process writes: a miss, without HybridCache's miss path (an entry,
            // a task, a lock).
            return null;
        }

        ValueTask<byte[]?> read = _cache.GetOrCreateAsync<byte[]?>(key, static _ => ValueTask.FromResult<byte[]?>(null), LookupOnly, null, CancellationToken.None);
        byte[]? value = read.IsCompletedSuccessfully
            ? read.Result
            : await read.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        return CachedAnswer.FromExactValue(value, now);
    }

    /// <summary>
    /// Gets how many writes through this tier have completed: a miss that saw the same count before its lookup and
    /// after it joined a flight knows no answer of this process landed in between, and need not look again.
    /// </summary>
    public long Writes => Interlocked.Read(ref _writes);

    public async ValueTask SetAsync(string key, CachedAnswer answer, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        // Before the write: a lookup that finds the value also finds the key marked.
        _written.Add(key);
        await _cache.SetAsync(key, answer.ExactValue, new HybridCacheEntryOptions { Expiration = timeToLive, LocalCacheExpiration = timeToLive }, null, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _writes);
    }

    public void Dispose() => _ownedServices?.Dispose();

    /// <summary>
    /// A fixed-size Bloom filter of the keys written (two bits of 2^17 per key, 16 KB): a key with a bit unset was
    /// never written. Bits are only ever set, so an entry that expired or was evicted only takes HybridCache's path,
    /// and the filter saturates towards "may contain" for every key, never the other way. Thread-safe without locks.
    /// </summary>
    private sealed class WrittenKeys
    {
        private const int Bits = 1 << 17;
        private readonly long[] _words = new long[Bits / 64];

        public void Add(string key)
        {
            (int first, int second) = BitsOf(key);
            Interlocked.Or(ref _words[first >> 6], 1L << first);
            Interlocked.Or(ref _words[second >> 6], 1L << second);
        }

        public bool MayContain(string key)
        {
            (int first, int second) = BitsOf(key);
            return (Volatile.Read(ref _words[first >> 6]) & (1L << first)) != 0
                && (Volatile.Read(ref _words[second >> 6]) & (1L << second)) != 0;
        }

        private static (int First, int Second) BitsOf(string key)
        {
            ulong hash = System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()));
            return ((int)(hash & (Bits - 1)), (int)((hash >> 32) & (Bits - 1)));
        }
    }
}

/// <summary>
/// A stored response as both tiers keep it: the response JSON (<c>AIJsonUtilities.DefaultOptions</c>), its expiry and
/// the tokens a hit saves. The exact tier's value is a 16-byte header (expiry ticks, tokens saved) before the JSON.
/// </summary>
internal sealed class CachedAnswer
{
    private const int HeaderBytes = 16;

    private CachedAnswer(byte[]? exactValue, ReadOnlyMemory<byte> json, DateTimeOffset expiresAt, long tokensSaved, string? modelId)
    {
        ExactValueOrNull = exactValue;
        Json = json;
        ExpiresAt = expiresAt;
        TokensSaved = tokensSaved;
        ModelId = modelId;
    }

    public ReadOnlyMemory<byte> Json { get; }

    public DateTimeOffset ExpiresAt { get; }

    public long TokensSaved { get; }

    public string? ModelId { get; }

    public byte[] ExactValue => ExactValueOrNull ?? throw new InvalidOperationException("A semantic-tier answer has no exact-tier value.");

    private byte[]? ExactValueOrNull { get; }

    /// <summary>Serializes a response once, into the exact tier's layout; <see cref="Json"/> is a slice of it.</summary>
    public static CachedAnswer Create(ReadOnlySpan<byte> json, DateTimeOffset expiresAt, long tokensSaved, string? modelId)
    {
        byte[] value = new byte[HeaderBytes + json.Length];
        BinaryPrimitives.WriteInt64LittleEndian(value, expiresAt.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(value.AsSpan(8), tokensSaved);
        json.CopyTo(value.AsSpan(HeaderBytes));
        return new CachedAnswer(value, value.AsMemory(HeaderBytes), expiresAt, tokensSaved, modelId);
    }

    public static CachedAnswer FromEntry(SemanticCacheEntry entry) => new(null, entry.Response, entry.ExpiresAt, entry.TokensSaved, entry.ModelId);

    public static CachedAnswer? FromExactValue(byte[]? value, DateTimeOffset now)
    {
        if (value is null || value.Length <= HeaderBytes)
        {
            return null;
        }

        var expiresAt = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(value), TimeSpan.Zero);
        return expiresAt <= now
            ? null
            : new CachedAnswer(value, value.AsMemory(HeaderBytes), expiresAt, BinaryPrimitives.ReadInt64LittleEndian(value.AsSpan(8)), null);
    }
}
