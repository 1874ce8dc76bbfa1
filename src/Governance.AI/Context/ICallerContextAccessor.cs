namespace Governance.AI;

/// <summary>
/// Supplies the caller from the application's own state, for example from the claims of the current HTTP request.
/// Register one in DI (<c>AddAiGovernance().UseCallerContextAccessor&lt;T&gt;()</c>) or pass it to
/// <see cref="CallerContextResolver"/>.
/// </summary>
public interface ICallerContextAccessor
{
    /// <summary>Gets the current caller, or <see langword="null"/> when the application knows none.</summary>
    CallerContext? Current { get; }
}
