using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace Governance.AI.Tokenization;

/// <summary>
/// An exact <see cref="ITokenCounter"/> over any <see cref="Tokenizer"/> from Microsoft.ML.Tokenizers (SentencePiece
/// for Llama, Mistral, Phi or Gemma; BPE; WordPiece; Tiktoken), so models with a published tokenizer get exact text
/// counts instead of estimates. Chat requests use <see cref="ChatTokenFormula"/>.
/// </summary>
/// <remarks>
/// <para>Text is counted with the tokenizer's pre-tokenization and normalization. Unlike
/// <see cref="TiktokenTokenCounter"/>, Microsoft.ML.Tokenizers matches special-token text (for example
/// <c>&lt;|endoftext|&gt;</c>) inside user text as one special token, so such text counts fewer tokens than the
/// provider bills; for OpenAI encodings prefer <see cref="TiktokenTokenCounter"/>, which is exact and faster
/// (see benchmarks/README.md). Per-message chat framing uses the OpenAI-style constants of
/// <see cref="ChatTokenFormula"/>; other chat templates differ by a few tokens per message.</para>
/// <para>Thread-safe when the tokenizer is (the Microsoft.ML.Tokenizers tokenizers are).</para>
/// </remarks>
public sealed class TokenizerTokenCounter : ITokenCounter
{
    private readonly TokenCountCache? _cache;
    private readonly TextTokenCounter _countText;

    // Prefixed, so a tokenizer named like a built-in encoding ("o200k_base") never shares its cache entries.
    private readonly string _cacheKey;

    /// <summary>Initializes a new instance of the <see cref="TokenizerTokenCounter"/> class.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="name">A name that identifies the tokenizer, for example <c>llama-3</c>; it keys the cache (apart from the built-in encodings), so distinct tokenizers sharing a cache need distinct names.</param>
    /// <param name="cache">Caches the counts of texts seen before; <see langword="null"/> counts every time.</param>
    public TokenizerTokenCounter(Tokenizer tokenizer, string name, TokenCountCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Tokenizer = tokenizer;
        Name = name;
        _cache = cache;
        _cacheKey = "Microsoft.ML.Tokenizers:" + name;
        _countText = CountWithTokenizer;
    }

    /// <summary>Gets the tokenizer.</summary>
    public Tokenizer Tokenizer { get; }

    /// <summary>Gets the name that identifies the tokenizer.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public bool IsExact => true;

    /// <inheritdoc/>
    public int CountTokens(ReadOnlySpan<char> text) =>
        text.IsEmpty ? 0 : _cache is null ? CountWithTokenizer(text) : _cache.GetOrCount(_cacheKey, text, _countText);

    /// <inheritdoc/>
    public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null) =>
        ChatTokenFormula.Count(this, messages, options, ChatTokenFormula.FunctionInitCl100k);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private int CountWithTokenizer(ReadOnlySpan<char> text) =>
        Tokenizer.CountTokens(text, considerPreTokenization: true, considerNormalization: true);
}
