using BenchmarkDotNet.Attributes;
using Governance.AI.Benchmarks.Embeddings;
using Governance.AI.Embeddings.MiniLM;
using Governance.AI.Safety;

namespace Governance.AI.Benchmarks.Safety;

/// <summary>
/// What the injection head (off by default) costs per classified text: one all-MiniLM-L6-v2 embedding through
/// <see cref="MiniLMEmbeddingGenerator"/>, the lexical model's window score of the same text and a 385-term dot product,
/// through <see cref="InjectionHeadClassifier.ClassifyAsync"/>, for a short prompt and for 1 KB (two pieces for MiniLM).
/// </summary>
[MemoryDiagnoser]
public class InjectionHeadBenchmarks : IDisposable
{
    private const string Short = "Could you help me plan a three-day trip to Lisbon with good food and a museum or two?";

    private readonly MiniLMEmbeddingGenerator _generator = new();
    private readonly InjectionHeadClassifier _head;
    private readonly ContentSafetyRequest _short = new(Short, SafetyContentOrigin.UserPrompt);
    private readonly ContentSafetyRequest _oneKilobyte = new(SentenceEmbeddingBenchmarks.OneKilobyte, SafetyContentOrigin.UserPrompt);

    public InjectionHeadBenchmarks() => _head = new InjectionHeadClassifier(_generator, new InjectionHeadOptions());

    [GlobalSetup]
    public void Warm() => _head.ClassifyAsync(_short).GetAwaiter().GetResult();

    [Benchmark(Description = "Injection head: short prompt")]
    public Task<ContentSafetyClassification> HeadShort() => _head.ClassifyAsync(_short);

    [Benchmark(Description = "Injection head: 1 KB")]
    public Task<ContentSafetyClassification> HeadOneKilobyte() => _head.ClassifyAsync(_oneKilobyte);

    public void Dispose() => _generator.Dispose();
}
