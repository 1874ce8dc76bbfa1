namespace Governance.AI.Tokenization;

/// <summary>
/// The default <see cref="ITokenCounterProvider"/>: exact tiktoken counters for OpenAI models
/// (see <see cref="TiktokenEncoding.ForModel"/>), a <see cref="CalibratedTokenEstimator"/> for every other model.
/// </summary>
/// <remarks>Thread-safe; <see cref="GetCounter"/> does not allocate.</remarks>
public sealed class TokenCounterProvider : ITokenCounterProvider
{
    private static readonly Lazy<TiktokenTokenCounter> s_o200k = new(() => new TiktokenTokenCounter(TiktokenEncoding.O200kBase));
    private static readonly Lazy<TiktokenTokenCounter> s_cl100k = new(() => new TiktokenTokenCounter(TiktokenEncoding.Cl100kBase));

    /// <summary>Initializes a new instance of the <see cref="TokenCounterProvider"/> class with a new estimator.</summary>
    public TokenCounterProvider()
        : this(new CalibratedTokenEstimator())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TokenCounterProvider"/> class.</summary>
    /// <param name="estimator">The estimator for models without a public tokenizer.</param>
    public TokenCounterProvider(CalibratedTokenEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        Estimator = estimator;
    }

    /// <summary>Gets the estimator used for models without a public tokenizer.</summary>
    public CalibratedTokenEstimator Estimator { get; }

    /// <inheritdoc/>
    public ITokenCounter GetCounter(string? modelId) =>
        ModelEncodingMap.GetEncodingName(modelId) switch
        {
            TiktokenEncoding.O200kBaseName => s_o200k.Value,
            TiktokenEncoding.Cl100kBaseName => s_cl100k.Value,
            _ => Estimator.GetCounter(modelId),
        };

    /// <inheritdoc/>
    /// <remarks>Models with an exact tokenizer need no calibration and are ignored.</remarks>
    public void Calibrate(string? modelId, int estimatedTokens, int reportedTokens)
    {
        if (ModelEncodingMap.GetEncodingName(modelId) is null)
        {
            Estimator.Calibrate(modelId, estimatedTokens, reportedTokens);
        }
    }
}
