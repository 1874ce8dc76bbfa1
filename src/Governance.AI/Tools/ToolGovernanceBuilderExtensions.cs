using Governance.AI;
using Governance.AI.Idempotency;
using Governance.AI.Tokenization;
using Governance.AI.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.AI;

/// <summary>Adds tool governance to a <see cref="ChatClientBuilder"/> and to <c>AddAiGovernance</c>.</summary>
/// <example>
/// <code>
/// IChatClient client = provider.AsBuilder()
///     .UseToolGovernance(toolOptions)   // outside the loop: wraps the tools of each turn
///     .UseFunctionInvocation()
///     .UseToolTurnBudget()              // inside the loop: meters each model round-trip
///     .UseAiGovernance(g => g.UseBudgets(budgetOptions))
///     .Build(services);
/// </code>
/// </example>
public static class ToolGovernanceBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="ToolGovernanceChatClient"/>; call it before <c>UseFunctionInvocation()</c>. Collaborators come
    /// from the services the builder is built with: <see cref="IToolAuditSink"/>, <see cref="IIdempotencyStore"/>,
    /// <see cref="TimeProvider"/> and <see cref="CallerContextResolver"/> (else one over the registered <see cref="ICallerContextAccessor"/>).
    /// </summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="options">The options, validated now; when <see langword="null"/>, the <see cref="ToolGovernanceOptions"/> registered with
    /// <see cref="AddToolGovernance"/>, which must then be registered for one pipeline only (else name it with <see cref="UseToolGovernance(ChatClientBuilder, string)"/>).</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseToolGovernance(this ChatClientBuilder builder, ToolGovernanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        options?.Validate();
        return builder.Use((inner, services) => Create(inner, services, options ?? TheOnlyRegistered(services)));
    }

    /// <summary>
    /// Adds a <see cref="ToolGovernanceChatClient"/> with the options <see cref="AddToolGovernance"/> registered for the
    /// named pipeline; call it before <c>UseFunctionInvocation()</c>. Collaborators come from the services as in
    /// <see cref="UseToolGovernance(ChatClientBuilder, ToolGovernanceOptions?)"/>.
    /// </summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="pipelineName">The pipeline whose block registered the options: empty for the default pipeline, the
    /// name given to <c>UseAiGovernance(services, name, …)</c> or <c>AddKeyedAiGovernance</c> for a keyed one.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseToolGovernance(this ChatClientBuilder builder, string pipelineName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(pipelineName);
        return builder.Use((inner, services) => Create(
            inner,
            services,
            services.GetKeyedService<ToolGovernanceOptions>(pipelineName)
                ?? throw new InvalidOperationException($"UseToolGovernance(\"{pipelineName}\") needs AddToolGovernance(...) in the governance block of the pipeline '{pipelineName}'.")));
    }

    /// <summary>
    /// Adds a <see cref="TurnBudgetChatClient"/>; call it after <c>UseFunctionInvocation()</c> when turn limits are set.
    /// Its token counters are the <see cref="ITokenCounterProvider"/> of the services the builder is built with, if any.
    /// </summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="configure">Configures the client, for example its <see cref="TurnBudgetChatClient.TokenCounters"/>.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseToolTurnBudget(this ChatClientBuilder builder, Action<TurnBudgetChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var client = new TurnBudgetChatClient(inner);
            if (services.GetService<ITokenCounterProvider>() is { } counters)
            {
                client.TokenCounters = counters;
            }

            configure?.Invoke(client);
            return client;
        });
    }

    /// <summary>
    /// Registers tool governance options (validated now) for the pipeline, taken by
    /// <see cref="UseToolGovernance(ChatClientBuilder, string)"/> with its name (or by <c>UseToolGovernance()</c> when
    /// only one pipeline registers them), an
    /// <see cref="InMemoryToolAuditSink"/> as the <see cref="IToolAuditSink"/> and an
    /// <see cref="InMemoryIdempotencyStore"/> as the <see cref="IIdempotencyStore"/>, unless they are registered.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddToolGovernance(this AiGovernanceBuilder builder, Action<ToolGovernanceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ToolGovernanceOptions();
        configure(options);
        options.Validate();
        // By pipeline name, and listed unkeyed so that UseToolGovernance() without a name can tell whether it is unambiguous.
        builder.Services.AddKeyedSingleton(builder.Name, options);
        builder.Services.AddSingleton(new ToolGovernanceRegistration(builder.Name, options));
        builder.Services.TryAddSingleton<IToolAuditSink, InMemoryToolAuditSink>();
        builder.Services.TryAddSingleton<IIdempotencyStore>(sp => new InMemoryIdempotencyStore(sp.GetService<TimeProvider>()));
        return builder;
    }

    private static ToolGovernanceChatClient Create(IChatClient inner, IServiceProvider services, ToolGovernanceOptions options) => new(
        inner,
        options,
        services.GetService<IToolAuditSink>(),
        services.GetService<IIdempotencyStore>(),
        services.GetService<TimeProvider>(),
        CallerContextResolver.From(services));

    /// <summary>The options registered for the one pipeline that registered any: taking one of several would give a
    /// client another pipeline's allow and deny lists.</summary>
    private static ToolGovernanceOptions TheOnlyRegistered(IServiceProvider services)
    {
        ToolGovernanceRegistration[] registrations = [.. services.GetServices<ToolGovernanceRegistration>()];
        return registrations.Length switch
        {
            0 => throw new InvalidOperationException("UseToolGovernance() without options needs AddToolGovernance(...) in the services."),
            1 => registrations[0].Options,
            _ => throw new InvalidOperationException(
                "Tool governance is registered for several pipelines; name the one this client takes its options from: "
                + string.Join(" or ", registrations.Select(r => $"UseToolGovernance(\"{r.Name}\")")) + "."),
        };
    }

    /// <summary>Tool options registered for a pipeline by <see cref="AddToolGovernance"/>.</summary>
    private sealed record ToolGovernanceRegistration(string Name, ToolGovernanceOptions Options);
}
