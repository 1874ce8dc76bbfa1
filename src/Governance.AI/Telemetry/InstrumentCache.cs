using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Governance.AI.Telemetry;

/// <summary>
/// One set of a policy's instruments per meter, created on first use: a pipeline built with an
/// <see cref="IMeterFactory"/> records on that factory's meter (so each service provider sees only its own
/// measurements), one built without records on the process-wide <see cref="GovernanceDiagnostics.Meter"/>.
/// </summary>
/// <typeparam name="T">The policy's instrument set.</typeparam>
internal sealed class InstrumentCache<T>
    where T : class
{
    // Weak keys: a disposed service provider's meter, and the instruments on it, can be collected.
    private readonly ConditionalWeakTable<Meter, T> _byMeter = [];
    private readonly Func<Meter, T> _create;

    // ConditionalWeakTable.GetValue may run its callback on several racing threads and keep one result; the losers'
    // instruments would stay published on the meter (an observable gauge is never deduplicated), so a listener would
    // see two instruments of one name. Creation is therefore serialized.
    private readonly Lock _creating = new();

    /// <summary>Initializes a new instance of the <see cref="InstrumentCache{T}"/> class.</summary>
    /// <param name="create">Creates the instrument set on a meter; called exactly once per meter.</param>
    public InstrumentCache(Func<Meter, T> create) => _create = create;

    /// <summary>Gets the instruments on the process-wide meter.</summary>
    public T Shared => On(GovernanceDiagnostics.Meter);

    /// <summary>Gets the instruments on the meter <paramref name="meterFactory"/> creates, or on the process-wide meter without one.</summary>
    /// <param name="meterFactory">The meter factory from the application's services, if any.</param>
    /// <returns>The instrument set, created once per meter.</returns>
    public T For(IMeterFactory? meterFactory) => On(GovernanceDiagnostics.GetMeter(meterFactory));

    /// <summary>Gets the instruments on <paramref name="meter"/>.</summary>
    /// <param name="meter">The meter.</param>
    /// <returns>The instrument set, created once per meter.</returns>
    public T On(Meter meter)
    {
        if (_byMeter.TryGetValue(meter, out T? instruments))
        {
            return instruments;
        }

        lock (_creating)
        {
            if (!_byMeter.TryGetValue(meter, out instruments))
            {
                instruments = _create(meter);
                _byMeter.Add(meter, instruments);
            }

            return instruments;
        }
    }
}
