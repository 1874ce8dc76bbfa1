using System.Collections.Concurrent;

namespace Governance.AI.Tokenization;

/// <summary>
/// The default <see cref="ITokenCounterProvider"/>: the counters configured per model first (for example
/// <see cref="TokenizerTokenCounter"/>s from <see cref="TokenizerOptions"/>), then exact tiktoken counters for OpenAI
/// models (see <see cref="TiktokenEncoding.ForModel"/>), then a <see cref="CalibratedTokenEstimator"/>.
/// </summary>
/// <remarks>Thread-safe; <see cref="GetCounter"/> does not allocate. Exact counters share one
/// <see cref="TokenCountCache"/>, so texts already counted (earlier turns, a repeated system prompt) are not tokenized again.</remarks>
public sealed class TokenCounterProvider : ITokenCounterProvider
{
    private const int MaxRememberedModels = 256;

    private readonly Lazy<TiktokenTokenCounter> _o200k;
    private readonly Lazy<TiktokenTokenCounter> _cl100k;

    // Longest prefix first, so the most specific configured model wins.
    private readonly (string Prefix, ITokenCounter Counter)[] _modelCounters;

    // A model's configured or tiktoken counter never changes: remembered per model id, so a request does not match
    // the model against the prefixes again (an estimated model is not remembered).
    private readonly ConcurrentDictionary<string, ITokenCounter> _fixedByModel = new(StringComparer.Ordinal);
    private int _rememberedModels;

    /// <summary>Initializes a new instance of the <see cref="TokenCounterProvider"/> class with a new estimator and count cache.</summary>
    public TokenCounterProvider()
        : this(new CalibratedTokenEstimator())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TokenCounterProvider"/> class with a new count cache.</summary>
    /// <param name="estimator">The estimator for models without a public tokenizer.</param>
    public TokenCounterProvider(CalibratedTokenEstimator estimator)
        : this(estimator, new TokenCountCache(), null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TokenCounterProvider"/> class.</summary>
    /// <param name="estimator">The estimator for models without a public tokenizer.</param>
    /// <param name="cache">The count cache of the built-in OpenAI counters; <see langword="null"/> counts every time.</param>
    /// <param name="modelCounters">Counters by model id or model id prefix (longest prefix wins, ignoring case), checked before the built-in encodings.</param>
    public TokenCounterProvider(CalibratedTokenEstimator estimator, TokenCountCache? cache, IEnumerable<KeyValuePair<string, ITokenCounter>>? modelCounters)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        Estimator = estimator;
        Cache = cache;
        _o200k = new(() => new TiktokenTokenCounter(TiktokenEncoding.O200kBase, cache));
        _cl100k = new(() => new TiktokenTokenCounter(TiktokenEncoding.Cl100kBase, cache));
        var counters = new List<(string Prefix, ITokenCounter Counter)>();
        foreach ((string prefix, ITokenCounter counter) in modelCounters ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(prefix, nameof(modelCounters));
            ArgumentNullException.ThrowIfNull(counter, nameof(modelCounters));
            counters.Add((prefix.Trim(), counter));
        }

        counters.Sort(static (a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        _modelCounters = [.. counters];
    }

    /// <summary>Gets the estimator used for models without a public tokenizer.</summary>
    public CalibratedTokenEstimator Estimator { get; }

    /// <summary>Gets the count cache of the built-in OpenAI counters, or <see langword="null"/>.</summary>
    public TokenCountCache? Cache { get; }

    /// <inheritdoc/>
    public ITokenCounter GetCounter(string? modelId)
    {
        if (modelId is not null && _fixedByModel.TryGetValue(modelId, out ITokenCounter? remembered))
        {
            return remembered;
        }

        ITokenCounter? fixedCounter = FindConfigured(modelId) ?? ModelEncodingMap.GetEncodingName(modelId) switch
        {
            TiktokenEncoding.O200kBaseName => _o200k.Value,
            TiktokenEncoding.Cl100kBaseName => _cl100k.Value,
            _ => null,
        };
        if (fixedCounter is null)
        {
            // The estimator's counter of a model changes as it calibrates: asked every time.
            return Estimator.GetCounter(modelId);
        }

        // Counted here rather than by the dictionary's Count, which takes all its locks.
        if (modelId is not null && Volatile.Read(ref _rememberedModels) < MaxRememberedModels && _fixedByModel.TryAdd(modelId, fixedCounter))
        {
            Interlocked.Increment(ref _rememberedModels);
        }

        return fixedCounter;
    }

    /// <inheritdoc/>
    /// <remarks>Models with an exact tokenizer need no calibration and are ignored.</remarks>
    public void Calibrate(string? modelId, int estimatedTokens, int reportedTokens)
    {
        if (FindConfigured(modelId) is null && ModelEncodingMap.GetEncodingName(modelId) is null)
        {
            Estimator.Calibrate(modelId, estimatedTokens, reportedTokens);
        }
    }

    private ITokenCounter? FindConfigured(string? modelId)
    {
        if (string.IsNullOrEmpty(modelId))
        {
            return null;
        }

        foreach ((string prefix, ITokenCounter counter) in _modelCounters)
        {
            if (modelId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return counter;
            }
        }

        return null;
    }
}
