namespace Governance.AI.Redis.Budgets;

/// <summary>
/// The Lua scripts of <see cref="RedisBudgetStore"/>. All keys of one call share a hash tag (one slot). Time comes
/// from the server (<c>TIME</c>) and is used only for housekeeping: expiring reservation leases (giving back what
/// they reserved) and key TTLs.
/// </summary>
/// <remarks>
/// Layout under <c>base = prefix:{tag}:</c>: counters <c>base c:&lt;counterKey&gt;@&lt;bucket&gt;</c> (integers; a
/// windowed counter expires <c>Retention</c> after its window ends, a windowless one — bucket 0, concurrency — is
/// deleted when it returns to 0 and otherwise expires with its last lease); reservations
/// <c>base r:&lt;id&gt;</c> (hash: counter key → reserved amount, expiring <c>Retention</c> after the lease); and
/// <c>base leases</c> (sorted set: reservation id by lease expiry in server milliseconds). Reaping an expired lease
/// reads only keys of the same tag, so it stays in the slot.
/// </remarks>
internal static class RedisBudgetScripts
{
    private const string Common = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local base = ARGV[1]
        local retention = tonumber(ARGV[2])

        local function adjust(key, delta)
          if delta == '0' or delta == '-0' then return end
          if redis.call('EXISTS', key) == 0 then return end
          local value = redis.call('INCRBY', key, delta)
          if value <= 0 then
            if string.sub(key, -2) == '@0' then
              redis.call('DEL', key)
            elseif value < 0 then
              redis.call('SET', key, '0', 'KEEPTTL')
            end
          end
        end

        -- 1: closed now; 0: unknown or already closed; 3: its lease had expired and it was given back.
        local function close(rkey, deltas)
          local kind = redis.call('TYPE', rkey)['ok']
          if kind == 'string' then
            redis.call('DEL', rkey)
            return 3
          end
          if kind ~= 'hash' then return 0 end
          local held = redis.call('HGETALL', rkey)
          for i = 1, #held, 2 do
            local delta
            if deltas then delta = deltas[held[i]] or '0' else delta = '-' .. held[i + 1] end
            adjust(held[i], delta)
          end
          redis.call('DEL', rkey)
          return 1
        end

        -- Gives back reservations whose lease expired, leaving a marker so a late settlement learns it.
        local function reap(leases, limit)
          local expired = redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, limit)
          for _, id in ipairs(expired) do
            local rkey = base .. 'r:' .. id
            if close(rkey, nil) == 1 then redis.call('SET', rkey, 'x', 'PX', retention) end
            redis.call('ZREM', leases, id)
          end
        end

        """;

    /// <summary>
    /// KEYS: leases, reservation, counters…; ARGV: base, retention ms, reap batch, id, enforce (1/0), lease ms, then
    /// per counter: limit, amount, window end ms (-1 without window). Returns {applied, first failed index or -1,
    /// used before…}.
    /// </summary>
    public static readonly RedisScript Reserve = new(Common + """
        local leases = KEYS[1]
        reap(leases, tonumber(ARGV[3]))
        local lease = tonumber(ARGV[6])
        local keep = lease + retention
        local n = #KEYS - 2
        local used = {}
        local failed = -1
        for i = 1, n do
          local o = 6 + (i - 1) * 3
          local current = tonumber(redis.call('GET', KEYS[2 + i]) or '0')
          used[i] = current
          if failed < 0 and current + tonumber(ARGV[o + 2]) > tonumber(ARGV[o + 1]) then failed = i - 1 end
        end
        if ARGV[5] == '1' and failed >= 0 then
          return {0, failed, unpack(used)}
        end
        local hold = {}
        for i = 1, n do
          local o = 6 + (i - 1) * 3
          local key = KEYS[2 + i]
          redis.call('INCRBY', key, ARGV[o + 2])
          local windowEnd = tonumber(ARGV[o + 3])
          if windowEnd >= 0 then
            redis.call('PEXPIREAT', key, windowEnd + retention)
          elseif redis.call('PTTL', key) < keep then
            redis.call('PEXPIRE', key, keep)
          end
          hold[#hold + 1] = key
          hold[#hold + 1] = ARGV[o + 2]
        end
        redis.call('HSET', KEYS[2], unpack(hold))
        redis.call('PEXPIRE', KEYS[2], keep)
        redis.call('ZADD', leases, now + lease, ARGV[4])
        if redis.call('PTTL', leases) < keep then redis.call('PEXPIRE', leases, keep) end
        return {1, failed, unpack(used)}
        """);

    /// <summary>
    /// KEYS: leases, reservation; ARGV: base, retention ms, reap batch, id, mode (settle/refund), then counter key,
    /// delta pairs. Returns 1 (closed now), 0 (unknown or already closed) or 3 (expired; its lease gave it back).
    /// </summary>
    public static readonly RedisScript Close = new(Common + """
        reap(KEYS[1], tonumber(ARGV[3]))
        local deltas = nil
        if ARGV[5] == 'settle' then
          deltas = {}
          for i = 6, #ARGV, 2 do deltas[ARGV[i]] = ARGV[i + 1] end
        end
        local closed = close(KEYS[2], deltas)
        redis.call('ZREM', KEYS[1], ARGV[4])
        return closed
        """);

    /// <summary>
    /// Applies usage recorded while Redis was unreachable, once per batch. KEYS: batch marker, counters…; ARGV: base,
    /// retention ms, reap batch (unused), then per counter: amount, window end ms. Returns 0 when the batch was
    /// already applied (a retry after a lost reply), else the number of counters charged.
    /// </summary>
    public static readonly RedisScript Charge = new(Common + """
        if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', retention) then return 0 end
        for i = 2, #KEYS do
          local o = 4 + (i - 2) * 2
          local value = redis.call('INCRBY', KEYS[i], ARGV[o])
          if value < 0 then redis.call('SET', KEYS[i], '0', 'KEEPTTL') end
          if redis.call('PTTL', KEYS[i]) == -1 then
            redis.call('PEXPIREAT', KEYS[i], tonumber(ARGV[o + 1]) + retention)
          end
        end
        return #KEYS - 1
        """);
}
