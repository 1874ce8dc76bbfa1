using System.Globalization;
using Governance.AI.Safety;

namespace InjectionHeadTrainer;

/// <summary>The head's training settings.</summary>
/// <param name="Epochs">Passes over the data.</param>
/// <param name="LearningRate">The SGD step at the first epoch (it decays as 1 / (1 + epoch / 4)).</param>
/// <param name="L2">The L2 penalty per update.</param>
/// <param name="Seed">The shuffle and initialization seed.</param>
internal sealed record HeadSettings(int Epochs, double LearningRate, double L2, int Seed)
{
    /// <summary>Gets the settings of the shipped head.</summary>
    public static HeadSettings Shipped { get; } = new(30, 0.05, 1e-4, 17);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"epochs {Epochs}, lr {LearningRate}, l2 {L2}, seed {Seed}");
}

/// <summary>One row's features: the embedding of its whole (trimmed) text, then the lexical model's highest window logit.</summary>
/// <param name="IsAttack">The label.</param>
/// <param name="Features">The unit embedding and, last, the lexical logit.</param>
internal sealed record EmbeddedRow(bool IsAttack, float[] Features)
{
    /// <summary>Gets the embedding.</summary>
    public ReadOnlySpan<float> Embedding => Features.AsSpan(0, Features.Length - 1);

    /// <summary>Gets the lexical logit.</summary>
    public double LexicalLogit => Features[^1];

    /// <summary>Embeds rows' whole trimmed texts (through the cache) and appends each row's lexical logit.</summary>
    /// <param name="set">The rows.</param>
    /// <param name="cache">The embedding cache.</param>
    /// <param name="lexicalLogit">The lexical logit of the row at an index.</param>
    /// <param name="progress">Where embedding progress goes.</param>
    /// <returns>The rows' features, in order.</returns>
    public static List<EmbeddedRow> Of(IReadOnlyList<InjectionModelTrainer.TrainingExample> set, EmbeddingCache cache, Func<int, double> lexicalLogit, TextWriter progress)
    {
        var texts = set.Select(r => r.Text.Trim()).ToList();
        cache.Ensure(texts, progress);
        return [.. set.Select((r, i) => new EmbeddedRow(r.IsAttack, [.. cache[texts[i]], (float)lexicalLogit(i)]))];
    }

    /// <summary>Gets the head's probability for this row.</summary>
    /// <param name="head">The head.</param>
    /// <returns>The probability.</returns>
    public double Score(StackedInjectionHead head) => StackedInjectionHead.Probability(head.Logit(Embedding, LexicalLogit));
}

/// <summary>
/// Trains the head (logistic regression) with SGD on the log loss, classes weighted to equal total weight, features
/// standardized on the training rows (folded into the weights when the head is written). Deterministic: fixed seed,
/// fixed order, no parallelism.
/// </summary>
internal static class HeadTrainer
{
    /// <summary>Trains a head.</summary>
    /// <param name="rows">The training rows.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="lexicalModel">The fingerprint of the lexical model whose logits the rows carry (recorded in the head).</param>
    /// <returns>The head.</returns>
    public static StackedInjectionHead Train(IReadOnlyList<EmbeddedRow> rows, HeadSettings settings, string lexicalModel)
    {
        var d = rows[0].Features.Length;
        var (mean, scale) = Standardization(rows, d);
        var attacks = rows.Count(r => r.IsAttack);
        var attackWeight = attacks == 0 ? 1 : (double)(rows.Count - attacks) / attacks;
        var net = new Network(d);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var shuffle = new Random(settings.Seed + 1);
        var x = new double[d];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            shuffle.Shuffle(order);
            var lr = settings.LearningRate / (1 + (epoch / 4.0));
            foreach (var index in order)
            {
                var row = rows[index];
                Standardize(row.Features, mean, scale, x);
                net.Step(x, row.IsAttack ? 1 : 0, (row.IsAttack ? attackWeight : 1) * lr, settings.L2);
            }
        }

        return net.ToHead(EmbeddingCache.ModelId, lexicalModel, mean, scale);
    }

    private static (double[] Mean, double[] Scale) Standardization(IReadOnlyList<EmbeddedRow> rows, int d)
    {
        var mean = new double[d];
        var square = new double[d];
        foreach (var row in rows)
        {
            for (var i = 0; i < d; i++)
            {
                mean[i] += row.Features[i];
                square[i] += row.Features[i] * (double)row.Features[i];
            }
        }

        var scale = new double[d];
        for (var i = 0; i < d; i++)
        {
            mean[i] /= rows.Count;
            scale[i] = 1 / Math.Sqrt(Math.Max(1e-12, (square[i] / rows.Count) - (mean[i] * mean[i])));
        }

        return (mean, scale);
    }

    private static void Standardize(float[] vector, double[] mean, double[] scale, double[] x)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (vector[i] - mean[i]) * scale[i];
        }
    }
}
