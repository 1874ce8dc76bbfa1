using System.Collections.Concurrent;
using Governance.AI.Pricing;

namespace Governance.AI.Telemetry;

/// <content>The prices calls are costed at: the base table with the options' prices applied, remembered per options and per model.</content>
public sealed partial class GovernanceTelemetryChatClient
{
    private ModelPrices? _prices;

    /// <summary>Gets the prices: the base table with the options' prices applied, rebuilt only when the options change.</summary>
    internal ModelPrices PricesFor(TelemetryOptions options)
    {
        ModelPrices? cache = Volatile.Read(ref _prices);
        if (cache is not null && ReferenceEquals(cache.Options, options))
        {
            return cache;
        }

        ModelPriceTable table = options.Prices.Count == 0
            ? _basePrices
            : _basePrices.With(options.Prices.Select(static p => KeyValuePair.Create(p.Key, p.Value.ToPrice())));
        cache = new ModelPrices(options, table);
        Volatile.Write(ref _prices, cache);
        return cache;
    }

    /// <summary>A price table with its lookups remembered per model id (family and dated-snapshot matches are not free).</summary>
    internal sealed class ModelPrices(TelemetryOptions options, ModelPriceTable table)
    {
        private const int MaxRemembered = 256;
        private readonly ConcurrentDictionary<string, ModelPrice?> _byModel = new(StringComparer.Ordinal);

        public TelemetryOptions Options { get; } = options;

        /// <summary>Computes a call's cost, or <see langword="null"/> when the model has no price.</summary>
        public decimal? Cost(string? model, long input, long cachedInput, long output)
        {
            if (string.IsNullOrEmpty(model))
            {
                return null;
            }

            if (!_byModel.TryGetValue(model, out ModelPrice? price))
            {
                price = table.TryGetPrice(model, out ModelPrice? found) ? found : null;
                if (_byModel.Count < MaxRemembered)
                {
                    _byModel.TryAdd(model, price);
                }
            }

            return price?.Cost(input, cachedInput, output);
        }
    }
}
