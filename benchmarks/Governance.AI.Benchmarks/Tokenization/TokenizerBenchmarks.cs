using System.Text;
using BenchmarkDotNet.Attributes;
using Governance.AI.Tokenization;

namespace Governance.AI.Benchmarks.Tokenization;

/// <summary>
/// Tokenizer throughput on the committed corpus (tests/Governance.AI.Tests/Tokenization/Corpus). One operation
/// processes every document of the subset; MB/s = subset UTF-8 bytes / mean time. The peer is
/// tools/tiktoken-reference/bench.mjs (npm tiktoken) on the same documents.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TokenizerBenchmarks
{
    private string[] _documents = [];
    private TiktokenEncoding _encoding = TiktokenEncoding.O200kBase;

    /// <summary>The encoding.</summary>
    [Params(TiktokenEncoding.O200kBaseName, TiktokenEncoding.Cl100kBaseName)]
    public string Encoding { get; set; } = TiktokenEncoding.O200kBaseName;

    /// <summary>"all" = the whole corpus; "hand" = the hand-written documents only (natural text and code).</summary>
    [Params("all", "hand")]
    public string Subset { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        string corpus = FindCorpus();
        string root = Subset == "all" ? corpus : Path.Combine(corpus, Subset);
        _documents = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)))
            .ToArray();
        _encoding = TiktokenEncoding.GetEncoding(Encoding);
        long bytes = _documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d));
        Console.WriteLine($"// corpus subset '{Subset}': {_documents.Length} documents, {bytes} UTF-8 bytes");
    }

    [Benchmark]
    public int CountTokens()
    {
        int total = 0;
        foreach (string document in _documents)
        {
            total += _encoding.CountTokens(document);
        }

        return total;
    }

    [Benchmark]
    public int EncodeToIds()
    {
        int total = 0;
        foreach (string document in _documents)
        {
            total += _encoding.EncodeToIds(document).Length;
        }

        return total;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Governance.AI.Tests", "Tokenization", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The tokenizer corpus was not found above " + AppContext.BaseDirectory);
    }
}
