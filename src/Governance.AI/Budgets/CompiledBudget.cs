using System.Text;
using Governance.AI.Pricing;

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
internal readonly record struct CompiledAmountLimit(BudgetMetric Metric, long Limit);

/// <summary>A rule, compiled: its matchers, its limits in store units, its window.</summary>
internal sealed class CompiledLimit
{
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
            amounts.Add(new(BudgetMetric.Tokens, tokens));
        }

        if (source.Requests is { } requests)
        {
            amounts.Add(new(BudgetMetric.Requests, requests));
        }

        if (source.CostUsd is { } cost)
        {
            amounts.Add(new(BudgetMetric.Cost, BudgetAmounts.ToNanoUsd(cost)));
        }

        if (source.Concurrent is { } concurrent)
        {
            amounts.Add(new(BudgetMetric.Concurrent, concurrent));
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

    /// <summary>Builds the scope name, for example <c>tenant:contoso/user:alice/model:gpt-4o</c>.</summary>
    public string ScopeName(CallerContext caller, string? model)
    {
        if (Scope == BudgetScope.Global)
        {
            return "global";
        }

        var name = new StringBuilder(64);
        Append(name, BudgetScope.Tenant, "tenant", caller.TenantId);
        Append(name, BudgetScope.CostCenter, "cost_center", caller.CostCenter);
        Append(name, BudgetScope.Application, "app", caller.ApplicationId);
        Append(name, BudgetScope.User, "user", caller.UserId);
        Append(name, BudgetScope.Model, "model", model);
        return name.ToString();
    }

    public static string MetricName(BudgetMetric metric) => metric switch
    {
        BudgetMetric.Tokens => "tokens",
        BudgetMetric.Requests => "requests",
        BudgetMetric.Cost => "cost_usd",
        _ => "concurrent",
    };

    private void Append(StringBuilder name, BudgetScope dimension, string label, string? value)
    {
        if ((Scope & dimension) == 0)
        {
            return;
        }

        if (name.Length > 0)
        {
            name.Append('/');
        }

        name.Append(label).Append(':');

        // Callers without this dimension share one counter, named "_"; separators in ids are escaped so two
        // different callers can never produce the same key.
        if (string.IsNullOrEmpty(value))
        {
            name.Append('_');
            return;
        }

        if (value == "_")
        {
            name.Append("%5F");
            return;
        }

        foreach (char c in value)
        {
            if (c is '/' or '|' or '%')
            {
                name.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                name.Append(c);
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

        Prices = prices.Count == 0 ? options.BasePrices : options.BasePrices.With(prices);
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

    public double[] Thresholds { get; }

    public CompiledLimit[] Limits { get; }

    public bool Enforce => Options.Mode == BudgetMode.Enforce;
}
