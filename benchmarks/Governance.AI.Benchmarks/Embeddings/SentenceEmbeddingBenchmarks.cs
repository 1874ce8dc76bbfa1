using BenchmarkDotNet.Attributes;
using Governance.AI.Embeddings.MiniLM;
using Governance.AI.Embeddings.Offline;

namespace Governance.AI.Benchmarks.Embeddings;

/// <summary>
/// What one embedding costs the semantic cache on a miss: all-MiniLM-L6-v2 (ONNX Runtime, in process) against the
/// offline word vectors, for a short prompt and for 1 KB (two pieces for MiniLM, see MaxPieceCharacters).
/// </summary>
[MemoryDiagnoser]
public class SentenceEmbeddingBenchmarks : IDisposable
{
    private const string Short = "What is the cheapest way to travel from Paris to Rome?";

    /// <summary>The 1 KB prompt (also the injection head's, Safety/InjectionHeadBenchmarks).</summary>
    internal static readonly string OneKilobyte = BuildOneKilobyte();

    private readonly MiniLMEmbeddingGenerator _miniLM = new();
    private readonly WordVectorEmbeddingGenerator _wordVectors = new();
    private readonly string[] _short = [Short];
    private readonly string[] _oneKilobyte = [OneKilobyte];

    [GlobalSetup]
    public void Warm()
    {
        _miniLM.Embed(_short);
        _wordVectors.Embed(Short);
    }

    [Benchmark(Description = "MiniLM: short prompt")]
    public float[] MiniLMShort() => _miniLM.Embed(_short)[0];

    [Benchmark(Description = "MiniLM: 1 KB")]
    public float[] MiniLMOneKilobyte() => _miniLM.Embed(_oneKilobyte)[0];

    [Benchmark(Description = "Word vectors: short prompt")]
    public float[] WordVectorsShort() => _wordVectors.Embed(Short);

    [Benchmark(Description = "Word vectors: 1 KB")]
    public float[] WordVectorsOneKilobyte() => _wordVectors.Embed(OneKilobyte);

    public void Dispose()
    {
        _miniLM.Dispose();
        _wordVectors.Dispose();
    }

    private static string BuildOneKilobyte()
    {
        const string sentence = "Our support team receives questions about invoices, refunds, delivery times and account settings every day. ";
        var text = new System.Text.StringBuilder(1024);
        while (text.Length + sentence.Length <= 1000)
        {
            text.Append(sentence);
        }

        text.Append("Summarize the main themes.");
        return text.ToString(0, Math.Min(text.Length, 1024));
    }
}
