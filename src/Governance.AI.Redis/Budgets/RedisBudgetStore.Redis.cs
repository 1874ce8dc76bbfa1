using System.Text;
using Governance.AI.Budgets;
using StackExchange.Redis;

namespace Governance.AI.Redis.Budgets;

/// <summary>The Redis side of <see cref="RedisBudgetStore"/>: running its scripts per hash-tag group, giving back lost, denied and expired reservations.</summary>
public sealed partial class RedisBudgetStore
{
    /// <summary>Closes a Redis reservation in every group it spans; idempotent, so a replay after a lost reply is safe.</summary>
    /// <returns>Whether any group was open and is closed now, and the groups whose lease had expired (given back).</returns>
    internal async Task<CloseOutcome> CloseInRedisAsync(
        string reservationId, IReadOnlyList<BudgetAdjustment> adjustments, bool refund, CancellationToken cancellationToken, TrackedReservation? tracked = null)
    {
        string[] parts = reservationId.Split('|');
        if (parts.Length < 2)
        {
            return default;
        }

        string id = parts[0];
        bool closed = false;
        List<string>? expired = null;
        for (int g = 1; g < parts.Length; g++)
        {
            string tag = parts[g];
            var deltas = new List<RedisValue>();
            var held = new HashSet<string>(StringComparer.Ordinal);
            if (tracked is not null)
            {
                foreach (TrackedCounter counter in tracked.Counters)
                {
                    if (string.Equals(counter.Tag, tag, StringComparison.Ordinal))
                    {
                        held.Add(counter.RedisKey);
                    }
                }
            }

            if (!refund)
            {
                foreach ((string key, long delta) in SumByCounter(tag, adjustments))
                {
                    held.Add(key);
                    deltas.Add(key);
                    deltas.Add(delta);
                }
            }

            switch (await CloseGroupAsync(tag, id, refund ? "refund" : "settle", held, deltas, cancellationToken).ConfigureAwait(false))
            {
                case 1:
                    closed = true;
                    break;
                case 3:
                    (expired ??= []).Add(tag);
                    break;
            }
        }

        return new CloseOutcome(closed, expired);
    }

