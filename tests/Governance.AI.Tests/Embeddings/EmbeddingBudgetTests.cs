using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

public sealed class EmbeddingBudgetTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_batch_that_fits_exactly_passes_and_one_token_more_is_denied_before_the_provider()
    {
        var provider = new RecordingEmbeddingGenerator();
        var store = new InMemoryBudgetStore(_clock);
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(10), CharTokenCounter.Instance, store, _clock);

        await budget.GenerateAsync(["abcd", "efghij"], For("acme"));
        Assert.Equal(10, await UsedTokensAsync(store, "acme", _clock));

        BudgetExceededException denied = await Assert.ThrowsAsync<BudgetExceededException>(() => budget.GenerateAsync(["x"], For("acme")));
        Assert.Equal("tenant:acme", denied.Scope);
        Assert.Equal("tokens", denied.LimitName);
        Assert.Equal(1, denied.Requested);
        Assert.Equal(0, denied.Remaining);
        Assert.Single(provider.Calls);
        Assert.Equal(10, await UsedTokensAsync(store, "acme", _clock));
    }

    [Fact]
    public async Task The_reservation_counts_every_value_of_the_batch()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(10), CharTokenCounter.Instance, new InMemoryBudgetStore(_clock), _clock);

        // 4 + 4 + 3 = 11 tokens: each value alone fits, the batch does not.
        BudgetExceededException denied = await Assert.ThrowsAsync<BudgetExceededException>(() => budget.GenerateAsync(["aaaa", "bbbb", "ccc"], For("acme")));
        Assert.Equal(11, denied.Requested);
        Assert.Empty(provider.Calls);
    }

    [Fact]
    public async Task Settles_with_the_provider_reported_input_tokens()
    {
        var provider = new RecordingEmbeddingGenerator { Usage = _ => new UsageDetails { InputTokenCount = 3 } };
        var store = new InMemoryBudgetStore(_clock);
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(100), CharTokenCounter.Instance, store, _clock);

        GeneratedEmbeddings<Embedding<float>> result = await budget.GenerateAsync(["twelve chars"], For("acme"));

        Assert.Equal(3, await UsedTokensAsync(store, "acme", _clock));
        Assert.Equal(3L, result.AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(97L, result.AdditionalProperties[BudgetProperties.RemainingTokens]);
    }

    [Fact]
    public async Task Settles_with_the_counted_tokens_when_the_provider_reports_no_usage()
    {
        var provider = new RecordingEmbeddingGenerator { Usage = _ => null };
        var store = new InMemoryBudgetStore(_clock);
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(100), CharTokenCounter.Instance, store, _clock);

        await budget.GenerateAsync(["twelve chars", "abc"], For("acme"));

        Assert.Equal(15, await UsedTokensAsync(store, "acme", _clock));
    }

    [Fact]
    public async Task Counts_cl100k_tokens_for_text_embedding_3_and_prices_the_batch()
    {
        var provider = new RecordingEmbeddingGenerator { Usage = _ => null };
        var store = new InMemoryBudgetStore(_clock);
        BudgetOptions options = DailyTenantTokens(1_000);
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, CostUsd = 1m });
        using var budget = new BudgetEmbeddingGenerator(provider, options, store: store, timeProvider: _clock);

        GeneratedEmbeddings<Embedding<float>> result = await budget.GenerateAsync(["hello world", "hello world"], For("acme", "text-embedding-3-small"));

        // "hello world" is two cl100k tokens; text-embedding-3-small lists at $0.02 per million.
        Assert.Equal(4, await UsedTokensAsync(store, "acme", _clock));
        Assert.Equal(4 * 0.02m / 1_000_000m, result.AdditionalProperties![GovernanceProperties.CostUsd]);
    }

    [Fact]
    public async Task A_batch_over_the_per_request_prompt_size_is_rejected_as_too_large()
    {
        var provider = new RecordingEmbeddingGenerator();
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, MaxPromptTokens = 5 });
        using var budget = new BudgetEmbeddingGenerator(provider, options, CharTokenCounter.Instance, new InMemoryBudgetStore(_clock), _clock);

        BudgetExceededException denied = await Assert.ThrowsAsync<BudgetExceededException>(() => budget.GenerateAsync(["abc", "def"], For("acme")));

        Assert.Equal(GovernanceReasonCodes.RequestTooLarge, denied.ReasonCode);
        Assert.Equal(413, denied.StatusCode);
        Assert.Empty(provider.Calls);
    }

    [Fact]
    public async Task Monitor_mode_lets_the_batch_through_and_reports_the_limit_that_would_have_blocked()
    {
        var provider = new RecordingEmbeddingGenerator();
        BudgetOptions options = DailyTenantTokens(2);
        options.Mode = BudgetMode.Monitor;
        using var budget = new BudgetEmbeddingGenerator(provider, options, CharTokenCounter.Instance, new InMemoryBudgetStore(_clock), _clock);

        GeneratedEmbeddings<Embedding<float>> result = await budget.GenerateAsync(["abcdef"], For("acme"));

        Assert.Single(result);
        Assert.Equal("tenant:acme tokens per 1d", result.AdditionalProperties![BudgetProperties.WouldBlock]);
    }

    [Fact]
    public async Task A_failed_call_is_charged_its_counted_input_unless_refunds_are_configured()
    {
        var provider = new RecordingEmbeddingGenerator { Failure = _ => new InvalidOperationException("provider down") };
        var store = new InMemoryBudgetStore(_clock);
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(100), CharTokenCounter.Instance, store, _clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => budget.GenerateAsync(["abcde"], For("acme")));
        Assert.Equal(5, await UsedTokensAsync(store, "acme", _clock));

        BudgetOptions refunding = DailyTenantTokens(100);
        refunding.RefundFailedCalls = true;
        using var refunded = new BudgetEmbeddingGenerator(provider, refunding, CharTokenCounter.Instance, store, _clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => refunded.GenerateAsync(["abcde"], For("acme")));
        Assert.Equal(5, await UsedTokensAsync(store, "acme", _clock));
    }

    [Fact]
    public async Task A_call_a_governance_policy_stopped_below_the_budget_is_refunded()
    {
        var provider = new RecordingEmbeddingGenerator { Failure = _ => new SensitiveDataBlockedException("CREDIT_CARD") };
        var store = new InMemoryBudgetStore(_clock);
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(100), CharTokenCounter.Instance, store, _clock);

        await Assert.ThrowsAsync<SensitiveDataBlockedException>(() => budget.GenerateAsync(["abcde"], For("acme")));

        Assert.Equal(0, await UsedTokensAsync(store, "acme", _clock));
    }

    [Fact]
    public async Task A_cancelled_call_keeps_its_accounting_and_frees_its_concurrency_slot()
    {
        var gate = new TaskCompletionSource();
        var provider = new RecordingEmbeddingGenerator { Gate = gate.Task };
        var store = new InMemoryBudgetStore(_clock);
        BudgetOptions options = DailyTenantTokens(100);
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Concurrent = 1 });
        using var budget = new BudgetEmbeddingGenerator(provider, options, CharTokenCounter.Instance, store, _clock);
        using var cancel = new CancellationTokenSource();

        Task<GeneratedEmbeddings<Embedding<float>>> call = budget.GenerateAsync(["abcdefgh"], For("acme"), cancel.Token);
        await provider.AtGate.Task;
        Assert.Equal(8, await UsedTokensAsync(store, "acme", _clock));
        await Assert.ThrowsAsync<BudgetExceededException>(() => budget.GenerateAsync(["x"], For("acme")));
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // The provider had the input: it stays charged, as for a cancelled chat call; the slot is free again.
        Assert.Equal(8, await UsedTokensAsync(store, "acme", _clock));
        provider.Gate = null;
        await budget.GenerateAsync(["x"], For("acme"));
        Assert.Equal(9, await UsedTokensAsync(store, "acme", _clock));
    }

    [Fact]
    public async Task Tenants_are_counted_apart_and_a_tenant_is_required_when_configured()
    {
        var provider = new RecordingEmbeddingGenerator();
        var store = new InMemoryBudgetStore(_clock);
        BudgetOptions options = DailyTenantTokens(5);
        options.RequireTenant = true;
        using var budget = new BudgetEmbeddingGenerator(provider, options, CharTokenCounter.Instance, store, _clock);

        await budget.GenerateAsync(["abcde"], For("acme"));
        await budget.GenerateAsync(["abcde"], For("globex"));
        await Assert.ThrowsAsync<CallerContextRequiredException>(() => budget.GenerateAsync(["a"]));

        Assert.Equal(5, await UsedTokensAsync(store, "acme", _clock));
        Assert.Equal(5, await UsedTokensAsync(store, "globex", _clock));
    }
}
