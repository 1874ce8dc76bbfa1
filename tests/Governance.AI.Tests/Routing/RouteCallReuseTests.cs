using System.Net;
using Governance.AI.Pricing;
using Governance.AI.Routing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

/// <summary>
/// A call served synchronously leaves its <see cref="RouteCall"/> to the thread's next request: attempts, charges and
/// the served task of one request may never show on another, whatever the order of synchronous, asynchronous,
/// failed-over, failed and nested calls.
/// </summary>
public sealed class RouteCallReuseTests
{
    [Fact]
    public void A_released_call_holds_nothing_of_its_request()
    {
        // Made without a table: the check gives every field a value of its own before the release.
        var call = (RouteCall)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(RouteCall));
        ReleasedObjectAssert.ReleaseClearsEveryField(call, c => c.Release());
    }

    [Fact]
    public async Task A_call_after_a_synchronous_failover_with_charges_has_its_own_attempts_and_no_charges()
    {
        var clock = new FakeTimeProvider();
        var primary = new ScriptedChatClient(
            _ => throw Charged(Http(HttpStatusCode.InternalServerError)),
            _ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "primary"))));
        var backup = new ScriptedChatClient(_ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "backup"))));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary, configure: x => x.Priority = 0);
            o.AddBackend("backup", backup, configure: x => x.Priority = 1);
            SingleAttempt(o);
        });

        Task<ChatResponse> first = router.GetResponseAsync("one");
        Task<ChatResponse> second = router.GetResponseAsync("two");

        Assert.True(first.IsCompletedSuccessfully && second.IsCompletedSuccessfully);
        ChatResponse failedOver = await first;
        ChatResponse direct = await second;
        Assert.Equal(("backup", 2, 1), (BackendOf(failedOver), AttemptsOf(failedOver), ProviderCharge.Of(failedOver).Count));
        Assert.Equal(("primary", 1, 0), (BackendOf(direct), AttemptsOf(direct), ProviderCharge.Of(direct).Count));
    }

    [Fact]
    public async Task A_call_that_fails_synchronously_leaves_nothing_to_the_next_one()
    {
        var clock = new FakeTimeProvider();
        var backend = new ScriptedChatClient(
            _ => throw Http(HttpStatusCode.BadRequest),
            _ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            SingleAttempt(o);
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => router.GetResponseAsync("one"));
        ChatResponse response = await router.GetResponseAsync("two");

        Assert.Equal(("ok", "only", 1), (response.Text, BackendOf(response), AttemptsOf(response)));
    }

    [Fact]
    public async Task Calls_answered_later_keep_their_state_while_synchronous_calls_run_on_the_same_thread()
    {
        var clock = new FakeTimeProvider();
        var pending = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backend = new ScriptedChatClient(
            _ => pending.Task,
            _ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "fast"))));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            SingleAttempt(o);
        });

        Task<ChatResponse> slow = router.GetResponseAsync("slow");
        ChatResponse fast = await router.GetResponseAsync("fast");
        ChatResponse fastAgain = await router.GetResponseAsync("fast again");
        pending.SetResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "slow")));
        ChatResponse late = await slow;

        Assert.Equal(("fast", 1), (fast.Text, AttemptsOf(fast)));
        Assert.Equal(("fast", 1), (fastAgain.Text, AttemptsOf(fastAgain)));
        Assert.Equal(("slow", "only", 1), (late.Text, BackendOf(late), AttemptsOf(late)));
    }

    [Fact]
    public async Task A_routed_call_made_inside_another_on_the_same_thread_gets_its_own_state()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient nested = Router(clock, o =>
        {
            o.AddBackend("judge", new ScriptedChatClient(_ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "verdict")))));
            SingleAttempt(o);
        });
        ChatResponse? inside = null;
        var outerBackend = new ScriptedChatClient(token =>
        {
            // A classifier or tool routing another request synchronously, inside this one's attempt.
            Task<ChatResponse> verdict = nested.GetResponseAsync("judge this", cancellationToken: token);
            Assert.True(verdict.IsCompletedSuccessfully);
            inside = verdict.Result;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "answer")));
        });
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("main", outerBackend);
            SingleAttempt(o);
        });

        ChatResponse outer = await router.GetResponseAsync("one");
        ChatResponse again = await router.GetResponseAsync("two");

        Assert.Equal(("answer", "main", 1), (outer.Text, BackendOf(outer), AttemptsOf(outer)));
        Assert.Equal(("answer", "main", 1), (again.Text, BackendOf(again), AttemptsOf(again)));
        Assert.Equal(("verdict", "judge", 1), (inside!.Text, BackendOf(inside), AttemptsOf(inside)));
    }

    private static Exception Charged(Exception failure)
    {
        ProviderCharge.AttachTo(failure, [new ProviderCharge("gpt-4o", new UsageDetails { InputTokenCount = 10, OutputTokenCount = 0 })]);
        return failure;
    }
}
