using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// The redaction engine remembers what it found in a whole text, so a system prompt or history re-sent every turn is
/// analyzed once, and the stage copies only what it changes. These tests pin that neither changes a result.
/// </summary>
public sealed class RedactionMemoTests
{
    private const string Known = "Please forward the signed contract to jane.doe@example.com before Friday.";
    private const string Other = "And copy the accounts team at billing@example.org on the same thread.";

    [Fact]
    public void A_remembered_analysis_gets_the_placeholders_of_each_request_s_own_vault()
    {
        var engine = new RedactionEngine(new RedactionOptions());

        var first = new RedactionVault();
        Assert.Equal("Please forward the signed contract to <EMAIL_1> before Friday.", engine.Redact(Known, first));

        // Another request: another value comes first, so the remembered text's value is this vault's second e-mail.
        var second = new RedactionVault();
        Assert.Equal("And copy the accounts team at <EMAIL_1> on the same thread.", engine.Redact(Other, second));
        Assert.Equal("Please forward the signed contract to <EMAIL_2> before Friday.", engine.Redact(Known, second));
        Assert.Equal(2, engine.RememberedAnalyses);

        Assert.Equal(1, first.EntityCounts["EMAIL"]);
        Assert.Equal(2, second.EntityCounts["EMAIL"]);
        Assert.True(second.TryGetOriginal("<EMAIL_2>", out string? value));
        Assert.Equal("jane.doe@example.com", value);
    }

    [Fact]
    public void A_remembered_first_redaction_still_fills_each_request_s_vault()
    {
        // The second request is served the remembered redacted text: its vault must still hold the value, or the
        // response's placeholder would not be restored.
        var engine = new RedactionEngine(new RedactionOptions());
        string first = engine.Redact(Known, new RedactionVault());

        var vault = new RedactionVault();
        string second = engine.Redact(Known, vault);

        Assert.Equal("Please forward the signed contract to <EMAIL_1> before Friday.", second);
        Assert.Same(first, second);
        Assert.Equal(1, vault.EntityCounts["EMAIL"]);
        Assert.True(vault.TryGetOriginal("<EMAIL_1>", out string? value));
        Assert.Equal("jane.doe@example.com", value);
        Assert.Equal("Reply to jane.doe@example.com.", vault.Restore("Reply to <EMAIL_1>."));
    }

    [Fact]
    public void A_remembered_first_redaction_counts_masked_and_secret_values_without_making_them_restorable()
    {
        var options = new RedactionOptions();
        options.Policies[RedactionEntityTypes.Email] = new EntityPolicy { Operator = RedactionOperator.Mask, MaskKeepLast = 4 };
        var engine = new RedactionEngine(options);
        const string text = "Mail jane.doe@example.com the key AKIAZ3QW7RTY2UIOP4AB please, it is urgent today.";
        string expected = engine.Redact(text, new RedactionVault());

        var vault = new RedactionVault();
        Assert.Equal(expected, engine.Redact(text, vault));
        Assert.DoesNotContain("jane.doe", expected, StringComparison.Ordinal);
        Assert.Equal(1, vault.EntityCounts["EMAIL"]);
        Assert.Equal(2, vault.EntityCounts.Count);
        Assert.Equal(0, vault.RestorableCount);
    }

    [Fact]
    public void A_remembered_block_still_blocks()
    {
        var options = new RedactionOptions();
        options.Policies[RedactionEntityTypes.Email] = new EntityPolicy { Operator = RedactionOperator.Block };
        var engine = new RedactionEngine(options);

        Assert.Throws<SensitiveDataBlockedException>(() => engine.Redact(Known, new RedactionVault()));
        Assert.Throws<SensitiveDataBlockedException>(() => engine.Redact(Known, new RedactionVault()));
        Assert.Equal(1, engine.RememberedAnalyses);
    }

    [Fact]
    public void An_engine_with_a_validator_analyzes_every_time()
    {
        // A validator may consult state that changes (a list of live ids): its answer is never remembered.
        var live = true;
        var options = new RedactionOptions();
        options.CustomRecognizers.Add(CustomRecognizer.FromPattern("TICKET", @"\bTK-\d{6}\b", confidence: 0.95, validator: _ => live));
        var engine = new RedactionEngine(options);
        const string text = "The customer reopened ticket TK-123456 again this morning.";

        Assert.Equal("The customer reopened ticket <TICKET_1> again this morning.", engine.Redact(text, new RedactionVault()));
        live = false;
        Assert.Equal(text, engine.Redact(text, new RedactionVault()));
        Assert.Equal(-1, engine.RememberedAnalyses);
    }

    [Fact]
    public async Task A_request_with_nothing_to_redact_reaches_the_model_as_the_caller_s_list_with_empty_counts()
    {
        var inner = new CapturingChatClient();
        using var client = new RedactingChatClient(inner, new RedactionOptions());
        var messages = new List<ChatMessage> { new(ChatRole.System, "You are a helpful assistant."), new(ChatRole.User, "What is the capital of France?") };

        ChatResponse response = await client.GetResponseAsync(messages);

        Assert.Same(messages, inner.Received);
        var counts = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(response.AdditionalProperties![GovernanceProperties.Redactions]);
        Assert.Empty(counts);
        Assert.NotSame(inner.Response, response);
        Assert.Null(inner.Response.AdditionalProperties);
    }

    [Fact]
    public async Task Only_the_changed_message_is_copied_and_the_caller_s_messages_are_untouched()
    {
        var inner = new CapturingChatClient();
        using var client = new RedactingChatClient(inner, new RedactionOptions());
        var system = new ChatMessage(ChatRole.System, "You are a helpful assistant.");
        var user = new ChatMessage(ChatRole.User, Known);
        var messages = new List<ChatMessage> { system, user };

        await client.GetResponseAsync(messages);

        var received = Assert.IsAssignableFrom<IList<ChatMessage>>(inner.Received);
        Assert.NotSame(messages, received);
        Assert.Same(system, received[0]);
        Assert.NotSame(user, received[1]);
        Assert.Equal("Please forward the signed contract to <EMAIL_1> before Friday.", received[1].Text);
        Assert.Equal(Known, user.Text);
    }

    [Fact]
    public async Task A_repeated_request_restores_its_own_placeholders_every_time()
    {
        GovernanceTestHarness h = GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()));
        h.Model.Responder = r => FakeReply.Text("Noted: " + r.LastUserText);

        for (int i = 0; i < 3; i++)
        {
            ChatResponse response = await h.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Known)]);
            Assert.Equal("Noted: " + Known, response.Text);
            Assert.Equal(1, Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(response.AdditionalProperties![GovernanceProperties.Redactions])["EMAIL"]);
        }

        Assert.All(h.Model.Requests, r => Assert.Equal("Please forward the signed contract to <EMAIL_1> before Friday.", r.LastUserText));
    }

    private sealed class CapturingChatClient : IChatClient
    {
        public IEnumerable<ChatMessage>? Received { get; private set; }

        public ChatResponse Response { get; } = new(new ChatMessage(ChatRole.Assistant, "Paris."));

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Received = messages;
            return Task.FromResult(Response);
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
