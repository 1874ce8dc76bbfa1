using System.Collections.Frozen;

namespace Governance.AI;

/// <summary>
/// Who is calling: tenant, user, application, cost center and free-form tags. Every policy sees it: budgets
/// choose their scopes by it, the cache partitions by tenant, the ledger attributes cost with it.
/// </summary>
/// <remarks>
/// A request carries it per call (<see cref="CallerChatOptionsExtensions.ForCaller(Microsoft.Extensions.AI.ChatOptions, CallerContext)"/>),
/// ambiently (<see cref="CallerScope.Begin(CallerContext)"/>) or through an <see cref="ICallerContextAccessor"/>;
/// with none of them, it is <see cref="Anonymous"/>.
/// </remarks>
public sealed record CallerContext
{
    /// <summary>The caller of a request that carries no context.</summary>
    public static CallerContext Anonymous { get; } = new();

    /// <summary>Gets the tenant (organization or customer) id.</summary>
    public string? TenantId { get; init; }

    /// <summary>Gets the end-user id.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the calling application or API key id.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Gets the cost center that pays.</summary>
    public string? CostCenter { get; init; }

    /// <summary>Gets free-form tags, for example <c>team=search</c>.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether no identity is set at all.</summary>
    public bool IsAnonymous => TenantId is null && UserId is null && ApplicationId is null && CostCenter is null;

    /// <summary>Creates a context for a tenant and optionally a user.</summary>
    /// <param name="tenantId">The tenant id.</param>
    /// <param name="userId">The user id, if any.</param>
    /// <returns>The context.</returns>
    public static CallerContext ForTenant(string tenantId, string? userId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return new CallerContext { TenantId = tenantId, UserId = userId };
    }
}
