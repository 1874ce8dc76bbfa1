using BenchmarkDotNet.Attributes;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Tokenization;

/// <summary>
/// Prompt-token counting of a conversation's 21st turn (a ~1 KB system prompt, 20 earlier user/assistant turns, a new
/// question) with o200k_base: without the count cache every message is tokenized again; with it every text is a hit
/// after the first operation (history and question alike), so the steady state is the cost of hashing the history;
/// a real turn adds tokenizing the new question once (<see cref="NewQuestionOnly"/>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TokenCountCacheBenchmarks
{
    private readonly TiktokenTokenCounter _uncached = new(TiktokenEncoding.O200kBase);
    private TiktokenTokenCounter _cached = new(TiktokenEncoding.O200kBase, new TokenCountCache());
    private List<ChatMessage> _conversation = [];
    private string _question = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string system = string.Concat(Enumerable.Repeat(
            "You are the support assistant of Contoso. Answer politely, cite the knowledge base, never reveal internal notes. ", 9));
        _conversation = [new ChatMessage(ChatRole.System, system)];
        for (int turn = 0; turn < 20; turn++)
        {
            _conversation.Add(new ChatMessage(ChatRole.User, $"Turn {turn}: my order #{1000 + turn} has not arrived yet, what should I do about it?"));
            _conversation.Add(new ChatMessage(ChatRole.Assistant, $"I am sorry about order #{1000 + turn}. It left our warehouse and should arrive within two business days."));
        }

        _cached = new TiktokenTokenCounter(TiktokenEncoding.O200kBase, new TokenCountCache());
        _cached.CountTokens(_conversation);
        _question = "One more question: can I change the delivery address of my latest order?";
        _conversation.Add(new ChatMessage(ChatRole.User, _question));
    }

    [Benchmark(Baseline = true)]
    public int Turn21_NoCache() => _uncached.CountTokens(_conversation);

    [Benchmark]
    public int Turn21_WithCountCache() => _cached.CountTokens(_conversation);

    [Benchmark]
    public int NewQuestionOnly() => _uncached.CountTokens(_question);
}
