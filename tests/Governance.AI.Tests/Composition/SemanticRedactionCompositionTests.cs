using System.Text.RegularExpressions;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Redaction composed with the cache's semantic tier: a prompt with personal data served an answer stored for a
/// similar prompt without it, and the reverse, with the hit guard on and off, streamed and not. Every text embeds to
/// the same vector here (<see cref="SameVectorEmbeddingGenerator"/>), so the semantic tier finds every stored entry
/// of the partition and only the guard decides.
/// </summary>
public sealed partial class SemanticRedactionCompositionTests
{
    private const string BugModelPlaceholderRestored =
        "bug: with EnableHitGuard = false a semantic hit restores a placeholder the model's answer introduced (numbered after the first prompt's) to the new caller's value with that number";

    private static readonly CallerContext Alice = CallerContext.ForTenant("contoso", "alice");
    private static readonly CallerContext Bob = CallerContext.ForTenant("contoso", "bob");

    private readonly FakeTimeProvider _clock = new();
    private readonly RecordingDistributedCache _l2 = new();

    private ServiceProvider Governed(IChatClient model, bool guard)
    {
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IDistributedCache>(_l2);
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new SameVectorEmbeddingGenerator());
        services.AddAiGovernance(model, Config()).AddRedaction().AddSemanticCache(o => o.EnableHitGuard = guard);
        return services.BuildServiceProvider();
    }

    private static List<ChatMessage> Ask(string text) => [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, text)];

    private static async Task<string> SendAsync(IChatClient client, string text, CallerContext caller, bool streamed) => streamed
        ? (await client.GetStreamingResponseAsync(Ask(text), For(caller)).ToChatResponseAsync()).Text
        : (await client.GetResponseAsync(Ask(text), For(caller))).Text;

    /// <summary>A model that names a refunds contact, after the address the prompt's first placeholder stands for, if any.</summary>
    private FakeChatClient RefundsModel() => new(_clock)
    {
        Responder = r =>
        {
            string callers = EmailPlaceholder().Match(r.LastUserText).Value;
            return FakeReply.Text((callers.Length > 0 ? "Sent to " + callers + "; r" : "R") + "efunds are handled by carol.white@example.org.", 20, 12);
        },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_the_guard_a_prompt_with_an_address_is_not_served_the_answer_of_one_without_and_the_models_address_stays_redacted(bool streamedSecond)
    {
        // Invariant: the stored answer's placeholder is the model's address (<EMAIL_1>, the first prompt had none); a
        // caller whose prompt brings its own <EMAIL_1> must never see its own address where the model wrote another:
        // the guard rejects the entry (one placeholder more is another request), so the second caller asks the model.
        FakeChatClient model = RefundsModel();
        using ServiceProvider provider = Governed(model, guard: true);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        string first = await SendAsync(client, "Who handles refunds?", Alice, streamed: false);
        string second = await SendAsync(client, "Who handles refunds for bob.jones@example.com?", Bob, streamedSecond);

        Assert.Equal("Refunds are handled by <EMAIL_1>.", first);
        Assert.Equal("Sent to bob.jones@example.com; refunds are handled by <EMAIL_2>.", second);
        Assert.Equal(2, model.CallCount);
        Assert.DoesNotContain("carol.white", _l2.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("bob.jones", _l2.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_the_guard_a_prompt_with_two_addresses_is_not_served_the_answer_of_one_with_one(bool streamedSecond)
    {
        // Invariant: as above with the model's <EMAIL_2> after Alice's <EMAIL_1>: Bob's second address (his <EMAIL_2>)
        // must never replace the address the model wrote.
        var model = new FakeChatClient(_clock)
        {
            Responder = r => FakeReply.Text("Sent to " + EmailPlaceholder().Match(r.LastUserText).Value + "; copy to carol.white@example.org.", 20, 12),
        };
        using ServiceProvider provider = Governed(model, guard: true);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        string first = await SendAsync(client, "Please send the receipt to alice.smith@example.com today.", Alice, streamed: false);
        string second = await SendAsync(client, "Please send the receipt to bob.jones@example.com and dan.brown@example.net today.", Bob, streamedSecond);

        Assert.Equal("Sent to alice.smith@example.com; copy to <EMAIL_2>.", first);
        Assert.Equal("Sent to bob.jones@example.com; copy to <EMAIL_3>.", second);
        Assert.Equal(2, model.CallCount);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public async Task A_prompt_without_an_address_served_the_answer_of_one_with_an_address_never_gets_the_first_callers_address(bool guard, bool streamedSecond)
    {
        // Invariant: Alice's address is not in the stored answer (the cache stores the redacted answer), so whichever
        // way the semantic tier decides, Bob never receives it; on a hit (guard off) the placeholder stays a
        // placeholder, because Bob's request has no value for it.
        var model = new FakeChatClient(_clock)
        {
            Responder = r => FakeReply.Text("Sent to " + EmailPlaceholder().Match(r.LastUserText).Value + ".", 20, 12),
        };
        using ServiceProvider provider = Governed(model, guard);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        string first = await SendAsync(client, "Please send the receipt to alice.smith@example.com today.", Alice, streamed: false);
        string second = await SendAsync(client, "Please send the receipt today.", Bob, streamedSecond);

        Assert.Equal("Sent to alice.smith@example.com.", first);
        Assert.DoesNotContain("alice.smith", second, StringComparison.Ordinal);
        Assert.Equal(guard ? "Sent to ." : "Sent to <EMAIL_1>.", second);
        Assert.Equal(guard ? 2 : 1, model.CallCount);
        Assert.DoesNotContain("alice.smith", _l2.AllText, StringComparison.Ordinal);
    }

    [Theory(Skip = BugModelPlaceholderRestored)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_the_guard_a_hit_never_restores_the_models_placeholder_to_the_callers_own_address(bool streamedSecond)
    {
        // Invariant (Redaction/README: the provider-side step's placeholders "continue the numbering of the prompt's,
        // so one is never restored to a caller's value"): whatever the semantic tier serves, Bob's address appears in
        // his answer only where a placeholder of his own prompt stood, never where the model wrote another address.
        // Today: stored "Refunds are handled by <EMAIL_1>." (the model's), served to "Who handles refunds for
        // <EMAIL_1>?" and restored to "Refunds are handled by bob.jones@example.com.".
        FakeChatClient model = RefundsModel();
        using ServiceProvider provider = Governed(model, guard: false);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        await SendAsync(client, "Who handles refunds?", Alice, streamed: false);
        string second = await SendAsync(client, "Who handles refunds for bob.jones@example.com?", Bob, streamedSecond);

        Assert.NotEqual("Refunds are handled by bob.jones@example.com.", second);
    }

    [Theory(Skip = BugModelPlaceholderRestored)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_the_guard_a_hit_never_restores_the_models_placeholder_to_the_callers_second_address(bool streamedSecond)
    {
        // Invariant: as above; today "Sent to <EMAIL_1>; copy to <EMAIL_2>." (the model's <EMAIL_2>) is served to a
        // prompt with two addresses and restored to "...; copy to dan.brown@example.net.".
        var model = new FakeChatClient(_clock)
        {
            Responder = r => FakeReply.Text("Sent to " + EmailPlaceholder().Match(r.LastUserText).Value + "; copy to carol.white@example.org.", 20, 12),
        };
        using ServiceProvider provider = Governed(model, guard: false);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        await SendAsync(client, "Please send the receipt to alice.smith@example.com today.", Alice, streamed: false);
        string second = await SendAsync(client, "Please send the receipt to bob.jones@example.com and dan.brown@example.net today.", Bob, streamedSecond);

        Assert.DoesNotContain("dan.brown", second, StringComparison.Ordinal);
    }

    [GeneratedRegex("<EMAIL_[0-9]+>")]
    private static partial Regex EmailPlaceholder();
}
