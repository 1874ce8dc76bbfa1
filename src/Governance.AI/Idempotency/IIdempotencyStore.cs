namespace Governance.AI.Idempotency;

/// <summary>
/// Runs an operation at most once per key within a window: a repeat of the key while the first run is in flight
/// waits for it, and a repeat within the window gets its result without running again.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Returns the key's result, running <paramref name="run"/> only if the key has no live entry.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="key">The idempotency key, already scoped by the caller (tenant, tool, …).</param>
    /// <param name="window">How long a completed result is replayed.</param>
    /// <param name="run">The operation; a failed or cancelled run leaves no entry, so a retry runs again.</param>
    /// <param name="cancellationToken">Cancels this caller's wait (and the run, when this caller started it).</param>
    /// <returns>The result and whether it was replayed rather than produced by this call.</returns>
    Task<IdempotentResult<T>> GetOrRunAsync<T>(
        string key, TimeSpan window, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken);
}

/// <summary>The outcome of <see cref="IIdempotencyStore.GetOrRunAsync{T}"/>.</summary>
/// <typeparam name="T">The result's type.</typeparam>
/// <param name="Value">The result.</param>
/// <param name="Replayed"><see langword="true"/> when another call with the same key produced it.</param>
public readonly record struct IdempotentResult<T>(T Value, bool Replayed);
