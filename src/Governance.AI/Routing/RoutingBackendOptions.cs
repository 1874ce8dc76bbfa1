using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <summary>What a backend's model can do; a request that needs a capability only goes to backends that have it.</summary>
[Flags]
public enum BackendCapabilities
{
    /// <summary>Plain chat only.</summary>
    None = 0,

    /// <summary>Function (tool) calling.</summary>
    Tools = 1,

    /// <summary>JSON response format (<see cref="ChatResponseFormat.Json"/>).</summary>
    JsonResponse = 2,

    /// <summary>Image input.</summary>
    Vision = 4,

    /// <summary>Every capability.</summary>
    All = Tools | JsonResponse | Vision,
}

/// <summary>One backend (deployment) of the router: a client, the model it serves, and how it is chosen.</summary>
public sealed class RoutingBackendOptions
{
    /// <summary>Gets or sets the backend's client (code only).</summary>
    public IChatClient? Client { get; set; }

    /// <summary>
    /// Gets or sets the model id the backend serves; it is sent to the provider as <see cref="ChatOptions.ModelId"/>.
    /// A backend without a model serves requests for any model and leaves the requested model id unchanged.
    /// </summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets other model names requests may use for this backend (for example <c>gpt-4o</c> for a <c>gpt-4o-2024-08-06</c> deployment).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Gets or sets the backend's region (informational; reported in health).</summary>
    public string? Region { get; set; }

    /// <summary>Gets or sets the priority: lower is preferred by <see cref="RoutingStrategy.Priority"/>.</summary>
    public int Priority { get; set; }

    /// <summary>Gets or sets the weight for weighted choices; positive.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>Gets or sets the price of one million input tokens in US dollars; <see langword="null"/> to look the model up in the price table.</summary>
    public decimal? InputPricePerMillion { get; set; }

    /// <summary>Gets or sets the price of one million output tokens in US dollars; <see langword="null"/> to look the model up in the price table.</summary>
    public decimal? OutputPricePerMillion { get; set; }

    /// <summary>Gets or sets the backend's capacity in tokens per minute (prompt plus output; a request counts its estimated prompt and expected output); requests beyond it go elsewhere.</summary>
    public long? TokensPerMinute { get; set; }

    /// <summary>Gets or sets the backend's capacity in requests per minute; requests beyond it go elsewhere.</summary>
    public long? RequestsPerMinute { get; set; }

    /// <summary>Gets or sets the largest prompt (in estimated tokens) the backend accepts.</summary>
    public int? MaxPromptTokens { get; set; }

    /// <summary>Gets or sets what the backend's model can do; <see cref="BackendCapabilities.All"/> by default.</summary>
    public BackendCapabilities Capabilities { get; set; } = BackendCapabilities.All;

    /// <summary>Gets or sets free-form tags that content rules can target (for example <c>long-context</c>).</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>
    /// Gets or sets the percentage (0–100) of requests this backend gets as a canary. A canary gets no other traffic
    /// (except as the last resort when every other backend is down). With sticky sessions the split is per conversation.
    /// </summary>
    public double CanaryPercent { get; set; }

    /// <summary>
    /// Gets or sets the percentage (0–100) of requests mirrored to this backend as shadow traffic. A shadow backend
    /// gets no real traffic; its answers are compared with the real ones and discarded.
    /// </summary>
    public double ShadowPercent { get; set; }

    /// <summary>Gets or sets a value indicating whether the backend is in use.</summary>
    public bool Enabled { get; set; } = true;

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(Client is not null || !Enabled, nameof(Client), "is required: add the backend's client in code with RoutingOptions.AddBackend (or disable the backend).");
        if (Client is not null && OutsideBlockMiddleware.FindIn(Client) is { } outsideOnly)
        {
            errors.Add(nameof(Client), outsideOnly.InBackendClient);
        }

        errors.Require(Weight > 0 && double.IsFinite(Weight), nameof(Weight), $"must be positive (was {Weight}).");
        errors.Require(InputPricePerMillion is null or >= 0, nameof(InputPricePerMillion), "must not be negative.");
        errors.Require(OutputPricePerMillion is null or >= 0, nameof(OutputPricePerMillion), "must not be negative.");
        errors.Require(TokensPerMinute is null or > 0, nameof(TokensPerMinute), "must be positive.");
        errors.Require(RequestsPerMinute is null or > 0, nameof(RequestsPerMinute), "must be positive.");
        errors.Require(MaxPromptTokens is null or > 0, nameof(MaxPromptTokens), "must be positive.");
        errors.Require((Capabilities & ~BackendCapabilities.All) == 0, nameof(Capabilities), $"has unknown flags (was {Capabilities}).");
        errors.RequireRange(CanaryPercent, 0, 100, nameof(CanaryPercent));
        errors.RequireRange(ShadowPercent, 0, 100, nameof(ShadowPercent));
        errors.Require(!(CanaryPercent > 0 && ShadowPercent > 0), nameof(ShadowPercent), "a backend cannot be both a canary and a shadow.");
        for (int i = 0; i < (Aliases?.Count ?? 0); i++)
        {
            errors.At(nameof(Aliases)).Require(!string.IsNullOrWhiteSpace(Aliases![i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture), "must not be empty.");
        }
    }
}
