using System.Text.RegularExpressions;
using Governance.AI.Caching;
using Governance.AI.Safety;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// The cache composed with redaction, budgets and safety through <c>AddAiGovernance</c>, as an application registers
/// them: what a hit reveals, what it is charged, and what is stored.
/// </summary>
public sealed partial class CacheCompositionTests
{
    private static readonly CallerContext Alice = CallerContext.ForTenant("contoso", "alice");
    private static readonly CallerContext Bob = CallerContext.ForTenant("contoso", "bob");

    private static IConfigurationRoot TenantDayLimits() => Config(
        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
        ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
        ("AiGovernance:Budgets:Limits:0:Requests", "100"),
        ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:1:Concurrent", "4"));

    private static ServiceProvider Governed(FakeTimeProvider clock, IChatClient model, IDistributedCache l2, Action<AiGovernanceBuilder> policies, IConfiguration? configuration = null)
    {
        ServiceCollection services = Services(clock);
        services.AddSingleton(l2);
        policies(services.AddAiGovernance(model, configuration ?? Config()));
        return services.BuildServiceProvider();
    }

    private static List<ChatMessage> Ask(string text) => [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, text)];

    private static async Task<string> StreamTextAsync(IChatClient client, List<ChatMessage> prompt, ChatOptions options)
    {
        var text = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(prompt, options))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task A_hit_on_another_callers_answer_restores_the_callers_own_values_and_never_the_first_callers(bool streamedMiss, bool streamedHit)
    {
        // Invariant: two users whose prompts redact to the same text share one cached answer, and each sees only
        // the value they sent; the stored entry holds neither value.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("Sent the receipt to " + EmailPlaceholder().Match(r.LastUserText).Value + ".", 20, 8) };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddRedaction().AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();

        (string first, string second) = await AliceThenBobAsync(client, streamedMiss, streamedHit);

        Assert.Equal(1, model.CallCount);
        Assert.Equal("Sent the receipt to alice.smith@example.com.", first);
        Assert.Equal("Sent the receipt to bob.jones@example.com.", second);
        Assert.True(l2.Count > 0);
        Assert.DoesNotContain("alice.smith", l2.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("bob.jones", l2.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_the_model_adds_to_its_answer_is_redacted_for_the_caller_and_never_stored_in_the_cache()
    {
        // Invariant (Caching/README: "after redaction, so nothing stored holds PII that redaction removes"): with
        // RedactResponse on, an address only the model wrote reaches neither the caller nor the cache's L2.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Refunds are handled by carol.white@example.org, call her.", 20, 12) };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddRedaction().AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();

        ChatResponse answer = await client.GetResponseAsync(Ask("Who handles refunds?"), For(Alice));

        Assert.DoesNotContain("carol.white", answer.Text, StringComparison.Ordinal);
        Assert.True(l2.Count > 0);
        Assert.DoesNotContain("carol.white", l2.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Personal_data_the_model_adds_beside_the_callers_own_is_stored_redacted_and_a_hit_restores_only_the_callers_values(bool streamedMiss, bool streamedHit)
    {
        // Invariant: the answer stored holds neither the caller's address nor one the model added; each caller gets
        // their own address back and never the model's, and the model's address never takes the number of a
        // placeholder the caller's prompt introduced (it would be restored to the caller's value).
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock)
        {
            Responder = r => FakeReply.Text("Sent to " + EmailPlaceholder().Match(r.LastUserText).Value + "; copy to carol.white@example.org.", 20, 12),
        };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddRedaction().AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();

        (string first, string second) = await AliceThenBobAsync(client, streamedMiss, streamedHit);

        Assert.Equal(1, model.CallCount);
        Assert.Equal("Sent to alice.smith@example.com; copy to <EMAIL_2>.", first);
        Assert.Equal("Sent to bob.jones@example.com; copy to <EMAIL_2>.", second);
        Assert.True(l2.Count > 0);
        Assert.DoesNotContain("carol.white", l2.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("alice.smith", l2.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_the_model_adds_to_a_streamed_answer_is_redacted_for_the_caller_and_never_stored_in_the_cache()
    {
        // Invariant: as for a non-streamed answer, with the address split across nine chunks: the hold-back runs inside
        // the cache, so neither the caller nor the stored answer sees it.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock)
        {
            StreamingChunks = 9,
            Responder = _ => FakeReply.Text("Refunds are handled by carol.white@example.org, call her.", 20, 12),
        };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddRedaction().AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();

        string answer = await StreamTextAsync(client, Ask("Who handles refunds?"), For(Alice));
        string hit = await StreamTextAsync(client, Ask("Who handles refunds?"), For(Bob));

        Assert.Equal(1, model.CallCount);
        Assert.Equal("Refunds are handled by <EMAIL_1>, call her.", answer);
        Assert.Equal(answer, hit);
        Assert.True(l2.Count > 0);
        Assert.DoesNotContain("carol", l2.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hit_is_charged_nothing_streamed_or_not_and_the_miss_is_charged_once()
    {
        // Invariant: budgets count the one provider call and nothing for hits (tokens, requests), and no hit holds a
        // concurrency slot afterwards.
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Invoices are due on Friday.", 20, 8) };
        using ServiceProvider provider = Governed(clock, model, new RecordingDistributedCache(), g => g.AddSemanticCache().AddBudgets(), TenantDayLimits());
        IChatClient client = provider.GetRequiredService<IChatClient>();
        List<ChatMessage> prompt = Ask("When are invoices due?");

        await client.GetResponseAsync(prompt, For(Contoso, maxOutputTokens: 100));
        ChatResponse hit = await client.GetResponseAsync(prompt, For(Contoso, maxOutputTokens: 100));
        string streamedHit = await StreamTextAsync(client, prompt, For(Contoso, maxOutputTokens: 100));

        Assert.Equal(1, model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusHit, hit.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        Assert.Equal("Invoices are due on Friday.", streamedHit);
        Assert.Equal(0, hit.Usage?.TotalTokenCount ?? 0);
        Assert.Equal(28m, await UsedAsync(provider, "tokens"));
        Assert.Equal(1m, await UsedAsync(provider, "requests"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_blocked_by_the_response_deny_list_is_never_stored_in_the_cache(bool streaming)
    {
        // Invariant (Safety/README: "a blocked answer is never stored in the cache"): the caller gets the typed
        // error, the L2 holds nothing of the blocked text, and the next identical request asks the provider again.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Project Falcon ships in May with the new plans.", 20, 10) };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddSafety(o => o.DenyTerms.Add("project falcon")).AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();
        List<ChatMessage> prompt = Ask("What ships in May?");

        for (int attempt = 0; attempt < 2; attempt++)
        {
            await Assert.ThrowsAsync<ContentBlockedException>(() => streaming
                ? StreamTextAsync(client, prompt, For(Contoso))
                : client.GetResponseAsync(prompt, For(Contoso)));
        }

        Assert.DoesNotContain("Falcon", l2.AllText, StringComparison.Ordinal);
        Assert.Equal(2, model.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_safety_and_redaction_a_clean_answer_is_shared_restored_per_caller_and_a_blocked_one_is_never_stored(bool streamed)
    {
        // Invariant: both policies' provider-side steps run inside the cache: a clean answer is stored once, without
        // any caller's address, and each caller gets their own back; an answer the deny list blocks is stored for no
        // one, so asking again reaches the provider again.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock)
        {
            Responder = r => FakeReply.Text(
                r.LastUserText.Contains("plans", StringComparison.Ordinal)
                    ? "Project Falcon plans went to " + EmailPlaceholder().Match(r.LastUserText).Value + "."
                    : "Sent the receipt to " + EmailPlaceholder().Match(r.LastUserText).Value + ".",
                20,
                8),
        };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddSafety(o => o.DenyTerms.Add("project falcon")).AddRedaction().AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();
        async Task<string> Send(string text, CallerContext caller) => streamed
            ? await StreamTextAsync(client, Ask(text), For(caller))
            : (await client.GetResponseAsync(Ask(text), For(caller))).Text;

        string alices = await Send("Please send the receipt to alice.smith@example.com today.", Alice);
        string bobs = await Send("Please send the receipt to bob.jones@example.com today.", Bob);
        for (int attempt = 0; attempt < 2; attempt++)
        {
            await Assert.ThrowsAsync<ContentBlockedException>(() => Send("Send the plans to alice.smith@example.com today.", Alice));
        }

        Assert.Equal("Sent the receipt to alice.smith@example.com.", alices);
        Assert.Equal("Sent the receipt to bob.jones@example.com.", bobs);
        Assert.Equal(3, model.CallCount);
        Assert.True(l2.Count > 0);
        Assert.DoesNotContain("Falcon", l2.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("alice.smith", l2.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("bob.jones", l2.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_the_response_checks_redact_is_stored_redacted_and_a_hit_gets_the_redacted_answer()
    {
        // Invariant: with SecretAction Redact, the key the model wrote reaches neither the caller (miss or hit) nor
        // the L2: the provider-side step redacts it before the cache stores the answer.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Deploy with key AKIAABCDEFGHIJKLMNOP tonight.", 20, 10) };
        using ServiceProvider provider = Governed(clock, model, l2, g => g.AddSafety(o => o.SecretAction = SafetyAction.Redact).AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();
        List<ChatMessage> prompt = Ask("How do I deploy?");

        ChatResponse miss = await client.GetResponseAsync(prompt, For(Contoso));
        string hit = await StreamTextAsync(client, prompt, For(Contoso));

        Assert.Equal(1, model.CallCount);
        Assert.DoesNotContain("AKIA", miss.Text, StringComparison.Ordinal);
        Assert.Equal(miss.Text, hit);
        Assert.True(l2.Count > 0);
        Assert.DoesNotContain("AKIA", l2.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_finding_on_a_non_streamed_miss_is_audited_once_and_annotated()
    {
        // Invariant: the provider-side step decides the answer's finding; the outer step, which sees the same text,
        // does not decide and audit it again.
        var clock = new FakeTimeProvider();
        var audit = new List<SafetyAuditEvent>();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Project Falcon ships in May with the new plans.", 20, 10) };
        using ServiceProvider provider = Governed(clock, model, new RecordingDistributedCache(), g => g.AddSafety(o =>
        {
            o.DenyTerms.Add("project falcon");
            o.DenyTermAction = SafetyAction.Annotate;
            o.OnDecision = audit.Add;
        }).AddSemanticCache());
        IChatClient client = provider.GetRequiredService<IChatClient>();

        ChatResponse answer = await client.GetResponseAsync(Ask("What ships in May?"), For(Contoso));

        Assert.Equal("Project Falcon ships in May with the new plans.", answer.Text);
        SafetyAuditEvent decision = Assert.Single(audit);
        Assert.Equal(SafetyCheckpoint.Response, decision.Checkpoint);
        Assert.Contains("denylist", Assert.IsAssignableFrom<IEnumerable<string>>(answer.AdditionalProperties?[GovernanceProperties.SafetyAnnotations]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hit_from_a_cache_shared_with_a_pipeline_without_the_deny_list_is_still_blocked(bool streamedHit)
    {
        // Invariant: the outer step checks what its caller gets, whoever stored it: an answer another pipeline (no
        // safety) stored in the shared L2 is blocked for this pipeline's caller, streamed or not.
        var clock = new FakeTimeProvider();
        var l2 = new RecordingDistributedCache();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Project Falcon ships in May with the new plans.", 20, 10) };
        using ServiceProvider open = Governed(clock, model, l2, g => g.AddSemanticCache());
        using ServiceProvider guarded = Governed(clock, model, l2, g => g.AddSafety(o => o.DenyTerms.Add("project falcon")).AddSemanticCache());
        List<ChatMessage> prompt = Ask("What ships in May?");

        await open.GetRequiredService<IChatClient>().GetResponseAsync(prompt, For(Contoso));
        IChatClient client = guarded.GetRequiredService<IChatClient>();
        await Assert.ThrowsAsync<ContentBlockedException>(() => streamedHit
            ? StreamTextAsync(client, prompt, For(Contoso))
            : client.GetResponseAsync(prompt, For(Contoso)));

        Assert.Equal(1, model.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_caller_waiting_on_an_identical_request_whose_caller_cancelled_gets_its_own_answer(bool streaming)
    {
        // Invariant: the second caller's token was never cancelled, so the first caller's cancellation must not end
        // its request: it gets an answer (from its own provider call), and the budget holds one charge per call.
        var clock = new FakeTimeProvider();
        int arrivals = 0;
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new FakeChatClient(clock) { Latency = TimeSpan.FromSeconds(1), Responder = _ => FakeReply.Text("Invoices are due on Friday.", 20, 8) };
        model.RequestReceived += _ => (Interlocked.Increment(ref arrivals) == 1 ? firstArrived : secondArrived).TrySetResult();
        using ServiceProvider provider = Governed(clock, model, new RecordingDistributedCache(), g => g.AddSemanticCache().AddBudgets(), TenantDayLimits());
        IChatClient client = provider.GetRequiredService<IChatClient>();
        List<ChatMessage> prompt = Ask("When are invoices due?");
        Task<ChatResponse> Send(CancellationToken token) => streaming
            ? client.GetStreamingResponseAsync(prompt, For(Contoso, maxOutputTokens: 100), token).ToChatResponseAsync(token)
            : client.GetResponseAsync(prompt, For(Contoso, maxOutputTokens: 100), token);

        ChatResponse answer = await CompositionScenarios.SecondRunsAfterTheFirstCallerCancelsAsync(Send, firstArrived, secondArrived, clock);

        Assert.Equal("Invoices are due on Friday.", answer.Text);
        Assert.Equal(2m, await UsedAsync(provider, "requests"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent"));
    }

    [GeneratedRegex("<EMAIL_[0-9]+>")]
    private static partial Regex EmailPlaceholder();

    /// <summary>Alice asks to send a receipt to her address (the miss), then Bob the same to his (the hit), each streamed or not.</summary>
    private static async Task<(string First, string Second)> AliceThenBobAsync(IChatClient client, bool streamedMiss, bool streamedHit)
    {
        List<ChatMessage> alicesPrompt = Ask("Please send the receipt to alice.smith@example.com today.");
        string first = streamedMiss
            ? await StreamTextAsync(client, alicesPrompt, For(Alice))
            : (await client.GetResponseAsync(alicesPrompt, For(Alice))).Text;
        List<ChatMessage> bobsPrompt = Ask("Please send the receipt to bob.jones@example.com today.");
        string second = streamedHit
            ? await StreamTextAsync(client, bobsPrompt, For(Bob))
            : (await client.GetResponseAsync(bobsPrompt, For(Bob))).Text;
        return (first, second);
    }
}