    /// <summary>Adds outage usage to counters of one tag, at most once per <paramref name="batchId"/>.</summary>
    internal async Task ChargeInRedisAsync(string tag, string batchId, IReadOnlyList<(string Key, long Amount, long WindowEndMs)> charges, CancellationToken cancellationToken)
    {
        string @base = Base(tag);
        var keys = new RedisKey[charges.Count + 1];
        keys[0] = @base + "b:" + batchId;
        var arguments = new RedisValue[2 + (charges.Count * 2)];
        arguments[0] = RetentionMs;
        arguments[1] = _options.ReapBatch;
        for (int i = 0; i < charges.Count; i++)
        {
            keys[i + 1] = charges[i].Key;
            arguments[2 + (i * 2)] = charges[i].Amount;
            arguments[3 + (i * 2)] = charges[i].WindowEndMs;
        }

        await RedisBudgetScripts.Charge.EvaluateAsync(_redis, keys, arguments, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <see cref="RedisBudgetScripts.Close"/> for one group, reading the reservation's counters first when the caller did not know them all.</summary>
    /// <returns>The script's outcome: 1 closed, 0 unknown or already closed, 3 expired.</returns>
    private async Task<long> CloseGroupAsync(string tag, string id, string mode, HashSet<string> held, List<RedisValue> deltas, CancellationToken cancellationToken)
    {
        string @base = Base(tag);
        RedisKey leases = @base + "leases";
        RedisKey reservation = @base + "r:" + id;
        var arguments = new RedisValue[4 + deltas.Count];
        arguments[0] = RetentionMs;
        arguments[1] = _options.ReapBatch;
        arguments[2] = id;
        arguments[3] = mode;
        deltas.CopyTo(arguments, 4);
        for (int attempt = 0; ; attempt++)
        {
            var keys = new RedisKey[2 + held.Count];
            keys[0] = leases;
            keys[1] = reservation;
            int k = 2;
            foreach (string key in held)
            {
                keys[k++] = key;
            }

            var reply = (RedisResult[])(await RedisBudgetScripts.Close.EvaluateAsync(_redis, keys, arguments, cancellationToken).ConfigureAwait(false))!;
            long outcome = (long)reply[0];
            if (outcome != 4 || attempt > 0)
            {
                await ReapAsync(tag, (RedisResult[])reply[1]!, cancellationToken).ConfigureAwait(false);
                return outcome;
            }

            // The reservation holds counters the caller did not name (for example a refund after a restart of this
            // instance): read them, so that every key the script touches is declared.
            foreach (RedisValue field in await _redis.HashKeysAsync(reservation).WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                held.Add(field!);
            }
        }
    }

    /// <summary>Gives back reservations whose lease expired (their instance never settled them).</summary>
    private async Task ReapAsync(string tag, RedisResult[] expiredIds, CancellationToken cancellationToken)
    {
        foreach (RedisResult expiredId in expiredIds)
        {
            await CloseGroupAsync(tag, (string)expiredId!, "expire", new HashSet<string>(StringComparer.Ordinal), [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes, in the background, a reservation whose reserve reply was lost; queued for replay when Redis does not answer.</summary>
    private void ReleaseLost(string id, List<(string Tag, List<int> Indices)> groups, TrackedCounter[] counters)
    {
        var builder = new StringBuilder(id);
        foreach ((string tag, _) in groups)
        {
            builder.Append('|').Append(tag);
        }

        string reservationId = builder.ToString();
        var lost = new TrackedReservation(counters, _timeProvider.GetUtcNow());

        // Started here, not on the thread pool: the close is queued on the connection right behind the lost reserve.
        _ = ReleaseAsync();

        async Task ReleaseAsync()
        {
            try
            {
                await CloseInRedisAsync(reservationId, [], refund: true, CancellationToken.None, lost).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
            {
                _queue.AddClose(reservationId, [], refund: true, lost);
            }
        }
    }

    private async Task<BudgetReservationResult> ReserveInRedisAsync(
        BudgetReservationRequest request, string id, TrackedCounter[] counters, List<(string Tag, List<int> Indices)> groups, CancellationToken cancellationToken)
    {
        IReadOnlyList<BudgetCheck> checks = request.Checks;
        long leaseMs = Math.Max(1, (long)request.Lease.TotalMilliseconds);
        var used = new long[checks.Count];
        var known = new bool[checks.Count];
        int failed = -1;
        var applied = new List<string>(groups.Count);
        foreach ((string tag, List<int> indices) in groups)
        {
            string @base = Base(tag);
            var keys = new RedisKey[indices.Count + 3];
            keys[0] = @base + "leases";
            keys[1] = @base + "r:" + id;
            keys[2] = @base + "epoch";
            var arguments = new RedisValue[6 + (indices.Count * 3)];
            arguments[0] = RetentionMs;
            arguments[1] = _options.ReapBatch;
            arguments[2] = id;
            arguments[3] = request.Enforce ? 1 : 0;
            arguments[4] = leaseMs;
            arguments[5] = id;
            for (int i = 0; i < indices.Count; i++)
            {
                BudgetCheck check = checks[indices[i]];
                keys[3 + i] = counters[indices[i]].RedisKey;
                arguments[6 + (i * 3)] = check.Limit;
                arguments[7 + (i * 3)] = check.Amount;
                arguments[8 + (i * 3)] = check.WindowEnd is { } end ? end.ToUnixTimeMilliseconds() : -1;
            }

            RedisResult[] values = await ReserveGroupAsync(tag, keys, arguments, cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < indices.Count; i++)
            {
                used[indices[i]] = (long)values[4 + i];
                known[indices[i]] = true;
                Remember(counters[indices[i]].RedisKey, used[indices[i]] + checks[indices[i]].Amount);
            }

            long groupFailed = (long)values[1];
            if (groupFailed >= 0)
            {
                failed = failed < 0 ? indices[(int)groupFailed] : Math.Min(failed, indices[(int)groupFailed]);
            }

            if ((long)values[0] == 1)
            {
                applied.Add(tag);
            }
            else
            {
                break;
            }
        }

        if (applied.Count < groups.Count || (request.Enforce && failed >= 0))
        {
            // Denied — or a group reported the id closed before the reserve ran (a caller that already gave up):
            // nothing of this id may stay applied.
            if (applied.Count > 0)
            {
                await RollBackAsync(id + "|" + string.Join('|', applied)).ConfigureAwait(false);
            }

            failed = await CompleteFailedAsync(checks, used, known, Math.Max(failed, 0), cancellationToken).ConfigureAwait(false);
            return new BudgetReservationResult(null, failed, used);
        }

        string reservationId = id + "|" + string.Join('|', applied);
        Track(reservationId, counters, request.Lease);
        return new BudgetReservationResult(reservationId, failed, used);
    }

    /// <summary>
    /// Runs the reserve script of one group. When its lease set holds expired reservations and the check failed,
    /// they are given back first and the reserve is tried once more, so a crashed instance's reservations do not
    /// deny callers past their lease.
    /// </summary>
    private async Task<RedisResult[]> ReserveGroupAsync(string tag, RedisKey[] keys, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            var values = (RedisResult[])(await RedisBudgetScripts.Reserve.EvaluateAsync(_redis, keys, arguments, cancellationToken).ConfigureAwait(false))!;
            _dataLoss?.Observe("budgets", keys[2]!, (string)values[2]!);
            var stale = (RedisResult[])values[3]!;
            if (stale.Length == 0)
            {
                return values;
            }

            await ReapAsync(tag, stale, cancellationToken).ConfigureAwait(false);
            if ((long)values[0] == 1 || attempt > 0)
            {
                return values;
            }
        }
    }

    /// <summary>
    /// Gives back the groups of a multi-group reservation that fit when a later group did not. If that fails the
    /// request is still denied: the give-back is queued (closing is idempotent) and the lease bounds it anyway.
    /// </summary>
    private async Task RollBackAsync(string partialReservationId)
    {
        try
        {
            await CloseInRedisAsync(partialReservationId, [], refund: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "giving back a denied multi-group reservation is queued for replay");
            _queue.AddClose(partialReservationId, [], refund: true, null);
        }
    }

    private async Task<int> CompleteFailedAsync(IReadOnlyList<BudgetCheck> checks, long[] used, bool[] known, int failed, CancellationToken cancellationToken)
    {
        // Groups after the failing one were not evaluated: read them so UsedBefore is complete and the reported check
        // is the first that does not fit.
        var missing = new List<int>();
        for (int i = 0; i < checks.Count; i++)
        {
            if (!known[i])
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return failed;
        }

        IReadOnlyList<long> values = await GetUsedInRedisAsync(
            [.. missing.Select(i => new BudgetCounterRef(checks[i].CounterKey, checks[i].Bucket))], cancellationToken).ConfigureAwait(false);
        for (int m = 0; m < missing.Count; m++)
        {
            int i = missing[m];
            used[i] = values[m];
            if (i < failed && used[i] + checks[i].Amount > checks[i].Limit)
            {
                failed = i;
            }
        }

        return failed;
    }

    private async Task<IReadOnlyList<long>> GetUsedInRedisAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken)
    {
        var used = new long[counters.Count];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < counters.Count; i++)
        {
            string tag = Tag(counters[i].CounterKey);
            if (!groups.TryGetValue(tag, out List<int>? indices))
            {
                groups[tag] = indices = [];
            }

            indices.Add(i);
        }

        foreach ((string tag, List<int> indices) in groups)
        {
            var keys = new RedisKey[indices.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = CounterKey(tag, counters[indices[i]].CounterKey, counters[indices[i]].Bucket);
            }

            RedisValue[] values = await _redis.StringGetAsync(keys).WaitAsync(cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < indices.Count; i++)
            {
                used[indices[i]] = values[i].IsNull ? 0 : (long)values[i];
            }
        }

        return used;
    }
}
