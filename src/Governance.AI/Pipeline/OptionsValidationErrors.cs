using System.Globalization;
using Microsoft.Extensions.Options;

namespace Governance.AI;

/// <summary>Options that check themselves and report each bad value by its configuration path.</summary>
internal interface IValidatableOptions
{
    /// <summary>Adds an error for every invalid value.</summary>
    /// <param name="errors">The error collector, positioned at these options' configuration path.</param>
    void Validate(OptionsValidationErrors errors);
}

/// <summary>
/// Collects validation errors, each prefixed with the configuration path of the bad key
/// (for example <c>AiGovernance:Budgets:Limits:0:Tokens</c>), so that a broken configuration names what to fix.
/// </summary>
internal sealed class OptionsValidationErrors
{
    private readonly List<string> _errors;
    private readonly string _path;

    public OptionsValidationErrors(string path)
        : this(path, [])
    {
    }

    private OptionsValidationErrors(string path, List<string> errors)
    {
        _path = path;
        _errors = errors;
    }

    public IReadOnlyList<string> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>Gets a collector for a nested section that reports into the same list.</summary>
    public OptionsValidationErrors At(string key) => new(Combine(_path, key), _errors);

    /// <summary>Gets a collector for an element of a list section.</summary>
    public OptionsValidationErrors At(int index) => At(index.ToString(CultureInfo.InvariantCulture));

    public void Add(string key, string message) => _errors.Add($"{Combine(_path, key)}: {message}");

    public void Require(bool condition, string key, string message)
    {
        if (!condition)
        {
            Add(key, message);
        }
    }

    public void RequirePositive(TimeSpan value, string key) =>
        Require(value > TimeSpan.Zero, key, $"must be positive (was {value}).");

    public void RequireRange(double value, double min, double max, string key) =>
        Require(value >= min && value <= max && !double.IsNaN(value), key, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} (was {value})."));

    /// <summary>Validates options and throws one <see cref="OptionsValidationException"/> listing every error.</summary>
    public static TOptions ThrowIfInvalid<TOptions>(TOptions options, string path, string name = "")
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
    where TOptions : class, IValidatableOptions
{
    public ValidateOptionsResult Validate(string? name1, TOptions options)
    {
        if (!string.Equals(name1 ?? Options.DefaultName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new OptionsValidationErrors(path);
        options.Validate(errors);
        return errors.HasErrors ? ValidateOptionsResult.Fail(errors.Errors) : ValidateOptionsResult.Success;
    }
}
