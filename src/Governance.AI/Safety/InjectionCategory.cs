namespace Governance.AI.Safety;

/// <summary>The families of prompt attacks the heuristic detector recognises.</summary>
[Flags]
public enum InjectionCategory
{
    /// <summary>No attack recognised.</summary>
    None = 0,

    /// <summary>Attempts to override or cancel the instructions the model was given.</summary>
    InstructionOverride = 1,

    /// <summary>Attempts to make the model reveal its system prompt or hidden instructions.</summary>
    PromptExtraction = 2,

    /// <summary>Persona jailbreaks: DAN, developer mode, "no longer bound", roleplay without restrictions.</summary>
    Jailbreak = 4,

    /// <summary>Fake chat-format delimiters and role markers.</summary>
    DelimiterInjection = 8,

    /// <summary>An attack hidden in base64, hex or rot13 that matched after decoding.</summary>
    EncodedPayload = 16,

    /// <summary>Instructions addressed to the model from untrusted content (tool results, retrieved documents).</summary>
    IndirectInjection = 32,
}
