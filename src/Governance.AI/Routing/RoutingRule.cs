namespace Governance.AI.Routing;

/// <summary>
/// A content rule: when a request meets every condition that is set, it goes to the rule's backends (by name or by tag).
/// </summary>
public sealed class RoutingRule
{
    /// <summary>Gets or sets the rule's name, for diagnostics.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the requested model the rule applies to; any model when <see langword="null"/>.</summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets the smallest estimated prompt size (tokens) the rule applies to.</summary>
    public int? MinPromptTokens { get; set; }

    /// <summary>Gets or sets the largest estimated prompt size (tokens) the rule applies to.</summary>
    public int? MaxPromptTokens { get; set; }

    /// <summary>Gets or sets capabilities the request must use (tools, JSON response format, images) for the rule to apply.</summary>
    public BackendCapabilities RequestUses { get; set; }

    /// <summary>Gets or sets a caller tag the request must carry: <c>key</c>, or <c>key=value</c> (see <see cref="CallerContext.Tags"/>).</summary>
    public string? CallerTag { get; set; }

    /// <summary>Gets or sets the names of the backends the rule sends matching requests to.</summary>
    public List<string> Backends { get; set; } = [];

    /// <summary>Gets or sets a backend tag: matching requests go to backends carrying it.</summary>
    public string? BackendTag { get; set; }

    internal void Validate(OptionsValidationErrors errors, Dictionary<string, RoutingBackendOptions>? backends)
    {
        errors.Require((Backends?.Count ?? 0) > 0 || !string.IsNullOrEmpty(BackendTag), nameof(Backends), "the rule needs target backends or a backend tag.");
        errors.Require(MinPromptTokens is null or >= 0, nameof(MinPromptTokens), "must not be negative.");
        errors.Require(MaxPromptTokens is null or >= 0, nameof(MaxPromptTokens), "must not be negative.");
        errors.Require(MinPromptTokens is null || MaxPromptTokens is null || MinPromptTokens <= MaxPromptTokens, nameof(MaxPromptTokens), "must not be below MinPromptTokens.");
        errors.Require((RequestUses & ~BackendCapabilities.All) == 0, nameof(RequestUses), $"has unknown flags (was {RequestUses}).");
        for (int i = 0; i < (Backends?.Count ?? 0); i++)
        {
            string name = Backends![i];
            errors.At(nameof(Backends)).Require(
                backends is not null && name is not null && backends.ContainsKey(name),
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"names an unknown backend '{name}'.");
        }
    }
}
