using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tokenization;

/// <summary>
/// Estimates tokens for models without a public tokenizer (Claude, Gemini, Llama, Mistral, …) from a per-family
/// characters-per-token ratio, and learns the ratio per model from the usage the provider reports.
/// </summary>
/// <remarks>
/// <para><b>Estimate.</b> <c>tokens = ceil(weightedLength / charsPerToken)</c>, where the weighted length counts
/// ASCII as 1, other Latin, Greek and combining characters (U+0080–U+036F) as 1.25, other scripts of the basic
/// multilingual plane as 2, CJK ideographs, kana and Hangul as 3 and characters outside the BMP (emoji) as 4 — so
/// the one ratio fits English-like text and scripts that need more tokens per character.</para>
/// <para><b>Family defaults</b> (characters per token; each model then adjusts its own copy by calibration): claude 3.5, gemini/gemma 4.0,
/// llama 3.8, mistral/mixtral/codestral 3.5, command (Cohere) 4.0, qwen 3.8, deepseek 3.8, phi 3.8, grok 4.0,
/// other models 3.5.</para>
/// <para><b>Learning.</b> <see cref="Calibrate"/> moves the model's ratio toward
/// <c>ratio × estimated / reported</c> with weight <see cref="LearningRate"/>; each observation's factor is clamped
/// to [0.25, 4] and the ratio to [<see cref="MinCharsPerToken"/>, <see cref="MaxCharsPerToken"/>]. Observations
/// under <see cref="MinSampleTokens"/> reported tokens are ignored (per-message overhead dominates them). At most
/// <c>maxTrackedModels</c> models are learned; further models keep their family ratio. All members are thread-safe.</para>
/// </remarks>
public sealed class CalibratedTokenEstimator
{
    /// <summary>The default number of models whose ratio is learned.</summary>
    public const int DefaultMaxTrackedModels = 256;

    /// <summary>The smallest ratio a model can learn.</summary>
    public const double MinCharsPerToken = 1.0;

    /// <summary>The largest ratio a model can learn.</summary>
    public const double MaxCharsPerToken = 8.0;

    /// <summary>The weight of one observation in the learned ratio.</summary>
    public const double LearningRate = 0.2;

    /// <summary>Observations with fewer reported tokens are ignored.</summary>
    public const int MinSampleTokens = 32;

    private const double DefaultCharsPerToken = 3.5;

    private static readonly (string Prefix, double CharsPerToken)[] s_families =
    [
        ("claude", 3.5), ("anthropic", 3.5),
        ("gemini", 4.0), ("gemma", 4.0), ("google", 4.0),
        ("llama", 3.8), ("meta-llama", 3.8), ("codellama", 3.8),
        ("mistral", 3.5), ("mixtral", 3.5), ("codestral", 3.5), ("ministral", 3.5), ("pixtral", 3.5), ("magistral", 3.5),
        ("command", 4.0), ("cohere", 4.0),
        ("qwen", 3.8), ("deepseek", 3.8), ("phi", 3.8), ("grok", 4.0),
    ];

    // Uncalibrated models share one counter per family (index s_families.Length is the default).
    private static readonly EstimatingCounter[] s_familyCounters =
        [.. s_families.Select(f => new ModelState(f.CharsPerToken).Counter), new ModelState(DefaultCharsPerToken).Counter];

    private readonly ConcurrentDictionary<string, ModelState> _models = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private readonly int _maxTrackedModels;

