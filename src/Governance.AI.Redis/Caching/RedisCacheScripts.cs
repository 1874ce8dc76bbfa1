namespace Governance.AI.Redis.Caching;

/// <summary>
/// Scripts of <see cref="RedisSemanticCacheStore"/>; every key they touch is in <c>KEYS</c>. Keys of one partition
/// share the hash tag <c>{partition}</c>: entries <c>prefix:{p}:e:&lt;id&gt;</c> (hashes expiring at the entry's
/// expiry) and the exact index <c>prefix:{p}:x:&lt;exactKey&gt;</c> (the id of the entry stored under that key).
/// </summary>
internal static class RedisCacheScripts
{
    /// <summary>
    /// KEYS: entry, exact index; ARGV: expiry ms, id, field/value pairs. Points the exact key at this entry. Returns
    /// the id it pointed at before (the caller deletes that entry), or nil.
    /// </summary>
    public static readonly RedisScript Set = new("""
        local old = redis.call('GET', KEYS[2])
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], unpack(ARGV, 3))
        redis.call('PEXPIREAT', KEYS[1], ARGV[1])
        redis.call('SET', KEYS[2], ARGV[2], 'PXAT', ARGV[1])
        if old and old ~= ARGV[2] then return old end
        return false
        """);

    /// <summary>KEYS: entry, its exact index; ARGV: id. Removes the entry, and the index if it still points at it. Returns 1 if the entry existed.</summary>
    public static readonly RedisScript Remove = new("""
        local existed = redis.call('DEL', KEYS[1])
        if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
        return existed
        """);
}
