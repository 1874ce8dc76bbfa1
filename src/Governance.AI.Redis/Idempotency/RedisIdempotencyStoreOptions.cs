namespace Governance.AI.Redis.Idempotency;

/// <summary>Options of <see cref="RedisIdempotencyStore"/>.</summary>
public sealed class RedisIdempotencyStoreOptions
{
    /// <summary>Gets or sets the prefix of the store's keys.</summary>
    public string KeyPrefix { get; set; } = "gov:idem:";

    /// <summary>
    /// Gets or sets how long a run may hold its key while in flight; if its instance dies, the key frees up after this
    /// and a retry runs again. Set it above the longest request.
    /// </summary>
    public TimeSpan InFlightLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how often a repeat waiting for another instance's in-flight run looks for its result.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public void Validate()
    {
        if (string.IsNullOrEmpty(KeyPrefix))
        {
            throw new ArgumentException("RedisIdempotencyStoreOptions.KeyPrefix must not be empty.");
        }

        if (InFlightLease < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"RedisIdempotencyStoreOptions.InFlightLease must be at least 1 s (was {InFlightLease}).");
        }

        if (PollInterval < TimeSpan.FromMilliseconds(1) || PollInterval >= InFlightLease)
        {
            throw new ArgumentException($"RedisIdempotencyStoreOptions.PollInterval must be at least 1 ms and below InFlightLease (was {PollInterval}).");
        }
    }
}
