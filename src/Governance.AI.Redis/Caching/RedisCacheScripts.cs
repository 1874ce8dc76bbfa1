namespace Governance.AI.Redis.Caching;

/// <summary>
/// Scripts of <see cref="RedisSemanticCacheStore"/>. Keys of one partition share the hash tag <c>{partition}</c>:
/// entries <c>prefix:{p}:e:&lt;id&gt;</c> (hashes expiring at the entry's expiry) and the exact index
/// <c>prefix:{p}:x:&lt;exactKey&gt;</c> (the id of the entry stored under that key).
/// </summary>
internal static class RedisCacheScripts
{
    /// <summary>KEYS: exact index; ARGV: partition base. Returns the entry's fields, or nil.</summary>
    public static readonly RedisScript GetExact = new("""
        local id = redis.call('GET', KEYS[1])
        if not id then return false end
        return redis.call('HGETALL', ARGV[1] .. 'e:' .. id)
        """);

    /// <summary>
    /// KEYS: entry, exact index; ARGV: partition base, expiry ms, id, field/value pairs. Replaces the entry stored
    /// under the same exact key. Returns the replaced id, or nil.
    /// </summary>
    public static readonly RedisScript Set = new("""
        local old = redis.call('GET', KEYS[2])
        if old and old ~= ARGV[3] then redis.call('DEL', ARGV[1] .. 'e:' .. old) end
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], unpack(ARGV, 4))
        redis.call('PEXPIREAT', KEYS[1], ARGV[2])
        redis.call('SET', KEYS[2], ARGV[3], 'PXAT', ARGV[2])
        if old and old ~= ARGV[3] then return old end
        return false
        """);

    /// <summary>KEYS: entry; ARGV: partition base, id. Removes the entry and its exact index. Returns 1 if it existed.</summary>
    public static readonly RedisScript Remove = new("""
        local exact = redis.call('HGET', KEYS[1], 'x')
        if not exact then return 0 end
        local index = ARGV[1] .. 'x:' .. exact
        if redis.call('GET', index) == ARGV[2] then redis.call('DEL', index) end
        redis.call('DEL', KEYS[1])
        return 1
        """);
}
