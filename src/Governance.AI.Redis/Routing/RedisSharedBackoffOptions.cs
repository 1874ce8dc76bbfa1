using Governance.AI.Routing;

namespace Governance.AI.Redis.Routing;

/// <summary>Settings of a <see cref="RedisSharedBackoffChatClient"/>.</summary>
public sealed class RedisSharedBackoffOptions
{
    /// <summary>The prefix of the per-backend keys. Default <c>gov:backoff</c>. Must not contain braces.</summary>
    public string KeyPrefix { get; set; } = "gov:backoff";

    /// <summary>How often an instance re-reads a backend's shared backoff from Redis (on the next call). Default 250 ms.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The backoff after a 429 that did not say how long to wait. Default 10 seconds.</summary>
    public TimeSpan DefaultBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest backoff shared, whatever the provider asked. Default 5 minutes.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reads provider errors the built-in reading does not understand (as <see cref="RoutingOptions.ErrorInspector"/>).</summary>
    public Func<Exception, ProviderError?>? ErrorInspector { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("KeyPrefix must be non-empty and contain no braces.", nameof(KeyPrefix));
        }

        if (RefreshInterval <= TimeSpan.Zero || DefaultBackoff <= TimeSpan.Zero || MaxBackoff < DefaultBackoff)
        {
            throw new ArgumentException("RefreshInterval and DefaultBackoff must be positive, MaxBackoff at least DefaultBackoff.", nameof(RefreshInterval));
        }
    }
}
