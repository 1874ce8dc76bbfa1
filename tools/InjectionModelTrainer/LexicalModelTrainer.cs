using Governance.AI.Safety.Lexical;

namespace InjectionModelTrainer;

/// <summary>How the model is trained; <see cref="Shipped"/> is what the embedded weight file was trained with.</summary>
/// <param name="Bits">The number of hash bits (2^bits weights of one byte).</param>
/// <param name="Kinds">The feature kinds.</param>
/// <param name="Epochs">The passes over the data.</param>
/// <param name="LearningRate">The AdaGrad learning rate.</param>
/// <param name="L2">The L2 penalty per update.</param>
/// <param name="Seed">The seed of the per-epoch shuffle.</param>
/// <param name="AttackWeight">A factor on the attacks' balanced class weight (1: both classes weigh the same in total).</param>
/// <param name="AveragedEpochs">How many of the last epochs' end-of-epoch weights are averaged into the model (1: the last weights only).</param>
/// <param name="BenignHighestWindow">
/// Whether a multi-sentence benign text is learned from its highest-scoring window after the first pass, as attacks are,
/// instead of from every window.
/// </param>
/// <param name="Seeds">How many models, trained with the seeds from <paramref name="Seed"/> on, are averaged into one.</param>
/// <param name="Dropout">The share of an example's features left out of each update (0: none).</param>
internal sealed record TrainingSettings(int Bits, LexicalFeatureKinds Kinds, int Epochs, double LearningRate, double L2, int Seed, double AttackWeight = 1, int AveragedEpochs = 1, bool BenignHighestWindow = false, int Seeds = 1, double Dropout = 0)
{
    /// <summary>Gets the settings of the shipped model.</summary>
    public static TrainingSettings Shipped { get; } = new(16, LexicalFeatureKinds.Words | LexicalFeatureKinds.WordPairs | LexicalFeatureKinds.Stems | LexicalFeatureKinds.CharacterGrams, 20, 0.4, 1e-3, 17);
}

/// <summary>
/// Trains the lexical model: logistic regression with AdaGrad and L2, balanced class weights, a fixed seeded order.
/// Each example counts a feature (bucket and sign) once however often it occurs, and its features are divided by the
/// square root of their distinct count, as the model scores a window. The model scores sentence
/// windows and takes the highest, so every window of a benign text is one more benign example, and an attack is
/// learned from its highest-scoring window (the whole text in the first pass; multiple-instance learning after), so
/// that the sentence carrying an instruction in a long attack document is what is learned, not the document's average.
/// </summary>
internal static class LexicalModelTrainer
{
    /// <summary>Trains a model on the rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The quantized model.</returns>
    public static LexicalInjectionModel Train(IReadOnlyList<TrainingExample> rows, TrainingSettings settings)
    {
        var (w, bias) = Fit(rows, settings);
        if (settings.Seeds > 1)
        {
            // Averaging models trained in different shuffled orders damps the order's noise (about one point of
            // left-out recall between two seeds) without changing the model's shape.
            for (var seed = 1; seed < settings.Seeds; seed++)
            {
                var (other, otherBias) = Fit(rows, settings with { Seed = settings.Seed + seed });
                for (var i = 0; i < w.Length; i++)
                {
                    w[i] += other[i];
                }

                bias += otherBias;
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] /= settings.Seeds;
            }

            bias /= settings.Seeds;
        }

