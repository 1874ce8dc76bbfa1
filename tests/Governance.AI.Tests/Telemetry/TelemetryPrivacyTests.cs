using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Governance.AI.Routing;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Testing;

namespace Governance.AI.Tests.TelemetryPolicy;

/// <summary>
/// Prompts full of personal data and secrets go through the telemetry policy over a model that echoes them, in every
/// way a call can end; none of the values may appear in any span, metric tag, log line or audit event.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryPrivacyTests
{
    private static readonly string[] Secrets =
    [
        "alice.smith@contoso.com",
        "bob+billing@example.org",
        "4111 1111 1111 1111",
        "5500-0000-0000-0004",
        "378282246310005",
        "sk-proj-AbCdEf1234567890XyZabc",
        "AKIAIOSFODNN7EXAMPLE",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "xoxb-123456789012-abcdefABCDEF",
        "+1 (415) 555-0132",
        "078-05-1120",
        "DE89 3704 0044 0532 0130 00",
        "Hunter2-Passw0rd!",
    ];

    private static readonly string Prompt =
        "Please email alice.smith@contoso.com and bob+billing@example.org about card 4111 1111 1111 1111, " +
        "backup card 5500-0000-0000-0004 and amex 378282246310005. My OpenAI key is sk-proj-AbCdEf1234567890XyZabc, " +
        "AWS key AKIAIOSFODNN7EXAMPLE, GitHub token ghp_16C7e42F292c6912E7710c838347Ae178B4a, Slack xoxb-123456789012-abcdefABCDEF. " +
        "Call +1 (415) 555-0132, SSN 078-05-1120, IBAN DE89 3704 0044 0532 0130 00, password Hunter2-Passw0rd!";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_prompt_or_response_value_reaches_spans_metrics_logs_or_audit_events(bool includeMaskedContent)
    {
        using var capture = new TelemetryCapture();
        var options = new TelemetryOptions
        {
            MaxMetricAttributeValues = 10_000,
            MetricCallerAttributes = CallerAttributes.Tenant | CallerAttributes.User | CallerAttributes.Application | CallerAttributes.CostCenter,
            SpanCallerAttributes = CallerAttributes.Tenant | CallerAttributes.User | CallerAttributes.Application | CallerAttributes.CostCenter,
            Audit = { IncludeContent = includeMaskedContent, MaxContentLength = 10_000 },
        };
        var pipeline = new TelemetryPipeline(options);
        ChatOptions ChatOptions() => new ChatOptions { ModelId = pipeline.Model }.ForCaller(new CallerContext
        {
            TenantId = "tenant-1", UserId = "user-1", ApplicationId = "app-1", CostCenter = "cc-1",
        });
        var messages = new List<ChatMessage> { new(ChatRole.System, "Context: " + Prompt), new(ChatRole.User, Prompt) };

        // Every decision the inner policies can report, on a plain and a streamed call.
        pipeline.Reporter.Keys[GovernanceProperties.Redactions] = new Dictionary<string, int> { ["EMAIL"] = 2, ["CREDIT_CARD"] = 3, ["API_KEY"] = 4 };
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";
        pipeline.Reporter.Keys[GovernanceProperties.CacheTokensSaved] = 100L;
        pipeline.Reporter.Keys[GovernanceProperties.SafetyAnnotations] = new[] { "secret-in-prompt" };
        pipeline.Reporter.Keys[GovernanceProperties.RouteBackend] = "primary";
        pipeline.Reporter.Keys[GovernanceProperties.RouteAttempts] = 2;
        ChatResponse echoed = await pipeline.Client.GetResponseAsync(messages, ChatOptions());
        Assert.Contains("4111 1111 1111 1111", echoed.Text, StringComparison.Ordinal);
        await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync(messages, ChatOptions()))
        {
            Assert.NotNull(update);
        }

        pipeline.Reporter.Keys.Clear();

        // A stream abandoned half-way, and one that breaks.
        await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync(messages, ChatOptions()))
        {
            break;
        }

        pipeline.Fake.Enqueue(FakeReply.Text("Echo: " + Prompt).BreakingAfter(1));
        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync(messages, ChatOptions()))
            {
                Assert.NotNull(update);
            }
        });

        // Providers and policies that fail with the prompt in their message.
        pipeline.Fake.Enqueue(FakeReply.Throw(new HttpRequestException("400 Bad Request: could not parse '" + Prompt + "'", null, System.Net.HttpStatusCode.BadRequest)));
        await Assert.ThrowsAsync<HttpRequestException>(() => pipeline.Client.GetResponseAsync(messages, ChatOptions()));
        pipeline.Fake.Enqueue(FakeReply.Throw(new InvalidOperationException(Prompt)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.Client.GetResponseAsync(messages, ChatOptions()));
        foreach (Exception rejection in new Exception[]
        {
            new ContentBlockedException("prompt_injection", "pi-1", 0.99, inResponse: false, scope: "tenant:tenant-1"),
            new SensitiveDataBlockedException("CREDIT_CARD", 3, "tenant:tenant-1"),
            new BudgetExceededException("tenant:tenant-1/user:user-1", "tokens", "1d", 1000, 1000, 5000, TimeSpan.FromHours(1)),
            new NoHealthyBackendException(pipeline.Model, null, pipeline.Clock.GetUtcNow(), new HttpRequestException(Prompt)),
            new CallerContextRequiredException("budget", "tenant"),
        })
        {
            pipeline.Reporter.Throw = rejection;
            await Assert.ThrowsAsync(rejection.GetType(), () => pipeline.Client.GetResponseAsync(messages, ChatOptions()));
            await Assert.ThrowsAsync(rejection.GetType(), async () =>
            {
                await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync(messages, ChatOptions()))
                {
                    Assert.NotNull(update);
                }
            });
        }

        // The channels were all exercised...
        IReadOnlyList<Activity> spans = capture.SpansFor(pipeline.Model);
        IReadOnlyList<AuditEvent> audit = pipeline.Audit!.Events;
        Assert.Equal(16, spans.Count);
        Assert.Contains(spans, s => s.Events.Any());
        Assert.Contains(audit, e => e.Decision == AuditDecision.Redacted);
        Assert.Contains(audit, e => e.Decision == AuditDecision.Blocked);
        Assert.Contains(audit, e => e.Decision == AuditDecision.Rejected);
        Assert.NotEmpty(pipeline.Logs.Records);
        Assert.NotEmpty(capture.Measurements);
        if (includeMaskedContent)
        {
            Assert.All(audit, e => Assert.False(string.IsNullOrEmpty(e.PromptExcerpt)));
            Assert.Contains(pipeline.Logs.Records, l => l.Id.Id == 8101);
        }
        else
        {
            Assert.All(audit, e => Assert.Null(e.PromptExcerpt));
            Assert.All(audit, e => Assert.Null(e.ResponseExcerpt));
        }

        // ...and none of them carries a single value.
        AssertNoSecrets(spans, capture.Measurements, pipeline.Logs.Records, audit);
    }

    [Fact]
    public async Task No_value_leaks_through_a_pipeline_of_every_real_policy()
    {
        using var capture = new TelemetryCapture();
        using var logs = new TestLogs();
        var ledger = new InMemoryUsageLedger();
        var audit = new InMemoryAuditSink();
        var clock = new FakeTimeProvider();
        var primary = new FakeChatClient(clock, "gpt-4o");
        var secondary = new FakeChatClient(clock, "gpt-4o");
        primary.Responder = _ => FakeReply.Throw(new HttpRequestException("upstream rejected: " + Prompt, null, System.Net.HttpStatusCode.ServiceUnavailable));
        var budgets = new Governance.AI.Budgets.BudgetOptions();
        budgets.Limits.Add(new Governance.AI.Budgets.BudgetLimitOptions { Scope = Governance.AI.Budgets.BudgetScope.Tenant | Governance.AI.Budgets.BudgetScope.User, Window = Governance.AI.Budgets.BudgetWindow.Day, Tokens = 12_000 });
        GovernanceTestHarness harness = GovernanceTestHarness.Create(
            p => p.UseTelemetry(new TelemetryOptions
                {
                    MaxMetricAttributeValues = 10_000,
                    MetricCallerAttributes = CallerAttributes.Tenant | CallerAttributes.User,
                    Audit = { IncludeContent = true, MaxContentLength = 10_000 },
                })
                .UseSafety(MonitoredLexicalModel())
                .UseRedaction(new Governance.AI.Redaction.RedactionOptions())
                .UseSemanticCache(new Governance.AI.Caching.SemanticCacheOptions())
                .UseBudgets(budgets)
                .UseRouting(o =>
                {
                    o.Resilience.Retry.MaxRetries = 0;
                    o.Resilience.CircuitBreaker.MinimumThroughput = 1000;
                    // Distinct priorities: equal ones are tie-broken at random, and the first call must try the
                    // failing primary so that a failover is reported.
                    o.AddBackend("primary", primary, configure: b => b.Priority = 0);
                    o.AddBackend("secondary", secondary, configure: b => b.Priority = 1);
                }),
            clock: clock,
            services: new Dictionary<Type, object> { [typeof(IUsageLedger)] = ledger, [typeof(IAuditSink)] = audit, [typeof(Microsoft.Extensions.Logging.ILoggerFactory)] = logs.Factory });
        ChatOptions Options() => new ChatOptions { ModelId = "gpt-4o" }.ForCaller(new CallerContext { TenantId = "tenant-1", UserId = "user-1" });

        // A failover, a cache hit (plain and streamed), and budget rejections once the day's tokens are spent.
        await harness.Client.GetResponseAsync(Prompt, Options());
        await harness.Client.GetResponseAsync(Prompt, Options());
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt, Options()))
        {
            Assert.NotNull(update);
        }

        int rejected = 0;
        for (int i = 0; i < 6; i++)
        {
            try
            {
                await harness.Client.GetResponseAsync(i + " " + Prompt + " " + new string('x', 2000 * (i + 1)), Options());
            }
            catch (BudgetExceededException)
            {
                rejected++;
            }
        }

        Assert.True(rejected > 0);
        IReadOnlyList<Activity> spans = capture.SpansFor("gpt-4o");
        Assert.Contains(audit.Events, e => e.Decision == AuditDecision.CacheHit);
        Assert.Contains(audit.Events, e => e.Decision == AuditDecision.Redacted && e.Details.ContainsKey("EMAIL"));
        Assert.Contains(audit.Events, e => e.Decision == AuditDecision.Routed && e.Details["backend"] == "secondary");
        Assert.Contains(audit.Events, e => e.Decision == AuditDecision.Rejected);
        Assert.Contains(capture.Measurements, m => m.Instrument == "governance.router.failovers");
        Assert.NotEmpty(logs.Records);
        AssertNoSecrets(spans, capture.Measurements, logs.Records, audit.Events);
    }

    private static void AssertNoSecrets(IReadOnlyList<Activity> spans, IReadOnlyList<CapturedMeasurement> measurements, IReadOnlyList<FakeLogRecord> logs, IReadOnlyList<AuditEvent> audit)
    {
        var haystacks = new List<(string Channel, string Text)>();
        foreach (Activity span in spans)
        {
            haystacks.Add(("span name", span.DisplayName + " " + span.OperationName));
            haystacks.Add(("span status", span.StatusDescription ?? string.Empty));
            foreach (KeyValuePair<string, object?> tag in span.TagObjects)
            {
                haystacks.Add(("span tag " + tag.Key, tag.Key + "=" + Render(tag.Value)));
            }

            foreach (ActivityEvent spanEvent in span.Events)
            {
                foreach (KeyValuePair<string, object?> tag in spanEvent.Tags)
                {
                    haystacks.Add(("span event " + spanEvent.Name, tag.Key + "=" + Render(tag.Value)));
                }
            }

            foreach (KeyValuePair<string, string?> baggage in span.Baggage)
            {
                haystacks.Add(("baggage", baggage.Key + "=" + baggage.Value));
            }
        }

        foreach (CapturedMeasurement measurement in measurements)
        {
            foreach (KeyValuePair<string, object?> tag in measurement.Tags)
            {
                haystacks.Add(("metric " + measurement.Instrument, tag.Key + "=" + Render(tag.Value)));
            }
        }

        foreach (FakeLogRecord log in logs)
        {
            Assert.Null(log.Exception);
            haystacks.Add(("log", log.Message));
            foreach (KeyValuePair<string, string?> value in log.StructuredState ?? [])
            {
                haystacks.Add(("log value " + value.Key, value.Value ?? string.Empty));
            }
        }

        foreach (AuditEvent auditEvent in audit)
        {
            haystacks.Add(("audit", JsonSerializer.Serialize(auditEvent)));
        }

        foreach ((string channel, string text) in haystacks)
        {
            string compact = Compact(text);
            foreach (string secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{channel} leaks '{secret}': {text}");
                Assert.False(compact.Contains(Compact(secret), StringComparison.OrdinalIgnoreCase), $"{channel} leaks '{secret}' (reformatted): {text}");
            }

            Assert.DoesNotContain("Please email", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Masked_content_keeps_the_shape_and_none_of_the_values()
    {
        string masked = ContentMasker.Mask("Mail alice@contoso.com, card 4111-1111 now.", 100);

        Assert.Equal("M*** a****************, c*** ####*#### n**.", masked);
        Assert.Equal("H****…", ContentMasker.Mask("Hello world", 5));
    }

    [Fact]
    public void User_ids_in_scopes_are_pseudonymized_omitted_or_kept_as_configured()
    {
        byte[] key = "a-secret-of-the-deployment"u8.ToArray();
        string pseudonym = ContentMasker.Pseudonymize("alice@contoso.com", key);

        Assert.Matches("^u_[0-9a-f]{16}$", pseudonym);
        Assert.Equal(pseudonym, ContentMasker.Pseudonymize("alice@contoso.com", key));
        Assert.NotEqual(pseudonym, ContentMasker.Pseudonymize("alice@contoso.com", "another-secret-key"u8.ToArray()));
        Assert.Equal("tenant:t/user:" + pseudonym + "/model:m", ContentMasker.ScopeForAudit("tenant:t/user:alice@contoso.com/model:m", UserIdHandling.Pseudonymize, key));
        Assert.Equal("user:*", ContentMasker.ScopeForAudit("user:alice", UserIdHandling.Omit, key));
        Assert.Equal("user:alice", ContentMasker.ScopeForAudit("user:alice", UserIdHandling.Plain, key));
        Assert.Equal("superuser:x", ContentMasker.ScopeForAudit("superuser:x", UserIdHandling.Pseudonymize, key));
    }

    private static string Render(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable items => string.Join("|", items.Cast<object?>().Select(Render)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Compact(string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }

    /// <summary>
    /// Default safety options, except that the lexical model layer only monitors: the test prompt packs thirteen
    /// credentials and PII values into one request to "email" two addresses, which the layer reads as exfiltration.
    /// Monitoring keeps the layer running, so its audit decision is also checked for leaks.
    /// </summary>
    private static Governance.AI.Safety.SafetyOptions MonitoredLexicalModel()
    {
        var options = new Governance.AI.Safety.SafetyOptions();
        options.RuleActions["injection.lexical_model"] = Governance.AI.Safety.SafetyAction.Monitor;
        return options;
    }
}
