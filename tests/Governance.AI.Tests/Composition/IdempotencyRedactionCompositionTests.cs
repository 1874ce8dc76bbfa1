using System.Collections.Concurrent;
using System.Text.Json;
using Governance.AI.Idempotency;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// <c>UseIdempotency</c> composed with redaction: outside the governance block (its documented place) the store keeps
/// the answer as redaction left it, placeholders and not the caller's values, and every caller, replays included,
/// gets the values back; after the block (where the provider boundary has removed the key) it is refused when built.
/// </summary>
public sealed class IdempotencyRedactionCompositionTests
{
    private const string Email = "alice@contoso.com";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Outside_the_block_the_store_keeps_the_redacted_answer_and_every_caller_gets_the_values_back(bool streaming)
    {
        var model = new FakeChatClient(_clock) { StreamingChunks = 3, Responder = r => FakeReply.Text("Confirmation sent to " + Placeholder(r.LastUserText) + ".", 10, 6) };
        var store = new RecordingIdempotencyStore(_clock);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IIdempotencyStore>(store);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(model)
            .UseIdempotency()
            .UseAiGovernance(g => g.UseRedaction(new RedactionOptions()))
            .Build(provider);
        ChatOptions Options() => new ChatOptions().ForCaller("contoso", "alice").WithIdempotencyKey("confirm-1");
        Task<ChatResponse> Send() => streaming
            ? client.GetStreamingResponseAsync($"Send the confirmation to {Email}.", Options()).ToChatResponseAsync()
            : client.GetResponseAsync($"Send the confirmation to {Email}.", Options());

        ChatResponse first = await Send();
        ChatResponse replay = await Send();

        Assert.Equal($"Confirmation sent to {Email}.", first.Text);
        Assert.Equal($"Confirmation sent to {Email}.", replay.Text);
        Assert.Equal(true, replay.AdditionalProperties?[IdempotencyChatOptionsExtensions.ReplayedProperty]);
        Assert.Equal(1, model.CallCount);
        string stored = Assert.Single(store.Stored);
        Assert.DoesNotContain(Email, stored, StringComparison.Ordinal);
        Assert.Contains("<EMAIL_1>", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_block_where_the_key_never_arrives_it_is_refused_when_composed()
    {
        var model = new FakeChatClient(_clock);
        ChatClientBuilder builder = new ChatClientBuilder(model).UseAiGovernance(g => g.UseRedaction(new RedactionOptions()));

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => builder.UseIdempotency());

        Assert.Contains("before UseAiGovernance", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_client_a_standalone_block_wraps_it_is_refused_when_built()
    {
        // The same rule as above, found when the block is built: the builder call cannot see this placement.
        var model = new FakeChatClient(_clock);
        var block = new GovernancePipelineBuilder(_ => model.AsBuilder().UseIdempotency().Build()).UseRedaction(new RedactionOptions());

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => block.Build());

        Assert.Contains("before UseAiGovernance", refused.Message, StringComparison.Ordinal);
    }

    // The placeholder the model saw in the prompt, which it writes back as models do.
    private static string Placeholder(string prompt)
    {
        int start = prompt.IndexOf('<', StringComparison.Ordinal);
        return start < 0 ? "(none)" : prompt[start..(prompt.IndexOf('>', start) + 1)];
    }

    /// <summary>An in-memory store that keeps the JSON form of each value it stores, as a shared store would hold it.</summary>
    private sealed class RecordingIdempotencyStore(TimeProvider clock) : IIdempotencyStore
    {
        private readonly InMemoryIdempotencyStore _inner = new(clock);

        public ConcurrentQueue<string> Stored { get; } = new();

        public Task<IdempotentResult<T>> GetOrRunAsync<T>(string key, TimeSpan window, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken) =>
            _inner.GetOrRunAsync(
                key,
                window,
                async token =>
                {
                    T value = await run(token);
                    Stored.Enqueue(JsonSerializer.Serialize(value, AIJsonUtilities.DefaultOptions));
                    return value;
                },
                cancellationToken);
    }
}
