using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Telemetry;

/// <summary>The audit trail of a call: one event per governance decision, to the log and the audit sink.</summary>
internal sealed partial class TelemetryCall
{
    private static List<KeyValuePair<string, string>> DetailsOf(GovernanceException governance)
    {
        var details = new List<KeyValuePair<string, string>>(4);
        switch (governance)
        {
            case BudgetExceededException budget:
                details.Add(new("limit", budget.LimitName));
                details.Add(new("window", budget.Window ?? "none"));
                details.Add(new("limit_value", budget.Limit.ToString(CultureInfo.InvariantCulture)));
                details.Add(new("remaining", budget.Remaining.ToString(CultureInfo.InvariantCulture)));
                details.Add(new("requested", budget.Requested.ToString(CultureInfo.InvariantCulture)));
                break;
            case ContentBlockedException blocked:
                details.Add(new("category", blocked.Category));
                details.Add(new("direction", blocked.InResponse ? "response" : "prompt"));
                details.Add(new("score", blocked.Score.ToString("0.###", CultureInfo.InvariantCulture)));
                if (blocked.RuleId is { } rule)
                {
                    details.Add(new("rule", rule));
                }

                break;
            case SensitiveDataBlockedException sensitive:
                details.Add(new("entity_type", sensitive.EntityType));
                details.Add(new("count", sensitive.Count.ToString(CultureInfo.InvariantCulture)));
                break;
            case NoHealthyBackendException unavailable:
                if (unavailable.Model is { } model)
                {
                    details.Add(new("model", model));
                }

                break;
            case CallerContextRequiredException missing:
                details.Add(new("missing", missing.Missing));
                break;
        }

        if (governance.RetryAfter is { } retryAfter)
        {
            details.Add(new("retry_after_s", retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)));
        }

