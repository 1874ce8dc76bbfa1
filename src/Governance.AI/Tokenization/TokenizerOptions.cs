namespace Governance.AI.Tokenization;

/// <summary>
/// Chooses Microsoft.ML.Tokenizers tokenizers per model, bound from <c>AiGovernance:Tokenizers</c>.
/// </summary>
/// <remarks>
/// <code>
/// "AiGovernance": { "Tokenizers": { "Models": {
///     "llama-3": "llama3",                          // a Tokenizer registered in DI with AddKeyedSingleton&lt;Tokenizer&gt;("llama3", ...)
///     "mistral-7b": "/models/mistral/tokenizer.model" // a SentencePiece model file
/// } } }
/// </code>
/// </remarks>
public sealed class TokenizerOptions
{
    /// <summary>
    /// Gets the tokenizer of each model id or model id prefix (the longest matching prefix wins, ignoring case): the key
    /// of a <see cref="Microsoft.ML.Tokenizers.Tokenizer"/> registered in DI as a keyed service, or the path of a
    /// SentencePiece <c>.model</c> file. Configured models take precedence over the built-in OpenAI encodings.
    /// </summary>
    public IDictionary<string, string> Models { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the number of text counts cached across requests; 0 turns the cache off. Default 8,192 (about 460 KB).</summary>
    public int CountCacheCapacity { get; set; } = TokenCountCache.DefaultCapacity;
}
