using Governance.AI.Safety;

namespace InjectionHeadTrainer;

/// <summary>The head's weights during training, over standardized features: logistic regression.</summary>
internal sealed class Network(int d)
{
    private readonly double[] _weights = new double[d];
    private double _bias;

    /// <summary>One SGD step on the weighted log loss.</summary>
    public void Step(double[] x, double label, double lr, double l2)
    {
        var logit = _bias;
        for (var i = 0; i < d; i++)
        {
            logit += _weights[i] * x[i];
        }

        var gradient = StackedInjectionHead.Probability(logit) - label;
        _bias -= lr * gradient;
        for (var i = 0; i < d; i++)
        {
            _weights[i] -= lr * ((gradient * x[i]) + (l2 * _weights[i]));
        }
    }

    /// <summary>Folds the standardization (x − mean) · scale into the weights and rounds to floats.</summary>
    public StackedInjectionHead ToHead(string embeddingModelId, string lexicalModel, double[] mean, double[] scale)
    {
        var weights = new float[d];
        var shift = 0.0;
        for (var i = 0; i < d; i++)
        {
            var w = _weights[i] * scale[i];
            weights[i] = (float)w;
            shift += w * mean[i];
        }

        return new StackedInjectionHead(embeddingModelId, lexicalModel, weights, (float)(_bias - shift));
    }
}
