using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Governance.AI.Onnx;

/// <summary>
/// Options of the <see cref="OnnxPromptClassifier"/>: the ONNX text classifier (input ids, optionally an attention
/// mask and token type ids, all int64 of shape [1, tokens]; output logits [1, labels]), the tokenizer that matches it,
/// the label that means "injection" and the probability from which a text is one.
/// </summary>
public sealed class OnnxPromptClassifierOptions
{
    /// <summary>Gets or sets the path of the <c>.onnx</c> file. Set this or <see cref="Model"/>.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Gets or sets the model bytes, for a model loaded from elsewhere. Set this or <see cref="ModelPath"/>.</summary>
    public ReadOnlyMemory<byte>? Model { get; set; }

    /// <summary>
    /// Gets or sets the tokenizer of the model (for example a <see cref="BertTokenizer"/> or a SentencePiece tokenizer
    /// made from the model's own vocabulary). Its ids are fed as they are: special tokens are the tokenizer's choice.
    /// </summary>
    public Tokenizer? Tokenizer { get; set; }

    /// <summary>Gets or sets the index, in the output logits, of the label that means injection or jailbreak. Default 1.</summary>
    public int InjectionLabelIndex { get; set; } = 1;

    /// <summary>Gets or sets the softmax probability of the injection label from which a text is an attack. Default 0.9.</summary>
    public double Threshold { get; set; } = 0.9;

    /// <summary>Gets or sets the most tokens fed to the model; longer texts are truncated to their start. Default 512.</summary>
    public int MaxTokens { get; set; } = 512;

    /// <summary>Gets or sets the name used in rule ids (<c>classifier.{Name}.prompt_attack</c>). Default <c>onnx</c>.</summary>
    public string Name { get; set; } = "onnx";

    /// <summary>Gets or sets the name of the model's token-id input. Default <c>input_ids</c>.</summary>
    public string InputIdsName { get; set; } = "input_ids";

    /// <summary>Gets or sets the name of the attention-mask input, fed with ones when the model has it. Default <c>attention_mask</c>.</summary>
    public string AttentionMaskName { get; set; } = "attention_mask";

    /// <summary>Gets or sets the name of the token-type input, fed with zeros when the model has it. Default <c>token_type_ids</c>.</summary>
    public string TokenTypeIdsName { get; set; } = "token_type_ids";

    /// <summary>Gets or sets the name of the logits output; <see langword="null"/> takes the model's first output.</summary>
    public string? OutputName { get; set; }

    /// <summary>
    /// Gets or sets a factory for the ONNX Runtime session options (threads, execution providers, graph optimization);
    /// <see langword="null"/> uses ONNX Runtime's defaults. The session options are disposed after the session is made.
    /// </summary>
    public Func<SessionOptions>? SessionOptions { get; set; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is missing or invalid; the message names it.</exception>
    internal void Validate()
    {
        var errors = new List<string>();
        if ((ModelPath is null) == (Model is null))
        {
            errors.Add("Set exactly one of ModelPath and Model.");
        }
        else if (ModelPath is not null && !File.Exists(ModelPath))
        {
            errors.Add($"ModelPath: no file at '{ModelPath}'.");
        }
        else if (Model is { IsEmpty: true })
        {
            errors.Add("Model: must not be empty.");
        }

        if (Tokenizer is null)
        {
            errors.Add("Tokenizer: required; use the tokenizer the model was trained with.");
        }

        if (InjectionLabelIndex < 0)
        {
            errors.Add($"InjectionLabelIndex: must be 0 or more (was {InjectionLabelIndex}).");
        }

        if (Threshold is <= 0 or > 1 || double.IsNaN(Threshold))
        {
            errors.Add($"Threshold: must be a probability in (0, 1] (was {Threshold}).");
        }

        if (MaxTokens is < 1 or > 65536)
        {
            errors.Add($"MaxTokens: must be between 1 and 65536 (was {MaxTokens}).");
        }

        if (string.IsNullOrWhiteSpace(Name) || !Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            errors.Add("Name: must be letters, digits, '_' or '-'.");
        }

        if (string.IsNullOrWhiteSpace(InputIdsName))
        {
            errors.Add("InputIdsName: must not be empty.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid ONNX prompt classifier options: " + string.Join(" ", errors));
        }
    }
}
