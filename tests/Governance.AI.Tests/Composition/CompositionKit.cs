using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// An <see cref="IDistributedCache"/> (the exact tier's L2, Redis in production) that keeps what it is given, so a
/// test can read exactly what the cache stored outside the process.
/// </summary>
internal sealed class RecordingDistributedCache : IDistributedCache
{
    private readonly ConcurrentDictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    /// <summary>Gets the number of entries held.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets every stored value as UTF-8 text, joined, for "is this text anywhere in the store" checks.</summary>
    public string AllText => string.Join('\n', _entries.Values.Select(v => Encoding.UTF8.GetString(v)));

    public byte[]? Get(string key) => _entries.GetValueOrDefault(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _entries[key] = value;

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Set(key, value, options);
        return Task.CompletedTask;
    }

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => _entries.TryRemove(key, out _);

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }
}
