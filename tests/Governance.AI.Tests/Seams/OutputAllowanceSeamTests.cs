using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Budgets.BudgetTestKit;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Seams;

/// <summary>Issue #15.10: the default output reservation, near the end of a budget.</summary>
public sealed class OutputAllowanceSeamTests
{
    /// <summary>A 10,000-token daily budget of which a first call (43 prompt + 6,000 output tokens) leaves 3,957.</summary>
    private static async Task<(ServiceProvider Provider, FakeChatClient Model)> WithTokensLeftAsync(params (string, string)[] more)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 5, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("x", r.Options?.MaxOutputTokens is 6000 ? 43 : 100, r.Options?.MaxOutputTokens ?? 0) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model, Config(
        [
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "10000"),
            .. more,
        ])).AddBudgets();
        ServiceProvider provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(43), For(Contoso, maxOutputTokens: 6000));
        Assert.Equal(6043m, await UsedAsync(provider, "tokens"));
        return (provider, model);
    }

    [Fact]
    public async Task A_rejection_for_the_default_output_allowance_names_the_largest_MaxOutputTokens_that_fits_now()
    {
        (ServiceProvider provider, FakeChatClient model) = await WithTokensLeftAsync();
        using (provider)
        {
            // 100 prompt tokens + the default 4,096 output allowance do not fit 3,957; 100 + 3,857 do.
            var error = await Assert.ThrowsAsync<BudgetExceededException>(
                () => provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(100), For(Contoso)));

            Assert.Equal("tokens", error.LimitName);
            Assert.Equal(3957m, error.Remaining);
            Assert.Equal(3857, error.FittingMaxOutputTokens);
            Assert.Contains("MaxOutputTokens = 3857", error.Message, StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromHours(19), error.RetryAfter);
            Assert.Equal(1, model.CallCount);

            // Retrying with what the error named fits exactly.
            await provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(100), For(Contoso, maxOutputTokens: error.FittingMaxOutputTokens));
            Assert.Equal(10000m, await UsedAsync(provider, "tokens"));
        }
    }

    [Fact]
    public async Task Clamping_turned_on_in_configuration_sends_the_request_with_what_remains()
    {
        (ServiceProvider provider, FakeChatClient model) = await WithTokensLeftAsync(("AiGovernance:Budgets:ClampMaxOutputTokens", "true"));
        using (provider)
        {
            ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(100), For(Contoso));

            // The provider was told the smaller limit: that is what keeps the budget exact.
            Assert.Equal(3857, model.Requests[^1].Options!.MaxOutputTokens);
            Assert.Equal(0L, response.AdditionalProperties![BudgetProperties.RemainingTokens]);
        }
    }

    [Fact]
    public async Task A_rejection_names_no_MaxOutputTokens_when_not_even_the_prompt_fits()
    {
        (ServiceProvider provider, _) = await WithTokensLeftAsync();
        using (provider)
        {
            var error = await Assert.ThrowsAsync<BudgetExceededException>(
                () => provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(3957), For(Contoso)));

            Assert.Null(error.FittingMaxOutputTokens);
            Assert.DoesNotContain("MaxOutputTokens", error.Message, StringComparison.Ordinal);
        }
    }
}
