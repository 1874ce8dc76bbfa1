using System.Globalization;
using System.Net;

namespace Governance.AI.Redis.Routing;

/// <summary>
/// Thrown instead of calling a backend that another instance saw throttled (HTTP 429): it reads like a 429 with a
/// <c>retry-after-ms</c> header, so the router keeps the backend out of rotation and fails over, exactly as if this
/// instance had been throttled itself.
/// </summary>
public sealed class RedisSharedBackoffException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    public RedisSharedBackoffException()
        : this("The backend is backing off.", TimeSpan.Zero)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RedisSharedBackoffException(string message)
        : this(message, TimeSpan.Zero)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedisSharedBackoffException(string message, Exception? innerException)
        : base(message, innerException, HttpStatusCode.TooManyRequests)
    {
        Headers = [];
    }

    /// <summary>Creates the exception for a backoff with <paramref name="retryAfter"/> left.</summary>
    /// <param name="message">The message.</param>
    /// <param name="retryAfter">How long the backoff still lasts.</param>
    public RedisSharedBackoffException(string message, TimeSpan retryAfter)
        : base(message, null, HttpStatusCode.TooManyRequests)
    {
        RetryAfter = retryAfter;
        Headers = [new("retry-after-ms", ((long)Math.Ceiling(retryAfter.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>How long the shared backoff still lasts.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Response-style headers (<c>retry-after-ms</c>), as provider exceptions carry them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
}
