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
/// Model prices used for cost budgets and cost attribution. A model is priced by its exact id, then by an explicit
/// family entry (<see cref="Families"/>: this id pays the price of that one), then, for a dated snapshot such as
/// <c>gpt-4o-2024-08-06</c> or <c>claude-sonnet-4-20250514</c>, by the id without its date; case-insensitively.
/// </summary>
/// <remarks>
/// <para>There is no prefix guessing: <c>gpt-5-pro</c> or <c>o3-pro</c> are not priced as <c>gpt-5</c> or
/// <c>o3</c> (they cost several times more); a model without a price is reported as such, and each consumer decides
/// what to do (the budget policy denies by default, see <c>BudgetOptions.UnpricedModels</c>).</para>
/// <para><see cref="Default"/> holds list prices as published by the providers when this version was built; they
/// change, so treat them as editable defaults and configure your own negotiated prices.</para>
/// </remarks>
public sealed class ModelPriceTable
{
    private readonly FrozenDictionary<string, ModelPrice> _prices;
    private readonly FrozenDictionary<string, string> _families;
    private readonly FrozenDictionary<string, ModelPrice>.AlternateLookup<ReadOnlySpan<char>> _pricesBySpan;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _familiesBySpan;

    /// <summary>Initializes a new instance of the <see cref="ModelPriceTable"/> class.</summary>
    /// <param name="prices">Prices by exact model id.</param>
    public ModelPriceTable(IEnumerable<KeyValuePair<string, ModelPrice>> prices)
        : this(prices, [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelPriceTable"/> class.</summary>
    /// <param name="prices">Prices by exact model id.</param>
    /// <param name="families">Model ids that pay the price of another id, for example <c>my-gpt-4o-deployment</c> → <c>gpt-4o</c>; each target must have a price.</param>
    public ModelPriceTable(IEnumerable<KeyValuePair<string, ModelPrice>> prices, IEnumerable<KeyValuePair<string, string>> families)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(families);
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

        var familyMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> family in families)
        {
            ArgumentException.ThrowIfNullOrEmpty(family.Key);
            if (string.IsNullOrEmpty(family.Value) || !map.ContainsKey(family.Value))
            {
                throw new ArgumentException($"The model '{family.Key}' is mapped to '{family.Value}', which has no price.", nameof(families));
            }

            familyMap[family.Key] = family.Value;
        }

        _prices = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _families = familyMap.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _pricesBySpan = _prices.GetAlternateLookup<ReadOnlySpan<char>>();
        _familiesBySpan = _families.GetAlternateLookup<ReadOnlySpan<char>>();
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
        ["text-embedding-3-small"] = new(0.02m, 0.02m, 0m),
        ["text-embedding-3-large"] = new(0.13m, 0.13m, 0m),
        ["text-embedding-ada-002"] = new(0.10m, 0.10m, 0m),
    });

    /// <summary>Gets the prices by exact model id.</summary>
    public IReadOnlyDictionary<string, ModelPrice> Entries => _prices;

    /// <summary>Gets the model ids that pay the price of another id.</summary>
    public IReadOnlyDictionary<string, string> Families => _families;

    /// <summary>Returns a table with these entries added or replaced.</summary>
    /// <param name="prices">The prices to add or replace.</param>
    /// <returns>A new table.</returns>
    public ModelPriceTable With(IEnumerable<KeyValuePair<string, ModelPrice>> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return With(prices, []);
    }

    /// <summary>Returns a table with these prices and family entries added or replaced.</summary>
    /// <param name="prices">The prices to add or replace, by exact model id.</param>
    /// <param name="families">The family entries to add or replace: model id → the id whose price it pays.</param>
    /// <returns>A new table.</returns>
    public ModelPriceTable With(IEnumerable<KeyValuePair<string, ModelPrice>> prices, IEnumerable<KeyValuePair<string, string>> families)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(families);
        var merged = new Dictionary<string, ModelPrice>(_prices, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, ModelPrice> price in prices)
        {
            merged[price.Key] = price.Value;
        }

        var mergedFamilies = new Dictionary<string, string>(_families, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> family in families)
        {
            mergedFamilies[family.Key] = family.Value;
        }

        return new ModelPriceTable(merged, mergedFamilies);
    }

    /// <summary>Finds the price of a model: exact id, then family entry, then the id of a dated snapshot without its date.</summary>
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

        if (TryGetExactOrFamily(modelId, out price))
        {
            return true;
        }

        int dateStart = DatedSnapshotSuffixStart(modelId);
        return dateStart > 0 && TryGetExactOrFamily(modelId.AsSpan(0, dateStart), out price);
    }

    /// <summary>Computes the cost of a call, or <see langword="null"/> when the model has no price.</summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="inputTokens">All input tokens, cached ones included.</param>
    /// <param name="cachedInputTokens">The cached part of the input.</param>
    /// <param name="outputTokens">Output tokens.</param>
    /// <returns>The cost in US dollars, or <see langword="null"/>.</returns>
    public decimal? Cost(string? modelId, long inputTokens, long cachedInputTokens, long outputTokens) =>
        TryGetPrice(modelId, out ModelPrice? price) ? price.Cost(inputTokens, cachedInputTokens, outputTokens) : null;

    /// <summary>
    /// Finds where a snapshot date suffix starts: <c>-YYYY-MM-DD</c> (OpenAI) or <c>-YYYYMMDD</c> (Anthropic), the year
    /// 20xx; -1 when the id has none. Only a full date counts, so <c>gpt-4-0613</c> or <c>o3-pro</c> are not snapshots.
    /// </summary>
    private static int DatedSnapshotSuffixStart(string modelId)
    {
        ReadOnlySpan<char> id = modelId;
        if (id.Length > 11 && id[^11] == '-' && id[^6] == '-' && id[^3] == '-' &&
            IsYearAndDigits(id[^10..^6]) && IsDigits(id[^5..^3]) && IsDigits(id[^2..]))
        {
            return id.Length - 11;
        }

        if (id.Length > 9 && id[^9] == '-' && IsYearAndDigits(id[^8..^4]) && IsDigits(id[^4..]))
        {
            return id.Length - 9;
        }

        return -1;

        static bool IsDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');

        static bool IsYearAndDigits(ReadOnlySpan<char> span) => span[0] == '2' && span[1] == '0' && IsDigits(span);
    }

    private bool TryGetExactOrFamily(ReadOnlySpan<char> modelId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModelPrice? price) =>
        _pricesBySpan.TryGetValue(modelId, out price) ||
        (_familiesBySpan.TryGetValue(modelId, out string? family) && _prices.TryGetValue(family, out price));
}
