using Governance.AI.Caching;

namespace Governance.AI.Redis.Caching;

/// <summary>Settings of a <see cref="RedisSemanticCacheStore"/>.</summary>
public sealed class RedisSemanticCacheStoreOptions
{
    /// <summary>The prefix of every key. Default <c>gov:cache</c>. Must not contain braces.</summary>
    public string KeyPrefix { get; set; } = "gov:cache";

    /// <summary>Limits of the local index replica (entry counts and memory per instance).</summary>
    public InMemorySemanticCacheStoreOptions Replica { get; set; } = new();

    /// <summary>
    /// The approximate length the change stream is trimmed to. An instance that falls further behind (for example
    /// after a long disconnection) reloads its replica from Redis instead of replaying. Default 100,000.
    /// </summary>
    public int StreamMaxLength { get; set; } = 100_000;

    /// <summary>
    /// How often the change stream is read when no change notification (pub/sub) arrived — a notification lost during
    /// a reconnection is caught up within this time. Default 5 seconds.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The pause before reading the stream again after an error. Default 500 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("KeyPrefix must be non-empty and contain no braces.", nameof(KeyPrefix));
        }

        ArgumentNullException.ThrowIfNull(Replica);
        Replica.Validate();
        if (StreamMaxLength < 1 || PollInterval <= TimeSpan.Zero || RetryDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException("StreamMaxLength, PollInterval and RetryDelay must be positive.", nameof(StreamMaxLength));
        }
    }
}
