using System.Globalization;

namespace Governance.AI.Routing;

/// <summary>
/// A streamed response broke after some of it had reached the caller: the provider's stream failed, timed out or
/// ended without a finish reason. The router never ends such a stream as if it had finished, and it cannot retry it
/// (the caller already has part of the answer), so the caller gets this error instead.
/// </summary>
/// <remarks>The message names the backend and counts, never content.</remarks>
public sealed class StreamInterruptedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StreamInterruptedException"/> class.</summary>
    public StreamInterruptedException()
        : this("(unknown)", 0, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StreamInterruptedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StreamInterruptedException(string message)
        : base(message)
    {
        Backend = "(unknown)";
    }

    /// <summary>Initializes a new instance of the <see cref="StreamInterruptedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The upstream error.</param>
    public StreamInterruptedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Backend = "(unknown)";
    }

    /// <summary>Initializes a new instance of the <see cref="StreamInterruptedException"/> class.</summary>
    /// <param name="backend">The backend whose stream broke.</param>
    /// <param name="updatesDelivered">How many updates had reached the caller.</param>
    /// <param name="innerException">The upstream error; <see langword="null"/> when the stream ended without a finish reason.</param>
    public StreamInterruptedException(string backend, int updatesDelivered, Exception? innerException)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "The response stream from backend '{0}' broke after {1} update(s){2}; the response is incomplete.",
                backend,
                updatesDelivered,
                innerException is null ? " (it ended without a finish reason)" : " (" + innerException.GetType().Name + ")"),
            innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(backend);
        Backend = backend;
        UpdatesDelivered = updatesDelivered;
    }

    /// <summary>Gets the backend whose stream broke.</summary>
    public string Backend { get; }

    /// <summary>Gets how many updates had reached the caller before the break.</summary>
    public int UpdatesDelivered { get; }
}
