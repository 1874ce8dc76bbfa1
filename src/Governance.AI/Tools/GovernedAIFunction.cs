using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;

namespace Governance.AI.Tools;

/// <summary>
/// A tool wrapped for one turn of one caller: it refuses denied and rate-limited calls without running the tool,
/// runs the tool inside its timeout and circuit breaker, replays a repeated state-changing call, and audits every call.
/// </summary>
internal sealed class GovernedAIFunction : DelegatingAIFunction
{
    private readonly ToolGovernanceChatClient _governance;
    private readonly ToolRuntime _runtime;
    private readonly CallerContext _caller;
    private readonly ToolTurn _turn;
    private readonly bool _allowed;

    public GovernedAIFunction(AIFunction innerFunction, ToolGovernanceChatClient governance, ToolRuntime runtime, CallerContext caller, ToolTurn turn, bool allowed)
        : base(innerFunction)
    {
        _governance = governance;
        _runtime = runtime;
        _caller = caller;
        _turn = turn;
        _allowed = allowed;
    }

    /// <summary>Gets a value indicating whether the tool's policy asks for human approval before it runs.</summary>
    public bool RequiresApproval => _runtime.Policy is { RequiresApproval: true };

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        TimeProvider clock = _governance.TimeProvider;
        DateTimeOffset startedAt = clock.GetUtcNow();
        long started = clock.GetTimestamp();
        string? callId = FunctionInvokingChatClient.CurrentContext?.CallContent.CallId;
        ToolCallOutcome outcome = ToolCallOutcome.Failed;
        string? errorType = null;
        try
        {
            if (!_allowed)
            {
                outcome = ToolCallOutcome.Denied;
                _turn.AddDenied(Name);
                return _governance.Options.RefusalMessage;
            }

            if (!_runtime.TryAcquire(_caller.TenantId))
            {
                outcome = ToolCallOutcome.RateLimited;
                return "This tool's rate limit is reached; do not call it again in this turn.";
            }

            if (_runtime.Policy is { IsStateChanging: true } && !string.IsNullOrEmpty(callId))
            {
                IdempotentResult<object?> result = await _governance.IdempotencyStore.GetOrRunAsync(
                    IdempotencyKey(callId, arguments), _governance.Options.IdempotencyWindow, token => RunAsync(arguments, token).AsTask(), cancellationToken).ConfigureAwait(false);
                outcome = result.Replayed ? ToolCallOutcome.Replayed : ToolCallOutcome.Succeeded;
                return RedactResult(result.Value);
            }

            object? value = await RunAsync(arguments, cancellationToken).ConfigureAwait(false);
            outcome = ToolCallOutcome.Succeeded;
            return RedactResult(value);
        }
        catch (BrokenCircuitException)
        {
            outcome = ToolCallOutcome.CircuitOpen;
            return "This tool is temporarily unavailable; do not call it again in this turn.";
        }
        catch (Exception ex)
        {
            errorType = ex.GetType().Name;
            throw;
        }
        finally
        {
            _governance.Audit(new ToolAuditRecord
            {
                ToolName = Name,
                CallId = callId,
                TenantId = _caller.TenantId,
                UserId = _caller.UserId,
                ApplicationId = _caller.ApplicationId,
                Outcome = outcome,
                Duration = clock.GetElapsedTime(started),
                ErrorType = errorType,
                Arguments = AuditArguments(arguments),
                Timestamp = startedAt,
            });
        }
    }

    // A tool without timeout or breaker skips Polly entirely: the common case pays nothing for resilience.
    private ValueTask<object?> RunAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        _runtime.HasResilience
            ? _runtime.Pipeline.ExecuteAsync(
                static (state, token) => state.Function.InvokeAsync(state.Arguments, token),
                (Function: InnerFunction, Arguments: arguments),
                cancellationToken)
            : InnerFunction.InvokeAsync(arguments, cancellationToken);

    private object? RedactResult(object? result) =>
        _governance.Options.ResultRedactor is { } redactor ? redactor(Name, result) : result;

    // A replay answers the same call repeated: the caller (a result can hold the caller's personal data, so another
    // tenant or user never gets it), the tool, the call id and the arguments (many servers number calls per response,
    // "call_0", so an id alone does not tell two refunds apart).
    private string IdempotencyKey(string callId, AIFunctionArguments arguments)
    {
        // In name order, so arguments the model wrote in another order are the same call.
        var names = new List<string>(arguments.Keys);
        names.Sort(StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(names.Count, StringComparer.Ordinal);
        foreach (string name in names)
        {
            values[name] = arguments[name];
        }

        return string.Join(
            '\u001f', "tool", _caller.TenantId, _caller.UserId, Name, callId, AIJsonUtilities.HashDataToString([values], AIJsonUtilities.DefaultOptions));
    }

    private Dictionary<string, string?> AuditArguments(AIFunctionArguments arguments)
    {
        Func<string, object?, string>? redactor = _governance.Options.AuditArgumentRedactor;
        var audited = new Dictionary<string, string?>(arguments.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> argument in arguments)
        {
            audited[argument.Key] = redactor?.Invoke(argument.Key, argument.Value);
        }

        return audited;
    }
}
