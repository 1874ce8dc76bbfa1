using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace Governance.AI.Safety.Lexical;

/// <summary>
/// A logistic-regression classifier over signed hashed word, word-pair, word-stem and character-gram features of the detector's
/// folded tokens. Weights are quantized to one signed byte each with one scale. A text is scored by sentence windows
/// (each sentence, and each sentence with the one before), each counting a feature once however often it occurs and
/// normalized by the square root of its distinct feature count; the
/// text's score is the highest window's, so that an instruction inside a long pasted document still scores, less a
/// discount that grows with the logarithm of the number of sentences (up to <see cref="MaxDiscountedSentences"/>): each
/// sentence is one more window that may cross the threshold by chance, so without it a long innocent document is
/// flagged more often than a short one.
/// </summary>
/// <remarks>Immutable and thread-safe; scoring allocates nothing.</remarks>
internal sealed class LexicalInjectionModel
{
    /// <summary>The rule id of a detection by this layer.</summary>
    public const string RuleId = "injection.lexical_model";

    /// <summary>The name of the embedded weight file.</summary>
    public const string ResourceName = "Governance.AI.Safety.Lexical.injection-lexical.bin";

    /// <summary>
    /// The logit discount per natural-log unit of a text's sentence count. Benign windows' logits fall off by one e-fold
    /// about every 0.7 logit in their upper tail, so a text of m independent windows crosses a given logit about m times
    /// as often as one window, and a discount of that scale times ln m would keep the chance flat. A text's windows
    /// overlap and are not independent, and on left-out authors discounts from 0 to 1 flag the same share of attacks at
    /// the same benign count (training/injection/README.md); a quarter of a logit lowers the benign rate of texts of nine
    /// sentences or more (1.8 % to 1.3 % of them flagged by the model alone) for about two points of long attacks.
    /// </summary>
    public const double SentenceDiscount = 0.25;

    /// <summary>
    /// The sentence count beyond which the discount stops growing: padding an attack with filler sentences lowers its
    /// logit by at most <see cref="SentenceDiscount"/>·ln of this (about one logit).
    /// </summary>
    public const int MaxDiscountedSentences = 8;

    private const uint Magic = 0x4D584C47; // "GLXM"
    private const byte FormatVersion = 1;
    private const int HeaderLength = 16;

    private static readonly Lazy<LexicalInjectionModel> BuiltIn = new(LoadBuiltIn);

    private readonly sbyte[] _weights;
    private string? _fingerprint;

    /// <summary>Initializes a new instance of the <see cref="LexicalInjectionModel"/> class.</summary>
    /// <param name="bits">The number of hash bits.</param>
    /// <param name="kinds">The feature kinds.</param>
    /// <param name="scale">The value of one quantization step.</param>
    /// <param name="bias">The intercept.</param>
    /// <param name="weights">The 2^bits quantized weights.</param>
    public LexicalInjectionModel(int bits, LexicalFeatureKinds kinds, float scale, float bias, sbyte[] weights)
    {
        if (bits is < 8 or > 24 || weights.Length != 1 << bits)
        {
            throw new ArgumentException("The weights must hold 2^bits entries, with bits between 8 and 24.", nameof(weights));
        }

        Bits = bits;
        Kinds = kinds;
        Scale = scale;
        Bias = bias;
        _weights = weights;
    }

    /// <summary>Gets the model embedded in the package.</summary>
    public static LexicalInjectionModel Default => BuiltIn.Value;

    /// <summary>
    /// Gets a fingerprint of the model's weight file (<c>xxh64:</c> and the hash of <see cref="ToBytes"/>), which a head
    /// stacked on this model's logit records, so that it is never run beside another model.
    /// </summary>
    public string Fingerprint => _fingerprint ??= "xxh64:" + XxHash64.HashToUInt64(ToBytes()).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Gets the number of hash bits.</summary>
    public int Bits { get; }

    /// <summary>Gets the feature kinds.</summary>
    public LexicalFeatureKinds Kinds { get; }

    /// <summary>Gets the value of one quantization step.</summary>
    public float Scale { get; }

    /// <summary>Gets the intercept.</summary>
    public float Bias { get; }

    /// <summary>Gets the quantized weights.</summary>
    public ReadOnlySpan<sbyte> Weights => _weights;

    /// <summary>Converts a logit to a probability.</summary>
    /// <param name="logit">The logit.</param>
    /// <returns>The probability.</returns>
    public static double Probability(double logit) => 1.0 / (1.0 + Math.Exp(-logit));

