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
/// The verdict of the heuristic injection scan: a score, the threshold it was compared with and which rules fired.
/// It carries rule ids only, never any of the scanned text.
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

    /// <summary>Gets the combined score of the rules that fired (0 when none did).</summary>
    public double Score { get; }

    /// <summary>Gets the threshold the score was compared with.</summary>
    public double Threshold { get; }

    /// <summary>Gets the attack families of the rules that fired.</summary>
    public InjectionCategory Categories { get; }

    /// <summary>Gets a value indicating whether the score reached the threshold.</summary>
    public bool IsDetected => Score >= Threshold && Score > 0;

    /// <summary>Gets the id of the strongest rule that fired, or <see langword="null"/> when none did.</summary>
    public string? PrimaryRuleId
    {
        get
        {
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

    /// <summary>Gets the ids of the rules that fired, for example <c>override.ignore_instructions</c>.</summary>
    public IReadOnlyList<string> RuleIds
    {
        get
        {
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
