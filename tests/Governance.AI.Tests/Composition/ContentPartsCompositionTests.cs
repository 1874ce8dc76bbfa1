using System.Text;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Governance.AI.Tests.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Parts that are not plain text — reasoning with the provider's protected data, function calls the provider already
/// ran — passing redaction, with M.E.AI's <c>UseFunctionInvocation</c> outside the governance block: what redaction
/// rewrites must keep what the part means to the provider and to the function-invoking client.
/// </summary>
public sealed class ContentPartsCompositionTests
{
    private const string Email = "alice.smith@example.com";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private IChatClient Agent(IChatClient model, bool redact)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        ChatClientBuilder builder = new ChatClientBuilder(model).UseFunctionInvocation();
        return (redact ? builder.UseAiGovernance(g => g.UseRedaction(new RedactionOptions())) : builder).Build(provider);
    }

    private static Task<ChatResponse> Send(IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions options, bool streaming) =>
        streaming
            ? client.GetStreamingResponseAsync(messages, options).ToChatResponseAsync()
            : client.GetResponseAsync(messages, options);

    [Theory(Skip = "bug: RedactingChatClient rebuilds a FunctionCallContent whose arguments it restores without InformationalOnly, so UseFunctionInvocation runs a call the provider already ran")]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_function_call_the_provider_marked_informational_is_never_invoked_after_its_arguments_are_restored(bool redact, bool streaming)
    {
        // Invariant: a FunctionCallContent with InformationalOnly (a call the provider's own tools already ran) is
        // reported to the caller, never invoked by UseFunctionInvocation, with or without redaction restoring the
        // caller's address in its arguments.
        var tool = new CountingTool("send_receipt");
        var model = new FakeChatClient(_clock)
        {
            Responder = request =>
            {
                string to = request.LastUserText.Contains(Email, StringComparison.Ordinal) ? Email : "<EMAIL_1>";
                return FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant,
                [
                    new FunctionCallContent("c1", "send_receipt", new Dictionary<string, object?> { ["to"] = to }) { InformationalOnly = true },
                    new TextContent("The receipt was sent."),
                ]))
                {
                    FinishReason = ChatFinishReason.Stop,
                    Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5, TotalTokenCount = 15 },
                });
            },
        };
        IChatClient client = Agent(model, redact);
        var options = new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso", "alice");

        ChatResponse answer = await Send(client, [new ChatMessage(ChatRole.User, "Send the receipt to " + Email + ".")], options, streaming);

        Assert.Equal(0, tool.Runs);
        Assert.Equal(1, model.CallCount);
        FunctionCallContent call = Assert.Single(answer.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.True(call.InformationalOnly);
        Assert.Equal(Email, call.Arguments!["to"]?.ToString());
    }

    [Theory(Skip = "bug: RedactingChatClient rebuilds a TextReasoningContent it redacts or restores without its ProtectedData, so the provider's signed or encrypted reasoning is lost in both directions")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reasoning_keeps_the_providers_protected_data_when_redaction_restores_it_and_when_it_is_sent_back(bool streaming)
    {
        // Invariant: the provider's protected data (the signature or encrypted form of its reasoning) belongs with
        // the reasoning text the provider wrote; the caller gets it beside the restored text, and when the caller
        // sends the turn back the provider receives its own text (placeholders) with its own protected data.
        var model = new FakeChatClient(_clock)
        {
            Responder = _ => FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant,
            [
                new TextReasoningContent("The user wants the receipt sent to <EMAIL_1>.") { ProtectedData = "provider-signature-1" },
                new TextContent("Done."),
            ]))
            {
                FinishReason = ChatFinishReason.Stop,
                Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5, TotalTokenCount = 15 },
            }),
        };
        IChatClient client = Agent(model, redact: true);
        var history = new List<ChatMessage> { new(ChatRole.User, "Send the receipt to " + Email + ".") };

        ChatResponse first = await Send(client, history, new ChatOptions().ForCaller("contoso", "alice"), streaming);
        TextReasoningContent reasoning = Assert.Single(first.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>());
        Assert.Equal("The user wants the receipt sent to " + Email + ".", reasoning.Text);
        Assert.Equal("provider-signature-1", reasoning.ProtectedData);

        history.AddMessages(first);
        history.Add(new ChatMessage(ChatRole.User, "Thanks."));
        await Send(client, history, new ChatOptions().ForCaller("contoso", "alice"), streaming);

        TextReasoningContent sentBack = Assert.Single(model.Requests[1].Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>());
        Assert.Equal("The user wants the receipt sent to <EMAIL_1>.", sentBack.Text);
        Assert.Equal("provider-signature-1", sentBack.ProtectedData);
    }

    [Theory(Skip = "bug: RedactingChatClient leaves a text DataContent (an attached text/plain or JSON file) as sent, so its personal data reaches the cache and the provider unredacted")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Personal_data_in_an_attached_text_file_never_reaches_the_provider_as_written(bool streaming)
    {
        // Invariant (Redaction/README: "the cache, the budget, the router and the provider only ever see redacted
        // text"): a file the user attaches as text (DataContent text/plain) is text the provider reads; an address
        // in it reaches the provider as a placeholder or not at all, never as written.
        var model = new FakeChatClient(_clock) { Responder = _ => FakeReply.Text("The file lists one customer.", 10, 5) };
        IChatClient client = Agent(model, redact: true);
        var prompt = new ChatMessage(ChatRole.User,
        [
            new TextContent("Summarise the attached customer list."),
            new DataContent(Encoding.UTF8.GetBytes("name,email\nAlice Smith," + Email + "\n"), "text/plain") { Name = "customers.csv" },
        ]);

        await Send(client, [prompt], new ChatOptions().ForCaller("contoso", "alice"), streaming);

        IEnumerable<string> sent = model.Requests[0].Messages.SelectMany(m => m.Contents).Select(c => c switch
        {
            TextContent text => text.Text,
            DataContent data => Encoding.UTF8.GetString(data.Data.Span),
            _ => string.Empty,
        });
        Assert.All(sent, text => Assert.DoesNotContain(Email, text, StringComparison.Ordinal));
    }
}
