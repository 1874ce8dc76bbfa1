using Governance.AI.Tokenization;

namespace Governance.AI.Tests.Tokenization;

public sealed class TiktokenCorpusTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string encoding in new[] { TiktokenEncoding.O200kBaseName, TiktokenEncoding.Cl100kBaseName })
        {
            foreach (string name in TokenizerCorpus.Documents.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(encoding, name);
            }
        }

        return data;
    }

    [Fact]
    public void Corpus_has_at_least_200_documents_and_reference_ids_for_exactly_those()
    {
        Assert.True(TokenizerCorpus.Documents.Count >= 200, $"only {TokenizerCorpus.Documents.Count} documents");
        Assert.Equal("tiktoken", TokenizerCorpus.ReferenceIds.Package);
        foreach (IReadOnlyDictionary<string, int[]> ids in TokenizerCorpus.ReferenceIds.IdsByEncoding.Values)
        {
            Assert.Equal(TokenizerCorpus.Documents.Keys.Order(StringComparer.Ordinal), ids.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ids_equal_tiktoken_and_decode_round_trips(string encodingName, string document)
    {
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(encodingName);
        string text = TokenizerCorpus.Documents[document];
        int[] expected = TokenizerCorpus.ReferenceIds.IdsByEncoding[encodingName][document];

        int[] actual = encoding.EncodeToIds(text);

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Length, encoding.CountTokens(text));
        Assert.Equal(text, encoding.Decode(actual));
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Parallel_counting_equals_the_reference(string encodingName)
    {
        // Invariant: the encoding is shared, immutable state; 8 threads counting every document concurrently
        // must each get exactly the reference count (no torn buffers or shared scratch space).
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(encodingName);
        IReadOnlyDictionary<string, int[]> reference = TokenizerCorpus.ReferenceIds.IdsByEncoding[encodingName];
        var documents = TokenizerCorpus.Documents.ToArray();
        int mismatches = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                var (name, text) = documents[(i + (worker * 31)) % documents.Length];
                if (encoding.CountTokens(text) != reference[name].Length)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }
}
