using Governance.AI;

namespace GatewayService;

/// <summary>Maps the request's API key to a caller, for every policy (budgets, cache partitions, the ledger).</summary>
internal sealed class ApiKeyCallerAccessor(IHttpContextAccessor httpContextAccessor) : ICallerContextAccessor
{
    public const string ItemKey = "gateway.caller";

    public CallerContext? Current => httpContextAccessor.HttpContext?.Items[ItemKey] as CallerContext;
}
