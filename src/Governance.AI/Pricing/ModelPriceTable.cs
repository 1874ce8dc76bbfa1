using System.Collections.Frozen;

namespace Governance.AI.Pricing;

/// <summary>The price of a model in US dollars per one million tokens.</summary>
/// <param name="InputPerMillion">Price of one million (uncached) input tokens.</param>
/// <param name="CachedInputPerMillion">Price of one million cached input tokens.</param>
/// <param name="OutputPerMillion">Price of one million output tokens.</param>
public sealed record ModelPrice(decimal InputPerMillion, decimal CachedInputPerMillion, decimal OutputPerMillion)
{
    /// <summary>Computes the cost of a call.</summary>
    /// <param name="inputTokens">All input tokens, cached ones included.</param>
    /// <param name="cachedInputTokens">The cached part of <paramref name="inputTokens"/>.</param>
    /// <param name="outputTokens">Output tokens (reasoning tokens included).</param>
    /// <returns>The cost in US dollars.</returns>
    public decimal Cost(long inputTokens, long cachedInputTokens, long outputTokens)
    {
        long cached = Math.Clamp(cachedInputTokens, 0, Math.Max(0, inputTokens));
        return (((inputTokens - cached) * InputPerMillion) + (cached * CachedInputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000m;
    }
}

/// <summary>
/// Model prices used for cost budgets and cost attribution. Lookups match the exact model id first, then the longest
/// configured prefix (so <c>gpt-4o-2024-08-06</c> prices as <c>gpt-4o</c>), case-insensitively.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds list prices as published by the providers when this version was built; they change,
/// so treat them as editable defaults and configure your own negotiated prices.
/// </remarks>
public sealed class ModelPriceTable
{
    private readonly FrozenDictionary<string, ModelPrice> _prices;
    private readonly string[] _prefixesLongestFirst;

    /// <summary>Initializes a new instance of the <see cref="ModelPriceTable"/> class.</summary>
    /// <param name="prices">Prices by model id or model id prefix.</param>
    public ModelPriceTable(IEnumerable<KeyValuePair<string, ModelPrice>> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var map = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, ModelPrice> price in prices)
        {
            ArgumentException.ThrowIfNullOrEmpty(price.Key);
            ArgumentNullException.ThrowIfNull(price.Value);
            if (price.Value.InputPerMillion < 0 || price.Value.CachedInputPerMillion < 0 || price.Value.OutputPerMillion < 0)
            {
                throw new ArgumentException($"The price of '{price.Key}' is negative.", nameof(prices));
            }

            map[price.Key] = price.Value;
        }

        _prices = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _prefixesLongestFirst = [.. map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];
    }

    /// <summary>Gets list prices of common models (USD per 1M tokens) — editable defaults, not a source of truth.</summary>
    public static ModelPriceTable Default { get; } = new(new Dictionary<string, ModelPrice>
    {
        ["gpt-4o"] = new(2.50m, 1.25m, 10.00m),
        ["gpt-4o-mini"] = new(0.15m, 0.075m, 0.60m),
        ["gpt-4.1"] = new(2.00m, 0.50m, 8.00m),
        ["gpt-4.1-mini"] = new(0.40m, 0.10m, 1.60m),
        ["gpt-4.1-nano"] = new(0.10m, 0.025m, 0.40m),
        ["gpt-5"] = new(1.25m, 0.125m, 10.00m),
        ["gpt-5-mini"] = new(0.25m, 0.025m, 2.00m),
        ["gpt-5-nano"] = new(0.05m, 0.005m, 0.40m),
        ["o3"] = new(2.00m, 0.50m, 8.00m),
        ["o4-mini"] = new(1.10m, 0.275m, 4.40m),
        ["gpt-4-turbo"] = new(10.00m, 10.00m, 30.00m),
        ["gpt-3.5-turbo"] = new(0.50m, 0.50m, 1.50m),
        ["claude-sonnet-4"] = new(3.00m, 0.30m, 15.00m),
        ["claude-opus-4"] = new(15.00m, 1.50m, 75.00m),
        ["claude-3-5-haiku"] = new(0.80m, 0.08m, 4.00m),
        ["gemini-2.5-pro"] = new(1.25m, 0.31m, 10.00m),
        ["gemini-2.5-flash"] = new(0.30m, 0.075m, 2.50m),
    });

    /// <summary>Gets the configured entries.</summary>
    public IReadOnlyDictionary<string, ModelPrice> Entries => _prices;

    /// <summary>Returns a table with these entries added or replaced.</summary>
    /// <param name="prices">The prices to add or replace.</param>
    /// <returns>A new table.</returns>
    public ModelPriceTable With(IEnumerable<KeyValuePair<string, ModelPrice>> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var merged = new Dictionary<string, ModelPrice>(_prices, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, ModelPrice> price in prices)
        {
            merged[price.Key] = price.Value;
        }

        return new ModelPriceTable(merged);
    }

    /// <summary>Finds the price of a model: exact id first, then the longest matching prefix.</summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="price">The price, if found.</param>
    /// <returns><see langword="true"/> if the model has a price.</returns>
    public bool TryGetPrice(string? modelId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModelPrice? price)
    {
        price = null;
        if (string.IsNullOrEmpty(modelId))
        {
            return false;
        }

        if (_prices.TryGetValue(modelId, out price))
        {
            return true;
        }

        foreach (string prefix in _prefixesLongestFirst)
        {
            if (modelId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                price = _prices[prefix];
                return true;
            }
        }

        return false;
    }

    /// <summary>Computes the cost of a call, or <see langword="null"/> when the model has no price.</summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="inputTokens">All input tokens, cached ones included.</param>
    /// <param name="cachedInputTokens">The cached part of the input.</param>
    /// <param name="outputTokens">Output tokens.</param>
    /// <returns>The cost in US dollars, or <see langword="null"/>.</returns>
    public decimal? Cost(string? modelId, long inputTokens, long cachedInputTokens, long outputTokens) =>
        TryGetPrice(modelId, out ModelPrice? price) ? price.Cost(inputTokens, cachedInputTokens, outputTokens) : null;
}
