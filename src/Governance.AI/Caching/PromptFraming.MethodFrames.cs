using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Question frames of a method: "what steps do I follow to X", "how do I go about X", "tell me how to X", "what's the
// best way to X", "X installation steps", "what is the X renewal process" → "how do I X".
internal static partial class PromptFraming
{
    [GeneratedRegex(@"^what (?:steps|procedure|process) (?:do|should|must|would|can|could) (?:i|we|you|one) (?:follow|take|go through|use) (?:to|for) ", FrameOptions)]
    private static partial Regex StepsQuestionPattern();

    [GeneratedRegex(@"^(?:how (?:do|should|can|could|would|does) (?:i|we|you|one) go about|walk me through|guide me through) ", FrameOptions)]
    private static partial Regex GoAboutPattern();

    [GeneratedRegex(@"^(?:how (?:(?:do|does|can|could|should|would|might|shall) (?:i|we|you|one)|to)|what (?:can|could|should) (?:i|we|one) do to|what do (?:i|we|you) (?:need to |have to )?do to|is there (?:a|any) (?:way|method) to|give me (?:the )?(?:steps|instructions) (?:to|for)|in what way can (?:i|we|you)|(?:the )?(?:steps|instructions) (?:to|for|on how to)) ", FrameOptions)]
    private static partial Regex HowToPattern();

    [GeneratedRegex(@"^what(?:'s|’s| is| are) (?:(?:the|a|an|some) )?(?:(?:best|right|proper|correct|good|simple|effective|recommended|usual|standard) )?(?:way|ways|method|procedure|process|steps) (?:to|for|involved in) ", FrameOptions)]
    private static partial Regex WayToPattern();

    // "Docker installation steps on Ubuntu", "what is the passport renewal process?", "database migration: how do I do it?".
    [GeneratedRegex(@"^(?!how\b|what\b|why\b|who\b|when\b|where\b|which\b)(?<task>[^?:]+?)(?:,? (?:steps|instructions)(?<rest> [^?:]*)?|\s*[:,–-]\s*how (?:do|can|should) (?:i|we|you) do (?:it|that|this))\??$", FrameOptions)]
    private static partial Regex StepsSuffixPattern();

    [GeneratedRegex(@"^what(?:'s|’s| is) the (?<task>[^?]+?) (?:process|procedure)\??$", FrameOptions)]
    private static partial Regex ProcessPattern();

    // "Docker installation steps on Ubuntu" asks how to install Docker on Ubuntu: read as a method only when the task
    // names an action by its noun ("installation", "renewal"); "count my steps" stays as written.
    private static string NominalTask(Match match)
    {
        // The noun must name the steps' action itself, right before them: in "Including payroll registration, list
        // the steps to …" the noun belongs to a fronted phrase and "the" names the steps.
        string task = match.Groups["task"].Value.TrimEnd();
        int space = task.LastIndexOf(' ');
        string last = task[(space + 1)..];
        return task.Contains(',', StringComparison.Ordinal) || GuardLexicon.NominalBases(last.ToLowerInvariant()).Count == 0
            ? match.Value
            : "how do I " + match.Groups["task"].Value + match.Groups["rest"].Value;
    }
}
