namespace Governance.AI.Redis;

/// <summary>A command waiting for its reply; the reader loop completes them in the order they were written.</summary>
internal sealed class PendingCommand : TaskCompletionSource<RedisReply>
{
    public PendingCommand(RedisRequest request, bool asking, long deadline)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        Request = request;
        Asking = asking;
        AwaitingAskingReply = asking;
        Deadline = deadline;
    }

    public RedisRequest Request { get; }

    /// <summary>Whether an <c>ASKING</c> command precedes this one on the wire (its reply is consumed first).</summary>
    public bool Asking { get; }

    /// <summary>Reader-loop state: the <c>ASKING</c> reply has not been consumed yet.</summary>
    public bool AwaitingAskingReply { get; set; }

    /// <summary>The <see cref="TimeProvider"/> timestamp after which the command times out.</summary>
    public long Deadline { get; }

    /// <summary>How many reads had completed on the connection when this command was written.</summary>
    public long ReadsWhenSent { get; set; }
}
