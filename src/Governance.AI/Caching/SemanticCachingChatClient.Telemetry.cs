using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Caching;

/// <summary>The cache's meter: where its instruments live.</summary>
public sealed partial class SemanticCachingChatClient
{
    private IMeterFactory? _meterFactory;
    private SemanticCacheTelemetry _telemetry = SemanticCacheTelemetry.Shared;

    /// <summary>
    /// Gets or sets the meter factory the cache's instruments (<c>governance.cache.requests</c>,
    /// <c>governance.cache.tokens_saved</c>, <c>governance.cache.similarity</c>) are created with: the pipeline
    /// builders set the one from the application's services, so its metrics belong to that service provider.
    /// <see langword="null"/> (the default) records on the process-wide <see cref="GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _telemetry = SemanticCacheTelemetry.For(value);
            _meterFactory = value;
        }
    }
}
