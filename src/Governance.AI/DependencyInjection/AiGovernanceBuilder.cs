using Governance.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Configures one governed pipeline registered by <c>AddAiGovernance</c> or inserted into a <see cref="ChatClientBuilder"/>
/// by <c>UseAiGovernance(services, …)</c>: each capability adds itself with an extension method (<c>AddBudgets</c>,
/// <c>AddSemanticCache</c>, …), binding its options from the pipeline's configuration section and from code,
/// validated at start-up.
/// </summary>
public sealed class AiGovernanceBuilder
{
    internal AiGovernanceBuilder(IServiceCollection services, string name, string configurationPath, IConfiguration? configuration, GovernancePipelineBuilder pipeline)
    {
        Services = services;
        Name = name;
        ConfigurationPath = configurationPath;
        Configuration = configuration;
        Pipeline = pipeline;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the pipeline's name: empty for the default pipeline, the service key for a keyed one.</summary>
    public string Name { get; }

    /// <summary>Gets the configuration path the pipeline's options bind from, for example <c>AiGovernance</c>.</summary>
    public string ConfigurationPath { get; }

    /// <summary>Gets the governance block's stages, for adding a custom policy at a stage (the block is built by its <see cref="ChatClientBuilder"/>).</summary>
    public GovernancePipelineBuilder Pipeline { get; }

    /// <summary>Gets the configuration given to <c>AddAiGovernance</c>; when <see langword="null"/>, the <see cref="IConfiguration"/> registered in DI is used, if any.</summary>
    internal IConfiguration? Configuration { get; }

    /// <summary>Sets the <see cref="ICallerContextAccessor"/> that supplies the caller from the application's state.</summary>
    /// <typeparam name="TAccessor">The accessor type, registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public AiGovernanceBuilder UseCallerContextAccessor<TAccessor>()
        where TAccessor : class, ICallerContextAccessor
    {
        Services.RemoveAll<ICallerContextAccessor>();
        Services.AddSingleton<ICallerContextAccessor, TAccessor>();
        return this;
    }

    /// <summary>
    /// Adds a policy at a stage, with options that bind from <c>{ConfigurationPath}:{sectionName}</c> and then from
    /// <paramref name="configure"/>, are validated at start-up and follow reloads (an invalid reload is logged and the
    /// last good options stay in force). This is how the built-in policies register; a third-party policy uses it the
    /// same way.
    /// </summary>
    /// <remarks>
    /// Validation runs every <see cref="IValidateOptions{TOptions}"/> registered for <typeparamref name="TOptions"/>
    /// (for example through <c>OptionsBuilder.Validate</c>), and <see cref="IValidatableOptions.Validate"/> when the
    /// options implement <see cref="IValidatableOptions"/>, whose errors name each bad key by its full configuration path.
    /// </remarks>
    /// <typeparam name="TOptions">The policy's options type.</typeparam>
    /// <param name="stage">The stage, which fixes the policy's position in the pipeline.</param>
    /// <param name="sectionName">The options' section under <see cref="ConfigurationPath"/>, for example <c>Quotas</c>.</param>
    /// <param name="configure">Configures the options in code, after configuration; <see langword="null"/> for none.</param>
    /// <param name="create">Creates the policy around the next client, from the services and the options source, which it reads per request.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The stage already has a policy in this pipeline.</exception>
    public AiGovernanceBuilder AddPolicy<TOptions>(
        GovernanceStage stage,
        string sectionName,
        Action<TOptions>? configure,
        Func<IChatClient, IServiceProvider, IPolicyOptionsSource<TOptions>, IChatClient> create)
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrEmpty(sectionName);
        ArgumentNullException.ThrowIfNull(create);
        string name = Name;

        // The stage first: a policy refused because its stage is taken must leave no options behind, or its
        // configuration and code would apply to the options of the policy that holds the stage.
        Pipeline.Use(stage, (next, sp) => create(next, sp, sp.GetRequiredKeyedService<IPolicyOptionsSource<TOptions>>(name)));
        RegisterPolicyOptions(Services, name, ConfigurationPath + ":" + sectionName, Configuration, configure);
        return this;
    }

    /// <summary>
    /// Registers a policy's options under <paramref name="name"/>: bound from <paramref name="path"/>, then
    /// <paramref name="configure"/>, validated at start-up, reloadable, and served as a keyed
    /// <see cref="IPolicyOptionsSource{TOptions}"/> under the same name.
    /// </summary>
    internal static void RegisterPolicyOptions<TOptions>(
        IServiceCollection services, string name, string path, IConfiguration? explicitConfiguration, Action<TOptions>? configure)
        where TOptions : class
    {
        // Configuration first, code second: code overrides what the file says. The binder is strict: by default it
        // skips a list or dictionary element whose value does not convert (a budget limit would vanish and nothing be
        // enforced) and ignores a misspelt key; here both fail start-up (and an invalid reload is ignored) naming the key.
        services.AddSingleton<IConfigureOptions<TOptions>>(sp =>
            (explicitConfiguration ?? sp.GetService<IConfiguration>()) is { } configuration
                ? new NamedConfigureFromConfigurationOptions<TOptions>(name, configuration.GetSection(path), static binder => binder.ErrorOnUnknownConfiguration = true)
                : new ConfigureNamedOptions<TOptions>(name, null));
        OptionsBuilder<TOptions> options = services.AddOptions<TOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (typeof(IValidatableOptions).IsAssignableFrom(typeof(TOptions)))
        {
            services.AddSingleton<IValidateOptions<TOptions>>(new GovernanceOptionsValidator<TOptions>(name, path));
        }

        options.ValidateOnStart();

        // The section's change token goes to the policy's own source only, not into the container: registered there,
        // it would also drive the IOptionsMonitor that ValidateOnStart creates, whose re-validation on change throws
        // an invalid reload out of IConfigurationRoot.Reload() (and out of whatever refreshed the configuration).
        services.TryAddKeyedSingleton<IPolicyOptionsSource<TOptions>>(name, (sp, _) =>
        {
            List<IOptionsChangeTokenSource<TOptions>> changes = [.. sp.GetServices<IOptionsChangeTokenSource<TOptions>>()];
            if ((explicitConfiguration ?? sp.GetService<IConfiguration>()) is { } configuration)
            {
                changes.Add(new ConfigurationChangeTokenSource<TOptions>(name, configuration.GetSection(path)));
            }

            return new ReloadingPolicyOptionsSource<TOptions>(
                sp.GetRequiredService<IOptionsFactory<TOptions>>(),
                changes,
                name,
                sp.GetService<ILoggerFactory>()?.CreateLogger("Governance.AI.Configuration"));
        });
    }
}
