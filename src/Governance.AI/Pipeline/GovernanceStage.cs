namespace Governance.AI;

/// <summary>
/// The fixed positions of the governance policies in a pipeline, outermost first.
/// </summary>
/// <remarks>
/// The order is a security property, not a preference: caching before redaction would store PII, and budgeting
/// before caching would charge for cache hits. A pipeline therefore always composes its policies in this order,
/// whatever order they were added in.
/// </remarks>
public enum GovernanceStage
{
    /// <summary>Spans, metrics, the usage ledger and audit; sees every call, including rejected ones.</summary>
    Telemetry = 100,

    /// <summary>The safety policy's local checks (prompt injection, jailbreaks, deny lists, topics, secrets) on the prompt and the response.</summary>
    Safety = 200,

    /// <summary>PII and secret redaction of the prompt, and restoration of placeholders in the response.</summary>
    Redaction = 300,

    /// <summary>Exact and semantic response cache; only ever sees redacted text.</summary>
    Cache = 400,

    /// <summary>
    /// The redaction policy's provider-side step, added with <see cref="Redaction"/>: redacts new personal data and
    /// secrets in the provider's answer before the cache stores it. Placeholders the prompt introduced are left for the
    /// caller-side step at <see cref="Redaction"/> to restore, per caller, on a miss and on a hit alike.
    /// </summary>
    ProviderRedaction = 420,

    /// <summary>
    /// The safety policy's provider-side step, added with <see cref="Safety"/>: content-safety classifiers, which may
    /// send text out of the process, on the redacted prompt and response; and the system-prompt canary, added after the
    /// cache so that it is never part of a cache key.
    /// </summary>
    ProviderSafety = 450,

    /// <summary>Token, request and cost budgets; a cache hit never reaches it and is never charged.</summary>
    Budget = 500,

    /// <summary>Model routing, retries, circuit breakers and failover across backends.</summary>
    Router = 600,
}
