using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Finds the caller of a request: the per-call context in <see cref="ChatOptions"/> first, then the ambient
/// <see cref="CallerScope"/>, then the <see cref="ICallerContextAccessor"/>, and otherwise
/// <see cref="CallerContext.Anonymous"/>. It never throws unless a tenant is required.
/// </summary>
public sealed class CallerContextResolver
{
    private readonly ICallerContextAccessor? _accessor;

    /// <summary>Initializes a new instance of the <see cref="CallerContextResolver"/> class.</summary>
    /// <param name="accessor">The application's accessor, if any.</param>
    public CallerContextResolver(ICallerContextAccessor? accessor = null) => _accessor = accessor;

    /// <summary>Gets a resolver with no accessor: per-call and ambient contexts only.</summary>
    public static CallerContextResolver Default { get; } = new();

    /// <summary>
    /// Gets the resolver for policies built from <paramref name="services"/>: the registered one (<c>AddAiGovernance</c>
    /// registers it), else one over the registered <see cref="ICallerContextAccessor"/>, else <see langword="null"/>
    /// (per-call and ambient contexts only).
    /// </summary>
    /// <remarks>
    /// A pipeline composed with <c>ChatClientBuilder.UseBudgets(...)</c> and the like registers no resolver: without the
    /// fallback to the accessor, its every caller would be anonymous, and so share one cache partition and one budget.
    /// </remarks>
    internal static CallerContextResolver? From(IServiceProvider services) =>
        services.GetService(typeof(CallerContextResolver)) as CallerContextResolver
        ?? (services.GetService(typeof(ICallerContextAccessor)) is ICallerContextAccessor accessor ? new CallerContextResolver(accessor) : null);

    /// <summary>Resolves the caller of a request.</summary>
    /// <param name="options">The request options.</param>
    /// <returns>The caller; <see cref="CallerContext.Anonymous"/> when none is known.</returns>
    public CallerContext Resolve(ChatOptions? options) =>
        options.GetCaller() ?? CallerScope.Current ?? _accessor?.Current ?? CallerContext.Anonymous;

    /// <summary>Resolves the caller of a request and, if asked, requires a tenant.</summary>
    /// <param name="options">The request options.</param>
    /// <param name="policy">The policy asking, named in the error.</param>
    /// <param name="requireTenant">Whether a request without a tenant is rejected.</param>
    /// <returns>The caller.</returns>
    /// <exception cref="CallerContextRequiredException">A tenant is required and the request has none.</exception>
    public CallerContext Resolve(ChatOptions? options, string policy, bool requireTenant)
    {
        CallerContext caller = Resolve(options);
        if (requireTenant && string.IsNullOrEmpty(caller.TenantId))
        {
            throw new CallerContextRequiredException(policy, "tenant");
        }

        return caller;
    }
}
