using Governance.AI.Safety.Lexical;

namespace Governance.AI.Safety;

/// <summary>Where a piece of text in a request comes from; each origin is scored against its own threshold.</summary>
public enum SafetyContentOrigin
{
    /// <summary>Text the user typed (user messages).</summary>
    UserPrompt = 0,

    /// <summary>Content the model reads but nobody vouches for: tool results, retrieved documents (indirect injection).</summary>
    UntrustedContent = 1,

    /// <summary>The application's own system prompt; not scanned by default.</summary>
    SystemPrompt = 2,

    /// <summary>Text the model produced.</summary>
    ModelOutput = 3,
}

/// <summary>
/// The verdict of the injection scan: the heuristic rules' score, the threshold it was compared with and which rules
/// fired, and the lexical model's probability with its threshold. It carries rule ids only, never any of the scanned text.
/// </summary>
public readonly record struct InjectionScanResult
{
    private readonly UInt128 _rules;

    internal InjectionScanResult(double score, double threshold, InjectionCategory categories, UInt128 rules)
    {
        Score = score;
        Threshold = threshold;
        Categories = categories;
        _rules = rules;
    }

    internal InjectionScanResult(double score, double threshold, InjectionCategory categories, UInt128 rules, double modelProbability, double modelThreshold, double corroborationThreshold, bool quotedExamplesOnly = false, bool aboutAttacks = false)
        : this(score, threshold, categories, rules)
    {
        IsAboutAttacks = aboutAttacks;
        ModelProbability = modelProbability;
        ModelThreshold = modelThreshold;
        CorroborationThreshold = corroborationThreshold;
        IsModelEvaluated = true;
        IsQuotedExamplesOnly = quotedExamplesOnly;
    }

    /// <summary>
    /// The share of <see cref="Threshold"/> from which the rules' score, confirmed by the model
    /// (<see cref="IsCorroborated"/>), is a detection: one rule of weight 0.6 at the default threshold, or weaker rules of
    /// two groups side by side; a single weak rule (a word of an override, an AI mentioned) is not.
    /// </summary>
    public const double CorroboratedRuleShare = 0.6;

    /// <summary>Gets a value indicating whether the lexical model layer scored the text (it is on).</summary>
    public bool IsModelEvaluated { get; }

    /// <summary>Gets the lexical model's probability that the text is an attack (its highest sentence window); 0 when it did not run.</summary>
    public double ModelProbability { get; }

    /// <summary>Gets the probability threshold the model's probability was compared with; 0 when it did not run.</summary>
    public double ModelThreshold { get; }

    /// <summary>
    /// Gets a value indicating whether every rule that fired matched inside a quotation the text gives as an example
    /// ("messages like '…' or '…'", "such as '…'", "direct requests ('…')", "(e.g. '…')"): samples of attacks shown, on
    /// which the model's probability decides nothing (<see cref="IsModelDetected"/> and <see cref="IsCorroborated"/> are false).
    /// </summary>
    public bool IsQuotedExamplesOnly { get; }

    /// <summary>
    /// Gets a value indicating whether the text is a long one (400 characters or more) that names attacks in two
    /// different discussion words ("injection", "attacker", "jailbreaks", "mitigation", "Angriff", "ataque" …): a report,
    /// lecture notes, a policy or a write-up about attacks, whose vocabulary alone raises the lexical model's
    /// probability. There the model decides only with the rules' corroboration (a score of at least
    /// <see cref="CorroboratedRuleShare"/> of the threshold): see <see cref="IsModelDetected"/>.
    /// </summary>
    public bool IsAboutAttacks { get; }

    /// <summary>
    /// Gets a value indicating whether the lexical model's probability reached its threshold and counts: not where the
    /// rules matched only examples (<see cref="IsQuotedExamplesOnly"/>), nor in a text about attacks
    /// (<see cref="IsAboutAttacks"/>) whose rules score under <see cref="CorroboratedRuleShare"/> of the threshold.
    /// </summary>
    public bool IsModelDetected => IsModelEvaluated && !IsQuotedExamplesOnly && ModelProbability >= ModelThreshold
        && !(IsAboutAttacks && Score < CorroboratedRuleShare * Threshold);

    /// <summary>Gets the model probability from which the model confirms weaker rule evidence; 0 when it did not run.</summary>
    public double CorroborationThreshold { get; }

    /// <summary>
    /// Gets a value indicating whether two layers agree where neither alone decides: the rules' score reached
    /// <see cref="CorroboratedRuleShare"/> of the threshold and the model's probability reached
    /// <see cref="CorroborationThreshold"/> (below 1). A forged authority claim or a persona often fires one weaker rule
    /// that the model, from other words of the text, also finds likely; an innocent text seldom does both.
    /// </summary>
    public bool IsCorroborated => IsModelEvaluated && !IsQuotedExamplesOnly && CorroborationThreshold < 1 && ModelProbability >= CorroborationThreshold
        && Score > 0 && Score >= CorroboratedRuleShare * Threshold;

    /// <summary>Gets a value indicating whether the rules' score reached the threshold.</summary>
    public bool IsRuleDetected => Score >= Threshold && Score > 0;

    private bool IsModelOnly => IsModelDetected && !IsRuleDetected;

    /// <summary>Gets the combined score of the rules that fired (0 when none did).</summary>
    public double Score { get; }

    /// <summary>Gets the threshold the score was compared with.</summary>
    public double Threshold { get; }

    /// <summary>Gets the attack families of the rules that fired.</summary>
    public InjectionCategory Categories { get; }

    /// <summary>
    /// Gets a value indicating whether the text is an attack: the rules' score or the model's probability reached its
    /// threshold, or the two corroborate each other (<see cref="IsCorroborated"/>).
    /// </summary>
    public bool IsDetected => IsRuleDetected || IsModelDetected || IsCorroborated;

    /// <summary>
    /// Gets the id of the strongest rule that fired, or <c>injection.lexical_model</c> when the model alone detected the
    /// text, or <see langword="null"/> when no rule fired.
    /// </summary>
    public string? PrimaryRuleId
    {
        get
        {
            if (IsModelOnly)
            {
                return LexicalInjectionModel.RuleId;
            }

            InjectionRule? best = null;
            var rules = InjectionRules.All;
            for (var i = 0; i < rules.Length; i++)
            {
                if ((_rules & (UInt128.One << i)) != 0 && (best is null || rules[i].Weight > best.Weight))
                {
                    best = rules[i];
                }
            }

            return best?.Id;
        }
    }

    /// <summary>
    /// Gets the ids of the rules that fired, for example <c>override.ignore_instructions</c>; when the model alone
    /// detected the text, only <c>injection.lexical_model</c>, so that <see cref="SafetyOptions.RuleActions"/> decide a
    /// model detection by that id and a rule detection by the rules' ids, as without the model.
    /// </summary>
    public IReadOnlyList<string> RuleIds
    {
        get
        {
            if (IsModelOnly)
            {
                return [LexicalInjectionModel.RuleId];
            }

            if (_rules == 0)
            {
                return [];
            }

            var ids = new List<string>((int)UInt128.PopCount(_rules));
            var rules = InjectionRules.All;
            for (var i = 0; i < rules.Length; i++)
            {
                if ((_rules & (UInt128.One << i)) != 0)
                {
                    ids.Add(rules[i].Id);
                }
            }

            return ids;
        }
    }
}
