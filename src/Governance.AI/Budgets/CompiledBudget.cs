using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <summary>What a store counter counts.</summary>
internal enum BudgetMetric
{
    Tokens,
    Requests,
    Cost,
    Concurrent,
}

/// <summary>One windowed or concurrency limit of a rule.</summary>
/// <param name="Metric">What is counted.</param>
/// <param name="Limit">The limit in store units (tokens, requests, nano-dollars, requests in flight).</param>
/// <param name="KeySuffix">What follows the scope in the counter key, for example <c>|tokens|1d</c> or <c>|concurrent</c>.</param>
internal readonly record struct CompiledAmountLimit(BudgetMetric Metric, long Limit, string KeySuffix);

/// <summary>A rule, compiled: its matchers, its limits in store units, its window.</summary>
internal sealed class CompiledLimit
{
    /// <summary>Scopes whose counter keys are remembered; past this many, further scopes' keys are built per request.</summary>
    internal const int MaxRememberedScopes = 4096;

    private readonly ConcurrentDictionary<ScopeIds, ScopeKeys> _counterKeys = new();

    /// <summary>The scope asked for last: a caller's next request compares its ids instead of hashing them.</summary>
    private ScopeKeys? _lastKeys;
    private int _rememberedScopes;

    public CompiledLimit(BudgetLimitOptions source)
    {
        Scope = source.Scope;
        Window = source.Window;
        WindowLabel = BudgetCalendar.Label(source.Window);
        TenantId = source.TenantId;
        UserId = source.UserId;
        ApplicationId = source.ApplicationId;
        CostCenter = source.CostCenter;
        Model = source.Model;
        MaxPromptTokens = source.MaxPromptTokens;
        MaxOutputTokens = source.MaxOutputTokens;
        var amounts = new List<CompiledAmountLimit>(4);
        if (source.Tokens is { } tokens)
        {
            amounts.Add(new(BudgetMetric.Tokens, tokens, "|tokens|" + WindowLabel));
        }

        if (source.Requests is { } requests)
        {
            amounts.Add(new(BudgetMetric.Requests, requests, "|requests|" + WindowLabel));
        }

        if (source.CostUsd is { } cost)
        {
            amounts.Add(new(BudgetMetric.Cost, BudgetAmounts.ToNanoUsd(cost), "|cost_usd|" + WindowLabel));
        }

        if (source.Concurrent is { } concurrent)
        {
            amounts.Add(new(BudgetMetric.Concurrent, concurrent, "|concurrent"));
        }

        Amounts = [.. amounts];
    }

    public BudgetScope Scope { get; }

    public BudgetWindow Window { get; }

    public string? WindowLabel { get; }

    public string? TenantId { get; }

    public string? UserId { get; }

    public string? ApplicationId { get; }

    public string? CostCenter { get; }

    public string? Model { get; }

    public int? MaxPromptTokens { get; }

    public int? MaxOutputTokens { get; }

    public CompiledAmountLimit[] Amounts { get; }

