using System.Net;
using System.Reflection;
using Governance.AI.Budgets;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

/// <summary>
/// The budget stage hands its copy of the options to the router or the provider boundary, which remove Governance.AI's
/// keys from that copy in place instead of copying again: the caller's options must never change, and no provider
/// may see a Governance.AI key.
/// </summary>
public sealed class PipelineChatOptionsTests
{
    [Fact]
    public void Stripping_the_callers_options_copies_them_and_leaves_the_callers_keys()
    {
        ChatOptions caller = CallerOptions();

        ChatOptions stripped = ProviderBoundaryChatClient.StripGovernanceKeys(caller)!;

        Assert.NotSame(caller, stripped);
        Assert.Equal(["vendor.flag"], stripped.AdditionalProperties!.Keys);
        Assert.Equal(3, caller.AdditionalProperties!.Count);
        Assert.Equal("contoso", caller.GetCaller()?.TenantId);
    }

    [Fact]
    public void A_copy_made_for_the_boundary_is_stripped_in_place_and_the_callers_options_keep_their_keys()
    {
        ChatOptions caller = CallerOptions();
        ChatOptions copy = PipelineChatOptions.CopyFor(caller, new ProviderBoundaryChatClient(new FakeChatClient()));

        ChatOptions stripped = ProviderBoundaryChatClient.StripGovernanceKeys(copy)!;

        Assert.Same(copy, stripped);
        Assert.Equal(["vendor.flag"], stripped.AdditionalProperties!.Keys);
        Assert.Equal(3, caller.AdditionalProperties!.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Every_governance_key_is_removed_however_many_there_are_and_every_other_key_kept(int governanceKeys)
    {
        // Keys noted in one pass (the first two) and the rest found again: interleaved with the caller's own keys.
        var properties = new AdditionalPropertiesDictionary();
        for (int i = 0; i < 5; i++)
        {
            if (i < governanceKeys)
            {
                properties[GovernanceProperties.Prefix + "key" + i] = i;
            }

            properties["vendor.key" + i] = i;
        }

        var caller = new ChatOptions { AdditionalProperties = properties };

        ChatOptions stripped = ProviderBoundaryChatClient.StripGovernanceKeys(caller)!;

        Assert.Equal(["vendor.key0", "vendor.key1", "vendor.key2", "vendor.key3", "vendor.key4"], stripped.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(5 + governanceKeys, caller.AdditionalProperties!.Count);
        Assert.Equal(governanceKeys == 0, ReferenceEquals(caller, stripped));
    }

    [Fact]
    public void Options_left_without_keys_have_no_dictionary()
    {
        ChatOptions caller = new ChatOptions().ForCaller("contoso");
        ChatOptions copy = PipelineChatOptions.CopyFor(caller, new ProviderBoundaryChatClient(new FakeChatClient()));

        Assert.Null(ProviderBoundaryChatClient.StripGovernanceKeys(copy)!.AdditionalProperties);
        Assert.Null(ProviderBoundaryChatClient.StripGovernanceKeys(caller)!.AdditionalProperties);
        Assert.NotNull(caller.GetCaller());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Options_with_nothing_but_governance_keys_are_sent_without_a_dictionary_and_the_callers_keep_theirs(int governanceKeys)
    {
        // One or two keys (the caller, a switch) are dropped with the dictionary; a third goes the key-by-key way.
        var properties = new AdditionalPropertiesDictionary();
        for (int i = 0; i < governanceKeys; i++)
        {
            properties[GovernanceProperties.Prefix + "key" + i] = i;
        }

        var caller = new ChatOptions { ModelId = "gpt-4o", AdditionalProperties = properties };
        ChatOptions copy = PipelineChatOptions.CopyFor(caller, new ProviderBoundaryChatClient(new FakeChatClient()));

        ChatOptions strippedCopy = ProviderBoundaryChatClient.StripGovernanceKeys(copy)!;
        ChatOptions strippedCaller = ProviderBoundaryChatClient.StripGovernanceKeys(caller)!;

        Assert.Same(copy, strippedCopy);
        Assert.Null(strippedCopy.AdditionalProperties);
        Assert.NotSame(caller, strippedCaller);
        Assert.Null(strippedCaller.AdditionalProperties);
        Assert.Equal("gpt-4o", strippedCaller.ModelId);
        Assert.Same(properties, caller.AdditionalProperties);
        Assert.Equal(governanceKeys, properties.Count);
    }

    [Fact]
    public void A_copy_for_any_other_next_client_is_plain_options_that_nothing_strips_in_place()
    {
        ChatOptions copy = PipelineChatOptions.CopyFor(CallerOptions(), new FakeChatClient());

        Assert.Equal(typeof(ChatOptions), copy.GetType());
        Assert.NotSame(copy, ProviderBoundaryChatClient.StripGovernanceKeys(copy));
        Assert.Same(copy, ProviderBoundaryChatClient.StripIfOwned(copy));
        Assert.Equal(3, copy.AdditionalProperties!.Count);
    }

    [Fact]
    public void Options_of_a_derived_type_are_copied_with_their_own_clone_and_keep_their_type()
    {
        var derived = new VendorChatOptions { VendorSetting = "fast" };
        derived.ForCaller("contoso");

        ChatOptions copy = PipelineChatOptions.CopyFor(derived, new ProviderBoundaryChatClient(new FakeChatClient()));

        Assert.Equal("fast", Assert.IsType<VendorChatOptions>(copy).VendorSetting);
        Assert.NotSame(derived, ProviderBoundaryChatClient.StripGovernanceKeys(copy));
        Assert.NotNull(derived.GetCaller());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Through_budgets_and_a_failing_over_router_every_attempt_gets_the_allowance_without_keys_and_the_caller_keeps_its_options(bool streaming)
    {
        var clock = new FakeTimeProvider();
        var outsideRule = new FakeChatClient(clock);
        var failing = new FakeChatClient(clock) { Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable) };
        var answering = new FakeChatClient(clock);
        var routing = new RoutingOptions { Seed = 1 };
        routing.AddBackend("outside-rule", outsideRule, configure: b => b.Priority = 0);
        routing.AddBackend("failing", failing, configure: b => b.Priority = 1);
        routing.AddBackend("answering", answering, configure: b => b.Priority = 2);
        routing.Resilience.Retry.MaxRetries = 0;
        routing.Resilience.CircuitBreaker.MinimumThroughput = 1000;

        // A rule on the caller's tag: the router must still see the caller although the keys leave its options.
        routing.Rules.Add(new RoutingRule { CallerTag = "tier=gold", Backends = ["failing", "answering"] });
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 1_000_000 });
        IChatClient client = new GovernancePipelineBuilder(new FakeChatClient(clock)).UseBudgets(budgets).UseRouting(routing).Build();
        ChatOptions caller = CallerOptions();

        for (int call = 0; call < 2; call++)
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync("hello", caller))
                {
                }
            }
            else
            {
                await client.GetResponseAsync("hello", caller);
            }
        }

