using System.Globalization;

namespace Governance.AI.Redis;

/// <summary>A Redis server address.</summary>
/// <param name="Host">The host name or IP address.</param>
/// <param name="Port">The TCP port.</param>
public readonly record struct RedisEndpoint(string Host, int Port)
{
    /// <summary>The default Redis port.</summary>
    public const int DefaultPort = 6379;

    /// <summary>Parses <c>host</c>, <c>host:port</c> or <c>[ipv6]:port</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="FormatException">The text is not an endpoint.</exception>
    public static RedisEndpoint Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        value = value.Trim();
        string host = value;
        int port = DefaultPort;
        int colon = value.LastIndexOf(':');
        bool bracketed = value.StartsWith('[');
        if (colon > 0 && (!bracketed || value[colon - 1] == ']') && (bracketed || value.IndexOf(':', StringComparison.Ordinal) == colon))
        {
            host = value[..colon];
            if (!int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port))
            {
                throw new FormatException($"'{value}' has an invalid port.");
            }
        }

        host = host.Trim('[', ']');
        if (host.Length == 0 || port is <= 0 or > 65535)
        {
            throw new FormatException($"'{value}' is not a Redis endpoint.");
        }

        return new RedisEndpoint(host, port);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
