using Governance.AI.Redaction;
using Governance.AI.Tests.Pipeline;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// The redaction stage restores a response on the spot when its inner call completes synchronously. These tests hold
/// it to what an async method gives the caller: no exception thrown from the call itself, a faulted task for a block
/// or a bad argument, a canceled task for a cancellation, and the same restoration as the awaited path.
/// </summary>
public sealed class RedactionSynchronousCompletionTests
{
    private static Task<ChatResponse> StartWithoutThrowing(Func<Task<ChatResponse>> call)
    {
        Task<ChatResponse>? task = null;
        Assert.Null(Record.Exception(() => { task = call(); }));
        return task!;
    }

    [Fact]
    public async Task A_blocked_value_fails_the_returned_task_instead_of_throwing_from_the_call()
    {
        var options = new RedactionOptions();
        options.Policies["EMAIL"] = new EntityPolicy { Operator = RedactionOperator.Block };
        var model = new SynchronousChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        var client = new RedactingChatClient(model, options);

        Task<ChatResponse> task = StartWithoutThrowing(() => client.GetResponseAsync("Write to jane.doe@example.com"));
        Assert.True(task.IsFaulted);
        await Assert.ThrowsAsync<SensitiveDataBlockedException>(() => task);
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public async Task Null_messages_fail_the_returned_task()
    {
        var client = new RedactingChatClient(new SynchronousChatClient(_ => new ChatResponse()), new RedactionOptions());

        Task<ChatResponse> task = StartWithoutThrowing(() => client.GetResponseAsync((IEnumerable<ChatMessage>)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => task);
    }

    [Fact]
    public async Task A_cancellation_thrown_synchronously_inside_cancels_the_returned_task_with_the_same_exception()
    {
        var cancelled = new OperationCanceledException("stopped");
        var client = new RedactingChatClient(new SynchronousChatClient(_ => throw cancelled), new RedactionOptions());

        Task<ChatResponse> task = StartWithoutThrowing(() => client.GetResponseAsync("Hello there."));
        Assert.True(task.IsCanceled);
        Assert.Same(cancelled, await Assert.ThrowsAsync<OperationCanceledException>(() => task));
    }

    [Fact]
    public async Task A_synchronous_response_is_restored_and_counted_as_an_awaited_one()
    {
        var model = new SynchronousChatClient(messages =>
        {
            var reply = new ChatResponse(new ChatMessage(ChatRole.Assistant, "I will write to " + messages[0].Text[^"<EMAIL_1>".Length..] + "."));
            reply.AdditionalProperties = new() { ["vendor.key"] = 1 };
            return reply;
        });
        var client = new RedactingChatClient(model, new RedactionOptions());

        Task<ChatResponse> task = client.GetResponseAsync("Please write to jane.doe@example.com");
        Assert.True(task.IsCompletedSuccessfully);
        ChatResponse response = await task;

        Assert.Equal("Please write to <EMAIL_1>", model.LastMessages![0].Text);
        Assert.Equal("I will write to jane.doe@example.com.", response.Text);
        Assert.Equal(1, response.AdditionalProperties!["vendor.key"]);
        var counts = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(response.AdditionalProperties[RedactingChatClient.EntityCountsKey]);
        Assert.Equal(1, counts["EMAIL"]);
    }
}
