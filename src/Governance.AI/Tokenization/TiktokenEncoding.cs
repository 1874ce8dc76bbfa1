using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Governance.AI.Tokenization;

/// <summary>
/// An exact, tiktoken-compatible byte-pair encoding (<c>o200k_base</c> or <c>cl100k_base</c>): the same pre-tokenization
/// and merges as OpenAI's tiktoken, so ids and counts equal the ones the model is billed for.
/// </summary>
/// <remarks>
/// <para>Rank tables are embedded resources converted from the npm package <c>tiktoken</c> (MIT; see
/// <c>Tokenization/Data/NOTICE.md</c>). Each encoding is loaded lazily, once, on first use, in a thread-safe way.
/// Instances are immutable and safe to use from any number of threads.</para>
/// <para>All text is ordinary text: special-token strings such as <c>&lt;|endoftext|&gt;</c> inside the text are
/// encoded like any other characters, never as special tokens. Lone UTF-16 surrogates are encoded as U+FFFD.</para>
/// </remarks>
public sealed class TiktokenEncoding
{
    /// <summary>The name of the encoding used by gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and the o-series.</summary>
    public const string O200kBaseName = "o200k_base";

    /// <summary>The name of the encoding used by gpt-4, gpt-3.5-turbo and the text-embedding-3 models.</summary>
    public const string Cl100kBaseName = "cl100k_base";

    private const int StackBufferSize = 512;

    private static readonly Lazy<TiktokenEncoding> s_o200k = new(() => Create(O200kBaseName, PreTokenizerPattern.O200k));
    private static readonly Lazy<TiktokenEncoding> s_cl100k = new(() => Create(Cl100kBaseName, PreTokenizerPattern.Cl100k));

    private readonly BpeRanks _ranks;
    private readonly PreTokenizerPattern _pattern;
    private readonly Dictionary<int, byte[]> _specialBytes;

    private TiktokenEncoding(string name, PreTokenizerPattern pattern, BpeRanks ranks)
    {
        Name = name;
        _pattern = pattern;
        _ranks = ranks;
        _specialBytes = ranks.SpecialTokens.ToDictionary(p => p.Value, p => Encoding.UTF8.GetBytes(p.Key));
    }

    /// <summary>Gets the <c>o200k_base</c> encoding (loaded on first use).</summary>
    public static TiktokenEncoding O200kBase => s_o200k.Value;

    /// <summary>Gets the <c>cl100k_base</c> encoding (loaded on first use).</summary>
    public static TiktokenEncoding Cl100kBase => s_cl100k.Value;

    /// <summary>Gets the encoding name, <c>o200k_base</c> or <c>cl100k_base</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the number of ordinary (non-special) tokens in the vocabulary.</summary>
    public int OrdinaryTokenCount => _ranks.Count;

    /// <summary>Gets the pre-tokenization pattern published with the rank table (tiktoken's <c>pat_str</c>).</summary>
    internal string PublishedPattern => _ranks.Pattern;

    /// <summary>Gets the pattern the hand-written scanner implements.</summary>
    internal string ImplementedPattern => _pattern == PreTokenizerPattern.O200k ? PreTokenizer.O200kPattern : PreTokenizer.Cl100kPattern;

    internal BpeRanks Ranks => _ranks;

    /// <summary>Gets an encoding by name.</summary>
    /// <param name="name"><c>o200k_base</c> or <c>cl100k_base</c>.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">The name is not a supported encoding.</exception>
    public static TiktokenEncoding GetEncoding(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name switch
        {
            O200kBaseName => O200kBase,
            Cl100kBaseName => Cl100kBase,
            _ => throw new ArgumentException($"Unsupported encoding '{name}'; supported: {O200kBaseName}, {Cl100kBaseName}.", nameof(name)),
        };
    }

