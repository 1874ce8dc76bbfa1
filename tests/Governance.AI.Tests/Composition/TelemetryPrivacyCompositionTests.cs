using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Budgets;
using Governance.AI.Redaction;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// All six stages acting on one application's traffic (a redacted value, a cache hit, a blocked prompt, a blocked
/// answer, a budget rejection), read through what operators see: spans and their events, log records and metric tags.
/// </summary>
public sealed class TelemetryPrivacyCompositionTests
{
    // Values that must never leave the request path: personal data the callers and the model wrote, and words that
    // occur only in the prompts' and answers' prose.
    private static readonly string[] Private =
    [
        "alice.smith", "bob.jones", "carol.white", "4111 1111", "4111111111111111", "+44 20 7946 0958", "GB82WEST",
        "zanzibar", "marmalade", "quokka", "falcon",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_span_attribute_span_event_log_record_or_metric_tag_carries_a_prompt_an_answer_or_a_personal_value(bool streaming)
    {
        // Invariant (Telemetry/README: "never prompt or response text or values"; Redaction/README: "Never values"):
        // with every policy acting, and audit logging at its most verbose level, nothing any exporter could read holds
        // a value redaction removed, a word of a prompt or of an answer.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var backend = new FakeChatClient(clock, "gpt-4o")
        {
            StreamingChunks = 5,
            Responder = r => FakeReply.Text(
                r.LastUserText.Contains("plans", StringComparison.Ordinal)
                    ? "The Project Falcon marmalade plans are secret."
                    : "Sent the zanzibar receipt; carol.white@example.org will call +44 20 7946 0958 about it.",
                40,
                16),
        };
        ServiceCollection services = Services(clock);
        services.AddMetrics();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddSingleton<IAuditSink>(new InMemoryAuditSink());
        services.AddAiGovernance(new FakeChatClient(clock), Config(
                ("AiGovernance:Safety:DenyTerms:0", "project falcon"),
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "1000"),
                ("AiGovernance:Telemetry:SpanCallerAttributes", "Tenant, User, Application, CostCenter")))
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", backend, "gpt-4o"));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        using var telemetry = new PrivacyCapture(provider.GetRequiredService<IMeterFactory>());
        CallerContext alice = CallerContext.ForTenant("contoso", "alice");
        Task<ChatResponse> Send(string prompt) => streaming
            ? client.GetStreamingResponseAsync(prompt, For(alice, "gpt-4o", 100)).ToChatResponseAsync()
            : client.GetResponseAsync(prompt, For(alice, "gpt-4o", 100));

        using (Activity root = new Activity("privacy").Start())
        {
            telemetry.Trace = root.TraceId;
            const string Redacted = "Please mail the zanzibar receipt to alice.smith@example.com, card 4111 1111 1111 1111, IBAN GB82WEST12345698765432.";
            ChatResponse miss = await Send(Redacted);
            ChatResponse hit = await Send(Redacted);
            await Assert.ThrowsAsync<ContentBlockedException>(() => Send("Tell bob.jones@example.com about Project Falcon and the quokka."));
            await Assert.ThrowsAsync<ContentBlockedException>(() => Send("Share the marmalade plans with bob.jones@example.com."));
            await Assert.ThrowsAsync<BudgetExceededException>(() => Send("quokka " + new string('x', 1200) + " bob.jones@example.com"));

            // The policies did act: the answer was redacted for the caller and the second call was a hit.
            Assert.Equal("Sent the zanzibar receipt; <EMAIL_2> will call <PHONE_1> about it.", miss.Text);
            Assert.Equal(miss.Text, hit.Text);
        }

        Assert.NotEmpty(telemetry.Texts);
        IReadOnlyList<FakeLogRecord> logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(logs);
        IEnumerable<string> everything = telemetry.Texts.Concat(logs.SelectMany(LogTexts));
        foreach (string text in everything)
        {
            foreach (string value in Private)
            {
                Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"'{value}' in telemetry: {text}");
            }
        }
    }

    private static IEnumerable<string> LogTexts(FakeLogRecord record)
    {
        yield return record.Message;
        if (record.Exception is { } exception)
        {
            yield return exception.ToString();
        }

        foreach (KeyValuePair<string, string?> pair in record.StructuredState ?? [])
        {
            yield return pair.Key + "=" + pair.Value;
        }
    }

    /// <summary>
    /// Every text an exporter could read: the governance spans of one trace (name, status, attributes, events and
    /// their attributes) and the tags of every measurement on one service provider's meters.
    /// </summary>
    private sealed class PrivacyCapture : IDisposable
    {
        private readonly ActivityListener _spans;
        private readonly MeterListener _meters;
        private readonly ConcurrentQueue<string> _texts = new();

        public PrivacyCapture(IMeterFactory meters)
        {
            _spans = new ActivityListener
            {
                ShouldListenTo = source => source.Name == GovernanceDiagnostics.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = RecordSpan,
            };
            ActivitySource.AddActivityListener(_spans);
            _meters = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (ReferenceEquals(instrument.Meter.Scope, meters))
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<long>((i, _, tags, _) => RecordTags(i, tags));
            _meters.SetMeasurementEventCallback<int>((i, _, tags, _) => RecordTags(i, tags));
            _meters.SetMeasurementEventCallback<double>((i, _, tags, _) => RecordTags(i, tags));
            _meters.SetMeasurementEventCallback<decimal>((i, _, tags, _) => RecordTags(i, tags));
            _meters.Start();
        }

        public ActivityTraceId Trace { get; set; }

        public IReadOnlyCollection<string> Texts => _texts;

        public void Dispose()
        {
            _spans.Dispose();
            _meters.Dispose();
        }

        private void RecordSpan(Activity span)
        {
            if (span.TraceId != Trace)
            {
                return;
            }

            _texts.Enqueue(span.DisplayName + " " + span.StatusDescription);
            foreach (KeyValuePair<string, object?> tag in span.TagObjects)
            {
                _texts.Enqueue(tag.Key + "=" + tag.Value);
            }

            foreach (ActivityEvent e in span.Events)
            {
                _texts.Enqueue(e.Name);
                foreach (KeyValuePair<string, object?> tag in e.Tags)
                {
                    _texts.Enqueue(e.Name + ":" + tag.Key + "=" + tag.Value);
                }
            }
        }

        private void RecordTags(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                _texts.Enqueue(instrument.Name + ":" + tag.Key + "=" + tag.Value);
            }
        }
    }
}
