using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Polly;

namespace Governance.AI.Routing;

/// <content>Non-streaming calls: the synchronous fast path, the async route around hedging, shadows and the total timeout, and the attempt loop over backends.</content>
public sealed partial class ModelRouterChatClient
{
    /// <inheritdoc />
    /// <remarks>
    /// Without hedging, shadows or a total timeout, a call whose attempt completes synchronously (an in-memory model)
    /// is finished on the spot, without an async state machine of its own; every failure still comes back through
    /// the returned task.
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            RouteTable table = GetTable();
            if (table.Hedging is not null || table.HasShadows || table.Options.Resilience.TotalTimeout is not null)
            {
                return RouteAsync(table, messages, options, cancellationToken);
            }

            RouteCall call = Start(table, messages, options, cancellationToken, reusable: true);
            ValueTask<ChatResponse> executing = ExecuteAsync(table, call, cancellationToken);
            if (!executing.IsCompletedSuccessfully)
            {
                return executing.AsTask();
            }

            // The backend's completed task already carries the response (annotated in place): no task of our own.
            ChatResponse response = executing.Result;
            Task<ChatResponse> answer = call.ServedTask is { } served && ReferenceEquals(served.Result, response) ? served : Task.FromResult(response);

            // Served on this thread with nothing pending: the next request on it reuses the call.
            call.Release();
            return answer;
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
        }
    }

    /// <summary>A call with hedging, shadows or a total timeout: the work around the attempts needs an async method.</summary>
    private async Task<ChatResponse> RouteAsync(
        RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        CallScope scope = CallScope.Begin(this, table, messages, options, cancellationToken);
        ChatResponse? response = null;
        try
        {
            response = table.Hedging is { } hedging
                ? await ExecuteHedgedAsync(table, scope.Call, hedging, scope.Token).ConfigureAwait(false)
                : await ExecuteAsync(table, scope.Call, scope.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (scope.TimedOut)
        {
            throw TotalTimeout(table, scope.Call, ex);
        }
        finally
        {
            scope.End(
                response?.AdditionalProperties?.TryGetValue(GovernanceProperties.RouteBackend, out object? served) == true && served is string name ? name : "(none)",
                response is not null,
                response?.Text,
                response?.Usage);
        }
    }

    private async ValueTask<ChatResponse> ExecuteAsync(RouteTable table, RouteCall call, CancellationToken token)
    {
        ulong excluded = 0;
        Exception? last = null;
        for (int tried = 0; ; tried++)
        {
            int index = NextBackend(table, call, tried, ref excluded, last);
            BackendRuntime backend = table.Backends[index];
            ResilienceContext context = ResilienceContextPool.Shared.Get(token);
            try
            {
                ChatResponse response = BackendRuntime.ResultOf<ChatResponse>(await backend.ExecuteAsync(call, OptionsFor(table, index, call), table.IsLimited(index), context).ConfigureAwait(false));
                Annotate(response.AdditionalProperties ??= ResponseProperties.Create(ResponsePropertyCapacity), table, index, call);
                ProviderCharge.AttachTo(response, call.Charges);
                _telemetry.RecordRequest(table.Options.Name, backend.Name, "success");
                return response;
            }
            catch (Exception ex) when (IsFailover(table, ex, _time.GetUtcNow(), token))
            {
                last = ex;
                call.AddCharges(ProviderCharge.Of(ex));
                _telemetry.RecordFailover(table.Options.Name, backend.Name, ex);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }
}
