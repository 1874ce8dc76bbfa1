namespace Governance.AI.Safety;

/// <summary>
/// Options of the safety policy: injection and jailbreak detection on prompts and untrusted content, deny and allow
/// lists, blocked topics, pluggable classifiers, and response inspection (secrets, system-prompt canary).
/// Binds from <c>AiGovernance:Safety</c>.
/// </summary>
public sealed class SafetyOptions : IValidatableOptions
{
    /// <summary>Gets or sets the injection score from which a user prompt is an attack. Default 1.0.</summary>
    public double PromptThreshold { get; set; } = 1.0;

    /// <summary>Gets or sets the injection score from which untrusted content is an indirect injection. Default 0.8.</summary>
    public double UntrustedThreshold { get; set; } = 0.8;

    /// <summary>Gets or sets a value indicating whether base64, hex and rot13 payloads are decoded and rescanned. Default true.</summary>
    public bool DecodePayloads { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether system messages are scanned too. Default false: they are the application's own.</summary>
    public bool ScanSystemMessages { get; set; }

    /// <summary>Gets or sets a value indicating whether tool results are scored as untrusted content. Default true.</summary>
    public bool ScanToolResults { get; set; } = true;

    /// <summary>Gets or sets the action for an injection or jailbreak in the user's prompt. Default <see cref="SafetyAction.Block"/>.</summary>
    public SafetyAction InjectionAction { get; set; } = SafetyAction.Block;

    /// <summary>Gets or sets the action for an injection in untrusted content. Default <see cref="SafetyAction.Block"/>.</summary>
    public SafetyAction IndirectInjectionAction { get; set; } = SafetyAction.Block;

    /// <summary>
    /// Gets the per-rule actions, keyed by rule id (<c>jailbreak.developer_mode</c>), by rule family (<c>jailbreak</c>,
    /// <c>delimiter</c>, <c>topic</c>) or by classifier category (<c>hate</c>). They override the defaults above; when
    /// several rules fire, the strictest action wins.
    /// </summary>
    public IDictionary<string, SafetyAction> RuleActions { get; } = new Dictionary<string, SafetyAction>(StringComparer.Ordinal);

    /// <summary>Gets the words and phrases to deny, matched as whole words on normalized text, in prompts and responses.</summary>
    public IList<string> DenyTerms { get; } = [];

    /// <summary>Gets the words and phrases that exempt a deny-list match they overlap (deny "sex", allow "sex education").</summary>
    public IList<string> AllowTerms { get; } = [];

    /// <summary>Gets or sets the action for a deny-list match. Default <see cref="SafetyAction.Block"/>.</summary>
    public SafetyAction DenyTermAction { get; set; } = SafetyAction.Block;

    /// <summary>Gets the blocked topics.</summary>
    public IList<SafetyTopic> Topics { get; } = [];

    /// <summary>Gets or sets a value indicating whether responses are inspected (secrets, canary, deny list, classifiers). Default true.</summary>
    public bool InspectResponses { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether responses are checked for secrets (API keys, private keys, tokens). Default true.</summary>
    public bool DetectSecrets { get; set; } = true;

    /// <summary>Gets or sets the action for a secret in a response. Default <see cref="SafetyAction.Redact"/>.</summary>
    public SafetyAction SecretAction { get; set; } = SafetyAction.Redact;

    /// <summary>
    /// Gets or sets a value indicating whether a canary is added to the system prompt of outgoing requests (the first
    /// system message, or <see cref="Microsoft.Extensions.AI.ChatOptions.Instructions"/> when there is none; the
    /// caller's messages and options are not changed); a response that contains it leaked the system prompt and is blocked. Applies when
    /// <see cref="InspectResponses"/> is on. Default true.
    /// </summary>
    public bool UseCanary { get; set; } = true;

    /// <summary>
    /// Gets or sets the secret the canary is derived from (with the system prompt), at least 16 characters, so that
    /// every instance of a deployment puts the same canary into the same system prompt. Default: a random secret per
    /// process. The canary is added after the cache either way, so it never changes a cache key.
    /// </summary>
    public string? CanarySecret { get; set; }

    /// <summary>Gets or sets how many characters of earlier chunks a streamed response is rescanned with, so that matches spanning chunks are found. Default 256.</summary>
    public int StreamWindow { get; set; } = 256;

    /// <summary>
    /// Gets or sets the most characters of a streamed response held back before they are sent, so that a secret or
    /// canary split across chunks is found before its start leaves. Only the end that could still become a finding (the
    /// start of a secret, of the canary, of a denied or topic phrase) is held, up to this limit; 64 covers the shortest
    /// form of every secret pattern. Default 64; 0 sends each chunk as soon as it is checked.
    /// </summary>
    public int StreamHoldback { get; set; } = 64;

    /// <summary>Gets or sets the classifier severity (0–7) from which a category counts. Default 4.</summary>
    public int ClassifierSeverityThreshold { get; set; } = 4;

    /// <summary>Gets or sets the action for a classifier category at or above the threshold. Default <see cref="SafetyAction.Block"/>.</summary>
    public SafetyAction ClassifierAction { get; set; } = SafetyAction.Block;

    /// <summary>Gets or sets a value indicating whether responses are classified too. Default true.</summary>
    public bool ClassifyResponses { get; set; } = true;

    /// <summary>Gets or sets what happens when a classifier fails. Default <see cref="SafetyFailureMode.FailClosed"/>.</summary>
    public SafetyFailureMode ClassifierFailureMode { get; set; } = SafetyFailureMode.FailClosed;

    /// <summary>Gets the classifiers to run besides those registered in DI (code only, not bound from configuration).</summary>
    public IList<IContentSafetyClassifier> Classifiers { get; } = [];

    /// <summary>
    /// Gets the options of the similarity layer, which compares prompts and untrusted content with a bank of attack
    /// phrasings through the pipeline's embedding generator. Off by default.
    /// </summary>
    public InjectionSimilarityOptions Similarity { get; } = new();

    /// <summary>
    /// Gets the options of the lexical model layer, a classifier over hashed words and word pairs embedded in the
    /// package, which runs beside the heuristic rules (rule id <c>injection.lexical_model</c>). On by default.
    /// </summary>
    public LexicalModelOptions LexicalModel { get; } = new();

    /// <summary>Gets or sets a callback for every decision, besides any registered <see cref="ISafetyAuditSink"/>.</summary>
    public Action<SafetyAuditEvent>? OnDecision { get; set; }

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.Require(PromptThreshold > 0 && double.IsFinite(PromptThreshold), nameof(PromptThreshold), "must be a positive number.");
        errors.Require(UntrustedThreshold > 0 && double.IsFinite(UntrustedThreshold), nameof(UntrustedThreshold), "must be a positive number.");
        errors.Require(StreamWindow is >= 16 and <= 65536, nameof(StreamWindow), $"must be between 16 and 65536 (was {StreamWindow}).");
        errors.Require(StreamHoldback >= 0 && StreamHoldback <= StreamWindow, nameof(StreamHoldback), $"must be between 0 and StreamWindow (was {StreamHoldback}).");
        errors.Require(ClassifierSeverityThreshold is >= 0 and <= 7, nameof(ClassifierSeverityThreshold), $"must be between 0 and 7 (was {ClassifierSeverityThreshold}).");
        RequireDefined(errors, InjectionAction, nameof(InjectionAction));
        RequireDefined(errors, IndirectInjectionAction, nameof(IndirectInjectionAction));
        RequireDefined(errors, DenyTermAction, nameof(DenyTermAction));
        RequireDefined(errors, SecretAction, nameof(SecretAction));
        RequireDefined(errors, ClassifierAction, nameof(ClassifierAction));
        errors.Require(Enum.IsDefined(ClassifierFailureMode), nameof(ClassifierFailureMode), "is not a known failure mode.");
        errors.Require(CanarySecret is null || CanarySecret.Length >= 16, nameof(CanarySecret), "must be at least 16 characters.");
        Similarity.Validate(errors.At(nameof(Similarity)));
        LexicalModel.Validate(errors.At(nameof(LexicalModel)));
        foreach (var (key, action) in RuleActions)
        {
            errors.At(nameof(RuleActions)).Require(!string.IsNullOrWhiteSpace(key), key ?? string.Empty, "must name a rule, a rule family or a category.");
            RequireDefined(errors.At(nameof(RuleActions)), action, key ?? string.Empty);
        }

        for (var i = 0; i < DenyTerms.Count; i++)
        {
            errors.At(nameof(DenyTerms)).Require(PhraseMatcher.Tokens(DenyTerms[i] ?? string.Empty).Length > 0, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "must contain a word.");
        }

        for (var i = 0; i < AllowTerms.Count; i++)
        {
            errors.At(nameof(AllowTerms)).Require(PhraseMatcher.Tokens(AllowTerms[i] ?? string.Empty).Length > 0, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "must contain a word.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Topics.Count; i++)
        {
            var topic = Topics[i];
            var at = errors.At(nameof(Topics)).At(i);
            if (topic is null)
            {
                at.Add(string.Empty, "must not be null.");
                continue;
            }

            at.Require(!string.IsNullOrEmpty(topic.Name) && topic.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'), nameof(SafetyTopic.Name), "must be letters, digits, '_' or '-'.");
            at.Require(names.Add(topic.Name ?? string.Empty), nameof(SafetyTopic.Name), "is used by another topic.");
            at.Require(topic.Terms.Count > 0 && topic.Terms.All(t => PhraseMatcher.Tokens(t ?? string.Empty).Length > 0), nameof(SafetyTopic.Terms), "must list at least one term, each with a word.");
            at.Require(topic.MinMatches >= 1 && topic.MinMatches <= Math.Max(1, topic.Terms.Count), nameof(SafetyTopic.MinMatches), "must be between 1 and the number of terms.");
            RequireDefined(at, topic.Action, nameof(SafetyTopic.Action));
        }
    }

    /// <summary>Creates the heuristic detector these options describe.</summary>
    internal PromptInjectionDetector CreateDetector()
    {
        var options = new PromptInjectionDetectorOptions
        {
            PromptThreshold = PromptThreshold,
            UntrustedThreshold = UntrustedThreshold,
            DecodePayloads = DecodePayloads,
        };
        LexicalModel.CopyTo(options.LexicalModel);
        return new(options);
    }

    private static void RequireDefined(OptionsValidationErrors errors, SafetyAction action, string key) =>
        errors.Require(Enum.IsDefined(action), key, "is not a known action (Monitor, Annotate, Redact, Block).");
}
