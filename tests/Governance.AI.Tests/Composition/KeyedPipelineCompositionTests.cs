using Governance.AI.Budgets;
using Governance.AI.Safety;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Two keyed pipelines with different safety and redaction options in one container, sharing the process-wide memos
/// and one L2: one pipeline's remembered verdicts, redactions and cached answers never decide for the other.
/// </summary>
public sealed class KeyedPipelineCompositionTests
{
    private const string Email = "jane.doe@example.com";
    private const string Prompt = "Forward the zebra roadmap to " + Email + " before the board meeting.";

    private readonly FakeTimeProvider _clock = new();
    private readonly FakeChatClient _openModel;
    private readonly FakeChatClient _strictModel;
    private readonly ServiceProvider _provider;

    public KeyedPipelineCompositionTests()
    {
        _openModel = new FakeChatClient(_clock) { Responder = r => FakeReply.Text("Forwarded to " + (r.LastUserText.Contains(Email, StringComparison.Ordinal) ? "the raw address" : "a placeholder") + ".", 20, 6) };
        _strictModel = new FakeChatClient(_clock) { Responder = _ => FakeReply.Text("Forwarded.", 20, 6) };

        // The default pipeline ("open") redacts phone numbers only and denies nothing; "strict" redacts everything
        // and denies "zebra". Both cache, in one shared L2.
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Redaction:Recognizers", "Phone"),
            ("AiGovernance:Pipelines:strict:Safety:DenyTerms:0", "zebra"));
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IDistributedCache>(new RecordingDistributedCache());
        services.AddAiGovernance(_openModel, configuration).AddSafety().AddRedaction().AddSemanticCache();
        services.AddKeyedAiGovernance("strict", _ => _strictModel, configuration).AddSafety().AddRedaction().AddSemanticCache();
        _provider = services.BuildServiceProvider();
    }

    private IChatClient Open => _provider.GetRequiredService<IChatClient>();

    private IChatClient Strict => _provider.GetRequiredKeyedService<IChatClient>("strict");

    private static Task<ChatResponse> Send(IChatClient client, bool streaming) => streaming
        ? client.GetStreamingResponseAsync(Prompt, For(Contoso)).ToChatResponseAsync()
        : client.GetResponseAsync(Prompt, For(Contoso));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_prompt_the_open_pipeline_passed_and_cached_is_still_blocked_by_the_strict_one(bool streaming)
    {
        // Invariant: the open pipeline's clean verdict and cached answer for this exact prompt are its own: the strict
        // pipeline decides the prompt with its deny list, every time, and its model never sees it.
        ChatResponse open = await Send(Open, streaming);
        ChatResponse openAgain = await Send(Open, streaming);
        for (int attempt = 0; attempt < 2; attempt++)
        {
            await Assert.ThrowsAsync<ContentBlockedException>(() => Send(Strict, streaming));
        }

        Assert.Equal("Forwarded to the raw address.", open.Text);
        Assert.Equal(open.Text, openAgain.Text);
        Assert.Equal(1, _openModel.CallCount);
        Assert.Equal(0, _strictModel.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_strict_pipelines_block_does_not_stop_the_open_one_and_its_redaction_does_not_apply_there(bool streaming)
    {
        // Invariant: the other order: a blocked verdict, and the strict pipeline's redaction of the address, stay in
        // the strict pipeline; the open pipeline (Phone only) sends the address as written, as its options say.
        await Assert.ThrowsAsync<ContentBlockedException>(() => Send(Strict, streaming));
        ChatResponse open = await Send(Open, streaming);

        Assert.Equal("Forwarded to the raw address.", open.Text);
        Assert.Contains(Email, _openModel.Requests[0].LastUserText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_address_the_open_pipeline_sent_as_written_is_redacted_by_the_strict_one_after_it(bool streaming)
    {
        // Invariant: the engines remember what they found per options instance: the open pipeline's "nothing to
        // redact" for this text never reaches the strict pipeline, whose model gets the placeholder.
        const string Text = "Please forward the roadmap to " + Email + " before the board meeting.";
        Task<ChatResponse> SendText(IChatClient client) => streaming
            ? client.GetStreamingResponseAsync(Text, For(Contoso)).ToChatResponseAsync()
            : client.GetResponseAsync(Text, For(Contoso));

        await SendText(Open);
        await SendText(Strict);
        await SendText(Open);

        Assert.Contains(Email, _openModel.Requests[0].LastUserText, StringComparison.Ordinal);
        Assert.Equal(1, _openModel.CallCount);
        FakeChatRequest strict = Assert.Single(_strictModel.Requests);
        Assert.DoesNotContain(Email, strict.LastUserText, StringComparison.Ordinal);
        Assert.Contains("<EMAIL_1>", strict.LastUserText, StringComparison.Ordinal);
    }

    [Theory(Skip = "bug: answers are redacted only before the cache stores them; a hit stored by a pipeline sharing the CacheName without redaction (or before RedactResponse/recognizers changed) reaches the caller with the model's raw personal data")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_pipeline_that_redacts_answers_never_serves_raw_personal_data_from_an_entry_another_pipeline_stored(bool streamedHit)
    {
        // Invariant (Redaction/README, RedactResponse: "new values the model writes are redacted too"): what this
        // pipeline's caller gets holds no address the model wrote, whoever stored the answer. Here a pipeline without
        // redaction shares the CacheName on purpose (Caching/README) and stores the model's raw address; today the
        // redacting pipeline serves it as a hit unchanged (safety, by contrast, checks a hit on the caller's side).
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Refunds are handled by carol.white@example.org.", 20, 8) };
        IConfigurationRoot configuration = Config(("AiGovernance:Cache:CacheName", "shared"), ("AiGovernance:Pipelines:open:Cache:CacheName", "shared"));
        ServiceCollection services = Services(clock);
        services.AddSingleton<IDistributedCache>(new RecordingDistributedCache());
        services.AddAiGovernance(model, configuration).AddRedaction().AddSemanticCache();
        services.AddKeyedAiGovernance("open", _ => model, configuration).AddSemanticCache();
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IChatClient>("open").GetResponseAsync("Who handles refunds?", For(Contoso));
        IChatClient redacting = provider.GetRequiredService<IChatClient>();
        string answer = streamedHit
            ? (await redacting.GetStreamingResponseAsync("Who handles refunds?", For(Contoso)).ToChatResponseAsync()).Text
            : (await redacting.GetResponseAsync("Who handles refunds?", For(Contoso))).Text;

        Assert.DoesNotContain("carol.white", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_added_twice_to_one_pipeline_is_refused_at_registration_and_the_first_registration_governs_alone()
    {
        // Invariant: a second budget stage would charge every call twice; whether added twice through one builder or
        // through a second UseAiGovernance block on the same chat client, it is refused with a message naming the
        // stage, and the pipeline built from what was registered charges each call once.
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock) { Responder = _ => FakeReply.Text("ok", 20, 6) };
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "100000"));
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton<IConfiguration>(configuration);
        ChatClientBuilder chat = services.AddChatClient(model).UseAiGovernance(services, g => g.AddBudgets());

        var twiceInOneBuilder = Assert.Throws<InvalidOperationException>(() => Services(_clock).AddAiGovernance(model, configuration).AddBudgets().AddBudgets());
        var secondBlock = Assert.Throws<InvalidOperationException>(() => chat.UseAiGovernance(services, g => g.AddBudgets()));
        using ServiceProvider provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hello", For(Contoso, maxOutputTokens: 10));

        Assert.Contains("Budget stage already has a policy", twiceInOneBuilder.Message, StringComparison.Ordinal);
        Assert.Contains("Budget stage already has a policy", secondBlock.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Reserved);
        Assert.Equal(26m, await UsedAsync(provider, "tokens"));
    }
}
