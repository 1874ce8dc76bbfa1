namespace Governance.AI.Safety;

/// <summary>What the safety policy does when a rule fires. Ordered from mildest to strictest.</summary>
public enum SafetyAction
{
    /// <summary>Only record an audit event.</summary>
    Monitor = 0,

    /// <summary>Let the call through and list the rule in the response's <see cref="GovernanceProperties.SafetyAnnotations"/>.</summary>
    Annotate = 1,

    /// <summary>
    /// Remove the offending text: matched words and secrets are replaced by <see cref="SafetyConstants.RedactedMarker"/>;
    /// a message with an injection is replaced as a whole. On a streamed response, text already sent cannot be taken
    /// back, so a redact decision there stops the stream like a block.
    /// </summary>
    Redact = 2,

    /// <summary>Reject the call with a <see cref="ContentBlockedException"/> (HTTP 403).</summary>
    Block = 3,
}

/// <summary>What happens when a classifier fails (network error, invalid verdict).</summary>
public enum SafetyFailureMode
{
    /// <summary>Treat the failure as a violation and block.</summary>
    FailClosed = 0,

    /// <summary>Record the failure and let the call through.</summary>
    FailOpen = 1,
}

/// <summary>Names used by the safety policy.</summary>
public static class SafetyConstants
{
    /// <summary>The configuration section of the safety options under the pipeline's path.</summary>
    public const string SectionName = "Safety";

    /// <summary>The text that replaces redacted words and secrets.</summary>
    public const string RedactedMarker = "[REDACTED]";

    /// <summary>The text that replaces a message removed because it carried an injection.</summary>
    public const string RemovedMessageMarker = "[content removed by the safety filter]";

    /// <summary>
    /// Message key (<see cref="Microsoft.Extensions.AI.ChatMessage.AdditionalProperties"/>): <see langword="true"/> marks a
    /// message as untrusted content (for example retrieved documents added as a user message), scored as indirect injection.
    /// </summary>
    public const string UntrustedMessageKey = "governance.safety.untrusted";

    /// <summary>Block category: instruction override, delimiter or encoded injection in the prompt.</summary>
    public const string CategoryPromptInjection = "prompt_injection";

    /// <summary>Block category: an attempt to extract the system prompt.</summary>
    public const string CategoryPromptExtraction = "prompt_extraction";

    /// <summary>Block category: a persona jailbreak.</summary>
    public const string CategoryJailbreak = "jailbreak";

    /// <summary>Block category: an injection inside untrusted content (tool results, retrieved documents).</summary>
    public const string CategoryIndirectInjection = "indirect_prompt_injection";

    /// <summary>Block category: a word or phrase of the deny list.</summary>
    public const string CategoryDeniedTerm = "denied_term";

    /// <summary>Block category: a blocked topic.</summary>
    public const string CategoryBlockedTopic = "blocked_topic";

    /// <summary>Block category: a secret (API key, private key, token) in the response.</summary>
    public const string CategorySecretLeak = "secret_leak";

    /// <summary>Block category: the response contains the system prompt's canary.</summary>
    public const string CategorySystemPromptLeak = "system_prompt_leak";

    /// <summary>Block category: a classifier could not give a verdict and the policy fails closed.</summary>
    public const string CategoryClassifierUnavailable = "classifier_unavailable";
}