    public bool Matches(CallerContext caller, string? model) =>
        (TenantId is null || string.Equals(TenantId, caller.TenantId, StringComparison.Ordinal)) &&
        (UserId is null || string.Equals(UserId, caller.UserId, StringComparison.Ordinal)) &&
        (ApplicationId is null || string.Equals(ApplicationId, caller.ApplicationId, StringComparison.Ordinal)) &&
        (CostCenter is null || string.Equals(CostCenter, caller.CostCenter, StringComparison.Ordinal)) &&
        (Model is null || (model is not null && model.StartsWith(Model, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Gets the counter keys of this rule's <see cref="Amounts"/> for a caller and model, for example
    /// <c>tenant:contoso|tokens|1d</c>: remembered per scope (the ids the rule's scope uses), so a caller's requests
    /// do not build them again.
    /// </summary>
    public string[] CounterKeys(CallerContext caller, string? model)
    {
        var ids = new ScopeIds(
            (Scope & BudgetScope.Tenant) != 0 ? caller.TenantId : null,
            (Scope & BudgetScope.CostCenter) != 0 ? caller.CostCenter : null,
            (Scope & BudgetScope.Application) != 0 ? caller.ApplicationId : null,
            (Scope & BudgetScope.User) != 0 ? caller.UserId : null,
            (Scope & BudgetScope.Model) != 0 ? model : null);
        ScopeKeys? last = Volatile.Read(ref _lastKeys);
        if (last is not null && last.Ids == ids)
        {
            return last.Keys;
        }

        if (!_counterKeys.TryGetValue(ids, out ScopeKeys? remembered))
        {
            remembered = new ScopeKeys(ids, FormatCounterKeys(caller, model));

            // Counted on the side: the dictionary's own count takes all its locks.
            if (Volatile.Read(ref _rememberedScopes) >= MaxRememberedScopes)
            {
                return remembered.Keys;
            }

            if (_counterKeys.TryAdd(ids, remembered))
            {
                Interlocked.Increment(ref _rememberedScopes);
            }
        }

        Volatile.Write(ref _lastKeys, remembered);
        return remembered.Keys;
    }

    /// <summary>Builds the scope name, for example <c>tenant:contoso/user:alice/model:gpt-4o</c>.</summary>
    public string ScopeName(CallerContext caller, string? model)
    {
        int max = MaxScopeLength(caller, model);
        char[]? rented = null;
        Span<char> buffer = max <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            return new string(buffer[..FormatScope(caller, model, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Gets an upper bound of the scope name's length (every id char escaped).</summary>
    public static int MaxScopeLength(CallerContext caller, string? model) =>
        64 + (3 * ((caller.TenantId?.Length ?? 0) + (caller.CostCenter?.Length ?? 0) + (caller.ApplicationId?.Length ?? 0) + (caller.UserId?.Length ?? 0) + (model?.Length ?? 0)));

    /// <summary>Writes the scope name into a buffer of at least <see cref="MaxScopeLength"/> chars and returns its length.</summary>
    public int FormatScope(CallerContext caller, string? model, Span<char> destination)
    {
        if (Scope == BudgetScope.Global)
        {
            "global".CopyTo(destination);
            return "global".Length;
        }

        int length = 0;
        Append(destination, ref length, BudgetScope.Tenant, "tenant:", caller.TenantId);
        Append(destination, ref length, BudgetScope.CostCenter, "cost_center:", caller.CostCenter);
        Append(destination, ref length, BudgetScope.Application, "app:", caller.ApplicationId);
        Append(destination, ref length, BudgetScope.User, "user:", caller.UserId);
        Append(destination, ref length, BudgetScope.Model, "model:", model);
        return length;
    }

    private string[] FormatCounterKeys(CallerContext caller, string? model)
    {
        int max = MaxScopeLength(caller, model) + 32;
        char[]? rented = null;
        Span<char> buffer = max <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            int scopeLength = FormatScope(caller, model, buffer);
            var keys = new string[Amounts.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                string suffix = Amounts[i].KeySuffix;
                suffix.CopyTo(buffer[scopeLength..]);
                keys[i] = new string(buffer[..(scopeLength + suffix.Length)]);
            }

            return keys;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    public static string MetricName(BudgetMetric metric) => metric switch
    {
        BudgetMetric.Tokens => "tokens",
        BudgetMetric.Requests => "requests",
        BudgetMetric.Cost => "cost_usd",
        _ => "concurrent",
    };

    private void Append(Span<char> destination, ref int length, BudgetScope dimension, string label, string? value)
    {
        if ((Scope & dimension) == 0)
        {
            return;
        }

        if (length > 0)
        {
            destination[length++] = '/';
        }

        label.CopyTo(destination[length..]);
        length += label.Length;

        // Callers without this dimension share one counter, named "_"; separators in ids are escaped so two
        // different callers can never produce the same key.
        if (string.IsNullOrEmpty(value))
        {
            destination[length++] = '_';
            return;
        }

        if (value == "_")
        {
            "%5F".CopyTo(destination[length..]);
            length += 3;
            return;
        }

        foreach (char c in value)
        {
            if (c is '/' or '|' or '%')
            {
                destination[length++] = '%';
                ((int)c).TryFormat(destination[length..], out int written, "X2", CultureInfo.InvariantCulture);
                length += written;
            }
            else
            {
                destination[length++] = c;
            }
        }
    }
}

/// <summary>The budget options compiled for the hot path: the time zone resolved, the prices merged, limits in store units.</summary>
internal sealed class CompiledBudget
{
    private static readonly double[] DefaultThresholds = [0.8, 1.0];

    public CompiledBudget(BudgetOptions options, TimeProvider timeProvider)
    {
        Options = options;
        Calendar = new BudgetCalendar(BudgetOptions.TryResolveTimeZone(options.TimeZone, timeProvider, out TimeZoneInfo? zone) ? zone : TimeZoneInfo.Utc);
        var prices = new List<KeyValuePair<string, ModelPrice>>(options.Prices.Count);
        foreach (KeyValuePair<string, BudgetPrice> price in options.Prices)
        {
            prices.Add(new(price.Key, price.Value.ToModelPrice()));
        }

        Prices = prices.Count == 0 && options.ModelFamilies.Count == 0 ? options.BasePrices : options.BasePrices.With(prices, options.ModelFamilies);
        FallbackPrice = options.UnpricedModels == UnpricedModelAction.ChargeFallbackPrice ? options.FallbackPrice?.ToModelPrice() : null;
        Thresholds = options.SoftThresholds is null ? DefaultThresholds : [.. options.SoftThresholds];
        var limits = new CompiledLimit[options.Limits.Count];
        for (int i = 0; i < limits.Length; i++)
        {
            limits[i] = new CompiledLimit(options.Limits[i]);
        }

        Limits = limits;
    }

    public BudgetOptions Options { get; }

    public BudgetCalendar Calendar { get; }

    public ModelPriceTable Prices { get; }

    /// <summary>Gets the price of a model without one, when <see cref="UnpricedModelAction.ChargeFallbackPrice"/> is chosen.</summary>
    public ModelPrice? FallbackPrice { get; }

    /// <summary>Gets the price a model is charged at: its own, else the fallback price, else <see langword="null"/>.</summary>
    public ModelPrice? PriceOf(string? model) => Prices.TryGetPrice(model, out ModelPrice? price) ? price : FallbackPrice;

    /// <summary>Whether any limit applies to this caller and model (no limit applies: the call is not metered).</summary>
    public bool AnyLimitMatches(CallerContext caller, string? model)
    {
        foreach (CompiledLimit rule in Limits)
        {
            if (rule.Matches(caller, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the tokens and cost of the extra provider calls a request made (for example a router's shadow or retried
    /// calls), each priced at its own model's price, else at <paramref name="price"/>.
    /// </summary>
    public void AddExtraCharges(IReadOnlyList<ProviderCharge> extra, ModelPrice? price, ref long tokens, ref decimal? cost)
    {
        for (int i = 0; i < extra.Count; i++)
        {
            UsageDetails usage = extra[i].Usage;
            long input = usage.InputTokenCount ?? 0;
            long output = usage.OutputTokenCount ?? 0;
            tokens += input + output;
            if ((PriceOf(extra[i].ModelId) ?? price) is { } extraPrice)
            {
                cost = (cost ?? 0) + extraPrice.Cost(input, usage.CachedInputTokenCount ?? 0, output);
            }
        }
    }

    public double[] Thresholds { get; }

    public CompiledLimit[] Limits { get; }

    public bool Enforce => Options.Mode == BudgetMode.Enforce;
}

/// <summary>The ids a rule's scope uses (the others null): what its counter keys depend on.</summary>
internal readonly record struct ScopeIds(string? TenantId, string? CostCenter, string? ApplicationId, string? UserId, string? Model);

/// <summary>A scope's ids and the counter keys built from them.</summary>
internal sealed record ScopeKeys(ScopeIds Ids, string[] Keys);
