using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Governance.AI;

/// <summary>
/// Supplies a policy's current, validated options. Under DI it follows configuration reloads, and a reload that
/// fails validation is logged and ignored: the policy keeps its last good options.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
public interface IPolicyOptionsSource<out TOptions>
    where TOptions : class
{
    /// <summary>Gets the current options. Policies read it per request, so a good reload applies to the next request.</summary>
    TOptions Current { get; }
}

/// <summary>Creates <see cref="IPolicyOptionsSource{TOptions}"/> instances.</summary>
public static class PolicyOptionsSource
{
    /// <summary>Gets a source that always returns the same options.</summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="options">The options.</param>
    /// <returns>The source.</returns>
    public static IPolicyOptionsSource<TOptions> Fixed<TOptions>(TOptions options)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FixedSource<TOptions>(options);
    }

    /// <summary>
    /// Validates options now and returns a source that always returns them; for policies configured in code, as the
    /// <c>Use…</c> methods of <see cref="GovernancePipelineBuilder"/> are.
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="options">The options.</param>
    /// <param name="configurationPath">The path errors are reported under, for example <c>AiGovernance:Quotas</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid; it lists every error, each named by its path.</exception>
    public static IPolicyOptionsSource<TOptions> Validated<TOptions>(TOptions options, string configurationPath)
        where TOptions : class, IValidatableOptions
    {
        ArgumentNullException.ThrowIfNull(configurationPath);
        return new FixedSource<TOptions>(OptionsValidationErrors.ThrowIfInvalid(options, configurationPath));
    }

    /// <summary>The built-in policies' name for <see cref="Validated{TOptions}"/>, kept so that branches in flight still compile.</summary>
    internal static IPolicyOptionsSource<TOptions> FixedValidated<TOptions>(TOptions options, string path)
        where TOptions : class, IValidatableOptions => Validated(options, path);

    private sealed class FixedSource<TOptions>(TOptions options) : IPolicyOptionsSource<TOptions>
        where TOptions : class
    {
        public TOptions Current => options;
    }
}

/// <summary>
/// Follows configuration reloads through the options factory (which binds and validates), keeping the last good
/// options when a reload is invalid. It does not use <see cref="IOptionsMonitor{TOptions}"/>, whose cache would
/// surface the invalid reload as an exception on the next read.
/// </summary>
internal sealed partial class ReloadingPolicyOptionsSource<TOptions> : IPolicyOptionsSource<TOptions>, IDisposable
    where TOptions : class
{
    private readonly IOptionsFactory<TOptions> _factory;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly List<IDisposable> _registrations = [];
    private TOptions _current;

    public ReloadingPolicyOptionsSource(
        IOptionsFactory<TOptions> factory,
        IEnumerable<IOptionsChangeTokenSource<TOptions>> changeTokenSources,
        string name,
        ILogger? logger = null)
    {
        _factory = factory;
        _name = name;
        _logger = logger ?? NullLogger.Instance;

        // The first value must be valid: an invalid start-up configuration throws here, naming every bad key.
        _current = factory.Create(name);

        foreach (IOptionsChangeTokenSource<TOptions> source in changeTokenSources)
        {
            if (string.Equals(source.Name ?? Options.DefaultName, name, StringComparison.Ordinal))
            {
                _registrations.Add(ChangeToken.OnChange(source.GetChangeToken, Reload));
            }
        }
    }

    public TOptions Current => Volatile.Read(ref _current);

    /// <summary>Gets the errors of the last rejected reload, or <see langword="null"/> if the last reload applied.</summary>
    public IReadOnlyList<string>? LastReloadErrors { get; private set; }

    public void Dispose()
    {
        foreach (IDisposable registration in _registrations)
        {
            registration.Dispose();
        }
    }

    internal void Reload()
    {
        try
        {
            Volatile.Write(ref _current, _factory.Create(_name));
            LastReloadErrors = null;
        }
        catch (OptionsValidationException ex)
        {
            Reject([.. ex.Failures]);
        }
        catch (InvalidOperationException ex)
        {
            // The binder reports a value it cannot convert (for example "abc" for a number) this way, naming the key.
            Reject([ex.Message]);
        }
    }

    private void Reject(IReadOnlyList<string> failures)
    {
        LastReloadErrors = failures;
        LogReloadRejected(_logger, typeof(TOptions).Name, string.Join("; ", failures));
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Reloaded {OptionsType} configuration is invalid and was ignored; the last good configuration stays in force. {Failures}")]
    private static partial void LogReloadRejected(ILogger logger, string optionsType, string failures);
}
