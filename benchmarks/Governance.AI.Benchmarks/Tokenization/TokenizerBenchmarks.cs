using System.Text;
using BenchmarkDotNet.Attributes;
using Governance.AI.Tokenization;

namespace Governance.AI.Benchmarks.Tokenization;

/// <summary>
/// Tokenizer throughput on the committed corpus (tests/Governance.AI.Tests/Tokenization/Corpus). One operation
/// processes every document of the subset; MB/s = subset UTF-8 bytes / mean time. Peers: Microsoft.ML.Tokenizers'
/// <c>TiktokenTokenizer</c> (same encodings, measured here; set-up prints how many documents it counts differently)
/// and tools/tiktoken-reference/bench.mjs (npm tiktoken) on the same documents.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TokenizerBenchmarks
{
    private string[] _documents = [];
    private TiktokenEncoding _encoding = TiktokenEncoding.O200kBase;
    private Microsoft.ML.Tokenizers.TiktokenTokenizer? _peer;

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
        _peer = Microsoft.ML.Tokenizers.TiktokenTokenizer.CreateForEncoding(Encoding);
        ReportPeerExactness();
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

    /// <summary>Microsoft.ML.Tokenizers' <c>TiktokenTokenizer.CountTokens</c> on the same documents (the peer).</summary>
    [Benchmark]
    public int MLTokenizers_CountTokens()
    {
        int total = 0;
        foreach (string document in _documents)
        {
            total += _peer!.CountTokens(document);
        }

        return total;
    }

    // Our ids are verified against npm tiktoken by the test suite, so a document where the peer's ids differ is one
    // the peer gets wrong; special-token text (<|endoftext|>…) is the known cause.
    private void ReportPeerExactness()
    {
        int differing = 0;
        int differingWithSpecialText = 0;
        foreach (string document in _documents)
        {
            if (!_encoding.EncodeToIds(document).AsSpan().SequenceEqual(_peer!.EncodeToIds(document).ToArray()))
            {
                differing++;
                if (document.Contains("<|", StringComparison.Ordinal))
                {
                    differingWithSpecialText++;
                }
            }
        }

        Console.WriteLine($"// Microsoft.ML.Tokenizers {Encoding}: ids differ from ours (= tiktoken's) on {differing} of {_documents.Length} documents, {differingWithSpecialText} of them containing special-token text");
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