        Assert.Empty(outsideRule.Requests);
        FakeChatRequest[] attempts = [.. failing.Requests, .. answering.Requests];
        Assert.Equal(4, attempts.Length);
        Assert.All(attempts, attempt =>
        {
            Assert.Equal(budgets.DefaultOutputAllowance, attempt.Options!.MaxOutputTokens);
            Assert.Equal(["vendor.flag"], attempt.Options.AdditionalProperties!.Keys);
            Assert.NotSame(caller, attempt.Options);
        });
        Assert.Equal(3, caller.AdditionalProperties!.Count);
        Assert.Equal("gold", caller.GetCaller()?.Tags["tier"]);
        Assert.Null(caller.MaxOutputTokens);
    }

    [Fact]
    public void A_pipeline_copy_has_every_value_the_copy_constructor_gives_and_shares_the_dictionary_until_written()
    {
        // Every property set: a Microsoft.Extensions.AI version with a property the copy does not know fails here and
        // gets the copy constructor at run time (KnowsEveryProperty).
        Assert.True(PipelineChatOptions.KnowsEveryProperty);
        var source = new ChatOptions
        {
            AllowBackgroundResponses = true,
            AllowMultipleToolCalls = false,
            ContinuationToken = ResponseContinuationToken.FromBytes(new byte[] { 1, 2 }),
            ConversationId = "conversation",
            FrequencyPenalty = 0.1f,
            Instructions = "Be brief.",
            MaxOutputTokens = 77,
            ModelId = "gpt-4o",
            PresencePenalty = 0.2f,
            RawRepresentationFactory = _ => "raw",
            ResponseFormat = ChatResponseFormat.Json,
            Seed = 42,
            StopSequences = ["stop"],
            Temperature = 0.3f,
            ToolMode = ChatToolMode.RequireAny,
            Tools = [AIFunctionFactory.Create(() => 1, "one")],
            TopK = 5,
            TopP = 0.9f,
        }.ForCaller("contoso");

        ChatOptions copy = PipelineChatOptions.CopyFor(source, new ProviderBoundaryChatClient(new FakeChatClient()));
        var expected = new CopyConstructed(source);

        foreach (PropertyInfo property in typeof(ChatOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object? value = property.GetValue(copy);
            object? original = property.GetValue(source);
            if (property.Name == nameof(ChatOptions.AdditionalProperties))
            {
                Assert.Same(original, value);
            }
            else if (value is System.Collections.IEnumerable list and not string)
            {
                Assert.NotSame(original, value);
                Assert.Equal((System.Collections.IEnumerable)property.GetValue(expected)!, list);
                Assert.Equal(property.GetValue(expected)!.GetType(), value.GetType());
            }
            else
            {
                Assert.Equal(property.GetValue(expected), value);
            }
        }

        // The first write gives the copy a dictionary of its own; the caller's keeps its single key.
        PipelineChatOptions pipelineCopy = Assert.IsType<PipelineChatOptions>(copy);
        Assert.True(pipelineCopy.SharesProperties);
        pipelineCopy.OwnProperties()["vendor.flag"] = 1;
        Assert.False(pipelineCopy.SharesProperties);
        Assert.Equal(2, copy.AdditionalProperties!.Count);
        Assert.Single(source.AdditionalProperties!);
    }

    [Fact]
    public void Options_with_reasoning_are_copied_by_the_copy_constructor()
    {
        var source = new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } }.ForCaller("contoso");

        ChatOptions copy = PipelineChatOptions.CopyFor(source, new ProviderBoundaryChatClient(new FakeChatClient()));

        Assert.NotSame(source.Reasoning, copy.Reasoning);
        Assert.Equal(ReasoningEffort.High, copy.Reasoning!.Effort);
        Assert.NotSame(source.AdditionalProperties, copy.AdditionalProperties);
        Assert.False(Assert.IsType<PipelineChatOptions>(copy).SharesProperties);
    }

    [Fact]
    public void A_copy_sharing_a_dictionary_without_governance_keys_leaves_the_boundary_with_its_own()
    {
        var source = new ChatOptions { AdditionalProperties = new() { ["vendor.flag"] = 1 } };
        ChatOptions copy = PipelineChatOptions.CopyFor(source, new ProviderBoundaryChatClient(new FakeChatClient()));
        Assert.Same(source.AdditionalProperties, copy.AdditionalProperties);

        ChatOptions sent = ProviderBoundaryChatClient.StripGovernanceKeys(copy)!;

        Assert.Same(copy, sent);
        Assert.NotSame(source.AdditionalProperties, sent.AdditionalProperties);
        Assert.Equal(["vendor.flag"], sent.AdditionalProperties!.Keys);
        sent.AdditionalProperties["provider.key"] = 2;
        Assert.Single(source.AdditionalProperties);
    }

    [Fact]
    public void A_copy_stripped_of_some_keys_removes_them_from_its_own_dictionary_never_the_callers()
    {
        ChatOptions caller = CallerOptions();
        AdditionalPropertiesDictionary callers = caller.AdditionalProperties!;
        ChatOptions copy = PipelineChatOptions.CopyFor(caller, new ModelRouterChatClient(new FakeChatClient(), new RoutingOptions()));

        ChatOptions stripped = ProviderBoundaryChatClient.StripIfOwned(copy)!;

        Assert.Same(copy, stripped);
        Assert.Equal(["vendor.flag"], stripped.AdditionalProperties!.Keys);
        Assert.Same(callers, caller.AdditionalProperties);
        Assert.Equal(3, callers.Count);
    }

    [Fact]
    public async Task The_cheaper_model_hint_goes_on_the_budgets_copy_for_the_router_and_never_on_the_callers_options()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("x", inputTokens: 40, outputTokens: 5) };
        var budgets = new BudgetOptions { DowngradeBelowRemainingFraction = 0.5 };
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100 });
        using var router = new ModelRouterChatClient(model, new RoutingOptions(), clock);
        using var policy = new BudgetChatClient(router, budgets, timeProvider: clock);
        ChatOptions caller = CallerOptions();
        caller.MaxOutputTokens = 5;

        // The first call is charged 45 of the 100 tokens: the second one's reservation leaves less than half.
        await policy.GetResponseAsync("hello", caller);
        await policy.GetResponseAsync("hello", caller);

        Assert.Equal(3, caller.AdditionalProperties!.Count);
        Assert.False(caller.AdditionalProperties.ContainsKey(GovernanceProperties.PreferCheaperModel));
        Assert.Equal(2, model.Requests.Count);
        Assert.All(model.Requests, request => Assert.Equal(["vendor.flag"], request.Options!.AdditionalProperties!.Keys));
    }

    private static ChatOptions CallerOptions()
    {
        ChatOptions options = new ChatOptions { ModelId = "gpt-4o" }.ForCaller(new CallerContext
        {
            TenantId = "contoso",
            UserId = "alice",
            Tags = new Dictionary<string, string> { ["tier"] = "gold" },
        });
        options.AdditionalProperties![GovernanceProperties.NoStore] = true;
        options.AdditionalProperties["vendor.flag"] = 1;
        return options;
    }

    private sealed class CopyConstructed(ChatOptions source) : ChatOptions(source);

    private sealed class VendorChatOptions : ChatOptions
    {
        public VendorChatOptions()
        {
        }

        private VendorChatOptions(VendorChatOptions other)
            : base(other)
        {
            VendorSetting = other.VendorSetting;
        }

        public string? VendorSetting { get; set; }

        public override ChatOptions Clone() => new VendorChatOptions(this);
    }
}