        return details;
    }

    private async ValueTask AuditAsync(GovernanceException? governance, bool cacheHit, string? model)
    {
        List<AuditEvent>? events = null;
        if (cacheHit)
        {
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            if (_state.CacheSimilarity is { } similarity)
            {
                details["similarity"] = similarity.ToString("0.####", CultureInfo.InvariantCulture);
            }

            if (_state.CacheTokensSaved is { } saved)
            {
                details["tokens_saved"] = saved.ToString(CultureInfo.InvariantCulture);
            }

            (events ??= []).Add(NewEvent(AuditDecision.CacheHit, GovernancePolicyNames.Cache, null, null, model, details));
        }

        if (RedactionCounts() is { Count: > 0 } redactions)
        {
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> redaction in redactions)
            {
                details[redaction.Key] = redaction.Value.ToString(CultureInfo.InvariantCulture);
            }

            (events ??= []).Add(NewEvent(AuditDecision.Redacted, GovernancePolicyNames.Redaction, null, null, model, details));
        }

        if (_state.SafetyAnnotations is { Count: > 0 })
        {
            (events ??= []).Add(NewEvent(AuditDecision.Flagged, GovernancePolicyNames.Safety, null, null, model, new Dictionary<string, string>
            {
                ["rules"] = string.Join(',', _state.SafetyAnnotations),
            }));
        }

        if (_state.Backend is not null)
        {
            var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["backend"] = _state.Backend };
            if (_state.Attempts is { } attempts)
            {
                details["attempts"] = attempts.ToString(CultureInfo.InvariantCulture);
            }

            (events ??= []).Add(NewEvent(AuditDecision.Routed, GovernancePolicyNames.Router, null, null, model, details));
        }

        if (governance is not null)
        {
            AuditDecision decision = governance is ContentBlockedException or SensitiveDataBlockedException ? AuditDecision.Blocked : AuditDecision.Rejected;
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> detail in DetailsOf(governance))
            {
                details[detail.Key] = detail.Value;
            }

            (events ??= []).Add(NewEvent(decision, governance.Policy, governance.ReasonCode, governance.Scope, model, details));
        }

        if (events is null)
        {
            return;
        }

        foreach (AuditEvent auditEvent in events)
        {
            Log(auditEvent);
            if (_state.Owner.AuditSink is { } sink)
            {
                try
                {
                    await sink.WriteAsync(auditEvent, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    AuditLog.SinkFailed(_state.Owner.Logger, sink.GetType().Name, auditEvent.Decision, ex.GetType().FullName ?? "_OTHER");
                }
            }
        }
    }

    private AuditEvent NewEvent(AuditDecision decision, string policy, string? reasonCode, string? scope, string? model, Dictionary<string, string> details)
    {
        AuditOptions audit = _state.Options.Audit;
        string? prompt = null;
        string? response = null;
        if (audit.IncludeContent)
        {
            prompt = ContentMasker.Mask(LastUserText(_state.Messages), audit.MaxContentLength);
            response = _state.ResponseText is { Length: > 0 } ? ContentMasker.Mask(_state.ResponseText.ToString(), audit.MaxContentLength) : null;
        }

        byte[] pseudonymKey = _state.Owner.PseudonymKeyFor(audit);
        return new AuditEvent
        {
            Timestamp = _state.Owner.TimeProvider.GetUtcNow(),
            Decision = decision,
            Policy = policy,
            ReasonCode = reasonCode,
            Scope = ContentMasker.ScopeForAudit(scope, audit.UserIds, pseudonymKey),
            TenantId = _state.Caller.TenantId,
            UserId = _state.Caller.UserId is not { } user ? null
                : audit.UserIds switch
                {
                    UserIdHandling.Plain => user,
                    UserIdHandling.Omit => null,
                    _ => ContentMasker.Pseudonymize(user, pseudonymKey),
                },
            ApplicationId = _state.Caller.ApplicationId,
            CostCenter = _state.Caller.CostCenter,
            Model = model,
            TraceId = _state.TraceId ??= _state.Activity?.TraceId.ToHexString(),
            Details = details,
            PromptExcerpt = prompt,
            ResponseExcerpt = response,
        };
    }

    private void Log(AuditEvent auditEvent)
    {
        ILogger logger = _state.Owner.Logger;
        // Blocks and rejections are warnings; a routine route (first attempt served) is debug noise; the rest information.
        LogLevel level = auditEvent.Decision switch
        {
            AuditDecision.Blocked or AuditDecision.Rejected => LogLevel.Warning,
            AuditDecision.Routed when !auditEvent.Details.TryGetValue("attempts", out string? attempts) || attempts == "1" => LogLevel.Debug,
            _ => LogLevel.Information,
        };
        if (!logger.IsEnabled(level))
        {
            return;
        }

        var details = new StringBuilder();
        foreach (KeyValuePair<string, string> detail in auditEvent.Details)
        {
            if (details.Length > 0)
            {
                details.Append(", ");
            }

            details.Append(detail.Key).Append('=').Append(detail.Value);
        }

        string renderedDetails = details.ToString();
        AuditLog.Decision(logger, level, auditEvent.Decision, auditEvent.Policy, auditEvent.ReasonCode, auditEvent.Scope,
            auditEvent.TenantId, auditEvent.UserId, auditEvent.ApplicationId, auditEvent.CostCenter, auditEvent.Model,
            auditEvent.TraceId, renderedDetails);
        if (auditEvent.PromptExcerpt is not null || auditEvent.ResponseExcerpt is not null)
        {
            AuditLog.Content(logger, auditEvent.Decision, auditEvent.PromptExcerpt, auditEvent.ResponseExcerpt);
        }
    }

    private static string LastUserText(IEnumerable<ChatMessage>? messages)
    {
        string text = string.Empty;
        if (messages is not null)
        {
            foreach (ChatMessage message in messages)
            {
                if (message.Role == ChatRole.User)
                {
                    text = message.Text;
                }
            }
        }

        return text;
    }
}
