namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>Waits of the load tests that must end: a stalled replay fails the test, saying what stalled.</summary>
internal static class Bounded
{
    /// <summary>How long a store's outage queue may take to be written back.</summary>
    public static readonly TimeSpan FlushLimit = TimeSpan.FromMinutes(3);

    /// <summary>Runs a store's <c>FlushQueueAsync</c> with a deadline.</summary>
    public static async Task<bool> FlushAsync(Func<CancellationToken, Task<bool>> flush, string what)
    {
        using var limit = new CancellationTokenSource(FlushLimit);
        try
        {
            return await flush(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"The {what} outage queue was not written back within {FlushLimit.TotalMinutes:0} min.");
        }
    }
}
