using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Time.Testing;

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

    /// <summary>Gets every key, joined, for "is this text in a key" checks.</summary>
    public string AllKeys => string.Join('\n', _entries.Keys);

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

/// <summary>Scenarios the composition tests share.</summary>
internal static class CompositionScenarios
{
    /// <summary>
    /// A first request reaches the model, a second identical one joins it, then the first caller cancels: the first
    /// must end cancelled, and the second, whose own token was never cancelled, must run itself (reach the model) and
    /// be answered once the clock moves.
    /// </summary>
    /// <param name="send">Sends the request with a caller's token.</param>
    /// <param name="firstArrived">Completed by the model when the first request reaches it.</param>
    /// <param name="secondArrived">Completed by the model when the second request reaches it.</param>
    /// <param name="clock">The fake clock the model's answer waits on.</param>
    /// <returns>The second caller's answer.</returns>
    public static async Task<ChatResponse> SecondRunsAfterTheFirstCallerCancelsAsync(
        Func<CancellationToken, Task<ChatResponse>> send, TaskCompletionSource firstArrived, TaskCompletionSource secondArrived, FakeTimeProvider clock)
    {
        using var firstCaller = new CancellationTokenSource();
        Task<ChatResponse> first = send(firstCaller.Token);
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Task<ChatResponse> second = send(CancellationToken.None);
        await firstCaller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        // The second either runs now or has already failed; it must not have failed.
        Assert.Same(secondArrived.Task, await Task.WhenAny(secondArrived.Task, second).WaitAsync(TimeSpan.FromSeconds(30)));
        clock.Advance(TimeSpan.FromSeconds(1));
        return await second.WaitAsync(TimeSpan.FromSeconds(30));
    }
}

/// <summary>
/// Embeds every text to the same unit vector, so the cache's semantic tier finds every stored entry of a partition
/// (similarity 1.0) and only the hit guard decides whether it is served.
/// </summary>
internal sealed class SameVectorEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly float[] Vector = [1f, 0f, 0f, 0f, 0f, 0f, 0f, 0f];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (string value in values)
        {
            embeddings.Add(new Embedding<float>((float[])Vector.Clone()));
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
