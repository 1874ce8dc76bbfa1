using System.Text;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// Parts other than plain text through the redaction step: attached files by media type, and the members a rebuilt
/// part must keep besides its text.
/// </summary>
public sealed class RedactionContentPartsTests
{
    private const string Email = "jane@example.com";

    private static GovernanceTestHarness Harness() => GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()));

    private static Task<ChatResponse> Send(IChatClient client, IEnumerable<ChatMessage> messages, bool streaming) =>
        streaming ? client.GetStreamingResponseAsync(messages).ToChatResponseAsync() : client.GetResponseAsync(messages);

    [Theory]
    [InlineData("application/json", false)]
    [InlineData("application/json", true)]
    [InlineData("text/markdown; charset=utf-8", false)]
    [InlineData("application/ld+json", true)]
    public async Task A_text_file_is_sent_redacted_with_its_media_type_and_name_and_its_placeholders_restored_in_the_answer(string mediaType, bool streaming)
    {
        // Invariant: the provider reads an attached text file with placeholders in place of personal data, as the
        // same media type and name; a text file in the answer gets the caller's values back, like answer text.
        GovernanceTestHarness h = Harness();
        h.Model.Responder = _ => FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant,
        [
            new TextContent("Here is the file."),
            new DataContent(Encoding.UTF8.GetBytes("{\"owner\":\"<EMAIL_1>\"}"), mediaType) { Name = "owner.json" },
        ])));
        var prompt = new ChatMessage(ChatRole.User,
        [
            new TextContent("Reformat this."),
            new DataContent(Encoding.UTF8.GetBytes("{\"owner\": \"" + Email + "\"}"), mediaType) { Name = "in.json" },
        ]);

        ChatResponse answer = await Send(h.Client, [prompt], streaming);

        DataContent sent = Assert.Single(h.Model.Requests[0].Messages.SelectMany(m => m.Contents).OfType<DataContent>());
        Assert.Equal("{\"owner\": \"<EMAIL_1>\"}", Encoding.UTF8.GetString(sent.Data.Span));
        Assert.Equal(mediaType, sent.MediaType);
        Assert.Equal("in.json", sent.Name);
        DataContent returned = Assert.Single(answer.Messages.SelectMany(m => m.Contents).OfType<DataContent>());
        Assert.Equal("{\"owner\":\"" + Email + "\"}", Encoding.UTF8.GetString(returned.Data.Span));
        Assert.Equal("owner.json", returned.Name);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("audio/wav")]
    [InlineData("application/pdf")]
    [InlineData("application/octet-stream")]
    public async Task Binary_media_is_sent_as_attached(string mediaType)
    {
        // Invariant: redaction never rewrites bytes it cannot read as text; a binary part reaches the provider as
        // the caller's own part, even when its bytes happen to spell an address.
        GovernanceTestHarness h = Harness();
        h.Model.Responder = _ => FakeReply.Text("Seen.");
        var file = new DataContent(Encoding.UTF8.GetBytes("%binary " + Email), mediaType) { Name = "blob" };

        await h.Client.GetResponseAsync([new ChatMessage(ChatRole.User, [new TextContent("What is this?"), file])]);

        Assert.Same(file, Assert.Single(h.Model.Requests[0].Messages.SelectMany(m => m.Contents).OfType<DataContent>()));
    }

    [Fact]
    public async Task A_rebuilt_part_keeps_its_error_properties_and_annotations()
    {
        // Invariant: rewriting a part's text changes only its text; what else the part carries (its error, the
        // provider's properties, its annotations, a call's informational flag) reaches the provider and the caller.
        GovernanceTestHarness h = Harness();
        var failure = new InvalidOperationException("lookup failed");
        var callError = new InvalidOperationException("bad arguments");
        var annotations = new List<AIAnnotation> { new CitationAnnotation { Title = "source" } };
        h.Model.Responder = _ => FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant,
        [
            new FunctionCallContent("c2", "send", new Dictionary<string, object?> { ["to"] = "<EMAIL_1>" })
            {
                Exception = callError,
                AdditionalProperties = new AdditionalPropertiesDictionary { ["provider"] = "call" },
                Annotations = annotations,
            },
        ])));
        var result = new FunctionResultContent("c1", "owner is " + Email)
        {
            Exception = failure,
            AdditionalProperties = new AdditionalPropertiesDictionary { ["provider"] = "result" },
            Annotations = annotations,
        };

        ChatResponse answer = await h.Client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.User, "Who owns it?"),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "lookup", new Dictionary<string, object?>())]),
            new ChatMessage(ChatRole.Tool, [result]),
        ]);

        FunctionResultContent sent = Assert.Single(h.Model.Requests[0].Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>());
        Assert.Equal("owner is <EMAIL_1>", sent.Result);
        Assert.Same(failure, sent.Exception);
        Assert.Equal("result", sent.AdditionalProperties?["provider"]);
        Assert.Same(annotations, sent.Annotations);
        FunctionCallContent call = Assert.Single(answer.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal(Email, call.Arguments!["to"]);
        Assert.Same(callError, call.Exception);
        Assert.Equal("call", call.AdditionalProperties?["provider"]);
        Assert.Same(annotations, call.Annotations);
    }
}
