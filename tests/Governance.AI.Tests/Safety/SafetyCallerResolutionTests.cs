using Governance.AI.Safety;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Safety;

/// <summary>
/// The safety steps resolve the caller only when an audit event or a block needs it; these tests pin that the event
/// still names the caller of the call, also when the answer arrives after an await.
/// </summary>
public sealed class SafetyCallerResolutionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_response_blocked_after_an_await_is_audited_with_the_caller_of_the_call(bool ambient)
    {
        var audit = new List<SafetyAuditEvent>();
        var options = new SafetyOptions { OnDecision = audit.Add };
        options.DenyTerms.Add("project nightingale");
        IChatClient client = new GovernancePipelineBuilder(new YieldingChatClient("The answer is Project Nightingale.")).UseSafety(options).Build();
        ChatOptions? request = ambient ? null : new ChatOptions().ForCaller("contoso", "u1");

        using (ambient ? CallerScope.Begin(CallerContext.ForTenant("fabrikam")) : null)
        {
            await Assert.ThrowsAsync<ContentBlockedException>(() => client.GetResponseAsync("What is the code name?", request));
        }

        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.Equal(ambient ? "fabrikam" : "contoso", e.Caller.TenantId));
    }

    /// <summary>A model that answers after yielding, so the response is checked in a continuation.</summary>
    private sealed class YieldingChatClient(string reply) : IChatClient
    {
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
