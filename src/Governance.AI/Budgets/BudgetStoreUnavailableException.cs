using System.Globalization;

namespace Governance.AI;

/// <summary>
/// The budget store (<see cref="Budgets.IBudgetStore"/>) failed to reserve, so the budget policy could not admit the
/// request: nothing was sent to the provider. The store's error is the <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>
/// A store that stays usable during its own outages (the Redis store's <c>FaultPolicy</c>) does not raise this; a
/// store that throws does, with status 503 so a web application answers "try again" rather than a server error.
/// </remarks>
public sealed class BudgetStoreUnavailableException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="BudgetStoreUnavailableException"/> class.</summary>
    /// <param name="innerException">The store's error.</param>
    public BudgetStoreUnavailableException(Exception innerException)
        : base(
            GovernanceReasonCodes.BudgetStoreUnavailable,
            GovernancePolicyNames.Budget,
            string.Format(
                CultureInfo.InvariantCulture,
                "The budget store failed to reserve ({0}); the request was not sent to the provider.",
                (innerException ?? throw new ArgumentNullException(nameof(innerException))).GetType().Name),
            innerException: innerException)
    {
    }

    /// <inheritdoc />
    public override int StatusCode => 503;
}