    /// <summary>Reads a weight file.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The data is not a weight file of this version.</exception>
    public static LexicalInjectionModel Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic || data[4] != FormatVersion)
        {
            throw new InvalidDataException("Not a lexical injection model of format version 1.");
        }

        var bits = data[5];
        var kinds = (LexicalFeatureKinds)data[6];
        var scale = BinaryPrimitives.ReadSingleLittleEndian(data[8..]);
        var bias = BinaryPrimitives.ReadSingleLittleEndian(data[12..]);
        if (bits is < 8 or > 24 || data.Length != HeaderLength + (1 << bits))
        {
            throw new InvalidDataException("The lexical injection model's length does not match its hash bits.");
        }

        var weights = new sbyte[1 << bits];
        data[HeaderLength..].CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
        return new LexicalInjectionModel(bits, kinds, scale, bias, weights);
    }

    /// <summary>Writes the model as a weight file.</summary>
    /// <returns>The file's bytes.</returns>
    public byte[] ToBytes()
    {
        var data = new byte[HeaderLength + _weights.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(data, Magic);
        data[4] = FormatVersion;
        data[5] = (byte)Bits;
        data[6] = (byte)Kinds;
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(8), Scale);
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(12), Bias);
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(_weights.AsSpan()).CopyTo(data.AsSpan(HeaderLength));
        return data;
    }

    /// <summary>Folds and tokenizes <paramref name="text"/> as the detector does and gets its features (allocates; for training and tests).</summary>
    /// <param name="text">The text.</param>
    /// <param name="kinds">The feature kinds.</param>
    /// <param name="bits">The number of hash bits.</param>
    /// <returns>The features, as the model scores them.</returns>
    public static TextFeatures Featurize(string text, LexicalFeatureKinds kinds, int bits)
    {
        var (folded, tokens) = FoldAndTokenize(text);
        var keys = new int[LexicalFeatures.MaxFeatures(folded.Length, tokens.Length)];
        var ends = new int[tokens.Length];
        var count = LexicalFeatures.Extract(folded, tokens, kinds, bits, keys, ends, out var sentences);
        return new TextFeatures(keys[..count], ends[..sentences]);
    }

    /// <summary>Gets the highest window logit of <paramref name="text"/>, folded and tokenized as the detector does (allocates; for training and tests).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The logit.</returns>
    public double MaxWindowLogit(string text)
    {
        var (folded, tokens) = FoldAndTokenize(text);
        return MaxWindowLogit(folded, tokens);
    }

    /// <summary>Gets the highest window logit of folded, tokenized text (the intercept alone when it has no tokens).</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <returns>The logit.</returns>
    public double MaxWindowLogit(ReadOnlySpan<char> folded, ReadOnlySpan<SafetyToken> tokens) => ScoreWindows(folded, tokens, out _);

    /// <summary>
    /// Gets the text's logit as the detector compares it with its threshold: the highest window's, discounted by the
    /// number of new sentences (<see cref="DiscountedLogit"/>).
    /// </summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <returns>The logit.</returns>
    public double TextLogit(ReadOnlySpan<char> folded, ReadOnlySpan<SafetyToken> tokens)
    {
        var best = ScoreWindows(folded, tokens, out var newSentences);
        return DiscountedLogit(best, newSentences, SentenceDiscount);
    }

    /// <summary>Gets the highest window logit of <paramref name="text"/> and its number of new sentences (allocates; for training and tests).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The highest window logit and the number of sentences with a feature the sentence before did not have.</returns>
    public (double MaxWindowLogit, int NewSentences) ScoreWindows(string text)
    {
        var (folded, tokens) = FoldAndTokenize(text);
        var best = ScoreWindows(folded, tokens, out var newSentences);
        return (best, newSentences);
    }

    /// <summary>Lowers a text's highest window logit by <paramref name="discount"/>·ln of its sentence count, capped at <see cref="MaxDiscountedSentences"/>.</summary>
    /// <param name="maxWindowLogit">The highest window logit.</param>
    /// <param name="sentences">The number of new sentences (a text of one or none is not discounted).</param>
    /// <param name="discount">The discount per natural-log unit (<see cref="SentenceDiscount"/> in the shipped scoring).</param>
    /// <returns>The discounted logit.</returns>
    public static double DiscountedLogit(double maxWindowLogit, int sentences, double discount) =>
        sentences <= 1 ? maxWindowLogit : maxWindowLogit - (discount * Math.Log(Math.Min(sentences, MaxDiscountedSentences)));

    /// <summary>Gets the logit of a window from its summed quantized weights and its feature count.</summary>
    /// <param name="sum">The signed sum of the window's quantized weights.</param>
    /// <param name="count">The window's feature count.</param>
    /// <returns>The logit.</returns>
    public double WindowLogit(int sum, int count) => Bias + (Scale * Normalized(sum, count));

    /// <summary>Gets a window's weight sum normalized by the square root of its feature count.</summary>
    /// <param name="sum">The signed sum of the window's quantized weights.</param>
    /// <param name="count">The window's feature count.</param>
    /// <returns>The normalized sum (0 for an empty window).</returns>
    internal static double Normalized(int sum, int count) => count == 0 ? 0 : sum / Math.Sqrt(count);

    private double ScoreWindows(ReadOnlySpan<char> folded, ReadOnlySpan<SafetyToken> tokens, out int newSentences)
    {
        var sets = SentenceFeatureSets.Rent(Bits, LexicalFeatures.MaxFeatures(folded.Length, tokens.Length), tokens.Length);
        LexicalFeatures.Extract(folded, tokens, Kinds, Bits, sets.Keys, sets.SentenceEnds, out var sentences);
        if (sentences == 0)
        {
            newSentences = 0;
            return Bias;
        }

        return Bias + (Scale * sets.BestWindow(_weights, sentences, out newSentences));
    }

    private static LexicalInjectionModel LoadBuiltIn()
    {
        using var stream = typeof(LexicalInjectionModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the package.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return Read(data);
    }

    private static (char[] Folded, SafetyToken[] Tokens) FoldAndTokenize(string text)
    {
        var folded = new char[text.Length * TextFolding.MaxExpansion];
        var n = TextFolding.Fold(text, folded);
        var tokens = new SafetyToken[SafetyTokenizer.MaxTokens(n)];
        var count = SafetyTokenizer.Tokenize(folded.AsSpan(0, n), tokens, out _);
        return (folded[..n], tokens[..count]);
    }
}

/// <summary>The features of a text as the lexical model scores them.</summary>
/// <param name="Keys">Each feature's bucket times two, plus one when its sign is negative, in text order (repeats included).</param>
/// <param name="SentenceEnds">The end of each sentence's keys.</param>
internal readonly record struct TextFeatures(int[] Keys, int[] SentenceEnds);
