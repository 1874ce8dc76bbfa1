using System.Diagnostics.Metrics;
using Governance.AI;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Governance.AI
{
    /// <summary>Adds the telemetry policy to a <see cref="GovernancePipelineBuilder"/>.</summary>
    public static class TelemetryPipelineBuilderExtensions
    {
        /// <summary>
        /// Adds the telemetry policy (spans, metrics, usage ledger, audit) at <see cref="GovernanceStage.Telemetry"/>,
        /// outermost. Collaborators come from the services passed to <see cref="GovernancePipelineBuilder.Build"/>
        /// unless given here: <see cref="TimeProvider"/>, <see cref="IUsageLedger"/>, <see cref="IAuditSink"/>,
        /// <see cref="ILoggerFactory"/>, <see cref="CallerContextResolver"/> (else one over the registered <see cref="ICallerContextAccessor"/>), <see cref="ModelPriceTable"/> and
        /// <see cref="IMeterFactory"/> (without one, metrics go to the process-wide <see cref="GovernanceDiagnostics.Meter"/>).
        /// </summary>
        /// <param name="builder">The pipeline builder.</param>
        /// <param name="options">The options, validated now; defaults when <see langword="null"/>.</param>
        /// <param name="ledger">The usage ledger; without one (here or in the services) calls are not recorded.</param>
        /// <param name="auditSink">The audit sink; without one audit events are only logged.</param>
        /// <returns>The builder.</returns>
        public static GovernancePipelineBuilder UseTelemetry(
            this GovernancePipelineBuilder builder, TelemetryOptions? options = null, IUsageLedger? ledger = null, IAuditSink? auditSink = null)
        {
            ArgumentNullException.ThrowIfNull(builder);
            IPolicyOptionsSource<TelemetryOptions> source = PolicyOptionsSource.FixedValidated(options ?? new TelemetryOptions(), "AiGovernance:Telemetry");
            return builder.Use(GovernanceStage.Telemetry, (next, services) => TelemetryServices.Create(next, services, source, ledger, auditSink));
        }
    }

    /// <summary>Resolves the telemetry policy's collaborators from a service provider.</summary>
    internal static class TelemetryServices
    {
        public static GovernanceTelemetryChatClient Create(
            Microsoft.Extensions.AI.IChatClient next, IServiceProvider services, IPolicyOptionsSource<TelemetryOptions> options, IUsageLedger? ledger = null, IAuditSink? auditSink = null) =>
            new(
                next,
                options,
                services.GetService(typeof(TimeProvider)) as TimeProvider,
                ledger ?? services.GetService(typeof(IUsageLedger)) as IUsageLedger,
                auditSink ?? services.GetService(typeof(IAuditSink)) as IAuditSink,
                services.GetService(typeof(ILoggerFactory)) as ILoggerFactory,
                CallerContextResolver.From(services),
                services.GetService(typeof(ModelPriceTable)) as ModelPriceTable,
                services.GetService(typeof(IMeterFactory)) as IMeterFactory);
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Adds the telemetry policy to a governed pipeline registered with <c>AddAiGovernance</c>.</summary>
    public static class TelemetryAiGovernanceBuilderExtensions
    {
        /// <summary>
        /// Adds the telemetry policy, with options bound from <c>AiGovernance:Telemetry</c> and then from
        /// <paramref name="configure"/>, and registers an <see cref="InMemoryUsageLedger"/> as the
        /// <see cref="IUsageLedger"/> unless one is registered already. Register an <see cref="IAuditSink"/> to
        /// receive audit events besides the <c>Governance.AI.Audit</c> log. Metrics are created by the registered
        /// <see cref="IMeterFactory"/> (hosts register one), else on the process-wide <see cref="GovernanceDiagnostics.Meter"/>.
        /// </summary>
        /// <param name="builder">The governance builder.</param>
        /// <param name="configure">Configures the options in code.</param>
        /// <returns>The builder.</returns>
        public static AiGovernanceBuilder AddTelemetry(this AiGovernanceBuilder builder, Action<TelemetryOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(builder);
            string name = builder.Name;
            builder.Services.TryAddSingleton<IUsageLedger>(sp => new InMemoryUsageLedger(
                sp.GetRequiredKeyedService<IPolicyOptionsSource<TelemetryOptions>>(name).Current.Ledger,
                sp.GetService<TimeProvider>()));
            return builder.AddPolicy<TelemetryOptions>(
                GovernanceStage.Telemetry,
                "Telemetry",
                configure,
                (next, sp, options) => TelemetryServices.Create(next, sp, options, name.Length > 0 ? sp.GetKeyedService<IUsageLedger>(name) : null));
        }
    }
}
