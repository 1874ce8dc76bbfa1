using System.Globalization;
using Microsoft.Extensions.Options;

namespace Governance.AI;

/// <summary>
/// Options that check themselves and report each bad value by its configuration path. The built-in policies' options
/// implement it; a third-party policy's options can too, and are then validated the same way by
/// <see cref="Microsoft.Extensions.DependencyInjection.AiGovernanceBuilder.AddPolicy{TOptions}"/> and
/// <see cref="PolicyOptionsSource.Validated{TOptions}"/>.
/// </summary>
public interface IValidatableOptions
{
    /// <summary>Adds an error for every invalid value.</summary>
    /// <param name="errors">The error collector, positioned at these options' configuration path.</param>
    void Validate(OptionsValidationErrors errors);
}

/// <summary>
/// Collects validation errors, each prefixed with the configuration path of the bad key
/// (for example <c>AiGovernance:Budgets:Limits:0:Tokens</c>), so that a broken configuration names what to fix.
/// </summary>
public sealed class OptionsValidationErrors
{
    private readonly List<string> _errors;
    private readonly string _path;

    /// <summary>Initializes a new instance of the <see cref="OptionsValidationErrors"/> class.</summary>
    /// <param name="path">The configuration path of the options being validated, for example <c>AiGovernance:Quotas</c>; empty for none.</param>
    public OptionsValidationErrors(string path)
        : this(path ?? throw new ArgumentNullException(nameof(path)), [])
    {
    }

    private OptionsValidationErrors(string path, List<string> errors)
    {
        _path = path;
        _errors = errors;
    }

    /// <summary>Gets the errors so far, each as <c>{path}: {message}</c>.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Gets a value indicating whether any error was added.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Gets a collector for a nested section that reports into the same list.</summary>
    /// <param name="key">The section's key.</param>
    /// <returns>The nested collector.</returns>
    public OptionsValidationErrors At(string key) => new(Combine(_path, key), _errors);

    /// <summary>Gets a collector for an element of a list section.</summary>
    /// <param name="index">The element's index.</param>
    /// <returns>The nested collector.</returns>
    public OptionsValidationErrors At(int index) => At(index.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds an error for a key.</summary>
    /// <param name="key">The bad key, relative to this collector's path.</param>
    /// <param name="message">What is wrong, for example <c>must be positive (was -1).</c></param>
    public void Add(string key, string message) => _errors.Add($"{Combine(_path, key)}: {message}");

    /// <summary>Adds an error for a key unless a condition holds.</summary>
    /// <param name="condition">The condition the value must meet.</param>
    /// <param name="key">The key, relative to this collector's path.</param>
    /// <param name="message">The error when the condition fails.</param>
    public void Require(bool condition, string key, string message)
    {
        if (!condition)
        {
            Add(key, message);
        }
    }

    /// <summary>Adds an error unless a duration is positive.</summary>
    /// <param name="value">The duration.</param>
    /// <param name="key">The key, relative to this collector's path.</param>
    public void RequirePositive(TimeSpan value, string key) =>
        Require(value > TimeSpan.Zero, key, $"must be positive (was {value}).");

    /// <summary>Adds an error unless a number lies in a closed range (NaN never does).</summary>
    /// <param name="value">The number.</param>
    /// <param name="min">The smallest valid value.</param>
    /// <param name="max">The largest valid value.</param>
    /// <param name="key">The key, relative to this collector's path.</param>
    public void RequireRange(double value, double min, double max, string key) =>
        Require(value >= min && value <= max && !double.IsNaN(value), key, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} (was {value})."));

    /// <summary>Validates options and throws one <see cref="OptionsValidationException"/> listing every error.</summary>
    internal static TOptions ThrowIfInvalid<TOptions>(TOptions options, string path, string name = "")
        where TOptions : class, IValidatableOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new OptionsValidationErrors(path);
        options.Validate(errors);
        if (errors.HasErrors)
        {
            throw new OptionsValidationException(name, typeof(TOptions), errors._errors);
        }

        return options;
    }

    private static string Combine(string path, string key) =>
        path.Length == 0 ? key : key.Length == 0 ? path : path + ":" + key;
}

/// <summary>Runs <see cref="IValidatableOptions.Validate"/> for one named options instance at its configuration path.</summary>
internal sealed class GovernanceOptionsValidator<TOptions>(string name, string path) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name1, TOptions options)
    {
        if (!string.Equals(name1 ?? Options.DefaultName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        if (options is not IValidatableOptions validatable)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new OptionsValidationErrors(path);
        validatable.Validate(errors);
        return errors.HasErrors ? ValidateOptionsResult.Fail(errors.Errors) : ValidateOptionsResult.Success;
    }
}
