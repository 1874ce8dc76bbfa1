namespace InjectionHeadTrainer;

/// <summary>The head's weights during training, over standardized features: logistic regression, or one ReLU hidden layer.</summary>
internal sealed class Network
{
    private readonly int _d;
    private readonly int _hidden;
    private readonly double[] _first;
    private readonly double[] _firstBias;
    private readonly double[] _second;
    private readonly double[] _activation;
    private double _bias;

    public Network(int d, int hidden, Random random)
    {
        _d = d;
        _hidden = hidden;
        _first = new double[d * Math.Max(1, hidden)];
        _firstBias = new double[hidden];
        _second = new double[hidden];
        _activation = new double[hidden];
        if (hidden > 0)
        {
            // He initialization for the ReLU layer, small output weights.
            var spread = Math.Sqrt(2.0 / d);
            for (var i = 0; i < _first.Length; i++)
            {
                _first[i] = spread * Gaussian(random);
            }

            for (var h = 0; h < hidden; h++)
            {
                _second[h] = 0.1 * Gaussian(random);
            }
        }
    }

    public double Forward(double[] x)
    {
        if (_hidden == 0)
        {
            return Dot(_first, 0, x) + _bias;
        }

        var logit = _bias;
        for (var h = 0; h < _hidden; h++)
        {
            var a = Dot(_first, h * _d, x) + _firstBias[h];
            _activation[h] = a > 0 ? a : 0;
            logit += _activation[h] * _second[h];
        }

        return logit;
    }

    /// <summary>One SGD step on the weighted log loss.</summary>
    public void Step(double[] x, double label, double lr, double l2)
    {
        var gradient = InjectionEmbeddingHead.Probability(Forward(x)) - label;
        _bias -= lr * gradient;
        if (_hidden == 0)
        {
            for (var i = 0; i < _d; i++)
            {
                _first[i] -= lr * ((gradient * x[i]) + (l2 * _first[i]));
            }

            return;
        }

        for (var h = 0; h < _hidden; h++)
        {
            var back = _activation[h] > 0 ? gradient * _second[h] : 0;
            _second[h] -= lr * ((gradient * _activation[h]) + (l2 * _second[h]));
            if (back == 0)
            {
                continue;
            }

            _firstBias[h] -= lr * back;
            var row = h * _d;
            for (var i = 0; i < _d; i++)
            {
                _first[row + i] -= lr * ((back * x[i]) + (l2 * _first[row + i]));
            }
        }
    }

    /// <summary>Folds the standardization (x − mean) · scale into the first layer and rounds to floats.</summary>
    public InjectionEmbeddingHead ToHead(string modelId, double[] mean, double[] scale)
    {
        var units = Math.Max(1, _hidden);
        var first = new float[_first.Length];
        var shifts = new double[units];
        for (var h = 0; h < units; h++)
        {
            for (var i = 0; i < _d; i++)
            {
                var w = _first[(h * _d) + i] * scale[i];
                first[(h * _d) + i] = (float)w;
                shifts[h] += w * mean[i];
            }
        }

        if (_hidden == 0)
        {
            return new InjectionEmbeddingHead(modelId, _d, 0, first, [], [], (float)(_bias - shifts[0]));
        }

        var firstBias = new float[_hidden];
        for (var h = 0; h < _hidden; h++)
        {
            firstBias[h] = (float)(_firstBias[h] - shifts[h]);
        }

        return new InjectionEmbeddingHead(modelId, _d, _hidden, first, firstBias, [.. _second.Select(v => (float)v)], (float)_bias);
    }

    private static double Dot(double[] w, int offset, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += w[offset + i] * x[i];
        }

        return sum;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
