using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Benchmarks.Pipeline;

/// <summary>
/// The safety and redaction stages alone and together (the stages an exact-tier hit runs before the cache), on the
/// full-pipeline benchmark's ~1 KB prompt with one email plus a system message: sent again every call (a repeated
/// prompt, as a hit is; the stages remember texts they analyzed) and different every call (a fresh prompt from a ring
/// of 16,384, four times what either stage remembers, so a fresh prompt is never remembered).
/// </summary>
[MemoryDiagnoser]
public class SafetyRedactionStageBenchmarks
{
    private const int FreshPrompts = 16_384;

    private readonly ChatMessage[] _repeated = PipelineBenchmarkData.OneKilobytePrompt();
    private readonly ChatMessage[][] _fresh = CreateFreshPrompts();
    private readonly ChatOptions _options = PipelineBenchmarkData.MissOptions();
    private IChatClient _model = null!;
    private IChatClient _safety = null!;
    private IChatClient _redaction = null!;
    private IChatClient _both = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _model = new FixedReplyChatClient();
        _safety = PipelineBenchmarkData.Build(_model, g => g.AddSafety());
        _redaction = PipelineBenchmarkData.Build(_model, g => g.AddRedaction());
        _both = PipelineBenchmarkData.Build(_model, g => g.AddSafety().AddRedaction());
    }

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Direct() => _model.GetResponseAsync(_repeated, _options);

    [Benchmark]
    public Task<ChatResponse> SafetyRepeated() => _safety.GetResponseAsync(_repeated, _options);

    [Benchmark]
    public Task<ChatResponse> SafetyFresh() => _safety.GetResponseAsync(NextFresh(), _options);

    [Benchmark]
    public Task<ChatResponse> RedactionRepeated() => _redaction.GetResponseAsync(_repeated, _options);

    [Benchmark]
    public Task<ChatResponse> RedactionFresh() => _redaction.GetResponseAsync(NextFresh(), _options);

    [Benchmark]
    public Task<ChatResponse> SafetyAndRedactionRepeated() => _both.GetResponseAsync(_repeated, _options);

    [Benchmark]
    public Task<ChatResponse> SafetyAndRedactionFresh() => _both.GetResponseAsync(NextFresh(), _options);

    private ChatMessage[] NextFresh() => _fresh[_next++ & (FreshPrompts - 1)];

    private static ChatMessage[][] CreateFreshPrompts()
    {
        ChatMessage[] template = PipelineBenchmarkData.OneKilobytePrompt();
        var prompts = new ChatMessage[FreshPrompts][];
        for (int i = 0; i < prompts.Length; i++)
        {
            prompts[i] = [template[0], new ChatMessage(ChatRole.User, $"Reference {i}. " + template[1].Text)];
        }

        return prompts;
    }
}
