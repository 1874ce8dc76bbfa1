namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// Finds redis-server and redis-cli: <c>$GOVERNANCE_REDIS_SERVER</c> (its directory is also searched for redis-cli),
/// then PATH. Tests needing Redis are skipped locally when it is missing, and fail when <c>CI=true</c>.
/// </summary>
internal static class RedisBinaries
{
    public static readonly string? Server = Find("redis-server", Environment.GetEnvironmentVariable("GOVERNANCE_REDIS_SERVER"));

    public static readonly string? Cli = Find("redis-cli", null);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the tests can run; otherwise why they are skipped.</summary>
    public static string? SkipReason =>
        Server is not null && Cli is not null || IsCi
            ? null
            : "redis-server/redis-cli not found (install with .ci/redis.sh or set GOVERNANCE_REDIS_SERVER); Redis tests skipped locally.";

    public static string RequireServer() =>
        Server ?? throw new InvalidOperationException("redis-server is required when CI=true: run .ci/redis.sh first.");

    public static string RequireCli() =>
        Cli ?? throw new InvalidOperationException("redis-cli is required when CI=true: run .ci/redis.sh first.");

    private static string? Find(string name, string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            if (name == "redis-server")
            {
                return File.Exists(explicitPath) ? explicitPath : null;
            }
        }

        var directories = new List<string>();
        string? serverDirectory = Path.GetDirectoryName(Environment.GetEnvironmentVariable("GOVERNANCE_REDIS_SERVER") ?? string.Empty);
        if (!string.IsNullOrEmpty(serverDirectory))
        {
            directories.Add(serverDirectory);
        }

        directories.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        foreach (string directory in directories)
        {
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs a real redis-server: skipped locally without one, failing on CI.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        Skip = RedisBinaries.SkipReason;
    }
}
