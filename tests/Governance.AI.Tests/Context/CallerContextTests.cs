using Governance.AI.Testing;
using Governance.AI.Tests.Pipeline;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Context;

public sealed class CallerContextTests
{
    private sealed class StaticAccessor(CallerContext? current) : ICallerContextAccessor
    {
        public CallerContext? Current { get; } = current;
    }

    [Fact]
    public async Task Context_arrives_per_call_through_chat_options()
    {
        var (client, policy) = Build();
        await client.GetResponseAsync("hi", new ChatOptions().ForCaller(new CallerContext { TenantId = "t1", UserId = "u1", CostCenter = "cc" }));

        Assert.Equal("t1", policy.LastCaller!.TenantId);
        Assert.Equal("u1", policy.LastCaller.UserId);
        Assert.Equal("cc", policy.LastCaller.CostCenter);
    }

    [Fact]
    public async Task Context_arrives_ambiently_through_a_scope_including_in_awaited_tasks_and_is_restored_after()
    {
        var (client, policy) = Build();
        using (CallerScope.Begin(CallerContext.ForTenant("ambient", "bob")))
        {
            await Task.Run(() => client.GetResponseAsync("hi"));
            Assert.Equal("ambient", policy.LastCaller!.TenantId);

            using (CallerScope.Begin(CallerContext.ForTenant("inner")))
            {
                await client.GetResponseAsync("hi");
                Assert.Equal("inner", policy.LastCaller!.TenantId);
            }

            await client.GetResponseAsync("hi");
            Assert.Equal("ambient", policy.LastCaller!.TenantId);
        }

        Assert.Null(CallerScope.Current);
    }

    [Fact]
    public void Context_arrives_from_an_accessor()
    {
        var resolver = new CallerContextResolver(new StaticAccessor(CallerContext.ForTenant("from-claims")));
        Assert.Equal("from-claims", resolver.Resolve(null).TenantId);
    }

    [Fact]
    public void Per_call_context_wins_over_ambient_which_wins_over_the_accessor()
    {
        var resolver = new CallerContextResolver(new StaticAccessor(CallerContext.ForTenant("accessor")));
        var options = new ChatOptions().ForCaller("per-call");
        using (CallerScope.Begin(CallerContext.ForTenant("ambient")))
        {
            Assert.Equal("per-call", resolver.Resolve(options).TenantId);
            Assert.Equal("ambient", resolver.Resolve(new ChatOptions()).TenantId);
        }

        Assert.Equal("accessor", resolver.Resolve(new ChatOptions()).TenantId);
    }

    [Fact]
    public void No_context_is_the_anonymous_caller_never_a_crash()
    {
        CallerContext caller = new CallerContextResolver(new StaticAccessor(null)).Resolve(null);
        Assert.Same(CallerContext.Anonymous, caller);
        Assert.True(caller.IsAnonymous);
        Assert.Empty(caller.Tags);
    }

    [Fact]
    public void A_policy_that_requires_a_tenant_rejects_a_request_without_one_with_a_typed_error()
    {
        var error = Assert.Throws<CallerContextRequiredException>(() => CallerContextResolver.Default.Resolve(null, GovernancePolicyNames.Budget, requireTenant: true));
        Assert.Equal(GovernanceReasonCodes.CallerRequired, error.ReasonCode);
        Assert.Equal(GovernancePolicyNames.Budget, error.Policy);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal("t", CallerContextResolver.Default.Resolve(new ChatOptions().ForCaller("t"), GovernancePolicyNames.Budget, requireTenant: true).TenantId);
    }

    private static (IChatClient Client, RecordingPolicy Policy) Build()
    {
        RecordingPolicy? policy = null;
        IChatClient client = new GovernancePipelineBuilder(new FakeChatClient())
            .Use(GovernanceStage.Budget, next => policy = new RecordingPolicy(next, "budget", []))
            .Build();
        return (client, policy!);
    }
}
