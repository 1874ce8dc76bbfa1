using Microsoft.Extensions.AI;

namespace Governance.AI.Pricing;

/// <summary>
/// Usage a provider reported (and billed) for work whose answer the caller does not get: a failed call that reported
/// usage, a hedged attempt that lost, an attempt the router failed over from. The budget policy charges it.
/// </summary>
/// <remarks>
/// <para>Charges travel with the call: a router or provider adapter attaches them to the response it returns with
/// <see cref="AttachTo(ChatResponse, IReadOnlyList{ProviderCharge})"/> (key <see cref="ResponseKey"/>) or to the
/// exception it throws with <see cref="AttachTo(Exception, IReadOnlyList{ProviderCharge})"/> (key
/// <see cref="ExceptionDataKey"/> in <see cref="Exception.Data"/>).</para>
/// <para>Each charge names the model that did the work, so it is priced at that model's price.</para>
/// </remarks>
/// <param name="ModelId">The model that did the work, as the provider reported it; <see langword="null"/> when unknown.</param>
/// <param name="Usage">The usage the provider reported.</param>
public sealed record ProviderCharge(string? ModelId, UsageDetails Usage)
{
    /// <summary>The <c>ChatResponse.AdditionalProperties</c> key of the charges beyond the response's own usage (an <see cref="IReadOnlyList{T}"/> of <see cref="ProviderCharge"/>).</summary>
    public const string ResponseKey = "governance.provider_charges";

    /// <summary>The <see cref="Exception.Data"/> key of the charges of a failed call (an <see cref="IReadOnlyList{T}"/> of <see cref="ProviderCharge"/>).</summary>
    public const string ExceptionDataKey = "governance.provider_charges";

    /// <summary>Adds charges to a response, after those it already carries.</summary>
    /// <param name="response">The response the caller gets.</param>
    /// <param name="charges">The charges of work the caller does not get.</param>
    public static void AttachTo(ChatResponse response, IReadOnlyList<ProviderCharge> charges)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(charges);
        if (charges.Count > 0)
        {
            AdditionalPropertiesDictionary properties = response.AdditionalProperties ??= [];
            properties[ResponseKey] = Merge(properties.TryGetValue(ResponseKey, out object? existing) ? existing as IReadOnlyList<ProviderCharge> : null, charges);
        }
    }

    /// <summary>Adds charges to a failure, after those it already carries.</summary>
    /// <param name="exception">The exception the caller gets.</param>
    /// <param name="charges">The charges of the work done before the failure.</param>
    public static void AttachTo(Exception exception, IReadOnlyList<ProviderCharge> charges)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(charges);
        if (charges.Count > 0)
        {
            exception.Data[ExceptionDataKey] = Merge(exception.Data[ExceptionDataKey] as IReadOnlyList<ProviderCharge>, charges);
        }
    }

    /// <summary>Gets the charges a response carries beyond its own usage.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The charges; empty when there are none.</returns>
    public static IReadOnlyList<ProviderCharge> Of(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.AdditionalProperties?.TryGetValue(ResponseKey, out object? value) == true && value is IReadOnlyList<ProviderCharge> charges ? charges : [];
    }

    /// <summary>
    /// Gets the charges a failure carries: those of the outermost exception that carries any (a wrapper that attaches
    /// charges accounts for its inner exceptions), or of each exception an <see cref="AggregateException"/> holds.
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The charges; empty when there are none.</returns>
    public static IReadOnlyList<ProviderCharge> Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        List<ProviderCharge>? found = null;
        Collect(exception, ref found, depth: 0);
        return found ?? (IReadOnlyList<ProviderCharge>)[];
    }

    private static void Collect(Exception exception, ref List<ProviderCharge>? found, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (exception.Data[ExceptionDataKey] is IReadOnlyList<ProviderCharge> charges)
        {
            (found ??= []).AddRange(charges);
        }
        else if (exception is AggregateException aggregate)
        {
            foreach (Exception inner in aggregate.InnerExceptions)
            {
                Collect(inner, ref found, depth + 1);
            }
        }
        else if (exception.InnerException is { } inner)
        {
            Collect(inner, ref found, depth + 1);
        }
    }

    private static ProviderCharge[] Merge(IReadOnlyList<ProviderCharge>? existing, IReadOnlyList<ProviderCharge> added) =>
        existing is null or { Count: 0 } ? [.. added] : [.. existing, .. added];
}
