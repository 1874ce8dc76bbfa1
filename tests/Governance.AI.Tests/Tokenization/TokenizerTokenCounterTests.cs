using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;

namespace Governance.AI.Tests.Tokenization;

public sealed class TokenizerTokenCounterTests
{
    // A tiny BPE: "l o w" merges to "low", "e r" to "er", "low er" to "lower".
    private static Tokenizer CreateTinyBpe()
    {
        string[] symbols = ["l", "o", "w", "e", "r", "n", "s", "t", "lo", "low", "er", "lower", "[UNK]"];
        var vocabulary = new List<KeyValuePair<string, int>>();
        for (int i = 0; i < symbols.Length; i++)
        {
            vocabulary.Add(new(symbols[i], i));
        }

        return BpeTokenizer.Create(new BpeOptions(vocabulary)
        {
            Merges = ["l o", "lo w", "e r", "low er"],
            PreTokenizer = Microsoft.ML.Tokenizers.PreTokenizer.CreateWhiteSpace(),
            UnknownToken = "[UNK]",
        });
    }

    [Theory]
    [InlineData("lower", 1)]
    [InlineData("low er", 2)]
    [InlineData("lowest newer", 8)]
    [InlineData("", 0)]
    public void Text_counts_are_the_tokenizers_counts(string text, int expected)
    {
        Tokenizer tokenizer = CreateTinyBpe();
        var counter = new TokenizerTokenCounter(tokenizer, "tiny");

        Assert.True(counter.IsExact);
        Assert.Equal(tokenizer.CountTokens(text), counter.CountTokens(text));
        Assert.Equal(expected, counter.CountTokens(text));
    }

    [Fact]
    public void Cached_and_uncached_counts_agree()
    {
        Tokenizer tokenizer = CreateTinyBpe();
        string text = string.Join(' ', Enumerable.Repeat("lower lowest newer", 10));
        var cached = new TokenizerTokenCounter(tokenizer, "tiny", new TokenCountCache());

        Assert.Equal(tokenizer.CountTokens(text), cached.CountTokens(text));
        Assert.Equal(tokenizer.CountTokens(text), cached.CountTokens(text));
    }

    [Fact]
    public void A_tokenizer_named_like_a_built_in_encoding_does_not_share_its_cached_counts()
    {
        var cache = new TokenCountCache();
        string text = string.Join(' ', Enumerable.Repeat("lower lowest newer", 4));
        var builtIn = new TiktokenTokenCounter(TiktokenEncoding.O200kBase, cache);
        var custom = new TokenizerTokenCounter(CreateTinyBpe(), TiktokenEncoding.O200kBaseName, cache);

        Assert.Equal(TiktokenEncoding.O200kBase.CountTokens(text), builtIn.CountTokens(text));
        Assert.Equal(custom.Tokenizer.CountTokens(text), custom.CountTokens(text));
        Assert.NotEqual(builtIn.CountTokens(text), custom.CountTokens(text));
    }

    [Fact]
    public void Chat_requests_use_the_chat_formula_over_the_tokenizer()
    {
        var counter = new TokenizerTokenCounter(CreateTinyBpe(), "tiny");
        ChatMessage[] messages = [new(ChatRole.User, "lower lower")];

        int expected = ChatTokenFormula.ReplyPrimingTokens + ChatTokenFormula.TokensPerMessage + counter.CountTokens("user") + 2;
        Assert.Equal(expected, counter.CountTokens(messages));
    }

    [Fact]
    public void Configured_models_get_the_tokenizer_registered_in_DI_by_key_and_others_keep_their_defaults()
    {
        Tokenizer tiny = CreateTinyBpe();
        ITokenCounterProvider provider = BuildProvider(
            new() { ["AiGovernance:Tokenizers:Models:tiny-llm"] = "tiny", ["AiGovernance:Tokenizers:Models:tiny-llm-large"] = "tiny-large" },
            services =>
            {
                services.AddKeyedSingleton("tiny", tiny);
                services.AddKeyedSingleton("tiny-large", CreateTinyBpe());
            });

        var counter = Assert.IsType<TokenizerTokenCounter>(provider.GetCounter("tiny-llm-7b-instruct"));
        Assert.Same(tiny, counter.Tokenizer);
        Assert.Equal(1, counter.CountTokens("lower"));
        Assert.Equal("tiny-large", Assert.IsType<TokenizerTokenCounter>(provider.GetCounter("TINY-LLM-LARGE-v2")).Name);
        Assert.IsType<TiktokenTokenCounter>(provider.GetCounter("gpt-4o"));
        Assert.False(provider.GetCounter("claude-3-5-sonnet").IsExact);
    }

    [Fact]
    public void A_configured_tokenizer_that_is_neither_registered_nor_a_file_fails_with_a_clear_message()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => BuildProvider(
            new() { ["AiGovernance:Tokenizers:Models:llama-3"] = "missing-tokenizer" }, _ => { }));

        Assert.Contains("Tokenizers:Models:llama-3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing-tokenizer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_count_cache_capacity_comes_from_configuration()
    {
        var provider = Assert.IsType<TokenCounterProvider>(BuildProvider(
            new() { ["AiGovernance:Tokenizers:CountCacheCapacity"] = "64" }, _ => { }));
        Assert.Equal(64, provider.Cache?.Capacity);

        var off = Assert.IsType<TokenCounterProvider>(BuildProvider(
            new() { ["AiGovernance:Tokenizers:CountCacheCapacity"] = "0" }, _ => { }));
        Assert.Null(off.Cache);
    }

    private static ITokenCounterProvider BuildProvider(Dictionary<string, string?> settings, Action<IServiceCollection> register)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        register(services);
        services.AddAiGovernance(new Governance.AI.Testing.FakeChatClient(), configuration).AddBudgets();
        return services.BuildServiceProvider().GetRequiredService<ITokenCounterProvider>();
    }
}
