using Microsoft.Extensions.AI;

namespace Governance.AI.Tokenization;

/// <summary>An exact <see cref="ITokenCounter"/> for OpenAI models, backed by a <see cref="TiktokenEncoding"/>.</summary>
/// <remarks>
/// <para>Text counts are exact. Chat requests are counted with the chat-format formula (OpenAI cookbook style):</para>
/// <code>
/// prompt = 3 (reply priming)
///        + Σ messages: 3 + tokens(role) + tokens(contents) [+ tokens(author name) + 1]
///        + (instructions: 3 + tokens("system") + tokens(instructions))
///        + (tools: 12 + Σ functions: F + tokens(name + ":" + description)
///                   [+ 3 + Σ properties: 3 + tokens(key + ":" + type + ":" + description)
///                                         [- 3 + Σ enum items: 3 + tokens(item)]])
/// </code>
/// <para>with F = 7 for o200k_base and 10 for cl100k_base; descriptions lose one trailing period. Function calls
/// count 3 + tokens(name) + tokens(JSON arguments), function results the tokens of their text or JSON; images
/// count 765 (a 1024×1024 high-detail image), other binary data one token per 4 bytes. Message framing for tools
/// is an approximation of the provider's hidden format; text itself is exact.</para>
/// </remarks>
public sealed class TiktokenTokenCounter : ITokenCounter, IPromptTokenBound, IMessageTextCounter
{
    private readonly int _functionInit;
    private readonly TokenCountCache? _cache;
    private readonly TextTokenCounter _countText;

    /// <summary>Initializes a new instance of the <see cref="TiktokenTokenCounter"/> class without a count cache.</summary>
    /// <param name="encoding">The encoding of the model.</param>
    public TiktokenTokenCounter(TiktokenEncoding encoding)
        : this(encoding, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TiktokenTokenCounter"/> class.</summary>
    /// <param name="encoding">The encoding of the model.</param>
    /// <param name="cache">Caches the counts of texts seen before (keyed by the encoding name); <see langword="null"/> counts every time.</param>
    public TiktokenTokenCounter(TiktokenEncoding encoding, TokenCountCache? cache)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        Encoding = encoding;
        _cache = cache;
        _countText = encoding.CountTokens;
        _functionInit = encoding.Name == TiktokenEncoding.Cl100kBaseName ? ChatTokenFormula.FunctionInitCl100k : ChatTokenFormula.FunctionInitO200k;
    }

    /// <summary>Gets the encoding.</summary>
    public TiktokenEncoding Encoding { get; }

    /// <inheritdoc/>
    public bool IsExact => true;

    /// <inheritdoc/>
    public int CountTokens(ReadOnlySpan<char> text) =>
        _cache is null ? Encoding.CountTokens(text) : _cache.GetOrCount(Encoding.Name, text, _countText);

    /// <inheritdoc/>
    int IMessageTextCounter.CountText(string text, TextDigests digests) =>
        _cache is null ? Encoding.CountTokens(text) : _cache.GetOrCount(Encoding.Name, text, digests, _countText);

    /// <inheritdoc/>
    public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null) =>
        ChatTokenFormula.Count(this, messages, options, _functionInit);

    /// <inheritdoc/>
    int IPromptTokenBound.PromptTokensUpperBound(IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        ChatTokenFormula.Utf8UpperBound(messages, options);
}
