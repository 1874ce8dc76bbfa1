using System.Text;
using Governance.AI.Tokenization;

namespace Governance.AI.Tests.Tokenization;

public sealed class TiktokenEncodingTests
{
    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName, 199_998)]
    [InlineData(TiktokenEncoding.Cl100kBaseName, 100_256)]
    public void Resource_pattern_is_the_one_the_scanner_implements(string name, int ordinaryTokens)
    {
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(name);

        Assert.Equal(encoding.PublishedPattern, encoding.ImplementedPattern);
        Assert.Equal(ordinaryTokens, encoding.OrdinaryTokenCount);
        Assert.Same(encoding, TiktokenEncoding.GetEncoding(name));
    }

    [Fact]
    public void Unknown_encoding_name_is_rejected() =>
        Assert.Throws<ArgumentException>(() => TiktokenEncoding.GetEncoding("p50k_base"));

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName, "<|endoftext|>", 199_999)]
    [InlineData(TiktokenEncoding.Cl100kBaseName, "<|endoftext|>", 100_257)]
    [InlineData(TiktokenEncoding.Cl100kBaseName, "<|fim_prefix|>", 100_258)]
    public void Special_token_strings_are_ordinary_text_but_special_ids_decode(string name, string special, int specialId)
    {
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(name);

        int[] ids = encoding.EncodeToIds(special);

        Assert.DoesNotContain(specialId, ids);
        Assert.True(ids.Length > 1);
        Assert.Equal(special, encoding.Decode(ids));
        Assert.Equal(special, encoding.Decode([specialId]));
    }

    [Fact]
    public void Decode_rejects_ids_outside_the_vocabulary()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TiktokenEncoding.O200kBase.Decode([200_500]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TiktokenEncoding.Cl100kBase.Decode([-1]));
    }

    [Fact]
    public void Empty_text_has_no_tokens()
    {
        Assert.Equal(0, TiktokenEncoding.O200kBase.CountTokens(ReadOnlySpan<char>.Empty));
        Assert.Empty(TiktokenEncoding.Cl100kBase.EncodeToIds(string.Empty));
    }

    [Fact]
    public void Lone_surrogates_are_encoded_as_replacement_characters()
    {
        TiktokenEncoding encoding = TiktokenEncoding.O200kBase;

        Assert.Equal(encoding.EncodeToIds("a\uFFFDb"), encoding.EncodeToIds("a\uD800b"));
        Assert.Equal(encoding.EncodeToIds("\uFFFD"), encoding.EncodeToIds("\uDC00"));
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void CountTokens_does_not_allocate(string name)
    {
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(name);
        string small = "Hello, world! Grüße aus München — 東京 🇩🇪 it'S DON'T";
        string large = string.Concat(TokenizerCorpus.Documents.Values);
        string longPiece = new string('a', 5_000);
        encoding.CountTokens(small);
        encoding.CountTokens(large);
        encoding.CountTokens(longPiece);

        // The fewest bytes of up to twenty passes: gen-2 collections from parallel tests may trim the shared array
        // pool between passes (under memory pressure, every time), and the next rent then allocates once; a per-call
        // allocation shows in every pass. (Three passes were not enough on a loaded machine: 1,048 B, one int[256].)
        long allocated = long.MaxValue;
        int total = 0;
        for (int pass = 0; pass < 20 && allocated != 0; pass++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            total = encoding.CountTokens(small) + encoding.CountTokens(large) + encoding.CountTokens(longPiece);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(total > 0);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Heap_merge_equals_linear_merge(string name)
    {
        // The O(n log n) merge (the fallback for long pieces) must reproduce tiktoken's merge exactly.
        BpeRanks ranks = TiktokenEncoding.GetEncoding(name).Ranks;
        var random = new Random(1234);
        string[] alphabet = ["a", "b", "ab", "the", " ", "中", "é", "😀", "0", "!", "ing", "e\u0301", "ж"];
        for (int round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            int parts = random.Next(1, 60);
            for (int i = 0; i < parts; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            int length = Math.Min(bytes.Length, BpeRanks.ShortPieceLength);
            byte[] buffer = new byte[length + BpeRanks.Padding];
            bytes.AsSpan(0, length).CopyTo(buffer);
            if (length < 2)
            {
                continue;
            }

            var linear = new List<int>();
            var heap = new List<int>();
            int linearCount = ReferenceMerge.Merge(ranks, buffer, 0, length, linear);
            int heapCount = ranks.MergeWithHeap(buffer, 0, length, heap);

            Assert.Equal(linear, heap);
            Assert.Equal(linearCount, heapCount);
            Assert.Equal(linear.Count, linearCount);
        }
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Round_merge_equals_linear_and_heap_merges(string name)
    {
        // The round merge joins every pair of the lowest rank in one pass; it must make exactly tiktoken's joins, on
        // short pieces (against the reference merge) and on long repeated or varied ones (against the heap merge, itself
        // checked against the reference above). Varied long pieces exhaust the round budget and take the fallback.
        BpeRanks ranks = TiktokenEncoding.GetEncoding(name).Ranks;
        var random = new Random(4321);
        string[] units = ["a", "ha", "na", "!", "=", "-", " ", "ab12", "'s", "文字", "á", "👍🏽", "e\u0301", "the", "ing", "\t"];
        for (int round = 0; round < 400; round++)
        {
            var text = new StringBuilder();
            bool varied = round % 4 == 3;
            int targetLength = round % 2 == 0 ? random.Next(2, BpeRanks.ShortPieceLength + 1) : random.Next(65, 3_000);
            string unit = units[random.Next(units.Length)];
            while (Encoding.UTF8.GetByteCount(text.ToString()) < targetLength)
            {
                text.Append(varied ? units[random.Next(units.Length)] : unit);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            byte[] buffer = new byte[bytes.Length + BpeRanks.Padding];
            bytes.CopyTo(buffer, 0);
            int length = bytes.Length;

            var rounds = new List<int>();
            var reference = new List<int>();
            int roundsCount = ranks.MergeInRounds(buffer, 0, length, rounds);
            int referenceCount = length <= BpeRanks.ShortPieceLength
                ? ReferenceMerge.Merge(ranks, buffer, 0, length, reference)
                : ranks.MergeWithHeap(buffer, 0, length, reference);

            Assert.Equal(reference, rounds);
            Assert.Equal(referenceCount, roundsCount);
        }
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Rounds_stopped_by_the_budget_are_finished_by_the_heap_like_tiktoken(string name)
    {
        // Long pieces of varied letters (whole Thai, CJK or Cyrillic phrases) run out of round budget; the heap then
        // continues from the parts the rounds reached. Checked against the plain reference merge, not the heap.
        BpeRanks ranks = TiktokenEncoding.GetEncoding(name).Ranks;
        var random = new Random(2468);
        string[] scripts = ["ปัญญาประดิษฐ์แบบจำลองคำตอบ", "人工知能の説明と文章生成模型", "счастливыесемьипохожидруг", "ελληνικάδεδομένα"];
        for (int round = 0; round < 24; round++)
        {
            string script = scripts[round % scripts.Length];
            var text = new StringBuilder();
            int targetLength = random.Next(200, 1_200);
            while (Encoding.UTF8.GetByteCount(text.ToString()) < targetLength)
            {
                text.Append(script[random.Next(script.Length)]);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            byte[] buffer = new byte[bytes.Length + BpeRanks.Padding];
            bytes.CopyTo(buffer, 0);

            var rounds = new List<int>();
            var reference = new List<int>();
            int roundsCount = ranks.MergeInRounds(buffer, 0, bytes.Length, rounds);
            int referenceCount = ReferenceMerge.Merge(ranks, buffer, 0, bytes.Length, reference);

            Assert.Equal(reference, rounds);
            Assert.Equal(referenceCount, roundsCount);
        }
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Every_token_ranks_to_itself_and_a_one_byte_longer_span_does_not(string name)
    {
        // The rank tables split tokens by length (direct tables, 3–7, 8–16 and longer bytes); every token must be
        // found in its table, and a span one byte longer must not be taken for it.
        BpeRanks ranks = TiktokenEncoding.GetEncoding(name).Ranks;
        byte[] buffer = new byte[ranks.MaxTokenLength + 1 + BpeRanks.Padding];
        int mismatches = 0;
        for (int rank = 0; rank < ranks.Count; rank++)
        {
            ReadOnlySpan<byte> token = ranks.GetBytes(rank);
            token.CopyTo(buffer);
            buffer[token.Length] = 0xFF;
            if (ranks.Rank(buffer, 0, token.Length) != rank || ranks.Rank(buffer, 0, token.Length + 1) == rank)
            {
                mismatches++;
            }

            buffer.AsSpan().Clear();
        }

        Assert.Equal(0, mismatches);
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Every_prefix_of_every_token_ranks_as_the_vocabulary_says(string name)
    {
        // Lookups are first filtered by the token lengths that exist for the first two bytes; the prefixes of real
        // tokens share those two bytes with many lengths, tokens and non-tokens, so a filter that rejects a real token
        // or a probe that accepts a non-token shows up here.
        BpeRanks ranks = TiktokenEncoding.GetEncoding(name).Ranks;
        var vocabulary = new Dictionary<string, int>(ranks.Count, StringComparer.Ordinal);
        for (int rank = 0; rank < ranks.Count; rank++)
        {
            vocabulary[Convert.ToHexString(ranks.GetBytes(rank))] = rank;
        }

        byte[] buffer = new byte[ranks.MaxTokenLength + BpeRanks.Padding];
        int checkedPrefixes = 0;
        int mismatches = 0;
        for (int rank = 0; rank < ranks.Count; rank++)
        {
            ReadOnlySpan<byte> token = ranks.GetBytes(rank);
            token.CopyTo(buffer);
            for (int length = 2; length <= token.Length; length++)
            {
                int expected = vocabulary.TryGetValue(Convert.ToHexString(token[..length]), out int found) ? found : -1;
                if (ranks.Rank(buffer, 0, length) != expected)
                {
                    mismatches++;
                }

                checkedPrefixes++;
            }
        }

        Assert.True(checkedPrefixes > ranks.Count, "every multi-byte token contributes at least one prefix");
        Assert.Equal(0, mismatches);
    }

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Token_filter_is_selective(string name)
    {
        // The merge asks a Bloom filter before probing the 3–16-byte tables; the two tests above show it never
        // rejects a token. A non-token passes when both of its bits are set, about fill² of the time: a filter with
        // most bits set (a hashing bug, or too many tokens for its size) would let the non-tokens through to the
        // tables again without failing any exactness test.
        double fill = TiktokenEncoding.GetEncoding(name).Ranks.FilterFill;

        Assert.InRange(fill, 0.05, 0.5);
    }

    [Fact]
    public void Round_merge_ends_its_round_when_a_join_creates_a_lower_ranked_pair()
    {
        // Vocabulary: the 256 bytes, then "nab" (256), "naba" (257), "ab" (258). In "nabab" tiktoken joins the first
        // "ab", then "nab" (256 < 258), then "naba" (257 < 258), leaving [naba, b]; joining both "ab" in one round
        // would give [nab, ab]. No input was found where this happens with o200k_base or cl100k_base, so a small
        // vocabulary exercises it.
        var tokens = new List<byte[]>();
        for (int b = 0; b < 256; b++)
        {
            tokens.Add([(byte)b]);
        }

        tokens.Add("nab"u8.ToArray());
        tokens.Add("naba"u8.ToArray());
        tokens.Add("ab"u8.ToArray());
        BpeRanks ranks = LoadRanks(tokens);
        byte[] buffer = new byte[5 + BpeRanks.Padding];
        "nabab"u8.CopyTo(buffer);

        var linear = new List<int>();
        var rounds = new List<int>();
        ReferenceMerge.Merge(ranks, buffer, 0, 5, linear);
        ranks.MergeInRounds(buffer, 0, 5, rounds);

        Assert.Equal(new[] { 257, (int)'b' }, linear);
        Assert.Equal(linear, rounds);
    }

    [Fact]
    public void A_rank_table_with_more_tokens_than_the_packed_ranks_hold_is_rejected()
    {
        // Pair ranks share a 32-bit entry with the length bits (18 bits of rank, the all-ones value meaning "none"),
        // so the largest table that loads has 2^18 - 1 tokens, ranks 0 … 2^18 - 2. Its last token is a two-byte one,
        // whose rank is the packed one.
        static List<byte[]> Vocabulary(int count)
        {
            var tokens = new List<byte[]>(count);
            for (int i = 0; i < count - 1; i++)
            {
                tokens.Add(i < 256 ? [(byte)i] : [(byte)(i >> 16), (byte)(i >> 8), (byte)i, 0xFF]);
            }

            tokens.Add([0xFF, 0xFE]);
            return tokens;
        }

        BpeRanks largest = LoadRanks(Vocabulary((1 << 18) - 1));
        byte[] buffer = new byte[4 + BpeRanks.Padding];
        buffer[0] = 0xFF;
        buffer[1] = 0xFE;
        Assert.Equal((1 << 18) - 2, largest.Rank(buffer, 0, 2));
        buffer[0] = 0xFE;
        Assert.Equal(-1, largest.Rank(buffer, 0, 2));

        var exception = Assert.Throws<InvalidDataException>(() => LoadRanks(Vocabulary(1 << 18)));
        Assert.Contains("at most 262143", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gpt-4o", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-4o-2024-08-06", TiktokenEncoding.O200kBaseName)]
    [InlineData("GPT-4o-mini-2099-01-01", TiktokenEncoding.O200kBaseName)]
    [InlineData("chatgpt-4o-latest", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-4.1-nano-2025-04-14", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-4.1", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-4.5-preview", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-5", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-5.1-codex", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-5-mini-2025-08-07", TiktokenEncoding.O200kBaseName)]
    [InlineData("o1", TiktokenEncoding.O200kBaseName)]
    [InlineData("o1-preview-2024-09-12", TiktokenEncoding.O200kBaseName)]
    [InlineData("o3-mini-2025-01-31", TiktokenEncoding.O200kBaseName)]
    [InlineData("o4-mini-2025-04-16", TiktokenEncoding.O200kBaseName)]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123", TiktokenEncoding.O200kBaseName)]
    [InlineData("openai/gpt-4.1-mini", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-4", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("gpt-4-0613", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("gpt-4-turbo-2024-04-09", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("gpt-3.5-turbo", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("gpt-3.5-turbo-0125", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("gpt-35-turbo-16k", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("text-embedding-3-small", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("text-embedding-3-large-2099", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("text-embedding-ada-002", TiktokenEncoding.Cl100kBaseName)]
    [InlineData("ft:gpt-3.5-turbo-0613:org::id", TiktokenEncoding.Cl100kBaseName)]
    public void Models_map_to_their_encoding(string model, string encoding) =>
        Assert.Equal(encoding, TiktokenEncoding.ForModel(model)?.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("claude-3-5-sonnet-20241022")]
    [InlineData("gemini-1.5-pro")]
    [InlineData("llama-3.1-70b-instruct")]
    [InlineData("mistral-large-latest")]
    [InlineData("text-davinci-003")]
    [InlineData("gpt-4x")]
    [InlineData("o10")]
    [InlineData("gpt-4.7")]
    public void Models_without_a_public_tokenizer_have_no_encoding(string? model) =>
        Assert.Null(TiktokenEncoding.ForModel(model));

    // Writes the rank-table resource format (tools/tiktoken-reference/convert-ranks.mjs) for a made-up vocabulary.
    private static BpeRanks LoadRanks(List<byte[]> tokens)
    {
        using var raw = new MemoryStream();
        using (var writer = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("GTK1"u8);
            writer.Write(tokens.Count);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            foreach (byte[] token in tokens)
            {
                writer.Write((byte)token.Length);
                writer.Write(token);
            }
        }

        using var compressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(brotli);
        }

        compressed.Position = 0;
        return BpeRanks.Load(compressed);
    }
}
