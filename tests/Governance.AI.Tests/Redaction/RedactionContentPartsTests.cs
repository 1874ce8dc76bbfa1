using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// Parts other than plain text through the redaction step: the members a rebuilt part must keep besides its text.
/// </summary>
public sealed class RedactionContentPartsTests
{
    private const string Email = "jane@example.com";

    private static GovernanceTestHarness Harness() => GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()));

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
