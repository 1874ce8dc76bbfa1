using System.Security.Cryptography;
using System.Text;

namespace Governance.AI.Redis;

/// <summary>
/// A Lua script with its SHA1 digest, computed once. <see cref="IRedisConnection.EvalAsync"/> sends
/// <c>EVALSHA</c> and falls back to <c>EVAL</c> (which also caches the script on that server) on <c>NOSCRIPT</c>.
/// </summary>
public sealed class RedisScript
{
    /// <summary>Creates the script.</summary>
    /// <param name="source">The Lua source.</param>
    public RedisScript(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Source = source;
#pragma warning disable CA5350 // SHA1 is what Redis uses to name scripts; it is not used for security here.
        Sha1 = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source)));
#pragma warning restore CA5350
    }

    /// <summary>The Lua source.</summary>
    public string Source { get; }

    /// <summary>The lower-case hex SHA1 of the source, as <c>SCRIPT LOAD</c> returns it.</summary>
    public string Sha1 { get; }
}
