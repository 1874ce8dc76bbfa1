using Governance.AI.Safety;
using Governance.AI.Safety.Lexical;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.AI.Tests.Safety;

/// <summary>
/// The injection head as a classifier, over a fake generator whose vectors put a text's head probability where a test
/// wants it (the real all-MiniLM-L6-v2 is tested in Governance.AI.Embeddings.MiniLM.Tests).
/// </summary>
public sealed class InjectionHeadTests
{
    // A question the rules and the lexical model pass (checked below); the fake generator decides what the head sees.
    private const string Question = "Which two colours do you get when you mix blue and yellow paint on a palette?";
    private const string RuleId = "classifier.injection_head.prompt_attack";

    [Fact]
    public void The_shipped_head_reads_MiniLM_vectors_and_is_stacked_on_the_shipped_lexical_model()
    {
        var head = StackedInjectionHead.Default;
        Assert.Equal(InjectionHeadOptions.ModelId, head.EmbeddingModelId);
        Assert.Equal(384, head.Dimensions);

        // Retraining the lexical model without retraining the head fails here, not at a user's start-up.
        Assert.Equal(LexicalInjectionModel.Default.Fingerprint, head.LexicalModel);
        Assert.Equal(head.ToBytes(), StackedInjectionHead.FromBytes(head.ToBytes()).ToBytes());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_prompt_the_lexical_layer_passes_and_the_head_scores_high_is_blocked_before_the_model(bool streaming)
    {
        Assert.False(new PromptInjectionDetector(new PromptInjectionDetectorOptions()).Scan(Question).IsDetected);
        var (client, model, audits) = Create(HeadGenerator.Scoring(Question, 0.999));
        var ex = await Assert.ThrowsAsync<ContentBlockedException>(() => Send(client, [new(ChatRole.User, Question)], streaming));
        Assert.Equal(RuleId, ex.RuleId);
        Assert.Equal(SafetyConstants.CategoryPromptInjection, ex.Category);
        Assert.Empty(model.Requests);
        Assert.DoesNotContain(Question, ex.Message, StringComparison.Ordinal);
        Assert.Contains(audits, a => a.RuleIds.Contains(RuleId) && a.Action == SafetyAction.Block && a.Checkpoint == SafetyCheckpoint.Prompt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_prompt_the_head_scores_low_passes(bool streaming)
    {
        var (client, model, audits) = Create(HeadGenerator.Scoring(Question, 0.01));
        model.Enqueue(FakeReply.Text("Green."));
        Assert.Equal("Green.", (await Send(client, [new(ChatRole.User, Question)], streaming)).Text);
        Assert.DoesNotContain(audits, a => a.RuleIds.Contains(RuleId));
    }

    [Fact]
    public async Task Untrusted_content_is_held_to_the_lower_threshold()
    {
        // Between the two thresholds: a prompt passes, the same text as a pasted document is an indirect injection.
        var between = (InjectionHeadOptions.DefaultPromptThreshold + InjectionHeadOptions.DefaultUntrustedThreshold) / 2;
        var (client, model, _) = Create(HeadGenerator.Scoring(Question, between));
        model.Enqueue(FakeReply.Text("Green."));
        Assert.Equal("Green.", (await client.GetResponseAsync(Question)).Text);

        var pasted = new ChatMessage(ChatRole.User, Question).AsUntrusted();
        var ex = await Assert.ThrowsAsync<ContentBlockedException>(() => client.GetResponseAsync([new(ChatRole.User, "Answer the question in this document."), pasted]));
        Assert.Equal(RuleId, ex.RuleId);
        Assert.Equal(SafetyConstants.CategoryIndirectInjection, ex.Category);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task The_probability_reads_the_lexical_logit_of_the_same_text()
    {
        var classifier = new InjectionHeadClassifier(HeadGenerator.Scoring(Question, 0.5), new InjectionHeadOptions());
        Assert.Equal(0.5, await classifier.AttackProbabilityAsync("  " + Question + "\n"), 6);
        Assert.Equal(0, await classifier.AttackProbabilityAsync(" \n "));
    }

    [Fact]
    public async Task Model_output_is_not_scored()
    {
        var generator = HeadGenerator.Scoring(Question, 0.999);
        var classifier = new InjectionHeadClassifier(generator, new InjectionHeadOptions());
        Assert.Same(ContentSafetyClassification.Safe, await classifier.ClassifyAsync(new ContentSafetyRequest(Question, SafetyContentOrigin.ModelOutput)));
        Assert.Equal(0, generator.Calls);
    }

    [Theory]
    [InlineData(SafetyFailureMode.FailClosed)]
    [InlineData(SafetyFailureMode.FailOpen)]
    public async Task A_failing_generator_follows_the_classifier_failure_mode(SafetyFailureMode mode)
    {
        var (client, model, audits) = Create(HeadGenerator.Failing(), o => o.ClassifierFailureMode = mode);
        model.Enqueue(FakeReply.Text("Green."));
        if (mode == SafetyFailureMode.FailClosed)
        {
            var ex = await Assert.ThrowsAsync<ContentBlockedException>(() => client.GetResponseAsync(Question));
            Assert.Equal("classifier.injection_head", ex.RuleId);
            Assert.Equal(SafetyConstants.CategoryClassifierUnavailable, ex.Category);
            Assert.Empty(model.Requests);
        }
        else
        {
            Assert.Equal("Green.", (await client.GetResponseAsync(Question)).Text);
            Assert.Contains(audits, a => a.RuleIds.Contains("classifier.injection_head") && a.Action == SafetyAction.Monitor);
        }
    }

    [Fact]
    public async Task Vectors_of_another_size_are_a_classifier_failure_that_names_no_text()
    {
        var classifier = new InjectionHeadClassifier(HeadGenerator.Sized(16), new InjectionHeadOptions { AllowModelMismatch = true });
        var ex = await Assert.ThrowsAsync<ContentSafetyClassifierException>(() => classifier.AttackProbabilityAsync(Question));
        Assert.Contains("16 dimensions", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Question, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text-embedding-3-small", "the model 'text-embedding-3-small'")]
    [InlineData(null, "no model")]
    public async Task A_generator_for_another_model_is_refused_at_start_up_unless_allowed(string? modelId, string named)
    {
        await using var provider = new ServiceCollection().AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(HeadGenerator.Named(modelId)).AddInjectionHead().BuildServiceProvider();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));
        var message = Assert.Single(ex.Failures);
        Assert.Contains("all-MiniLM-L6-v2", message, StringComparison.Ordinal);
        Assert.Contains(named, message, StringComparison.Ordinal);
        Assert.Contains(nameof(InjectionHeadOptions.AllowModelMismatch), message, StringComparison.Ordinal);

        await using var allowed = new ServiceCollection().AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(HeadGenerator.Named(modelId)).AddInjectionHead(o => o.AllowModelMismatch = true).BuildServiceProvider();
        await allowed.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);
        Assert.IsType<InjectionHeadClassifier>(Assert.Single(allowed.GetServices<IContentSafetyClassifier>()));
    }

    [Theory]
    [InlineData("sentence-transformers/all-MiniLM-L6-v2")]
    [InlineData("ALL-MINILM-L6-V2")]
    public void The_model_check_reads_the_last_path_segment_of_the_name(string modelId) =>
        Assert.Equal("injection_head", new InjectionHeadClassifier(HeadGenerator.Named(modelId), new InjectionHeadOptions()).Name);

    [Fact]
    public void A_head_stacked_on_another_lexical_model_is_refused()
    {
        var shipped = StackedInjectionHead.Default;
        var other = new StackedInjectionHead(shipped.EmbeddingModelId, "xxh64:0000000000000000", [.. shipped.EmbeddingWeights, shipped.LexicalWeight], shipped.Bias);
        var options = new InjectionHeadOptions { Head = other.ToBytes() };
        var ex = Assert.Throws<InvalidOperationException>(() => new InjectionHeadClassifier(HeadGenerator.Named(InjectionHeadOptions.ModelId), options));
        Assert.Contains("xxh64:0000000000000000", ex.Message, StringComparison.Ordinal);
        Assert.Contains(LexicalInjectionModel.Default.Fingerprint, ex.Message, StringComparison.Ordinal);
        options.AllowModelMismatch = true;
        _ = new InjectionHeadClassifier(HeadGenerator.Named(InjectionHeadOptions.ModelId), options);
    }

    [Fact]
    public async Task Without_a_generator_the_start_up_check_says_what_to_register()
    {
        await using var provider = new ServiceCollection().AddInjectionHead().BuildServiceProvider();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));
        Assert.Contains("AddMiniLMEmbeddingGenerator", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_at_registration_with_their_paths()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddInjectionHead(o =>
        {
            o.PromptThreshold = 1.5;
            o.UntrustedThreshold = 0.99;
            o.Name = "Head!";
            o.Head = new byte[] { 1, 2, 3 };
        }));
        Assert.Contains(ex.Failures, f => f.StartsWith("InjectionHead:PromptThreshold", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("InjectionHead:Name", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("InjectionHead:Head", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddInjectionHead().AddInjectionHead());
    }

    [Fact]
    public void The_head_is_off_unless_registered() =>
        Assert.Empty(new ServiceCollection().AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(HeadGenerator.Named(InjectionHeadOptions.ModelId)).BuildServiceProvider().GetServices<IContentSafetyClassifier>());

    private static Task<ChatResponse> Send(IChatClient client, List<ChatMessage> messages, bool streaming) =>
        streaming ? client.GetStreamingResponseAsync(messages).ToChatResponseAsync() : client.GetResponseAsync(messages);

    private static (IChatClient Client, FakeChatClient Model, List<SafetyAuditEvent> Audits) Create(HeadGenerator generator, Action<SafetyOptions>? configure = null)
    {
        var audits = new List<SafetyAuditEvent>();
        var options = new SafetyOptions { OnDecision = audits.Add };
        configure?.Invoke(options);
        var services = new ServiceCollection().AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator).AddInjectionHead().BuildServiceProvider();
        var model = new FakeChatClient();
        return (new GovernancePipelineBuilder(model).UseSafety(options).Build(services), model, audits);
    }
}

/// <summary>
/// A generator named as a model wishes, whose vectors give one text a chosen head probability under the shipped head
/// (given that text's lexical logit) and every other text the lowest the head can give.
/// </summary>
internal sealed class HeadGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly Func<string, float[]> _vector;
    private readonly EmbeddingGeneratorMetadata _metadata;

    private HeadGenerator(string? modelId, int dimensions, Func<string, float[]> vector)
    {
        _metadata = new EmbeddingGeneratorMetadata("test", null, modelId, modelId is null ? null : dimensions);
        _vector = vector;
    }

    public int Calls { get; private set; }

    public static HeadGenerator Named(string? modelId) => new(modelId, 384, _ => Away());

    public static HeadGenerator Sized(int dimensions) => new(InjectionHeadOptions.ModelId, dimensions, _ => new float[dimensions]);

    public static HeadGenerator Failing() => new(InjectionHeadOptions.ModelId, 384, _ => throw new HttpRequestException("embedding service unavailable"));

    /// <summary>Gives <paramref name="text"/> (trimmed) the head probability <paramref name="probability"/>.</summary>
    public static HeadGenerator Scoring(string text, double probability)
    {
        var head = StackedInjectionHead.Default;
        var logit = Math.Log(probability / (1 - probability));

        // The unit vector at angle θ to the head's weights scores |w| cos θ + lexical·w_l + b: solve for cos θ.
        var weights = head.EmbeddingWeights.ToArray();
        var norm = Math.Sqrt(weights.Sum(w => (double)w * w));
        var cos = (logit - (LexicalInjectionModel.Default.MaxWindowLogit(text) * head.LexicalWeight) - head.Bias) / norm;
        Assert.InRange(cos, -1, 1);

        // An orthogonal direction: the weights with one component moved out, made orthogonal and normalized.
        var other = new double[weights.Length];
        other[0] = 1;
        var along = weights[0] / norm;
        var sideNorm = 0.0;
        for (var i = 0; i < other.Length; i++)
        {
            other[i] -= along * weights[i] / norm;
            sideNorm += other[i] * other[i];
        }

        var sin = Math.Sqrt(1 - (cos * cos));
        var vector = new float[weights.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)((cos * weights[i] / norm) + (sin * other[i] / Math.Sqrt(sideNorm)));
        }

        return new(InjectionHeadOptions.ModelId, 384, t => t.Trim() == text ? vector : Away());
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            embeddings.Add(new Embedding<float>(_vector(value)));
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata : null;

    public void Dispose()
    {
    }

    private static float[] Away() => [.. StackedInjectionHead.Default.EmbeddingWeights.ToArray().Select(w => -w)];
}
