namespace Governance.AI.Safety;

/// <summary>One scored rule: a set of word classes that must co-occur within a window of tokens.</summary>
internal sealed class InjectionRule
{
    public InjectionRule(string id, InjectionCategory category, int group, double weight, int window, ulong[] slots, ulong forbid = 0, bool untrustedOnly = false, bool ordered = false, bool subjectQuestion = false)
    {
        SubjectQuestion = subjectQuestion;
        AsTopic = category == InjectionCategory.InstructionOverride;
        OwnWords = (forbid & (ulong)Concept.Mine) != 0;
        Ordered = ordered;
        Id = id;
        Category = category;
        Group = group;
        Weight = weight;
        Window = window;
        Slots = slots;
        Forbid = forbid;
        UntrustedOnly = untrustedOnly;
    }

    public string Id { get; }

    public InjectionCategory Category { get; }

    /// <summary>Gets the group; rules of one group do not add up (the strongest counts), groups do.</summary>
    public int Group { get; }

    public double Weight { get; }

    public int Window { get; }

    /// <summary>Gets the slots; each is satisfied by any of its concepts. Slot 0 is the anchor.</summary>
    public ulong[] Slots { get; }

    public ulong Forbid { get; }

    public bool UntrustedOnly { get; }

    /// <summary>
    /// Gets a value indicating whether the rule stays silent when its anchor is the topic of a preposition
    /// ("a poem about forgetting old rules", "sobre ignorar las reglas") rather than an imperative.
    /// </summary>
    public bool AsTopic { get; }

    /// <summary>
    /// Gets a value indicating whether the rule stays silent when the anchor is followed by the user's own earlier words
    /// ("forget what I said before", "oublie ce que je t'ai dit"): like "my previous instruction", a user revising
    /// their own request.
    /// </summary>
    public bool OwnWords { get; }

    /// <summary>
    /// Gets a value indicating whether the rule stays silent when its verb of saying is followed by "about" and a subject
    /// that is not the assistant's setup ("what were you told about the weather / your knowledge cutoff", "qué te dijeron
    /// sobre las preguntas legales"): a question about what the assistant knows of a subject, not for its instructions.
    /// </summary>
    public bool SubjectQuestion { get; }

    /// <summary>Gets a value indicating whether the other slots must follow the anchor ("ignore … instructions", not "instructions … ignore").</summary>
    public bool Ordered { get; }
}
