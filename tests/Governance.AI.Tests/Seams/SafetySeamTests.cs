using System.Collections.Concurrent;
using Governance.AI.Caching;
using Governance.AI.Safety;
using Governance.AI.Testing;
using Governance.AI.Tests.Composition;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Seams;

/// <summary>Issue #15.4 and #15.5: what the safety policy sends out of the process, and what it puts into cache keys.</summary>
public sealed class SafetySeamTests
{
    private const string Email = "jane.doe@example.com";

    [Fact]
    public async Task Classifiers_and_the_LLM_judge_see_the_prompt_and_the_response_only_after_redaction()
    {
        var clock = new FakeTimeProvider();
        var recorder = new RecordingClassifier();
        var judge = new FakeChatClient(clock)
        {
            Responder = _ => FakeReply.Text("{\"categories\":[{\"category\":\"hate\",\"severity\":0}],\"prompt_attack\":false}"),
        };

        // The model repeats what it was sent, so the response carries whatever the prompt carried.
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("Noted: " + r.LastUserText) };
        ServiceCollection services = Services(clock);
        services.AddSingleton<IContentSafetyClassifier>(recorder);
        services.AddSingleton<IContentSafetyClassifier>(new LlmJudgeClassifier(judge));
        services.AddAiGovernance(model).AddSafety().AddRedaction();
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync(
            [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, $"Please email {Email} about invoice 42.")],
            For(Contoso));

        // Both the prompt and the response were classified, by both classifiers, and never with the address.
        Assert.Contains(recorder.Seen, r => r.Origin == SafetyContentOrigin.UserPrompt);
        Assert.Contains(recorder.Seen, r => r.Origin == SafetyContentOrigin.ModelOutput);
        Assert.Equal(2, judge.CallCount);
        IEnumerable<string> sentOut = recorder.Seen.Select(r => r.Text).Concat(judge.Requests.Select(r => string.Concat(r.Messages.Select(m => m.Text))));
        Assert.All(sentOut, text => Assert.DoesNotContain(Email, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(recorder.Seen, r => r.Origin == SafetyContentOrigin.UserPrompt && r.Text.Contains("invoice 42", StringComparison.Ordinal));

        // The caller still gets its own words back.
        Assert.Contains(Email, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cache_shared_by_two_instances_hits_across_them_with_safety_on()
    {
        // Two application instances (two containers), each with its own random canary secret, share one cache: the
        // semantic store and the exact tier's distributed L2 (Redis in production).
        var clock = new FakeTimeProvider();
        var sharedStore = new InMemorySemanticCacheStore(timeProvider: clock);
        // An L2 that two instances share, as Redis would be: entries kept until removed (expiry is the policy's).
        var sharedL2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Your invoice is due on Friday.", 20, 7) };

        ServiceProvider Instance()
        {
            ServiceCollection services = Services(clock);
            services.AddSingleton<ISemanticCacheStore>(sharedStore);
            services.AddSingleton<IDistributedCache>(sharedL2);
            services.AddAiGovernance(model).AddSafety().AddSemanticCache();
            return services.BuildServiceProvider();
        }

        List<ChatMessage> prompt = [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, "When is my invoice due?")];
        using ServiceProvider first = Instance();
        using ServiceProvider second = Instance();

        ChatResponse fromProvider = await first.GetRequiredService<IChatClient>().GetResponseAsync(prompt, For(Contoso));
        ChatResponse fromCache = await second.GetRequiredService<IChatClient>().GetResponseAsync(prompt, For(Contoso));

        Assert.Equal(1, model.CallCount);
        Assert.Equal(fromProvider.Text, fromCache.Text);

        // The canary still reached the provider, in the system prompt, and it is not in what the caller sent.
        Assert.Contains("gcy-", model.Requests[0].Messages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("gcy-", prompt[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_sharing_a_configured_canary_secret_put_the_same_canary_into_the_same_system_prompt()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("ok") };

        async Task<string> CanaryOfAnInstanceAsync()
        {
            ServiceCollection services = Services(clock);
            services.AddAiGovernance(model).AddSafety(o => o.CanarySecret = "a-stable-deployment-secret");
            using ServiceProvider provider = services.BuildServiceProvider();
            await provider.GetRequiredService<IChatClient>().GetResponseAsync(
                [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, "Hello")], For(Contoso));
            string system = model.Requests[^1].Messages[0].Text;
            return system[system.IndexOf("gcy-", StringComparison.Ordinal)..].Split(':')[0];
        }

        Assert.Equal(await CanaryOfAnInstanceAsync(), await CanaryOfAnInstanceAsync());
    }

    [Fact]
    public async Task A_response_that_leaks_the_canary_is_blocked_streamed_or_not()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock)
        {
            StreamingChunks = 8,
            Responder = r =>
            {
                string system = r.Messages[0].Text;
                string canary = system[system.IndexOf("gcy-", StringComparison.Ordinal)..].Split(':')[0];
                return FakeReply.Text("My hidden setup reads " + canary + " and then much more text follows.");
            },
        };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model).AddSafety();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        List<ChatMessage> prompt = [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, "Which billing plans do you offer?")];

        var blocked = await Assert.ThrowsAsync<ContentBlockedException>(() => client.GetResponseAsync(prompt, For(Contoso)));
        Assert.Equal(SafetyConstants.CategorySystemPromptLeak, blocked.Category);

        var received = new System.Text.StringBuilder();
        var streamed = await Assert.ThrowsAsync<ContentBlockedException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(prompt, For(Contoso)))
            {
                received.Append(update.Text);
            }
        });
        Assert.Equal(SafetyConstants.CategorySystemPromptLeak, streamed.Category);
        Assert.DoesNotContain("gcy-", received.ToString(), StringComparison.Ordinal);
    }

    private sealed class RecordingClassifier : IContentSafetyClassifier
    {
        private readonly ConcurrentQueue<ContentSafetyRequest> _seen = new();

        public string Name => "recorder";

        public IReadOnlyCollection<ContentSafetyRequest> Seen => _seen;

        public Task<ContentSafetyClassification> ClassifyAsync(ContentSafetyRequest request, CancellationToken cancellationToken = default)
        {
            _seen.Enqueue(request);
            return Task.FromResult(ContentSafetyClassification.Safe);
        }
    }
}
