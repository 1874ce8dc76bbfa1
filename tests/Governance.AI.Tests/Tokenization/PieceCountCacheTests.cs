using Governance.AI.Tokenization;

namespace Governance.AI.Tests.Tokenization;

public sealed class PieceCountCacheTests
{
    private static readonly TiktokenEncoding[] s_encodings = [TiktokenEncoding.O200kBase, TiktokenEncoding.Cl100kBase];

    [Fact]
    public void Counts_from_a_cold_then_warm_cache_equal_tiktoken_with_encodings_interleaved()
    {
        // Invariant: the per-thread cache of merged-piece counts never changes a count. A new thread starts with an
        // empty cache; it counts every document in both encodings, alternating (so a slot may hold the other
        // encoding's entry for the same bytes), three times over (cold, then warm with slots overwritten by the
        // ≈ 5,000 distinct merged pieces of the corpus, many more than the cache holds).
        var documents = TokenizerCorpus.Documents.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var mismatches = new List<string>();
        var thread = new Thread(() =>
        {
            for (int pass = 0; pass < 3; pass++)
            {
                foreach (var (name, text) in documents)
                {
                    foreach (TiktokenEncoding encoding in s_encodings)
                    {
                        if (encoding.CountTokens(text) != TokenizerCorpus.ReferenceIds.IdsByEncoding[encoding.Name][name].Length)
                        {
                            mismatches.Add($"{encoding.Name}/{name}/pass {pass}");
                        }
                    }
                }
            }
        });

        thread.Start();
        thread.Join();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Pieces_that_differ_only_in_trailing_zero_bytes_or_encoding_are_counted_apart()
    {
        // A cached piece is keyed by its bytes zero-extended to 16, so "\0\0\0" and "\0\0\0\0" share key words and
        // must be told apart by their lengths; o200k and cl100k share the thread's table and are told apart by tag.
        for (int round = 0; round < 2; round++)
        {
            for (int length = 1; length <= 20; length++)
            {
                foreach (string unit in new[] { "\0", "\u00A0", "ab\0" })
                {
                    string text = "x " + string.Concat(Enumerable.Repeat(unit, length));
                    foreach (TiktokenEncoding encoding in s_encodings)
                    {
                        Assert.Equal(encoding.EncodeToIds(text).Length, encoding.CountTokens(text));
                    }
                }
            }
        }
    }
}
