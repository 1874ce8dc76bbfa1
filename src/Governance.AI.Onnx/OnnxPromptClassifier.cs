using Governance.AI.Safety;
using Microsoft.ML.OnnxRuntime;

namespace Governance.AI.Onnx;

/// <summary>
/// A local prompt-injection classifier: tokenizes the text with the model's tokenizer, runs a user-supplied ONNX text
/// classifier (DeBERTa / Prompt-Guard class) with ONNX Runtime and reports <see cref="ContentSafetyCategories.PromptAttack"/>
/// at severity 7 when the softmax probability of the injection label reaches <see cref="OnnxPromptClassifierOptions.Threshold"/>.
/// It classifies prompts and untrusted content, not model output. Inference runs on the calling thread; one instance
/// (one ONNX session) serves concurrent calls.
/// </summary>
public sealed class OnnxPromptClassifier : IContentSafetyClassifier, IDisposable
{
    /// <summary>The severity reported for a text at or above the threshold: the top of the 0–7 scale, so that it counts at every severity threshold.</summary>
    public const int AttackSeverity = 7;

    private readonly OnnxPromptClassifierOptions _options;
    private readonly InferenceSession _session;
    private readonly string _outputName;
    private readonly bool _feedsAttentionMask;
    private readonly bool _feedsTokenTypes;

    /// <summary>Initializes a new instance of the <see cref="OnnxPromptClassifier"/> class and loads the model.</summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">An option is missing or invalid, or the model lacks the named input or output.</exception>
    public OnnxPromptClassifier(OnnxPromptClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        var sessionOptions = options.SessionOptions?.Invoke();
        try
        {
            _session = options.ModelPath is { } path
                ? new InferenceSession(path, sessionOptions ?? new SessionOptions())
                : new InferenceSession(options.Model!.Value.ToArray(), sessionOptions ?? new SessionOptions());
        }
        finally
        {
            sessionOptions?.Dispose();
        }

        try
        {
            var inputs = _session.InputMetadata;
            if (!inputs.ContainsKey(options.InputIdsName))
            {
                throw new ArgumentException($"The model has no input '{options.InputIdsName}' (it has: {string.Join(", ", inputs.Keys)}).", nameof(options));
            }

            _feedsAttentionMask = inputs.ContainsKey(options.AttentionMaskName);
            _feedsTokenTypes = inputs.ContainsKey(options.TokenTypeIdsName);
            var unknown = inputs.Keys.FirstOrDefault(k => k != options.InputIdsName && k != options.AttentionMaskName && k != options.TokenTypeIdsName);
            if (unknown is not null)
            {
                throw new ArgumentException($"The model needs an input '{unknown}' this classifier does not know how to feed.", nameof(options));
            }

            _outputName = options.OutputName ?? _session.OutputNames[0];
            if (!_session.OutputMetadata.ContainsKey(_outputName))
            {
                throw new ArgumentException($"The model has no output '{_outputName}'.", nameof(options));
            }
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Name => _options.Name;

    /// <inheritdoc />
    public Task<ContentSafetyClassification> ClassifyAsync(ContentSafetyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Origin == SafetyContentOrigin.ModelOutput || string.IsNullOrWhiteSpace(request.Text))
        {
            return Task.FromResult(ContentSafetyClassification.Safe);
        }

        var probability = InjectionProbability(request.Text);
        return Task.FromResult(probability >= _options.Threshold
            ? new ContentSafetyClassification([new ContentSafetyCategoryResult(ContentSafetyCategories.PromptAttack, AttackSeverity)])
            : ContentSafetyClassification.Safe);
    }

    /// <summary>Computes the softmax probability of the injection label for a text (truncated to the options' maximum tokens).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The probability, 0 to 1.</returns>
    /// <exception cref="ContentSafetyClassifierException">The model failed or its output has no injection label.</exception>
    public double InjectionProbability(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = _options.Tokenizer!.EncodeToIds(text, _options.MaxTokens, out _, out _);
        if (ids.Count == 0)
        {
            return 0;
        }

        var tokens = new long[ids.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = ids[i];
        }

        long[] shape = [1, tokens.Length];
        var names = new List<string>(3) { _options.InputIdsName };
        var values = new List<OrtValue>(3) { OrtValue.CreateTensorValueFromMemory(tokens, shape) };
        try
        {
            if (_feedsAttentionMask)
            {
                var mask = new long[tokens.Length];
                Array.Fill(mask, 1L);
                names.Add(_options.AttentionMaskName);
                values.Add(OrtValue.CreateTensorValueFromMemory(mask, shape));
            }

            if (_feedsTokenTypes)
            {
                names.Add(_options.TokenTypeIdsName);
                values.Add(OrtValue.CreateTensorValueFromMemory(new long[tokens.Length], shape));
            }

            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, names, values, [_outputName]);
            return Softmax(outputs[0].GetTensorDataAsSpan<float>(), _options.InjectionLabelIndex);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new ContentSafetyClassifierException("The ONNX prompt classifier failed to run the model.", ex);
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();

    private static double Softmax(ReadOnlySpan<float> logits, int label)
    {
        if (label >= logits.Length)
        {
            throw new ContentSafetyClassifierException($"The model returned {logits.Length} logits; the injection label index is {label}.");
        }

        var max = double.NegativeInfinity;
        foreach (var logit in logits)
        {
            max = Math.Max(max, logit);
        }

        var sum = 0.0;
        foreach (var logit in logits)
        {
            sum += Math.Exp(logit - max);
        }

        return Math.Exp(logits[label] - max) / sum;
    }
}
