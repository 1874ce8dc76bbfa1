using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tools;

public sealed class TurnBudgetTests
{
    private readonly FakeTimeProvider _clock = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_round_trip_limit_stops_a_runaway_loop_with_a_typed_error(bool streaming)
    {
        var tool = new CountingTool("search");
        int call = 0;
        var model = new FakeChatClient(_clock) { Responder = _ => ToolScript.Call("search", "c" + Interlocked.Increment(ref call)) };
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxRoundTripsPerTurn = 3 });

        TurnLimitExceededException error = await Assert.ThrowsAsync<TurnLimitExceededException>(
            () => ToolGovernanceTests.GetAsync(client, streaming, new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso")));

        Assert.Equal(3, model.CallCount);
        Assert.Equal(3, tool.Runs);
        Assert.Equal(("round_trips", 3L, 3L), (error.LimitName, error.Limit, error.Used));
        Assert.Equal((TurnLimitExceededException.ReasonCodeValue, "tools", "tenant:contoso", 429), (error.ReasonCode, error.Policy, error.Scope, error.StatusCode));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_token_limit_caps_each_round_trip_so_a_provider_that_honours_the_cap_never_takes_the_turn_past_it(bool streaming)
    {
        // Invariant: the tokens the provider reports for the whole turn never exceed MaxTokensPerTurn.
        const long limit = 250;
        ITokenCounter counter = new TokenCounterProvider().GetCounter("gpt-4o");
        var tool = new CountingTool("search");
        int call = 0;
        var model = new FakeChatClient(_clock)
        {
            Responder = request =>
            {
                long input = counter.CountTokens(request.Messages, request.Options);
                long output = Math.Min(request.Options?.MaxOutputTokens ?? 80, 80);
                return ToolScript.Call("search", "c" + Interlocked.Increment(ref call), tokens: input + output);
            },
        };
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxTokensPerTurn = limit });

        TurnLimitExceededException error = await Assert.ThrowsAsync<TurnLimitExceededException>(
            () => ToolGovernanceTests.GetAsync(client, streaming, new ChatOptions { ModelId = "gpt-4o", Tools = [tool.Function] }));

        long reported = 0;
        foreach (FakeChatRequest request in model.Requests)
        {
            long input = counter.CountTokens(request.Messages, request.Options);
            Assert.True(request.Options?.MaxOutputTokens is > 0, "every round-trip of a token-limited turn carries an output cap");
            reported += input + Math.Min(request.Options!.MaxOutputTokens!.Value, 80);
        }

        Assert.True(model.CallCount >= 2, "the turn made progress before it was stopped");
        Assert.True(reported <= limit, $"the turn used {reported} tokens against a limit of {limit}");
        Assert.Equal("tokens", error.LimitName);
        Assert.True(error.Used >= limit, "the refused round-trip is reported with what it would have used");
    }

    [Fact]
    public async Task A_token_limit_refuses_the_round_trip_once_a_provider_that_ignores_the_cap_has_used_the_turns_tokens()
    {
        var tool = new CountingTool("search");
        int call = 0;
        var model = new FakeChatClient(_clock) { Responder = _ => ToolScript.Call("search", "c" + Interlocked.Increment(ref call), tokens: 150) };
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxTokensPerTurn = 250 });

        TurnLimitExceededException error = await Assert.ThrowsAsync<TurnLimitExceededException>(
            () => client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] }));

        Assert.Equal(2, model.CallCount);
        Assert.Equal(("tokens", 250L), (error.LimitName, error.Limit));
        Assert.True(error.Used > 250, $"used {error.Used}");
    }

    [Fact]
    public async Task A_turn_within_its_limits_completes_and_reports_its_round_trips()
    {
        var tool = new CountingTool("search");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("search", "c1"), ToolScript.Done());
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxRoundTripsPerTurn = 2 });

        ChatResponse response = await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        Assert.Equal("done", response.Text);
        Assert.Equal(2, response.AdditionalProperties?[ToolGovernanceProperties.RoundTrips]);
        Assert.All(model.Requests, r => Assert.False(r.Options?.AdditionalProperties?.ContainsKey("governance.tools.turn") ?? false));
    }

    [Fact]
    public async Task Turn_limits_without_the_turn_meter_inside_the_loop_fail_loudly_instead_of_going_unenforced()
    {
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Done());
        IChatClient client = new ChatClientBuilder(model)
            .UseToolGovernance(new ToolGovernanceOptions { MaxRoundTripsPerTurn = 2 })
            .UseFunctionInvocation()
            .Build();

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync("go"));
        Assert.Contains("UseToolTurnBudget", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Round_trips_served_from_the_cache_use_none_of_the_turns_tokens(bool streaming)
    {
        // Invariant: a turn is charged the tokens the provider used; an answer served from the cache used none.
        var tool = new CountingTool("search");
        int call = 0;
        var model = new FakeChatClient(_clock)
        {
            Responder = _ => Interlocked.Increment(ref call) <= 6 ? ToolScript.Call("search", "c" + call) : ToolScript.Done(),
        };
        IChatClient client = new ChatClientBuilder(model)
            .UseToolGovernance(new ToolGovernanceOptions { MaxTokensPerTurn = 200 })
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .Use(inner => new ServedFromCache(inner))
            .Build();
        var options = new ChatOptions { Tools = [tool.Function] };

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("go", options).ToChatResponseAsync()
            : await client.GetResponseAsync("go", options);

        Assert.Equal("done", response.Text);
        Assert.Equal(7, model.CallCount);
    }

    private static IChatClient Build(IChatClient model, ToolGovernanceOptions options) =>
        new ChatClientBuilder(model)
            .UseToolGovernance(options)
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .Build();

    /// <summary>Marks every answer as the semantic cache marks a hit, with no usage (nothing reached a provider).</summary>
    private sealed class ServedFromCache(IChatClient inner) : DelegatingChatClient(inner)
    {
        public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken);
            response.Usage = null;
            (response.AdditionalProperties ??= [])[GovernanceProperties.CacheStatus] = Governance.AI.Caching.SemanticCacheProperties.StatusHit;
            return response;
        }

        public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            bool first = true;
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
            {
                if (first)
                {
                    (update.AdditionalProperties ??= [])[GovernanceProperties.CacheStatus] = Governance.AI.Caching.SemanticCacheProperties.StatusHit;
                    first = false;
                }

                update.Contents = [.. update.Contents.Where(c => c is not UsageContent)];
                yield return update;
            }
        }
    }
}
