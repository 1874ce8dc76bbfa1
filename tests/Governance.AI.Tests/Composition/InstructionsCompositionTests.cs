using System.Collections.Concurrent;
using Governance.AI.Caching;
using Governance.AI.Safety;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// <see cref="ChatOptions.Instructions"/>, M.E.AI's system prompt outside the message list, through safety registered
/// with <c>AddAiGovernance</c> and system-prompt scanning on: the same checks as a system message.
/// </summary>
public sealed class InstructionsCompositionTests
{
    private const string Instructions = "You answer questions about Project Falcon for the sales team.";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private ServiceProvider Governed(FakeChatClient model, string denyTermAction, IContentSafetyClassifier? classifier = null)
    {
        ServiceCollection services = Services(_clock);
        if (classifier is not null)
        {
            services.AddSingleton(classifier);
        }

        services.AddAiGovernance(model, Config(
            ("AiGovernance:Safety:ScanSystemMessages", "true"),
            ("AiGovernance:Safety:DenyTerms:0", "project falcon"),
            ("AiGovernance:Safety:DenyTermAction", denyTermAction))).AddSafety();
        return services.BuildServiceProvider();
    }

    private static Task<ChatResponse> Send(IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions options, bool streaming) =>
        streaming ? client.GetStreamingResponseAsync(messages, options).ToChatResponseAsync() : client.GetResponseAsync(messages, options);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_system_prompt_scanning_a_deny_term_in_Instructions_is_blocked_as_in_a_system_message(bool streaming)
    {
        // Invariant (Safety README: ScanSystemMessages scans "the application's own system prompt"): Instructions
        // are the system prompt M.E.AI sends first, so moving a text from a system message to Instructions does not
        // take it past the scan; the provider is never called.
        var model = new FakeChatClient(_clock);
        using ServiceProvider provider = Governed(model, "Block");
        IChatClient client = provider.GetRequiredService<IChatClient>();

        ContentBlockedException asMessage = await Assert.ThrowsAsync<ContentBlockedException>(() =>
            Send(client, [new(ChatRole.System, Instructions), new(ChatRole.User, "What is new?")], For(Contoso), streaming));
        ContentBlockedException asInstructions = await Assert.ThrowsAsync<ContentBlockedException>(() =>
            Send(client, [new(ChatRole.User, "What is new?")], new ChatOptions { Instructions = Instructions }.ForCaller(Contoso), streaming));

        Assert.Equal(asMessage.Category, asInstructions.Category);
        Assert.Equal(0, model.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_the_redact_action_a_deny_term_in_Instructions_reaches_the_provider_redacted_and_the_callers_options_are_unchanged(bool streaming)
    {
        var model = new FakeChatClient(_clock);
        using ServiceProvider provider = Governed(model, "Redact");
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = new ChatOptions { Instructions = Instructions }.ForCaller(Contoso);

        await Send(client, [new(ChatRole.User, "What is new?")], options, streaming);

        string sent = model.Requests.Single().Options!.Instructions!;
        Assert.DoesNotContain("falcon", sent, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("You answer questions about ", sent, StringComparison.Ordinal);
        Assert.Equal(Instructions, options.Instructions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_system_prompt_scanning_the_classifiers_see_Instructions_as_they_see_a_system_message(bool streaming)
    {
        // Invariant: the provider-side classifiers get the same requests whether the system prompt comes as a system
        // message or as Instructions. They classify the user's prompt and untrusted content only (the system prompt
        // is the application's own, checked by the local rules when ScanSystemMessages is on): neither form reaches them,
        // so moving the text to Instructions neither hides it from nor newly exposes it to a classifier.
        var classifier = new RecordingClassifier();
        var model = new FakeChatClient(_clock);
        using ServiceProvider provider = Governed(model, "Monitor", classifier);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        await Send(client, [new(ChatRole.System, Instructions), new(ChatRole.User, "What is new?")], For(Contoso), streaming);
        string[] asMessage = classifier.Take();
        await Send(client, [new(ChatRole.User, "What is new?")], new ChatOptions { Instructions = Instructions }.ForCaller(Contoso), streaming);
        string[] asInstructions = classifier.Take();

        Assert.Equal([$"{SafetyContentOrigin.UserPrompt}:What is new?", $"{SafetyContentOrigin.ModelOutput}:Echo: What is new?"], asMessage);
        Assert.Equal(asMessage, asInstructions);
        Assert.Equal(2, model.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_model_that_repeats_a_system_prompt_given_only_as_Instructions_is_stopped_by_the_canary(bool streaming)
    {
        // Invariant (Safety README, "Canary and the cache"): the canary goes into the outgoing system prompt and an
        // answer that repeats it is blocked. Instructions are that system prompt when the request has no system
        // message, so the model gets the marker there, the leaking answer is blocked (a stream before the canary
        // reaches the caller), and the caller's options keep the text it set. The question is harmless: the model
        // leaks anyway, as one talked round by an extraction the prompt rules did not see would.
        var model = new FakeChatClient(_clock) { StreamingChunks = 8, Responder = r => FakeReply.Text("My setup reads: " + SystemTextOf(r)) };
        using ServiceProvider provider = Governed(model, "Monitor");
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = new ChatOptions { Instructions = Instructions }.ForCaller(Contoso);
        var received = new System.Text.StringBuilder();

        ContentBlockedException blocked = await Assert.ThrowsAsync<ContentBlockedException>(async () =>
        {
            if (!streaming)
            {
                await client.GetResponseAsync([new(ChatRole.User, "What can you help me with?")], options);
                return;
            }

            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new(ChatRole.User, "What can you help me with?")], options))
            {
                received.Append(update.Text);
            }
        });

        Assert.Equal(SafetyConstants.CategorySystemPromptLeak, blocked.Category);
        Assert.True(blocked.InResponse);
        Assert.Contains("gcy-", model.Requests.Single().Options!.Instructions, StringComparison.Ordinal);
        Assert.Equal(Instructions, options.Instructions);
        Assert.DoesNotContain("gcy-", received.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_canary_in_Instructions_is_added_after_the_cache_so_two_instances_with_their_own_secrets_share_entries()
    {
        // Each instance has its own random canary secret: were the marked Instructions part of the cache key, the
        // second instance would miss and call the provider again.
        var store = new InMemorySemanticCacheStore(timeProvider: _clock);
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(_clock) { Responder = _ => FakeReply.Text("Falcon ships in May.", 20, 5) };

        ServiceProvider Instance()
        {
            ServiceCollection services = Services(_clock);
            services.AddSingleton<ISemanticCacheStore>(store);
            services.AddSingleton<IDistributedCache>(l2);
            services.AddAiGovernance(model).AddSafety().AddSemanticCache();
            return services.BuildServiceProvider();
        }

        using ServiceProvider first = Instance();
        using ServiceProvider second = Instance();
        ChatOptions options = new ChatOptions { Instructions = Instructions }.ForCaller(Contoso);

        await first.GetRequiredService<IChatClient>().GetResponseAsync([new(ChatRole.User, "When does it ship?")], options);
        ChatResponse cached = await second.GetRequiredService<IChatClient>().GetResponseAsync([new(ChatRole.User, "When does it ship?")], options);

        Assert.Equal(1, model.CallCount);
        Assert.Equal("Falcon ships in May.", cached.Text);
        Assert.Contains("gcy-", model.Requests[0].Options!.Instructions, StringComparison.Ordinal);
    }

    /// <summary>What a model that obeys "repeat your instructions" would print: its Instructions and system messages.</summary>
    private static string SystemTextOf(FakeChatRequest request) =>
        string.Join(" ", new[] { request.Options?.Instructions }.Concat(request.Messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text)));

    private sealed class RecordingClassifier : IContentSafetyClassifier
    {
        private readonly ConcurrentQueue<ContentSafetyRequest> _seen = new();

        public string Name => "recorder";

        /// <summary>Returns the requests seen since the last call, as origin:text, and forgets them.</summary>
        public string[] Take()
        {
            var taken = new List<string>();
            while (_seen.TryDequeue(out ContentSafetyRequest? request))
            {
                taken.Add($"{request.Origin}:{request.Text}");
            }

            return [.. taken];
        }

        public Task<ContentSafetyClassification> ClassifyAsync(ContentSafetyRequest request, CancellationToken cancellationToken = default)
        {
            _seen.Enqueue(request);
            return Task.FromResult(ContentSafetyClassification.Safe);
        }
    }
}
