namespace Governance.AI.Redis.Budgets;

/// <summary>
/// The Lua scripts of <see cref="RedisBudgetStore"/>. Every key a script reads or writes is in its <c>KEYS</c>, and
/// all keys of one call share a hash tag (one slot). Time comes from the server (<c>TIME</c>) and is used only for
/// housekeeping: finding expired reservation leases and key TTLs.
/// </summary>
/// <remarks>
/// Layout under <c>base = prefix:{tag}:</c>: counters <c>base c:&lt;counterKey&gt;@&lt;bucket&gt;</c> (integers; a
/// windowed counter expires <c>Retention</c> after its window ends, a windowless one — bucket 0, concurrency — is
/// deleted when it returns to 0 and otherwise expires with its last lease); reservations <c>base r:&lt;id&gt;</c>
/// (hash: counter key → reserved amount, expiring <c>Retention</c> after the lease; once closed, a string marker:
/// <c>x</c> when its lease expired, <c>c</c> when it was closed before it existed — a reserve whose reply was lost);
/// <c>base leases</c> (sorted set: reservation id by lease expiry in server milliseconds); <c>base epoch</c> (a
/// random value set once, so a Redis that lost its data is detected). Reservation ids are chosen by the client, so
/// a reserve whose reply was lost can be closed by id, and closing is idempotent.
/// Expired leases are not given back inside the reserve script (their counters are not its keys): the scripts return
/// up to <c>reap batch</c> expired ids, and the client closes each with <see cref="Close"/> in <c>expire</c> mode.
/// </remarks>
internal static class RedisBudgetScripts
{
    private const string Common = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local retention = tonumber(ARGV[1])

        local function expired(leases)
          return redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, tonumber(ARGV[2]))
        end

        """;

    /// <summary>
    /// KEYS: leases, reservation, epoch, counters…; ARGV: retention ms, reap batch, id, enforce (1/0), lease ms,
    /// epoch to set when missing, then per counter: limit, amount, window end ms (-1 without window). Returns
    /// {applied (1; 0 denied; 2 the id was closed already), first failed index or -1, epoch, expired ids, used
    /// before…}.
    /// </summary>
    public static readonly RedisScript Reserve = new(Common + """
        local epoch = redis.call('GET', KEYS[3])
        if not epoch then
          epoch = ARGV[6]
          redis.call('SET', KEYS[3], epoch)
        end
        local stale = expired(KEYS[1])
        local n = #KEYS - 3
        local used = {}
        local failed = -1
        for i = 1, n do
          local o = 6 + (i - 1) * 3
          local current = tonumber(redis.call('GET', KEYS[3 + i]) or '0')
          used[i] = current
          if failed < 0 and current + tonumber(ARGV[o + 2]) > tonumber(ARGV[o + 1]) then failed = i - 1 end
        end
        if redis.call('EXISTS', KEYS[2]) == 1 then
          return {2, failed, epoch, stale, unpack(used)}
        end
        if ARGV[4] == '1' and failed >= 0 then
          return {0, failed, epoch, stale, unpack(used)}
        end
        local lease = tonumber(ARGV[5])
        local keep = lease + retention
        local hold = {}
        for i = 1, n do
          local o = 6 + (i - 1) * 3
          local key = KEYS[3 + i]
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
        redis.call('ZADD', KEYS[1], now + lease, ARGV[3])
        if redis.call('PTTL', KEYS[1]) < keep then redis.call('PEXPIRE', KEYS[1], keep) end
        return {1, failed, epoch, stale, unpack(used)}
        """);

    /// <summary>
    /// KEYS: leases, reservation, the counters it may hold…; ARGV: retention ms, reap batch, id, mode (settle, refund
    /// or expire), then counter key, delta pairs (settle). Returns {outcome, expired ids}: outcome 1 closed now, 0
    /// unknown or already closed, 3 its lease had expired and gave it back, 4 it holds a counter missing from KEYS
    /// (nothing done: read its fields and call again).
    /// </summary>
    public static readonly RedisScript Close = new(Common + """
        local rkey = KEYS[2]
        local mode = ARGV[4]
        local kind = redis.call('TYPE', rkey)['ok']
        local outcome = 0
        if kind == 'string' then
          -- A marker stays until it expires, so a late reserve with this id can never apply.
          if redis.call('GET', rkey) == 'x' then outcome = 3 end
        elseif kind == 'hash' then
          local declared = {}
          for i = 3, #KEYS do declared[KEYS[i]] = true end
          local held = redis.call('HGETALL', rkey)
          for i = 1, #held, 2 do
            if not declared[held[i]] then return {4, {}} end
          end
          local deltas = nil
          if mode == 'settle' then
            deltas = {}
            for i = 5, #ARGV, 2 do deltas[ARGV[i]] = ARGV[i + 1] end
          end
          for i = 1, #held, 2 do
            local key = held[i]
            local delta
            if deltas then delta = deltas[key] or '0' else delta = '-' .. held[i + 1] end
            if delta ~= '0' and delta ~= '-0' and redis.call('EXISTS', key) == 1 then
              local value = redis.call('INCRBY', key, delta)
              if value <= 0 then
                if string.sub(key, -2) == '@0' then
                  redis.call('DEL', key)
                elseif value < 0 then
                  redis.call('SET', key, '0', 'KEEPTTL')
                end
              end
            end
          end
          redis.call('DEL', rkey)
          outcome = 1
          if mode == 'expire' then redis.call('SET', rkey, 'x', 'PX', retention) end
        else
          -- Closed before it was reserved (a reserve whose reply was lost): a late reserve must not apply.
          redis.call('SET', rkey, 'c', 'PX', retention)
        end
        redis.call('ZREM', KEYS[1], ARGV[3])
        return {outcome, expired(KEYS[1])}
        """);

    /// <summary>
    /// Applies usage recorded while Redis was unreachable, once per batch. KEYS: batch marker, counters…; ARGV:
    /// retention ms, reap batch (unused), then per counter: amount, window end ms. Returns 0 when the batch was
    /// already applied (a retry after a lost reply), else the number of counters charged.
    /// </summary>
    public static readonly RedisScript Charge = new(Common + """
        if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', retention) then return 0 end
        for i = 2, #KEYS do
          local o = 3 + (i - 2) * 2
          local value = redis.call('INCRBY', KEYS[i], ARGV[o])
          if value < 0 then redis.call('SET', KEYS[i], '0', 'KEEPTTL') end
          if redis.call('PTTL', KEYS[i]) == -1 then
            redis.call('PEXPIREAT', KEYS[i], tonumber(ARGV[o + 1]) + retention)
          end
        end
        return #KEYS - 1
        """);
}