        return Quantize(settings, w, bias);
    }

    private static (double[] Weights, double Bias) Fit(IReadOnlyList<TrainingExample> rows, TrainingSettings settings)
    {
        var examples = new List<(int[] Features, float Label)>();

        // The windows of each multi-sentence text learned from its highest-scoring window, by example index; the first is the whole text.
        var highestWindowTexts = new Dictionary<int, List<int[]>>();
        foreach (var row in rows)
        {
            var (raw, ends) = LexicalInjectionModel.Featurize(row.Text, settings.Kinds, settings.Bits);
            var all = Distinct(raw);
            var windows = Windows(raw, ends);
            if (!row.IsAttack && settings.BenignHighestWindow && windows.Count > 0)
            {
                windows.Insert(0, all);
                highestWindowTexts[examples.Count] = windows;
                examples.Add((all, 0f));
                continue;
            }

            if (!row.IsAttack)
            {
                examples.Add((all, 0f));
                foreach (var window in windows)
                {
                    examples.Add((window, 0f));
                }

                continue;
            }

            if (windows.Count > 0)
            {
                windows.Insert(0, all);
                highestWindowTexts[examples.Count] = windows;
            }

            examples.Add((all, 1f));
        }

        var positives = 0;
        foreach (var (_, label) in examples)
        {
            positives += label > 0 ? 1 : 0;
        }

        var negatives = examples.Count - positives;
        var positiveWeight = settings.AttackWeight * examples.Count / (2.0 * Math.Max(1, positives));
        var negativeWeight = examples.Count / (2.0 * Math.Max(1, negatives));

        var size = 1 << settings.Bits;
        var w = new double[size];
        var g2 = new double[size];
        var bias = 0.0;
        var biasG2 = 0.0;
        var order = new int[examples.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Averaging the last epochs' weights damps the noise of the final updates (Polyak averaging, per epoch).
        var averaged = Math.Clamp(settings.AveragedEpochs, 1, settings.Epochs);
        var sum = averaged > 1 ? new double[size] : null;
        var biasSum = 0.0;
        var random = new Random(settings.Seed);
        var dropout = settings.Dropout > 0 ? new Random(settings.Seed + 1) : null;
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (var index in order)
            {
                var (features, label) = examples[index];
                if (epoch > 0 && highestWindowTexts.TryGetValue(index, out var candidates))
                {
                    features = HighestScoring(candidates, w);
                }

                var x = features.Length == 0 ? 0 : 1 / Math.Sqrt(features.Length);
                if (dropout is not null)
                {
                    // Feature dropout: each update sees a random part of the text, so no single word carries a label.
                    features = Array.FindAll(features, _ => dropout.NextDouble() >= settings.Dropout);
                    x /= 1 - settings.Dropout;
                }

                var z = bias + (Dot(features, w) * x);

                var error = (LexicalInjectionModel.Probability(z) - label) * (label > 0 ? positiveWeight : negativeWeight);
                biasG2 += error * error;
                bias -= settings.LearningRate * error / (Math.Sqrt(biasG2) + 1e-8);
                foreach (var f in features)
                {
                    var bucket = LexicalFeatures.Bucket(f);
                    var g = (LexicalFeatures.IsNegative(f) ? -error * x : error * x) + (settings.L2 * w[bucket]);
                    g2[bucket] += g * g;
                    w[bucket] -= settings.LearningRate * g / (Math.Sqrt(g2[bucket]) + 1e-8);
                }
            }

            if (sum is not null && epoch >= settings.Epochs - averaged)
            {
                for (var i = 0; i < size; i++)
                {
                    sum[i] += w[i];
                }

                biasSum += bias;
            }
        }

        if (sum is null)
        {
            return (w, bias);
        }

        for (var i = 0; i < size; i++)
        {
            sum[i] /= averaged;
        }

        return (sum, biasSum / averaged);
    }

    /// <summary>Gets a multi-sentence text's windows as the model scores them: each sentence, and each with the one before.</summary>
    private static List<int[]> Windows(int[] features, int[] sentenceEnds)
    {
        var windows = new List<int[]>();
        if (sentenceEnds.Length < 2)
        {
            return windows;
        }

        var start = 0;
        var previousStart = 0;
        for (var s = 0; s < sentenceEnds.Length; s++)
        {
            var end = sentenceEnds[s];
            windows.Add(Distinct(features[start..end]));
            if (s > 0)
            {
                windows.Add(Distinct(features[previousStart..end]));
            }

            previousStart = start;
            start = end;
        }

        return windows;
    }

    /// <summary>Keeps each feature (bucket and sign) once, in first-occurrence order, as the model counts a window's features.</summary>
    private static int[] Distinct(int[] features)
    {
        var seen = new HashSet<int>(features.Length);
        var distinct = new List<int>(features.Length);
        foreach (var f in features)
        {
            if (seen.Add(f))
            {
                distinct.Add(f);
            }
        }

        return [.. distinct];
    }

    private static int[] HighestScoring(List<int[]> windows, double[] w)
    {
        var best = windows[0];
        var bestScore = double.NegativeInfinity;
        foreach (var window in windows)
        {
            var score = window.Length == 0 ? 0 : Dot(window, w) / Math.Sqrt(window.Length);
            if (score > bestScore)
            {
                bestScore = score;
                best = window;
            }
        }

        return best;
    }

    private static double Dot(int[] features, double[] w)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += LexicalFeatures.IsNegative(f) ? -w[LexicalFeatures.Bucket(f)] : w[LexicalFeatures.Bucket(f)];
        }

        return sum;
    }

    private static LexicalInjectionModel Quantize(TrainingSettings settings, double[] w, double bias)
    {
        var max = 0.0;
        foreach (var v in w)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        var scale = max > 0 ? (float)(max / 127) : 1f;
        var q = new sbyte[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            q[i] = (sbyte)Math.Clamp(Math.Round(w[i] / scale, MidpointRounding.ToEven), -127, 127);
        }

        return new LexicalInjectionModel(settings.Bits, settings.Kinds, scale, (float)bias, q);
    }
}
