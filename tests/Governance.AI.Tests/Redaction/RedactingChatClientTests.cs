using System.Text.Json;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Governance.AI.Tests.Redaction;

public sealed class RedactingChatClientTests
{
    private const string Prompt = "I am jane@example.com, card 4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE.";

    private static GovernanceTestHarness Harness(RedactionOptions? options = null) =>
        GovernanceTestHarness.Create(p => p.UseRedaction(options ?? new RedactionOptions()));

    [Fact]
    public async Task The_model_sees_placeholders_and_the_caller_gets_values_back()
    {
        GovernanceTestHarness h = Harness();
        h.Model.Responder = r => FakeReply.Text("Noted " + r.LastUserText);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "Support bot. Escalate to ops@example.com."),
            new(ChatRole.User, Prompt),
        };

        ChatResponse response = await h.Client.GetResponseAsync(messages);

        string seen = h.Model.Requests[0].AllText;
        Assert.Equal("Support bot. Escalate to <EMAIL_1>.\nI am <EMAIL_2>, card <CREDIT_CARD_1>, key <AWS_ACCESS_KEY_1>.", seen);

        // PII comes back; the secret does not.
        Assert.Equal("Noted I am jane@example.com, card 4111 1111 1111 1111, key <AWS_ACCESS_KEY_1>.", response.Text);

        // The caller's messages are untouched.
        Assert.Equal(Prompt, messages[1].Text);
        Assert.Equal("Support bot. Escalate to ops@example.com.", messages[0].Text);

        // Counts by type, never values.
        var counts = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(response.AdditionalProperties![GovernanceProperties.Redactions]);
        Assert.Equal(2, counts["EMAIL"]);
        Assert.Equal(1, counts["CREDIT_CARD"]);
        Assert.Equal(1, counts["AWS_ACCESS_KEY"]);
    }

    [Fact]
    public async Task Streaming_restores_placeholders_split_at_every_chunk_boundary()
    {
        GovernanceTestHarness h = Harness(new RedactionOptions { RedactResponse = false });
        h.Model.Responder = r => FakeReply.Text("Echo: " + r.LastUserText);
        const string prompt = "Mail jane@example.com or bob@example.org, phone +44 20 7946 0958.";
        const string expected = "Echo: " + prompt;

        // One-character chunks split every placeholder at every position.
        h.Model.StreamingChunks = 400;
        string text = string.Concat(await Collect(h.Client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, prompt)])));
        Assert.Equal(expected, text);

        // And every two-chunk split of the redacted reply.
        string redactedReply = "Echo: Mail <EMAIL_1> or <EMAIL_2>, phone <PHONE_1>.";
        for (int cut = 0; cut <= redactedReply.Length; cut++)
        {
            var split = new SplitStreamClient(redactedReply[..cut], redactedReply[cut..]);
            var client = new RedactingChatClient(split, new RedactionOptions { RedactResponse = false });
            string restored = string.Concat(await Collect(client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, prompt)])));
            Assert.Equal(expected, restored);
        }
    }

    [Fact]
    public async Task Streaming_redacts_new_values_the_model_writes_even_when_split()
    {
        const string reply = "Sure. Contact the admin at admin@corp.example.com or +1 (415) 555-0132 for help with the request, thanks.";
        for (int cut = 0; cut <= reply.Length; cut++)
        {
            var split = new SplitStreamClient(reply[..cut], reply[cut..]);
            var client = new RedactingChatClient(split, new RedactionOptions());
            List<string> chunks = await Collect(client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
            string text = string.Concat(chunks);
            Assert.Equal("Sure. Contact the admin at <EMAIL_1> or <PHONE_1> for help with the request, thanks.", text);
            Assert.DoesNotContain(chunks, c => c.Contains("admin@", StringComparison.Ordinal) || c.Contains("555", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Streaming_never_releases_part_of_a_private_key_longer_than_the_hold_back()
    {
        string body = string.Join("\n", Enumerable.Range(0, 10).Select(i => new string((char)('A' + i), 64)));
        string key = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----";
        string reply = "Here is the key you asked for:\n" + key + "\nKeep it safe and rotate it soon.";
        for (int cut = 0; cut <= reply.Length; cut += 7)
        {
            var split = new SplitStreamClient(reply[..cut], reply[cut..]);
            var client = new RedactingChatClient(split, new RedactionOptions());
            List<string> chunks = await Collect(client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "key?")]));
            Assert.Equal("Here is the key you asked for:\n<PRIVATE_KEY_1>\nKeep it safe and rotate it soon.", string.Concat(chunks));
            Assert.DoesNotContain(chunks, c => c.Contains("AAAA", StringComparison.Ordinal) || c.Contains("BEGIN", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Streaming_tool_calls_are_restored_whole_without_disturbing_the_text_stream()
    {
        var model = new UpdateStreamClient(
            new ChatResponseUpdate(ChatRole.Assistant, "Sending to <EMA"),
            new ChatResponseUpdate(ChatRole.Assistant, [new FunctionCallContent("c1", "send", new Dictionary<string, object?> { ["to"] = "<EMAIL_1>" })]),
            new ChatResponseUpdate(ChatRole.Assistant, "IL_1> now."));
        var client = new RedactingChatClient(model, new RedactionOptions());

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate u in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "mail jane@example.com")]))
        {
            updates.Add(u);
        }

        Assert.Equal("Sending to jane@example.com now.", string.Concat(updates.Select(u => u.Text)));
        FunctionCallContent call = Assert.Single(updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>());
        Assert.Equal("jane@example.com", call.Arguments!["to"]);
    }

    [Fact]
    public async Task Streaming_a_response_longer_than_the_input_limit_keeps_the_held_text_under_it()
    {
        string sentence = "Please forward this to the team lead at lead@example.com before the meeting starts. ";
        string reply = string.Concat(Enumerable.Repeat(sentence, 30));
        string[] chunks = [.. Enumerable.Range(0, (reply.Length + 39) / 40).Select(i => reply.Substring(i * 40, Math.Min(40, reply.Length - (i * 40))))];
        var client = new RedactingChatClient(new SplitStreamClient(chunks), new RedactionOptions { MaxInputLength = 300 });

        string text = string.Concat(await Collect(client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")])));
        Assert.Equal(reply.Replace("lead@example.com", "<EMAIL_1>", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task Streaming_final_update_carries_counts()
    {
        GovernanceTestHarness h = Harness();
        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate u in h.Client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, Prompt)]))
        {
            updates.Add(u);
        }

        var counts = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(updates[^1].AdditionalProperties![GovernanceProperties.Redactions]);
        Assert.Equal(1, counts["EMAIL"]);
        Assert.Contains("jane@example.com", string.Concat(updates.Select(u => u.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_redaction_hides_new_values_and_keeps_them_hidden()
    {
        GovernanceTestHarness h = Harness();
        h.Model.Enqueue(FakeReply.Text("Your colleague is bob@example.org; you are <EMAIL_1>."));
        ChatResponse response = await h.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "I am jane@example.com")]);
        Assert.Equal("Your colleague is <EMAIL_2>; you are jane@example.com.", response.Text);

        GovernanceTestHarness off = Harness(new RedactionOptions { RedactResponse = false });
        off.Model.Enqueue(FakeReply.Text("Your colleague is bob@example.org."));
        Assert.Equal("Your colleague is bob@example.org.", (await off.Client.GetResponseAsync("hello")).Text);
    }

    [Fact]
    public async Task Roles_are_configurable()
    {
        GovernanceTestHarness h = Harness(new RedactionOptions { RedactSystemMessages = false });
        await h.Client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.System, "Owner ops@example.com"),
            new ChatMessage(ChatRole.User, "Me jane@example.com"),
        ]);
        Assert.Equal("Owner ops@example.com\nMe <EMAIL_1>", h.Model.Requests[0].AllText);

        // An unknown role fails closed.
        GovernanceTestHarness none = Harness(new RedactionOptions { RedactUserMessages = false, RedactSystemMessages = false });
        await none.Client.GetResponseAsync(
        [
            new ChatMessage(new ChatRole("developer"), "Owner ops@example.com"),
            new ChatMessage(ChatRole.User, "Me jane@example.com"),
        ]);
        Assert.Equal("Owner <EMAIL_1>\nMe jane@example.com", none.Model.Requests[0].AllText);
    }

    [Fact]
    public async Task Instructions_in_options_are_redacted_on_a_clone()
    {
        GovernanceTestHarness h = Harness();
        var options = new ChatOptions { Instructions = "Escalate to ops@example.com", Temperature = 0.5f };
        await h.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi ops@example.com")], options);

        ChatOptions seen = h.Model.Requests[0].Options!;
        Assert.Equal("Escalate to <EMAIL_1>", seen.Instructions);
        Assert.Equal("hi <EMAIL_1>", h.Model.Requests[0].LastUserText);
        Assert.Equal(0.5f, seen.Temperature);
        Assert.Equal("Escalate to ops@example.com", options.Instructions);
    }

    [Fact]
    public async Task Tool_results_and_tool_call_arguments_are_redacted_and_restored()
    {
        GovernanceTestHarness h = Harness();
        JsonElement json = JsonDocument.Parse("{\"email\":\"jane@example.com\",\"n\":1}").RootElement;
        h.Model.Enqueue(FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant,
            [new FunctionCallContent("c2", "send", new Dictionary<string, object?> { ["to"] = "<EMAIL_1>" })]))));

        ChatResponse response = await h.Client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.User, "Mail my contact"),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "lookup", new Dictionary<string, object?> { ["q"] = "jane@example.com" })]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", json)]),
        ]);

        IReadOnlyList<ChatMessage> seen = h.Model.Requests[0].Messages;
        var call = Assert.IsType<FunctionCallContent>(Assert.Single(seen[1].Contents));
        Assert.Equal("<EMAIL_1>", call.Arguments!["q"]);
        var result = Assert.IsType<FunctionResultContent>(Assert.Single(seen[2].Contents));
        Assert.Equal("{\"email\":\"<EMAIL_1>\",\"n\":1}", Assert.IsType<JsonElement>(result.Result).GetRawText());

        // The model's tool call gets the real value back for the application's tool.
        var outgoing = Assert.IsType<FunctionCallContent>(Assert.Single(response.Messages[0].Contents));
        Assert.Equal("jane@example.com", outgoing.Arguments!["to"]);
    }

    [Fact]
    public async Task Metrics_count_redactions_and_blocks_by_type_without_values()
    {
        // Invariant: the measurements for this test's unique entity types are exactly this test's redactions
        // (other tests may record other types on the shared meter at the same time).
        using var entities = new MetricCollector<long>(null, Telemetry.GovernanceDiagnostics.SourceName, "governance.redaction.entities");
        using var blocked = new MetricCollector<long>(null, Telemetry.GovernanceDiagnostics.SourceName, "governance.redaction.blocked");

        var options = new RedactionOptions();
        options.CustomRecognizers.Add(CustomRecognizer.FromPattern("METRIC_PROBE_A", @"\bPROBE-A-[0-9]+\b"));
        options.CustomRecognizers.Add(CustomRecognizer.FromPattern("METRIC_PROBE_B", @"\bPROBE-B-[0-9]+\b"));
        options.Policies["METRIC_PROBE_B"] = new EntityPolicy { Operator = RedactionOperator.Block };
        GovernanceTestHarness h = Harness(options);

        await h.Client.GetResponseAsync("ids PROBE-A-1 and PROBE-A-2");
        await Assert.ThrowsAsync<SensitiveDataBlockedException>(() => h.Client.GetResponseAsync("id PROBE-B-7"));

        Assert.Equal([(1L, "METRIC_PROBE_B")], ProbeMeasurements(blocked));
        Assert.Equal([(2L, "METRIC_PROBE_A")], ProbeMeasurements(entities));

        static (long Value, string Type)[] ProbeMeasurements(MetricCollector<long> collector) =>
        [
            .. collector.GetMeasurementSnapshot()
                .SelectMany(m => m.Tags.Values.OfType<string>().Where(v => v.StartsWith("METRIC_PROBE", StringComparison.Ordinal)).Select(type => (m.Value, type))),
        ];
    }

    [Fact]
    public async Task Block_rejects_the_request_before_the_model_is_called()
    {
        var options = new RedactionOptions();
        options.Policies["CREDIT_CARD"] = new EntityPolicy { Operator = RedactionOperator.Block };
        GovernanceTestHarness h = Harness(options);

        SensitiveDataBlockedException ex = await Assert.ThrowsAsync<SensitiveDataBlockedException>(() => h.Client.GetResponseAsync(Prompt));
        Assert.Equal("CREDIT_CARD", ex.EntityType);
        Assert.DoesNotContain("4111", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Model.CallCount);
    }

    [Fact]
    public async Task Oversized_prompt_is_rejected_before_the_model_is_called()
    {
        GovernanceTestHarness h = Harness(new RedactionOptions { MaxInputLength = 100 });
        await Assert.ThrowsAsync<RedactionInputTooLargeException>(() => h.Client.GetResponseAsync(new string('x', 101)));
        Assert.Equal(0, h.Model.CallCount);
    }

    [Fact]
    public void Invalid_options_fail_when_the_pipeline_is_built()
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions { ContextBoost = -1 })));
        Assert.Contains("AiGovernance:Redaction:ContextBoost", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dependency_injection_binds_configuration_and_code()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Redaction:RedactResponse"] = "false",
            ["AiGovernance:Redaction:Policies:CREDIT_CARD:Operator"] = "Mask",
        }).Build();
        var model = new FakeChatClient();
        var services = new ServiceCollection();
        services.AddAiGovernance(_ => model, configuration)
            .AddRedaction(o => o.CustomRecognizers.Add(CustomRecognizer.FromPattern("ACCOUNT_ID", @"\bACC-[0-9]{6}\b")));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        await client.GetResponseAsync("card 4111 1111 1111 1111, account ACC-123456");
        Assert.Equal("card **** **** **** 1111, account <ACCOUNT_ID_1>", model.Requests[0].LastUserText);
    }

    private static async Task<List<string>> Collect(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var texts = new List<string>();
        await foreach (ChatResponseUpdate update in updates)
        {
            texts.Add(update.Text);
        }

        return texts;
    }

    /// <summary>Streams a fixed list of updates.</summary>
    private sealed class UpdateStreamClient(params ChatResponseUpdate[] updates) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(updates.ToChatResponse());

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (ChatResponseUpdate update in updates)
            {
                await Task.Yield();
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    /// <summary>Streams a fixed list of chunks.</summary>
    private sealed class SplitStreamClient(params string[] chunks) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, string.Concat(chunks))));

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (string chunk in chunks)
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(ChatRole.Assistant, chunk);
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
