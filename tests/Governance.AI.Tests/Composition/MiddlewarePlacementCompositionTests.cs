using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// M.E.AI's own middleware where the root README places it around the governance block, registered with
/// <c>AddChatClient(...).UseAiGovernance(services, ...)</c>: <c>UseLogging</c> after the block (inside it).
/// </summary>
public sealed class MiddlewarePlacementCompositionTests
{
    private const string Email = "kim.novak@example.com";
    private const string Tenant = "tenant-7f3a";
    private const string User = "user-4711";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UseLogging_inside_the_block_logs_the_redacted_prompt_and_answer_at_trace_and_never_a_raw_value_or_the_caller(bool streaming)
    {
        // Invariant (root README, middleware table: UseLogging after the block "logs only redacted prompts, never
        // caller ids"): M.E.AI's LoggingChatClient, at its most verbose level, sees the request and the answer as
        // the provider does: placeholders, no caller, no governance.* key.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { StreamingChunks = 3, Responder = r => FakeReply.Text("I wrote to " + r.LastUserText[r.LastUserText.IndexOf('<', StringComparison.Ordinal)..], 12, 6) };
        ServiceCollection services = Services(clock);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddChatClient(model)
            .UseAiGovernance(services, g => g.AddRedaction().AddSemanticCache(), Config())
            .UseLogging();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = new ChatOptions().ForCaller(CallerContext.ForTenant(Tenant, User));

        ChatResponse answer = streaming
            ? await client.GetStreamingResponseAsync("Write to " + Email, options).ToChatResponseAsync()
            : await client.GetResponseAsync("Write to " + Email, options);

        Assert.Equal("I wrote to " + Email, answer.Text);
        List<string> logged = [.. provider.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Category?.Contains(nameof(LoggingChatClient), StringComparison.Ordinal) == true)
            .Select(r => r.Message)];
        Assert.Contains(logged, message => message.Contains("<EMAIL_1>", StringComparison.Ordinal));
        Assert.All(logged, message =>
        {
            Assert.DoesNotContain(Email, message, StringComparison.Ordinal);
            Assert.DoesNotContain(Tenant, message, StringComparison.Ordinal);
            Assert.DoesNotContain(User, message, StringComparison.Ordinal);
            Assert.DoesNotContain("governance.", message, StringComparison.Ordinal);
        });
    }
}
