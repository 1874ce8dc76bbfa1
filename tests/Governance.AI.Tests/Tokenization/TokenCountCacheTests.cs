using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tokenization;

public sealed class TokenCountCacheTests
{
    private const string LongText = "You are a careful assistant. Answer in English and keep answers short.";

    [Fact]
    public void A_hit_returns_the_counted_value_without_counting_again()
    {
        var cache = new TokenCountCache();
        int calls = 0;
        int Count(ReadOnlySpan<char> text)
        {
            calls++;
            return TiktokenEncoding.O200kBase.CountTokens(text);
        }

        int first = cache.GetOrCount(TiktokenEncoding.O200kBaseName, LongText, Count);
        int second = cache.GetOrCount(TiktokenEncoding.O200kBaseName, LongText.AsSpan().ToString(), Count);

        Assert.Equal(TiktokenEncoding.O200kBase.CountTokens(LongText), first);
        Assert.Equal(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Different_encodings_of_the_same_text_do_not_share_an_entry()
    {
        var cache = new TokenCountCache();

        int o200k = cache.GetOrCount(TiktokenEncoding.O200kBaseName, LongText, static _ => 11);
        int cl100k = cache.GetOrCount(TiktokenEncoding.Cl100kBaseName, LongText, static _ => 22);

        Assert.Equal(11, o200k);
        Assert.Equal(22, cl100k);
        Assert.Equal(11, cache.GetOrCount(TiktokenEncoding.O200kBaseName, LongText, static _ => -1));
        Assert.Equal(22, cache.GetOrCount(TiktokenEncoding.Cl100kBaseName, LongText, static _ => -1));
    }

    [Fact]
    public void The_number_of_entries_never_exceeds_the_capacity_and_evicted_texts_are_counted_again()
    {
        var cache = new TokenCountCache(8);
        for (int i = 0; i < 200; i++)
        {
            string text = $"{LongText} Message number {i}.";
            Assert.Equal(text.Length, cache.GetOrCount("enc", text, static t => t.Length));
            Assert.True(cache.Count <= cache.Capacity, $"{cache.Count} entries in a cache of {cache.Capacity}.");
        }

        Assert.Equal(8, cache.Capacity);
        Assert.Equal(8, cache.Count);
    }

    [Fact]
    public void Short_texts_are_counted_every_time()
    {
        var cache = new TokenCountCache();
        int calls = 0;
        string text = new('x', TokenCountCache.MinimumTextLength - 1);

        cache.GetOrCount("enc", text, t => ++calls);
        cache.GetOrCount("enc", text, t => ++calls);

        Assert.Equal(2, calls);
        Assert.Equal(0, cache.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-5)]
    [InlineData((1 << 24) + 1)]
    public void Capacity_out_of_range_is_rejected(int capacity)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TokenCountCache(capacity));
        Assert.Contains("capacity", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Concurrent_readers_and_writers_only_ever_see_the_count_of_their_own_text()
    {
        // Invariant: with a cache much smaller than the working set (constant eviction), every call returns the
        // count of its own text; a torn or mismatched entry would return another text's count.
        var cache = new TokenCountCache(4);
        string[] texts = new string[64];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = LongText + new string('!', i);
        }

        using var start = new ManualResetEventSlim();
        Task<int>[] workers = new Task<int>[4];
        for (int w = 0; w < workers.Length; w++)
        {
            int seed = w;
            workers[w] = Task.Run(() =>
            {
                start.Wait();
                int wrong = 0;
                for (int n = 0; n < 20_000; n++)
                {
                    string text = texts[(n * 7 + seed) % texts.Length];
                    if (cache.GetOrCount("enc", text, static t => t.Length) != text.Length)
                    {
                        wrong++;
                    }
                }

                return wrong;
            });
        }

        start.Set();
        int[] results = await Task.WhenAll(workers);
        Assert.All(results, wrong => Assert.Equal(0, wrong));
    }

    [Fact]
    public void A_cached_counter_counts_the_corpus_exactly_like_the_encoding_twice_over()
    {
        var cache = new TokenCountCache();
        foreach (TiktokenEncoding encoding in new[] { TiktokenEncoding.O200kBase, TiktokenEncoding.Cl100kBase })
        {
            var counter = new TiktokenTokenCounter(encoding, cache);
            for (int pass = 0; pass < 2; pass++)
            {
                foreach ((string name, string text) in TokenizerCorpus.Documents)
                {
                    Assert.True(encoding.CountTokens(text) == counter.CountTokens(text), $"{encoding.Name} {name} pass {pass}");
                }
            }
        }
    }

    [Fact]
    public void A_growing_conversation_tokenizes_only_the_new_text()
    {
        var cache = new TokenCountCache();
        int tokenized = 0;
        var counter = new CountingCounter(cache, () => tokenized++);
        var messages = new List<ChatMessage> { new(ChatRole.System, LongText) };

        for (int turn = 0; turn < 5; turn++)
        {
            messages.Add(new ChatMessage(ChatRole.User, $"Question {turn}: what is the capital of country number {turn}?"));
            int before = tokenized;
            counter.CountTokens(messages);

            // Each of the two roles is counted once per request (the formula remembers the last two); of the long texts
            // only the new question is tokenized after turn 0.
            int longTexts = tokenized - before - 2;
            Assert.Equal(turn == 0 ? 2 : 1, longTexts);
        }
    }

    [Fact]
    public void Counting_a_cached_conversation_again_does_not_allocate()
    {
        var counter = new TiktokenTokenCounter(TiktokenEncoding.O200kBase, new TokenCountCache());
        var messages = new List<ChatMessage> { new(ChatRole.System, LongText) };
        for (int turn = 0; turn < 10; turn++)
        {
            messages.Add(new ChatMessage(ChatRole.User, $"Question {turn}: what is the capital of country number {turn}?"));
            messages.Add(new ChatMessage(ChatRole.Assistant, $"Answer {turn}: the capital of country number {turn} is its largest city."));
        }

        int expected = new TiktokenTokenCounter(TiktokenEncoding.O200kBase).CountTokens(messages);
        Assert.Equal(expected, counter.CountTokens(messages));

        long before = GC.GetAllocatedBytesForCurrentThread();
        int again = counter.CountTokens(messages);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(expected, again);
        Assert.Equal(0, allocated);
    }

    private sealed class CountingCounter(TokenCountCache cache, Action onTokenize) : ITokenCounter
    {
        public bool IsExact => true;

        public int CountTokens(ReadOnlySpan<char> text) => cache.GetOrCount("counting", text, Tokenize);

        public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null) =>
            ChatTokenFormula.Count(this, messages, options, ChatTokenFormula.FunctionInitO200k);

        private int Tokenize(ReadOnlySpan<char> text)
        {
            onTokenize();
            return TiktokenEncoding.O200kBase.CountTokens(text);
        }
    }
}
