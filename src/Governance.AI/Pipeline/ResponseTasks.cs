using System.Runtime.ExceptionServices;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Helpers for stages that finish a call on the spot when the inner call completed synchronously (an in-memory cache
/// hit, a fake model) and return the inner task itself, instead of paying an async method's task and state machine.
/// </summary>
internal static class ResponseTasks
{
    /// <summary>
    /// Returns the task an <see langword="async"/> method would have returned had it thrown <paramref name="failure"/>:
    /// canceled for an <see cref="OperationCanceledException"/> (which it keeps), faulted otherwise; so a stage that
    /// completes synchronously still reports every failure through its task, never by throwing to the caller.
    /// </summary>
    /// <param name="failure">The exception.</param>
    /// <returns>The failed task.</returns>
    public static Task<ChatResponse> Failed(Exception failure) => FailAsync(ExceptionDispatchInfo.Capture(failure));

    private static async Task<ChatResponse> FailAsync(ExceptionDispatchInfo failure)
    {
        // A completed await: the body is an async method's, so the builder maps the exception as it does for any stage.
        await Task.CompletedTask.ConfigureAwait(false);
        failure.Throw();
        return null!;
    }
}
