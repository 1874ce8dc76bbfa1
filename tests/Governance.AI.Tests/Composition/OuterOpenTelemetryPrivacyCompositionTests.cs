using System.Collections.Concurrent;
using System.Diagnostics;
using Governance.AI.Redaction;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Microsoft.Extensions.AI's <c>UseOpenTelemetry</c> placed outside (around) the governed pipeline, which has its own
/// telemetry and redaction: what the two span sources carry of the prompt and the answer.
/// </summary>
public sealed class OuterOpenTelemetryPrivacyCompositionTests
{
    private const string Email = "alice.smith@example.com";

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Neither_span_source_carries_prompt_or_answer_text_unless_the_application_opts_in_to_sensitive_data_outside(bool sensitive, bool streaming)
    {
        // Invariants (Telemetry README: never raw content or PII; README's middleware table: UseOpenTelemetry belongs
        // inside, where it sees only redacted content): the governance spans never carry the prompt's or the answer's
        // words or the address, whatever M.E.AI's switch says. M.E.AI's own spans carry no content by default; with
        // EnableSensitiveData (the application's opt-in) outside the block they carry the raw prompt, address included.
        string source = "app.outer." + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock, "gpt-4o") { StreamingChunks = 3, Responder = _ => FakeReply.Text("The marmalade invoice is settled.", 20, 6) };
        using ServiceProvider services = new ServiceCollection().AddSingleton<TimeProvider>(clock).BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(model)
            .UseOpenTelemetry(sourceName: source, configure: o => o.EnableSensitiveData = sensitive)
            .UseAiGovernance(g => g.UseTelemetry().UseRedaction(new RedactionOptions()))
            .Build(services);
        var texts = new ConcurrentQueue<(string Source, string Text)>();
        using var root = new Activity("request");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source || s.Name == GovernanceDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.TraceId == root.TraceId)
                {
                    texts.Enqueue((a.Source.Name, Describe(a)));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        root.Start();
        ChatOptions options = new ChatOptions { ModelId = "gpt-4o" }.ForCaller("contoso", "alice");
        string prompt = $"Has the zanzibar invoice of {Email} been settled?";
        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync(prompt, options).ToChatResponseAsync()
            : await client.GetResponseAsync(prompt, options);
        root.Stop();

        Assert.Equal("The marmalade invoice is settled.", response.Text);
        Assert.Contains(texts, t => t.Source == source);
        Assert.Contains(texts, t => t.Source == GovernanceDiagnostics.SourceName);
        string governance = string.Join("\n", texts.Where(t => t.Source == GovernanceDiagnostics.SourceName).Select(t => t.Text));
        string outer = string.Join("\n", texts.Where(t => t.Source == source).Select(t => t.Text));
        foreach (string word in new[] { "zanzibar", "marmalade", "alice.smith" })
        {
            Assert.DoesNotContain(word, governance, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(sensitive, outer.Contains(Email, StringComparison.Ordinal));
        Assert.Equal(sensitive, outer.Contains("zanzibar", StringComparison.Ordinal));
    }

    /// <summary>Every string an exporter could read from a span: its name, tags, events and their tags, baggage.</summary>
    private static string Describe(Activity activity)
    {
        var text = new System.Text.StringBuilder(activity.DisplayName).Append('\n');
        foreach (KeyValuePair<string, object?> tag in activity.TagObjects)
        {
            text.Append(tag.Key).Append('=').Append(tag.Value).Append('\n');
        }

        foreach (ActivityEvent e in activity.Events)
        {
            text.Append(e.Name).Append('\n');
            foreach (KeyValuePair<string, object?> tag in e.Tags)
            {
                text.Append(tag.Key).Append('=').Append(tag.Value).Append('\n');
            }
        }

        return text.ToString();
    }
}