    /// <summary>Gets the encoding of an OpenAI model, or <see langword="null"/> when the model has no public tokenizer.</summary>
    /// <param name="modelId">The model id, for example <c>gpt-4o-mini-2024-07-18</c>, <c>ft:gpt-4o:org::id</c> or <c>openai/gpt-4.1</c>.</param>
    /// <returns>The encoding, or <see langword="null"/>.</returns>
    /// <remarks>Exact names come from tiktoken's <c>model_to_encoding.json</c>; dated and suffixed names follow prefix rules
    /// (gpt-4o, chatgpt-4o, gpt-4.1, gpt-4.5, gpt-5, gpt-oss, o1, o3, o4 → o200k_base; gpt-4, gpt-3.5-turbo,
    /// text-embedding-3 → cl100k_base).</remarks>
    public static TiktokenEncoding? ForModel(string? modelId)
    {
        string? name = ModelEncodingMap.GetEncodingName(modelId);
        return name is null ? null : GetEncoding(name);
    }

    /// <summary>Counts the tokens of <paramref name="text"/> without allocating.</summary>
    /// <remarks>Texts up to about 160 characters use a stack buffer; longer ones a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/> (so the steady state allocates nothing).</remarks>
    /// <param name="text">The text; special-token strings in it are ordinary text.</param>
    /// <returns>The number of tokens.</returns>
    public int CountTokens(ReadOnlySpan<char> text) => Encode(text, null);

    /// <summary>Encodes <paramref name="text"/> to token ids.</summary>
    /// <param name="text">The text; special-token strings in it are ordinary text.</param>
    /// <returns>The token ids.</returns>
    public int[] EncodeToIds(ReadOnlySpan<char> text)
    {
        var ids = new List<int>(text.Length / 3);
        Encode(text, ids);
        return ids.ToArray();
    }

    /// <summary>Decodes token ids to text; byte sequences that are not valid UTF-8 become U+FFFD.</summary>
    /// <param name="ids">Ordinary or special token ids.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is not in the vocabulary.</exception>
    public string Decode(ReadOnlySpan<int> ids)
    {
        var bytes = new ArrayBufferWriter<byte>(Math.Max(16, ids.Length * 4));
        foreach (int id in ids)
        {
            ReadOnlySpan<byte> token;
            if ((uint)id < (uint)_ranks.Count)
            {
                token = _ranks.GetBytes(id);
            }
            else if (_specialBytes.TryGetValue(id, out byte[]? special))
            {
                token = special;
            }
            else
            {
                throw new ArgumentOutOfRangeException(nameof(ids), id, $"Token id {id} is not in {Name}.");
            }

            bytes.Write(token);
        }

        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static TiktokenEncoding Create(string name, PreTokenizerPattern pattern)
    {
        string resource = $"Governance.AI.Tokenization.Data.{name}.tkb.br";
        using Stream stream = typeof(TiktokenEncoding).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded rank table '{resource}' is missing.");
        return new TiktokenEncoding(name, pattern, BpeRanks.Load(stream));
    }

    // The stack buffer is fully written before it is read (UTF-8 bytes, then cleared padding): skip zeroing it.
    [SkipLocalsInit]
    private int Encode(ReadOnlySpan<char> text, List<int>? ids)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        int maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length) + BpeRanks.Padding;
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackBufferSize
            ? stackalloc byte[StackBufferSize]
            : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            buffer.Slice(length, BpeRanks.Padding).Clear();
            ReadOnlySpan<byte> utf8 = buffer[..length];
            BpeRanks ranks = _ranks;
            PieceCountCache.Slot[]? countCache = ids is null ? PieceCountCache.ForThread() : null;
            int count = 0;
            int start = 0;
            if (_pattern == PreTokenizerPattern.O200k)
            {
                while (start < length)
                {
                    int end = PreTokenizer.NextO200k(utf8, start);
                    count += ranks.EncodePiece(buffer, start, end - start, ids, countCache);
                    start = end;
                }
            }
            else
            {
                while (start < length)
                {
                    int end = PreTokenizer.NextCl100k(utf8, start);
                    count += ranks.EncodePiece(buffer, start, end - start, ids, countCache);
                    start = end;
                }
            }

            return count;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
