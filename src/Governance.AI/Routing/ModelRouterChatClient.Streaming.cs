using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Extensions.AI;
using Polly;

namespace Governance.AI.Routing;

/// <content>Streaming calls: opening a stream with failover until its first update, then relaying it and surfacing a later break as an interruption.</content>
public sealed partial class ModelRouterChatClient
{
    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        RouteTable table = GetTable();
        CallScope scope = CallScope.Begin(this, table, messages, options, cancellationToken);
        RouteCall call = scope.Call;
        StreamLease? lease = null;
        StringBuilder? text = scope.HasShadow ? new StringBuilder() : null;
        UsageDetails? usage = null;
        bool succeeded = false;
        try
        {
            int index;
            try
            {
                (lease, index) = await OpenStreamAsync(table, call, scope.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (scope.TimedOut)
            {
                throw TotalTimeout(table, call, ex);
            }

            int delivered = 0;
            bool finished = false;
            if (lease.HasCurrent)
            {
                ChatResponseUpdate update = lease.Current;
                Annotate(update.AdditionalProperties ??= [], table, index, call);
                while (true)
                {
                    finished |= update.FinishReason is not null;
                    if (text is not null || lease.Limited)
                    {
                        text?.Append(update.Text);
                        usage = UsageOf(update) ?? usage;
                    }

                    yield return update;
                    delivered++;

                    Exception? error = await lease.MoveNextAsync().ConfigureAwait(false);
                    if (error is not null)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            ExceptionDispatchInfo.Throw(error);
                        }

                        // Part of the answer is already with the caller: no retry, no failover, and never a clean end.
                        lease.Backend.RecordFailure(error, cancellationToken);
                        _telemetry.RecordRequest(table.Options.Name, lease.Backend.Name, "interrupted");
                        throw new StreamInterruptedException(lease.Backend.Name, delivered, error);
                    }

                    if (!lease.HasCurrent)
                    {
                        break;
                    }

                    update = lease.Current;
                }
            }

            if (!finished && table.Options.RequireFinishReason)
            {
                _telemetry.RecordRequest(table.Options.Name, lease.Backend.Name, "interrupted");
                throw new StreamInterruptedException(lease.Backend.Name, delivered, null);
            }

            lease.Backend.RecordSuccess(usage?.OutputTokenCount, lease.Limited);
            _telemetry.RecordRequest(table.Options.Name, lease.Backend.Name, "success");
            succeeded = true;
        }
        finally
        {
            string backend = lease?.Backend.Name ?? "(none)";
            if (lease is not null)
            {
                await lease.DisposeAsync().ConfigureAwait(false);
            }

            scope.End(backend, succeeded, text?.ToString(), usage);
        }
    }

    private async ValueTask<(StreamLease Lease, int Index)> OpenStreamAsync(RouteTable table, RouteCall call, CancellationToken token)
    {
        ulong excluded = 0;
        Exception? last = null;
        bool requireFinish = table.Options.RequireFinishReason;
        for (int tried = 0; ; tried++)
        {
            int index = NextBackend(table, call, tried, ref excluded, last);
            BackendRuntime backend = table.Backends[index];
            ResilienceContext context = ResilienceContextPool.Shared.Get(token);
            try
            {
                StreamLease lease = BackendRuntime.ResultOf<StreamLease>(
                    await backend.OpenAsync(call, OptionsFor(table, index, call), table.IsLimited(index), requireFinish, context, token).ConfigureAwait(false));
                return (lease, index);
            }
            catch (Exception ex) when (IsFailover(table, ex, _time.GetUtcNow(), token))
            {
                last = ex;
                _telemetry.RecordFailover(table.Options.Name, backend.Name, ex);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }

    private static UsageDetails? UsageOf(ChatResponseUpdate update)
    {
        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is UsageContent usage)
            {
                return usage.Details;
            }
        }

        return null;
    }
}
