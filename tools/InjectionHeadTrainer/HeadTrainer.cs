using System.Globalization;

namespace InjectionHeadTrainer;

/// <summary>The head's training settings.</summary>
/// <param name="Hidden">Hidden units (0: logistic regression).</param>
/// <param name="Epochs">Passes over the data.</param>
/// <param name="LearningRate">The SGD step at the first epoch (it decays as 1 / (1 + epoch / 4)).</param>
/// <param name="L2">The L2 penalty per update.</param>
/// <param name="Seed">The shuffle and initialization seed.</param>
internal sealed record HeadSettings(int Hidden, int Epochs, double LearningRate, double L2, int Seed)
{
    /// <summary>Gets the settings of the shipped head.</summary>
    public static HeadSettings Shipped { get; } = new(0, 30, 0.05, 1e-4, 17);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"hidden {Hidden}, epochs {Epochs}, lr {LearningRate}, l2 {L2}, seed {Seed}");
}

/// <summary>One row with the embedding of its whole (trimmed) text.</summary>
/// <param name="IsAttack">The label.</param>
/// <param name="Vector">The unit vector.</param>
internal sealed record EmbeddedRow(bool IsAttack, float[] Vector);

/// <summary>
/// Trains the head with SGD on the log loss, classes weighted to equal total weight, features standardized on the
/// training rows' whole-text vectors (folded into the first layer when the head is written). Deterministic: fixed seed,
/// fixed order, no parallelism.
/// </summary>
internal static class HeadTrainer
{
    /// <summary>Trains a head.</summary>
    /// <param name="rows">The training rows.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The head.</returns>
    public static InjectionEmbeddingHead Train(IReadOnlyList<EmbeddedRow> rows, HeadSettings settings)
    {
        var d = rows[0].Vector.Length;
        var (mean, scale) = Standardization(rows, d);
        var attacks = rows.Count(r => r.IsAttack);
        var attackWeight = attacks == 0 ? 1 : (double)(rows.Count - attacks) / attacks;
        var net = new Network(d, settings.Hidden, new Random(settings.Seed));
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
                Standardize(row.Vector, mean, scale, x);
                net.Step(x, row.IsAttack ? 1 : 0, (row.IsAttack ? attackWeight : 1) * lr, settings.L2);
            }
        }

        return net.ToHead(EmbeddingCache.ModelId, mean, scale);
    }

    private static (double[] Mean, double[] Scale) Standardization(IReadOnlyList<EmbeddedRow> rows, int d)
    {
        var mean = new double[d];
        var square = new double[d];
        foreach (var row in rows)
        {
            for (var i = 0; i < d; i++)
            {
                mean[i] += row.Vector[i];
                square[i] += row.Vector[i] * (double)row.Vector[i];
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
