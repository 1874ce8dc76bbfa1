using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tokenization;

public sealed class TokenCounterProviderTests
{
    [Theory]
    [InlineData("gpt-4o-2024-08-06", TiktokenEncoding.O200kBaseName)]
    [InlineData("o3-mini", TiktokenEncoding.O200kBaseName)]
    [InlineData("gpt-4-0613", TiktokenEncoding.Cl100kBaseName)]
    public void OpenAI_models_get_exact_counters(string model, string encoding)
    {
        ITokenCounter counter = new TokenCounterProvider().GetCounter(model);

        Assert.True(counter.IsExact);
        Assert.Equal(encoding, Assert.IsType<TiktokenTokenCounter>(counter).Encoding.Name);
        Assert.Equal(TiktokenEncoding.GetEncoding(encoding).CountTokens("Grüße, Welt!"), counter.CountTokens("Grüße, Welt!"));
    }

    [Theory]
    [InlineData("claude-3-5-sonnet-20241022", 3.5)]
    [InlineData("anthropic/claude-opus-4", 3.5)]
    [InlineData("us.anthropic.claude-3-haiku-20240307-v1:0", 3.5)]
    [InlineData("gemini-1.5-pro", 4.0)]
    [InlineData("meta-llama/Llama-3.1-70B-Instruct", 3.8)]
    [InlineData("mistral-large-latest", 3.5)]
    [InlineData("some-unknown-model", 3.5)]
    [InlineData(null, 3.5)]
    public void Other_models_get_estimators_with_the_family_ratio(string? model, double ratio)
    {
        var provider = new TokenCounterProvider();
        ITokenCounter counter = provider.GetCounter(model);

        Assert.False(counter.IsExact);
        Assert.Equal(ratio, provider.Estimator.GetCharsPerToken(model));
        Assert.Equal((int)Math.Ceiling(70 / ratio), counter.CountTokens(new string('x', 70)));
    }

    [Fact]
    public void Estimate_weighs_scripts_that_need_more_tokens_per_character()
    {
        ITokenCounter counter = new CalibratedTokenEstimator().GetCounter("claude-3-opus");

        Assert.True(counter.CountTokens("人工智能人工智能") > counter.CountTokens("abcdefgh"));
        Assert.True(counter.CountTokens("😀😀😀😀") > counter.CountTokens("abcdefgh"));
        Assert.Equal(0, counter.CountTokens(string.Empty));
    }

    [Fact]
    public void Calibration_moves_the_ratio_toward_reported_usage_and_is_clamped()
    {
        var estimator = new CalibratedTokenEstimator();
        const string model = "claude-3-5-haiku";
        double start = estimator.GetCharsPerToken(model);

        // The model uses fewer tokens than estimated: 100 estimated, 80 reported -> more chars per token.
        for (int i = 0; i < 100; i++)
        {
            estimator.Calibrate(model, 100, 80);
        }

        Assert.True(estimator.GetCharsPerToken(model) > start);
        Assert.Equal(CalibratedTokenEstimator.MaxCharsPerToken, estimator.GetCharsPerToken(model));
        Assert.Equal(start, estimator.GetCharsPerToken("claude-3-opus"));

        for (int i = 0; i < 200; i++)
        {
            estimator.Calibrate(model, 100, 400);
        }

        Assert.Equal(CalibratedTokenEstimator.MinCharsPerToken, estimator.GetCharsPerToken(model));
    }

    [Fact]
    public void Calibration_converges_to_the_true_ratio()
    {
        // The model really has 2.5 characters per token; each round estimates with the current ratio.
        var estimator = new CalibratedTokenEstimator();
        const string model = "gemini-2.0-flash";
        string text = new('x', 1000);
        ITokenCounter counter = estimator.GetCounter(model);
        for (int i = 0; i < 60; i++)
        {
            counter = estimator.GetCounter(model);
            estimator.Calibrate(model, counter.CountTokens(text), 400);
        }

        Assert.InRange(estimator.GetCharsPerToken(model), 2.45, 2.55);
        Assert.InRange(estimator.GetCounter(model).CountTokens(text), 392, 408);
    }

    [Fact]
    public void Small_or_invalid_observations_are_ignored()
    {
        var estimator = new CalibratedTokenEstimator();
        estimator.Calibrate("claude-x", 10, 5);
        estimator.Calibrate("claude-x", 0, 500);
        estimator.Calibrate("claude-x", 100, -1);
        estimator.Calibrate(null, 100, 100);

        Assert.Equal(0, estimator.TrackedModelCount);
        Assert.Equal(3.5, estimator.GetCharsPerToken("claude-x"));
    }

    [Fact]
    public void Tracked_models_are_bounded()
    {
        var estimator = new CalibratedTokenEstimator(maxTrackedModels: 4);
        for (int i = 0; i < 10; i++)
        {
            estimator.Calibrate($"llama-{i}", 100, 50);
        }

        Assert.Equal(4, estimator.TrackedModelCount);
        Assert.NotEqual(3.8, estimator.GetCharsPerToken("llama-0"));
        Assert.Equal(3.8, estimator.GetCharsPerToken("llama-9"));
    }

    [Fact]
    public void Concurrent_calibration_tracks_each_model_once_within_the_bound()
    {
        // Invariant: with 16 threads calibrating 64 model ids concurrently, exactly the bound (8) is tracked and
        // every tracked ratio stays inside the clamp range.
        var estimator = new CalibratedTokenEstimator(maxTrackedModels: 8);
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, worker =>
        {
            for (int i = 0; i < 2000; i++)
            {
                estimator.Calibrate($"mistral-{(i + worker) % 64}", 100 + (i % 50), 60 + (worker * 10));
            }
        });

        Assert.Equal(8, estimator.TrackedModelCount);
        for (int i = 0; i < 64; i++)
        {
            Assert.InRange(estimator.GetCharsPerToken($"mistral-{i}"), CalibratedTokenEstimator.MinCharsPerToken, CalibratedTokenEstimator.MaxCharsPerToken);
        }
    }

    [Fact]
    public void Provider_calibrates_estimated_models_only_and_interface_default_is_usable()
    {
        var provider = new TokenCounterProvider();
        ITokenCounterProvider asInterface = provider;

        asInterface.Calibrate("gpt-4o", 100, 50);
        asInterface.Calibrate("claude-sonnet-4", 100, 50);

        Assert.Equal(1, provider.Estimator.TrackedModelCount);
        Assert.True(provider.Estimator.GetCharsPerToken("claude-sonnet-4") > 3.5);
    }

    [Fact]
    public void GetCounter_does_not_allocate_after_warm_up()
    {
        var provider = new TokenCounterProvider();
        provider.Calibrate("claude-3-7-sonnet", 100, 90);
        string[] models = ["gpt-4o-mini-2024-07-18", "ft:gpt-4o:acme::x", "gpt-4", "claude-3-7-sonnet", "gemini-2.5-pro", "unknown"];
        foreach (string model in models)
        {
            provider.GetCounter(model);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int exact = 0;
        foreach (string model in models)
        {
            exact += provider.GetCounter(model).IsExact ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(3, exact);
    }

    [Fact]
    public void Estimator_counts_messages_with_the_chat_formula()
    {
        ITokenCounter counter = new TokenCounterProvider().GetCounter("claude-3-5-sonnet");
        var messages = new List<ChatMessage> { new(ChatRole.User, new string('a', 35)) };

        // 3 (priming) + 3 (message) + role "user" (4 chars -> 2) + 35 chars / 3.5 = 10.
        Assert.Equal(3 + 3 + 2 + 10, counter.CountTokens(messages));
    }
}
