using System.Collections.Concurrent;
using System.Diagnostics;
using Governance.AI.Budgets;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// A stream through all six stages (telemetry, safety, redaction, cache, budget, router), registered with
/// <c>AddAiGovernance</c>, that the caller cancels or abandons at every point: first chunk, mid-stream, after the
/// last chunk.
/// </summary>
public sealed class StreamingCompositionTests
{
    private const string Answer = "The invoice total is forty two euros and it is due on Friday next week.";

    public enum StopAt
    {
        FirstChunk,
        MidStream,
        AfterLastChunk,
    }

    private static IConfigurationRoot Limits() => Config(
        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
        ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
        ("AiGovernance:Budgets:Limits:0:Requests", "100"),
        ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:1:Concurrent", "4"));

    private static ServiceProvider AllSix(FakeTimeProvider clock, FakeChatClient backend, CheckingBudgetStore store)
    {
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(new FakeChatClient(clock), Limits())
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", backend, "gpt-4o"));
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(StopAt.FirstChunk, true)]
    [InlineData(StopAt.MidStream, true)]
    [InlineData(StopAt.AfterLastChunk, true)]
    [InlineData(StopAt.FirstChunk, false)]
    [InlineData(StopAt.MidStream, false)]
    [InlineData(StopAt.AfterLastChunk, false)]
    public async Task A_stream_stopped_at_any_point_settles_its_budget_once_closes_its_spans_and_caches_only_a_complete_answer(StopAt stopAt, bool cancel)
    {
        // Invariants: every reservation is closed exactly once (settled or refunded, never both, never twice) and no
        // counter passes its limit; no concurrency slot stays held; every span the pipeline started for the request
        // is stopped and the call is in the usage ledger once; an answer the caller stopped before its end is not served from the cache afterwards.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        using var cts = new CancellationTokenSource();
        var backend = new FakeChatClient(clock, "gpt-4o") { StreamingChunks = 6, Responder = _ => FakeReply.Text(Answer, 30, 16) };
        int stopBefore = stopAt switch { StopAt.FirstChunk => 1, StopAt.MidStream => 3, _ => int.MaxValue };
        if (cancel && stopAt != StopAt.AfterLastChunk)
        {
            // The token is cancelled while the provider is about to send chunk k: the caller has seen at most k chunks.
            backend.BeforeChunk = (index, _) => index == stopBefore ? new ValueTask(cts.CancelAsync()) : ValueTask.CompletedTask;
        }

        using ServiceProvider provider = AllSix(clock, backend, store);
        IChatClient client = provider.GetRequiredService<IChatClient>();
        List<ChatMessage> prompt = [new(ChatRole.System, "You are the billing assistant."), new(ChatRole.User, "What is my invoice total?")];
        ChatOptions options = For(Contoso, maxOutputTokens: 200);

        using var spans = new SpanRecorder();
        // The request's own trace, started without a listener, so that spans of tests running alongside are ignored.
        using (Activity root = new Activity("request").Start())
        {
            spans.Trace = root.TraceId;
            int received = 0;
            try
            {
                await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(prompt, options, cts.Token))
                {
                    received++;
                    bool last = update.FinishReason is not null;
                    if (!cancel && (received >= stopBefore || last))
                    {
                        break;
                    }

                    if (cancel && stopAt == StopAt.AfterLastChunk && last)
                    {
                        await cts.CancelAsync();
                    }
                }
            }
            catch (OperationCanceledException)
            {
                Assert.True(cancel);
            }
        }

        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
        Assert.Equal(1, store.Reserved);
        Assert.Equal(0m, await UsedAsync(provider, "concurrent"));
        Assert.Equal(1m, await UsedAsync(provider, "requests"));
        Assert.NotEmpty(spans.Started);
        Assert.Equal(spans.Started.Order(), spans.Stopped.Order());
        Assert.Equal(1, ((InMemoryUsageLedger)provider.GetRequiredService<IUsageLedger>()).Count);

        // A stream stopped before its end left nothing in the cache: the repeat is a provider call. (Whether an
        // answer whose finish update reached the caller is stored is the cache's choice, not checked here.)
        if (stopAt != StopAt.AfterLastChunk)
        {
            await client.GetResponseAsync(prompt, options);
            Assert.Equal(2, backend.CallCount);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_request_whose_token_is_cancelled_before_the_call_is_never_sent_and_never_charged(bool streaming)
    {
        // Invariant: no provider had the prompt, so no budget counter moves (Budgets/README charges a cancelled call
        // its prompt only because "the provider had it"); nothing stays reserved; the ledger records the call once.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var backend = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Text(Answer, 30, 16) };
        using ServiceProvider provider = AllSix(clock, backend, store);
        IChatClient client = provider.GetRequiredService<IChatClient>();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("What is my invoice total?", For(Contoso, maxOutputTokens: 200), cts.Token))
                {
                }
            }
            else
            {
                await client.GetResponseAsync("What is my invoice total?", For(Contoso, maxOutputTokens: 200), cts.Token);
            }
        });

        Assert.Equal(0, backend.CallCount);
        Assert.Empty(store.Open);
        Assert.Equal(0m, await UsedAsync(provider, "requests"));
        Assert.Equal(0m, await UsedAsync(provider, "tokens"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent"));
    }

    [Fact]
    public async Task A_cached_answer_replayed_as_a_stream_and_abandoned_mid_way_holds_nothing_and_is_still_served_whole_later()
    {
        // Invariants: a replayed hit reserves nothing, so abandoning it leaves no reservation; every span it started is
        // stopped; the ledger records each call once; abandoning a replay does not remove or damage the entry.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var backend = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Text(Answer, 30, 16) };
        using ServiceProvider provider = AllSix(clock, backend, store);
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = For(Contoso, maxOutputTokens: 200);
        await client.GetResponseAsync("What is my invoice total?", options);

        using var spans = new SpanRecorder();
        using (Activity root = new Activity("replay").Start())
        {
            spans.Trace = root.TraceId;
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("What is my invoice total?", options))
            {
                if (update.Text.Length > 0)
                {
                    break;
                }
            }
        }

        ChatResponse again = await client.GetResponseAsync("What is my invoice total?", options);

        Assert.Equal(Answer, again.Text);
        Assert.Equal(1, backend.CallCount);
        Assert.Equal(1, store.Reserved);
        Assert.Empty(store.Open);
        Assert.NotEmpty(spans.Started);
        Assert.Equal(spans.Started.Order(), spans.Stopped.Order());
        Assert.Equal(3, ((InMemoryUsageLedger)provider.GetRequiredService<IUsageLedger>()).Count);
    }

    /// <summary>Records the governance spans started and stopped under one trace.</summary>
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<string> _started = new();
        private readonly ConcurrentQueue<string> _stopped = new();

        public SpanRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == GovernanceDiagnostics.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStarted = a => Record(_started, a),
                ActivityStopped = a => Record(_stopped, a),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ActivityTraceId Trace { get; set; }

        public IReadOnlyCollection<string> Started => _started;

        public IReadOnlyCollection<string> Stopped => _stopped;

        public void Dispose() => _listener.Dispose();

        private void Record(ConcurrentQueue<string> into, Activity activity)
        {
            if (activity.Source.Name == GovernanceDiagnostics.SourceName && activity.TraceId == Trace)
            {
                into.Enqueue(activity.SpanId.ToHexString());
            }
        }
    }
}
