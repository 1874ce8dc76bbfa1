using StackExchange.Redis;

namespace Governance.AI.Redis;

/// <summary>
/// A Lua script run through StackExchange.Redis, which loads it once per server (<c>SCRIPT LOAD</c>) and then sends
/// <c>EVALSHA</c>. A <c>NOSCRIPT</c> reply (server restarted or <c>SCRIPT FLUSH</c>) is retried once, which loads it
/// again. Every key a script touches is passed in <c>KEYS</c>, so cluster routing, proxies and key-restricted ACLs see
/// them all.
/// </summary>
internal sealed class RedisScript
{
    private readonly string _source;

    public RedisScript(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        _source = source;
    }

    /// <summary>The Lua source.</summary>
    public string Source => _source;

    public async Task<RedisResult> EvaluateAsync(IDatabaseAsync database, RedisKey[] keys, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await database.ScriptEvaluateAsync(_source, keys, arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await database.ScriptEvaluateAsync(_source, keys, arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