    /// <summary>Initializes a new instance of the <see cref="CalibratedTokenEstimator"/> class.</summary>
    /// <param name="maxTrackedModels">How many models' ratios are learned (at least 1).</param>
    public CalibratedTokenEstimator(int maxTrackedModels = DefaultMaxTrackedModels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTrackedModels, 1);
        _maxTrackedModels = maxTrackedModels;
    }

    /// <summary>Gets the number of models whose ratio is being learned.</summary>
    public int TrackedModelCount => _models.Count;

    /// <summary>Gets the family default ratio for a model id.</summary>
    /// <param name="modelId">The model id; vendor prefixes such as <c>anthropic/</c> or <c>us.anthropic.</c> are allowed.</param>
    /// <returns>Characters per token.</returns>
    public static double GetFamilyCharsPerToken(string? modelId)
    {
        int family = FamilyIndex(modelId);
        return family < s_families.Length ? s_families[family].CharsPerToken : DefaultCharsPerToken;
    }

    /// <summary>Gets the current ratio of a model: the learned one when it has been calibrated, else the family default.</summary>
    /// <param name="modelId">The model id.</param>
    /// <returns>Characters per token.</returns>
    public double GetCharsPerToken(string? modelId) =>
        modelId is not null && _models.TryGetValue(modelId, out ModelState? state) ? state.CharsPerToken : GetFamilyCharsPerToken(modelId);

    /// <summary>Gets an estimating counter for a model (never exact). Counters of calibrated models follow their learned ratio.</summary>
    /// <param name="modelId">The model id.</param>
    /// <returns>The counter.</returns>
    public ITokenCounter GetCounter(string? modelId)
    {
        if (modelId is not null && _models.TryGetValue(modelId, out ModelState? state))
        {
            return state.Counter;
        }

        return s_familyCounters[FamilyIndex(modelId)];
    }

    /// <summary>Learns from one request: what was estimated for it and what the provider reported.</summary>
    /// <param name="modelId">The model id the provider reported (or was asked for).</param>
    /// <param name="estimatedTokens">The estimate this estimator produced for the same input (for example prompt tokens).</param>
    /// <param name="reportedTokens">The provider-reported tokens for that input.</param>
    public void Calibrate(string? modelId, int estimatedTokens, int reportedTokens)
    {
        if (string.IsNullOrWhiteSpace(modelId) || estimatedTokens <= 0 || reportedTokens < MinSampleTokens)
        {
            return;
        }

        if (!_models.TryGetValue(modelId, out ModelState? state))
        {
            lock (_gate)
            {
                if (!_models.TryGetValue(modelId, out state))
                {
                    if (_models.Count >= _maxTrackedModels)
                    {
                        return;
                    }

                    state = new ModelState(GetFamilyCharsPerToken(modelId));
                    _models[modelId] = state;
                }
            }
        }

        state.Learn(Math.Clamp((double)estimatedTokens / reportedTokens, 0.25, 4.0));
    }

    /// <summary>The index of the model's family in the family table; the table length for unknown families.</summary>
    private static int FamilyIndex(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return s_families.Length;
        }

        ReadOnlySpan<char> id = modelId.AsSpan().Trim();
        for (int i = 0; i < s_families.Length; i++)
        {
            // Match at the start or after a vendor separator ("openrouter/anthropic/claude-3", "us.anthropic.claude-3").
            int at = id.IndexOf(s_families[i].Prefix, StringComparison.OrdinalIgnoreCase);
            if (at == 0 || (at > 0 && id[at - 1] is '/' or '.' or ':' or '@'))
            {
                return i;
            }
        }

        return s_families.Length;
    }

    /// <summary>Weighted length of <paramref name="text"/> in ASCII-character equivalents (see the class remarks).</summary>
    internal static double WeightedLength(ReadOnlySpan<char> text)
    {
        double length = 0;
        foreach (char c in text)
        {
            length += c switch
            {
                < '\u0080' => 1,
                < '\u0370' => 1.25,
                >= '\u3040' and < '\u3100' => 3, // hiragana, katakana
                >= '\u3400' and < '\uA000' => 3, // CJK ideographs
                >= '\uAC00' and < '\uD7B0' => 3, // Hangul syllables
                >= '\uD800' and < '\uDC00' => 4, // high surrogate: one supplementary character
                >= '\uDC00' and < '\uE000' => 0,
                _ => 2,
            };
        }

        return length;
    }

    private sealed class ModelState
    {
        private double _charsPerToken;

        public ModelState(double charsPerToken)
        {
            _charsPerToken = charsPerToken;
            Counter = new EstimatingCounter(this);
        }

        public double CharsPerToken => Volatile.Read(ref _charsPerToken);

        public EstimatingCounter Counter { get; }

        public void Learn(double factor)
        {
            // Lock-free read-modify-write, so concurrent observations are never lost.
            double current = Volatile.Read(ref _charsPerToken);
            while (true)
            {
                double target = current * factor;
                double next = Math.Clamp(current + (LearningRate * (target - current)), MinCharsPerToken, MaxCharsPerToken);
                double seen = Interlocked.CompareExchange(ref _charsPerToken, next, current);
                if (seen.Equals(current))
                {
                    return;
                }

                current = seen;
            }
        }
    }

    private sealed class EstimatingCounter(ModelState state) : ITokenCounter
    {
        public bool IsExact => false;

        public int CountTokens(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return 0;
            }

            return (int)Math.Min(int.MaxValue, Math.Ceiling(WeightedLength(text) / state.CharsPerToken));
        }

        public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null) =>
            ChatTokenFormula.Count(this, messages, options, ChatTokenFormula.FunctionInitCl100k);
    }
}
