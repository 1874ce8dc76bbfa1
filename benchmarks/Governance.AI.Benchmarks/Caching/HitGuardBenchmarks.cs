using BenchmarkDotNet.Attributes;
using Governance.AI.Caching;

namespace Governance.AI.Benchmarks.Caching;

/// <summary>
/// The hit guard's cost per semantic candidate it examines (the cache examines at most <c>MaxCandidates</c>, default
/// 4, per request): a paraphrase it accepts and a must-miss pair it rejects, each a typical one-sentence prompt.
/// </summary>
[MemoryDiagnoser]
public class HitGuardBenchmarks
{
    private readonly PromptDifferenceGuard _guard = PromptDifferenceGuard.Default;

    [Benchmark(Description = "Guard: paraphrase accepted")]
    public bool Paraphrase() => _guard.IsSafeHit("When traveling to Japan in winter, what should I pack for 10 days?", "What should I pack for 10 days when traveling to Japan in winter?", out _);

    [Benchmark(Description = "Guard: rewording accepted (question frame, nominalization)")]
    public bool Rewording() => _guard.IsSafeHit("How do I delete a GitHub repository?", "What are the steps for GitHub repository deletion?", out _);

    [Benchmark(Description = "Guard: must-miss rejected (question kind)")]
    public bool QuestionKindMiss() => _guard.IsSafeHit("When was the Eiffel Tower built?", "Why was the Eiffel Tower built?", out _);

    [Benchmark(Description = "Guard: must-miss rejected (direction roles)")]
    public bool MustMiss() => _guard.IsSafeHit("How do I move files from my phone to my laptop over Wi-Fi?", "How do I move files from my laptop to my phone over Wi-Fi?", out _);
}
