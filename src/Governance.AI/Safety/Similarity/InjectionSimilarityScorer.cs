using System.Numerics.Tensors;
using System.Text;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <summary>The nearest exemplar to a text: its cosine similarity and family (0 and <see langword="null"/> when nothing compared).</summary>
internal readonly record struct SimilarityMatch(double Score, string? Family);

/// <summary>
/// Scores a text against the exemplar bank: the text is split into passages (sentences and lines, short ones merged),
/// which are embedded in one call together with the whole text, and the highest cosine similarity to any exemplar wins.
/// Passages matter because an instruction inside a pasted document is diluted in the embedding of the whole.
/// </summary>
internal sealed class InjectionSimilarityScorer
{
    private const int MinPassageWords = 4;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly InjectionExemplar[] _exemplars;
    private readonly int _maxPassages;
    private readonly Lock _gate = new();
    private Task<float[][]>? _bank;

    public InjectionSimilarityScorer(IEmbeddingGenerator<string, Embedding<float>> generator, InjectionSimilarityOptions options)
    {
        _generator = generator;
        _exemplars = [.. options.UseBuiltInExemplars ? InjectionExemplarBank.BuiltIn : [], .. options.Exemplars];
        _maxPassages = options.MaxPassages;
    }

    public IEmbeddingGenerator<string, Embedding<float>> Generator => _generator;

    /// <summary>Embeds the text's passages and returns the nearest exemplar.</summary>
    public async Task<SimilarityMatch> ScoreAsync(string text, CancellationToken cancellationToken)
    {
        var bank = await BankAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var passages = Passages(text, _maxPassages);
        if (passages.Count == 0)
        {
            return default;
        }

        var embeddings = await _generator.GenerateAsync(passages, cancellationToken: cancellationToken).ConfigureAwait(false);
        var best = 0.0;
        var family = (string?)null;
        for (var p = 0; p < embeddings.Count; p++)
        {
            var vector = embeddings[p].Vector.Span;
            var norm = TensorPrimitives.Norm(vector);
            if (norm <= 0 || !float.IsFinite(norm))
            {
                continue;
            }

            for (var e = 0; e < bank.Length; e++)
            {
                if (bank[e].Length != vector.Length)
                {
                    throw new InvalidOperationException($"The embedding generator returned vectors of {vector.Length} and {bank[e].Length} dimensions.");
                }

                var score = TensorPrimitives.Dot(vector, bank[e]) / norm;
                if (score > best)
                {
                    best = score;
                    family = _exemplars[e].Family;
                }
            }
        }

        return new SimilarityMatch(best, family);
    }

    /// <summary>Splits a text into at most <paramref name="max"/> passages: the whole text, then its sentences and lines with short ones merged into the next.</summary>
    internal static List<string> Passages(string text, int max)
    {
        var trimmed = text.AsSpan().Trim();
        var passages = new List<string>();
        if (trimmed.IsEmpty)
        {
            return passages;
        }

        var sentences = new List<string>();
        var current = new StringBuilder();
        var start = 0;
        for (var i = 0; i <= trimmed.Length; i++)
        {
            if (i < trimmed.Length && trimmed[i] is not ('\n' or '.' or '!' or '?' or ';' or ':'))
            {
                continue;
            }

            var end = Math.Min(i + 1, trimmed.Length);
            var piece = trimmed[start..end].Trim();
            start = end;
            if (piece.IsEmpty)
            {
                continue;
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(piece);
            if (Words(current) >= MinPassageWords)
            {
                sentences.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            if (sentences.Count > 0)
            {
                sentences[^1] += " " + current;
            }
            else
            {
                sentences.Add(current.ToString());
            }
        }

        passages.Add(trimmed.ToString());
        if (sentences.Count <= 1)
        {
            return passages;
        }

        // Over the limit, neighbouring sentences are merged evenly so that no part of the text goes unscored.
        var room = Math.Max(1, max - 1);
        var group = (sentences.Count + room - 1) / room;
        for (var i = 0; i < sentences.Count; i += group)
        {
            passages.Add(group == 1 ? sentences[i] : string.Join(' ', sentences.GetRange(i, Math.Min(group, sentences.Count - i))));
        }

        return passages;
    }

    private static int Words(StringBuilder text)
    {
        var words = 0;
        var inWord = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                var letter = char.IsLetterOrDigit(c);
                words += letter && !inWord ? 1 : 0;
                inWord = letter;
            }
        }

        return words;
    }

    /// <summary>The exemplars' unit vectors, embedded once; a failed attempt is retried by the next call.</summary>
    private Task<float[][]> BankAsync()
    {
        // The lock only guards starting the task, so that concurrent first calls share one embedding of the bank.
        lock (_gate)
        {
            if (_bank is null or { IsFaulted: true } or { IsCanceled: true })
            {
                _bank = Task.Run(EmbedBankAsync);
            }

            return _bank;
        }
    }

    private async Task<float[][]> EmbedBankAsync()
    {
        var texts = new string[_exemplars.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = _exemplars[i].Text;
        }

        var embeddings = await _generator.GenerateAsync(texts).ConfigureAwait(false);
        if (embeddings.Count != texts.Length)
        {
            throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embeddings for {texts.Length} exemplars.");
        }

        var bank = new float[texts.Length][];
        for (var i = 0; i < bank.Length; i++)
        {
            var vector = embeddings[i].Vector.ToArray();
            var norm = TensorPrimitives.Norm<float>(vector);
            if (norm > 0 && float.IsFinite(norm))
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            bank[i] = vector;
        }

        return bank;
    }
}
