namespace Governance.AI.Redis;

/// <summary>The base type of every error raised by the Redis client.</summary>
public class RedisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RedisException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RedisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedisException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Redis answered with an error reply (for example <c>WRONGTYPE</c> or a script error).</summary>
public sealed class RedisServerException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisServerException()
    {
    }

    /// <summary>Creates the exception from the server's error text.</summary>
    /// <param name="message">The error text, starting with its code (e.g. <c>ERR</c>).</param>
    public RedisServerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedisServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The error code: the first word of the error text (e.g. <c>ERR</c>, <c>NOSCRIPT</c>, <c>MOVED</c>).</summary>
    public string ErrorCode
    {
        get
        {
            int space = Message.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? Message : Message[..space];
        }
    }
}

/// <summary>
/// The endpoint could not be reached, the connection broke, or it is waiting to reconnect. The command may or may not
/// have run on the server if the connection broke after it was sent.
/// </summary>
public sealed class RedisConnectionException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisConnectionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RedisConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedisConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>No reply arrived within the command timeout. The command may still run on the server.</summary>
public sealed class RedisTimeoutException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisTimeoutException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RedisTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RedisTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
