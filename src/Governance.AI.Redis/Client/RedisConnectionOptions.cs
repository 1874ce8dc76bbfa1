using System.Globalization;
using System.Net.Security;

namespace Governance.AI.Redis;

/// <summary>Which RESP version the client asks for.</summary>
public enum RedisProtocol
{
    /// <summary>RESP2: works with every Redis version.</summary>
    Resp2 = 2,

    /// <summary>RESP3 via <c>HELLO 3</c>; falls back to RESP2 when the server does not know <c>HELLO</c>.</summary>
    Resp3 = 3,
}

/// <summary>Whether the endpoints are a standalone server or a Redis Cluster.</summary>
public enum RedisClusterMode
{
    /// <summary>Ask the first reachable endpoint (<c>CLUSTER SLOTS</c>) and behave accordingly.</summary>
    Auto,

    /// <summary>One server (the first endpoint); no slot routing.</summary>
    Standalone,

    /// <summary>A Redis Cluster; the endpoints are seeds for discovering the topology.</summary>
    Cluster,
}

/// <summary>Settings of a <see cref="RedisMultiplexer"/>.</summary>
public sealed class RedisConnectionOptions
{
    /// <summary>The endpoints as <c>host:port</c> (port 6379 when omitted). For a cluster, any subset of nodes.</summary>
    public IList<string> Endpoints { get; } = [];

    /// <summary>The ACL user name for <c>AUTH</c>; null uses the default user.</summary>
    public string? User { get; set; }

    /// <summary>The password for <c>AUTH</c>; null sends no <c>AUTH</c>.</summary>
    public string? Password { get; set; }

    /// <summary>The logical database selected after connecting (standalone only; clusters have only database 0).</summary>
    public int Database { get; set; }

    /// <summary>Whether to connect with TLS.</summary>
    public bool UseTls { get; set; }

    /// <summary>
    /// TLS settings (server name, certificate validation, client certificates) when <see cref="UseTls"/> is set;
    /// <see cref="SslClientAuthenticationOptions.TargetHost"/> defaults to the endpoint's host.
    /// </summary>
    public SslClientAuthenticationOptions? TlsOptions { get; set; }

    /// <summary>The RESP version to ask for. Default <see cref="RedisProtocol.Resp2"/>.</summary>
    public RedisProtocol Protocol { get; set; } = RedisProtocol.Resp2;

    /// <summary>Standalone, cluster, or detect. Default <see cref="RedisClusterMode.Auto"/>.</summary>
    public RedisClusterMode ClusterMode { get; set; } = RedisClusterMode.Auto;

    /// <summary>The name set with <c>CLIENT SETNAME</c>; null sets none. Must not contain spaces.</summary>
    public string? ClientName { get; set; }

    /// <summary>The longest time one connection attempt (TCP, TLS and handshake) may take. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest time to wait for a reply. Default 5 s. When it passes and nothing at all has arrived on the
    /// connection since the command was sent, the connection is presumed dead, closed, and re-established.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failed connection attempt; doubles per failure up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between connection attempts. Default 5 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many MOVED/ASK redirections one cluster command may follow. Default 5.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Parses a connection string: comma-separated <c>host:port</c> endpoints and <c>name=value</c> settings
    /// (<c>user</c>, <c>password</c>, <c>database</c>, <c>ssl</c>, <c>protocol</c> (2 or 3), <c>cluster</c>
    /// (auto, true, false), <c>name</c>, <c>connectTimeout</c> and <c>commandTimeout</c> in milliseconds).
    /// </summary>
    /// <param name="connectionString">For example <c>redis1:6379,redis2:6379,user=app,password=secret,ssl=true</c>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">A setting is unknown or malformed.</exception>
    public static RedisConnectionOptions Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new RedisConnectionOptions();
        foreach (string rawPart in connectionString.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = rawPart.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                options.Endpoints.Add(rawPart);
                continue;
            }

            string name = rawPart[..eq].Trim();
            string value = rawPart[(eq + 1)..].Trim();
            switch (name.ToUpperInvariant())
            {
                case "USER":
                    options.User = value;
                    break;
                case "PASSWORD":
                    options.Password = value;
                    break;
                case "DATABASE":
                    options.Database = ParseInt(name, value);
                    break;
                case "SSL":
                    options.UseTls = ParseBool(name, value);
                    break;
                case "PROTOCOL":
                    options.Protocol = ParseInt(name, value) switch
                    {
                        2 => RedisProtocol.Resp2,
                        3 => RedisProtocol.Resp3,
                        _ => throw new FormatException("protocol must be 2 or 3."),
                    };
                    break;
                case "CLUSTER":
                    options.ClusterMode = value.Equals("auto", StringComparison.OrdinalIgnoreCase)
                        ? RedisClusterMode.Auto
                        : ParseBool(name, value) ? RedisClusterMode.Cluster : RedisClusterMode.Standalone;
                    break;
                case "NAME":
                    options.ClientName = value;
                    break;
                case "CONNECTTIMEOUT":
                    options.ConnectTimeout = TimeSpan.FromMilliseconds(ParseInt(name, value));
                    break;
                case "COMMANDTIMEOUT":
                    options.CommandTimeout = TimeSpan.FromMilliseconds(ParseInt(name, value));
                    break;
                default:
                    throw new FormatException($"Unknown Redis connection setting '{name}'.");
            }
        }

        return options;
    }

    /// <summary>Checks the settings and throws when one is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        if (Endpoints.Count == 0)
        {
            throw new ArgumentException("At least one Redis endpoint is required.", nameof(Endpoints));
        }

        foreach (string endpoint in Endpoints)
        {
            _ = RedisEndpoint.Parse(endpoint);
        }

        RequirePositive(ConnectTimeout, nameof(ConnectTimeout));
        RequirePositive(CommandTimeout, nameof(CommandTimeout));
        RequirePositive(ReconnectBaseDelay, nameof(ReconnectBaseDelay));
        if (ReconnectMaxDelay < ReconnectBaseDelay)
        {
            throw new ArgumentException("ReconnectMaxDelay must be at least ReconnectBaseDelay.", nameof(ReconnectMaxDelay));
        }

        if (Database < 0)
        {
            throw new ArgumentException("Database must not be negative.", nameof(Database));
        }

        if (MaxRedirects < 0)
        {
            throw new ArgumentException("MaxRedirects must not be negative.", nameof(MaxRedirects));
        }

        if (ClientName is not null && (ClientName.Length == 0 || ClientName.Contains(' ', StringComparison.Ordinal)))
        {
            throw new ArgumentException("ClientName must be non-empty and contain no spaces.", nameof(ClientName));
        }

        if (Password is null && User is not null)
        {
            throw new ArgumentException("A User needs a Password.", nameof(Password));
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"{name} must be a positive, finite time.", name);
        }
    }

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int result)
            ? result
            : throw new FormatException($"Redis connection setting '{name}' must be an integer.");

    private static bool ParseBool(string name, string value) =>
        bool.TryParse(value, out bool result)
            ? result
            : throw new FormatException($"Redis connection setting '{name}' must be true or false.");
}
