using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Telemetry;

/// <summary>The end of a call: its outcome, tokens, cost and savings, emitted once as metrics, span, ledger record and audit events; and the error type it reports.</summary>
internal sealed partial class TelemetryCall
{
    private static readonly string[] StatusCodes = CreateStatusCodes();

    /// <summary>Ends a streamed call: completed, failed, or abandoned by the consumer.</summary>
    public ValueTask EndStreamAsync(Exception? failure, bool completed, bool cancellationRequested) =>
        failure is not null || completed ? EndAsync(failure, cancellationRequested) : EndAsync(null, cancellationRequested, abandoned: true);

    /// <summary>Ends the call once: emits span, metrics, ledger record and audit events.</summary>
    public async ValueTask EndAsync(Exception? failure, bool cancellationRequested, bool abandoned = false)
    {
        if (_state.Ended)
        {
            return;
        }

        _state.Ended = true;
        TimeSpan elapsed = _state.Owner.TimeProvider.GetElapsedTime(_state.StartTimestamp);
        var governance = failure as GovernanceException;
        UsageOutcome outcome = failure switch
        {
            null => abandoned ? UsageOutcome.Cancelled : UsageOutcome.Success,
            GovernanceException => UsageOutcome.Rejected,
            OperationCanceledException when cancellationRequested || !IsTimeout(failure) => UsageOutcome.Cancelled,
            _ => UsageOutcome.Failed,
        };
        string? errorType = failure is null ? null : ErrorTypeOf(failure);
        string? model = _state.ResponseModel ?? _state.RequestModel;
        bool cacheHit = string.Equals(_state.CacheStatus, "hit", StringComparison.OrdinalIgnoreCase);
        GovernanceTelemetryChatClient.ModelPrices prices = _state.Owner.PricesFor(_state.Options);

        long input = cacheHit ? 0 : _state.InputTokens ?? _state.CountedUsage?.InputTokenCount ?? 0;
        long cached = cacheHit ? 0 : _state.CachedInputTokens ?? 0;
        long output = cacheHit ? 0 : _state.OutputTokens ?? _state.CountedUsage?.OutputTokenCount ?? 0;
        decimal cost = _state.CostUsd ?? (cacheHit || outcome != UsageOutcome.Success ? 0m : prices.Cost(model, input, cached, output) ?? 0m);
        long tokensSaved = 0;
        decimal costSaved = 0;
        if (cacheHit)
        {
            tokensSaved = _state.CacheTokensSaved ?? ((_state.InputTokens ?? 0) + (_state.OutputTokens ?? 0));
            costSaved = _state.CacheCostSaved ?? (_state.InputTokens is not null || _state.OutputTokens is not null
                ? prices.Cost(model, _state.InputTokens ?? 0, _state.CachedInputTokens ?? 0, _state.OutputTokens ?? 0) ?? 0m
                : prices.Cost(model, tokensSaved, 0, 0) ?? 0m);
        }

        if (failure is BudgetExceededException budget && budget.Scope is { } budgetScope &&
            GovernanceTelemetry.IsScopeReportable(budgetScope, _state.Options.MetricCallerAttributes))
        {
            _state.Owner.Metrics.Budget.RemainingTable.Set(budgetScope, budget.LimitName, (double)budget.Remaining);
        }

        if (_state.Owner.Metrics.Enabled)
        {
            RecordMetrics(outcome, errorType, model, cacheHit, input, output, cost, tokensSaved, costSaved, elapsed, failure);
        }

        if (_state.Activity is not null)
        {
            CompleteSpan(_state.Activity, outcome, errorType, governance, cacheHit, cost, elapsed, abandoned);
        }

        if (_state.Owner.Ledger is { } ledger && _state.Options.RecordUsage)
        {
            var record = new UsageRecord
            {
                Timestamp = _state.StartUtc,
                TenantId = _state.Caller.TenantId,
                UserId = _state.Caller.UserId,
                ApplicationId = _state.Caller.ApplicationId,
                CostCenter = _state.Caller.CostCenter,
                Model = model,
                Backend = _state.Backend,
                ResponseId = _state.ResponseId,
                InputTokens = input,
                CachedInputTokens = cached,
                OutputTokens = output,
                CostUsd = cost,
                CacheHit = cacheHit,
                TokensSaved = tokensSaved,
                CostSavedUsd = costSaved,
                Streaming = _state.Streaming,
                Latency = elapsed,
                Outcome = outcome,
                ReasonCode = governance?.ReasonCode,
                ErrorType = outcome == UsageOutcome.Failed ? errorType : null,
            };
            try
            {
                await ledger.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                AuditLog.LedgerFailed(_state.Owner.Logger, ledger.GetType().Name, ex.GetType().FullName ?? "_OTHER");
            }
        }

        if (_state.Options.Audit.Enabled && (_state.Owner.AuditSink is not null || _state.Owner.Logger.IsEnabled(LogLevel.Information)))
        {
            await AuditAsync(governance, cacheHit, model).ConfigureAwait(false);
        }
    }

    private static bool IsTimeout(Exception failure) => failure is TimeoutException || failure.InnerException is TimeoutException;

    /// <summary>A low-cardinality error type: the reason code of a governance error, the HTTP status, <c>timeout</c>, or the exception's type name.</summary>
    internal static string ErrorTypeOf(Exception failure) => failure switch
    {
        GovernanceException governance => governance.ReasonCode,
        HttpRequestException { StatusCode: { } status } when (int)status is >= 0 and < 600 => StatusCodes[(int)status],
        _ when IsTimeout(failure) => "timeout",
        _ => failure.GetType().FullName ?? "_OTHER",
    };

    private static string[] CreateStatusCodes()
    {
        var codes = new string[600];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return codes;
    }
}
