namespace Governance.AI.Telemetry;

/// <summary>Names of the spans' and metrics' attributes, following the OpenTelemetry GenAI semantic conventions where they apply.</summary>
internal static class TelemetryNames
{
    public const string OperationChat = "chat";
    public const string GovernanceSpanPrefix = "governance ";

    public const string OperationName = "gen_ai.operation.name";
    public const string ProviderName = "gen_ai.provider.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string RequestMaxTokens = "gen_ai.request.max_tokens";
    public const string RequestTemperature = "gen_ai.request.temperature";
    public const string RequestTopP = "gen_ai.request.top_p";
    public const string ResponseModel = "gen_ai.response.model";
    public const string ResponseId = "gen_ai.response.id";
    public const string ResponseFinishReasons = "gen_ai.response.finish_reasons";
    public const string ResponseTimeToFirstChunk = "gen_ai.response.time_to_first_chunk";
    public const string UsageInputTokens = "gen_ai.usage.input_tokens";
    public const string UsageOutputTokens = "gen_ai.usage.output_tokens";
    public const string UsageCacheReadInputTokens = "gen_ai.usage.cache_read.input_tokens";
    public const string TokenType = "gen_ai.token.type";
    public const string ErrorType = "error.type";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";

    public const string TenantId = "governance.tenant.id";
    public const string UserId = "governance.user.id";
    public const string ApplicationId = "governance.application.id";
    public const string CostCenter = "governance.cost_center";
    public const string Outcome = "governance.outcome";
    public const string Policy = "governance.policy";
    public const string ReasonCode = "governance.reason_code";
    public const string Scope = "governance.scope";
    public const string ScopeKind = "governance.scope.kind";
    public const string CostUsd = "governance.cost_usd";
    public const string CacheStatus = "governance.cache.status";
    public const string CacheSimilarity = "governance.cache.similarity";
    public const string CacheTokensSaved = "governance.cache.tokens_saved";
    public const string RouteBackend = "governance.route.backend";
    public const string RouteAttempts = "governance.route.attempts";
    public const string BudgetLimit = "governance.budget.limit";
    public const string SafetyRule = "governance.safety.rule";

    public const string EventCacheHit = "governance.cache.hit";
    public const string EventRedaction = "governance.redaction";
    public const string EventSafetyFlag = "governance.safety.flag";
    public const string EventRoute = "governance.route";
    public const string EventRejected = "governance.rejected";
    public const string EventBlocked = "governance.blocked";

    public const string Other = "_other";
    public const string TokenInput = "input";
    public const string TokenOutput = "output";
}
