namespace GatewayService;

/// <summary>The gateway's own settings (section <c>Gateway</c>); the policies bind from <c>AiGovernance</c>.</summary>
public sealed class GatewayOptions
{
    /// <summary>API keys clients send as <c>Authorization: Bearer {key}</c>, each mapped to a caller.</summary>
    public Dictionary<string, ApiKeyCaller> ApiKeys { get; set; } = [];

    /// <summary>The model provider behind the gateway.</summary>
    public UpstreamOptions Upstream { get; set; } = new();

    /// <summary>OTLP export; off unless an endpoint is set here or in <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string? OtlpEndpoint { get; set; }
}

/// <summary>The caller an API key stands for.</summary>
public sealed class ApiKeyCaller
{
    /// <summary>The tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The user or service account, if any.</summary>
    public string? UserId { get; set; }

    /// <summary>The application, if any.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The cost center, if any.</summary>
    public string? CostCenter { get; set; }
}

/// <summary>Where requests go.</summary>
public sealed class UpstreamOptions
{
    /// <summary>An OpenAI-compatible endpoint (OpenAI, Azure OpenAI's v1 API, Ollama, vLLM); none = the simulated model.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The upstream API key; may also come from <c>OPENAI_API_KEY</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model used when a request names none.</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>
    /// How long one upstream attempt may take before the OpenAI client gives up (default 100 s). The OpenAI client
    /// never retries: the router does, within its own budget.
    /// </summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
