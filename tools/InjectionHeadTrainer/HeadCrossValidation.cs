using System.Globalization;
using System.Text;
using Governance.AI.Safety;
using InjectionModelTrainer;

namespace InjectionHeadTrainer;

/// <summary>One row's left-out scores: the rules, the lexical model (from the lexical trainer's <c>--dump</c>) and the head.</summary>
/// <param name="Row">The row.</param>
/// <param name="RulesAsPrompt">Whether the rules detect it as a prompt.</param>
/// <param name="RulesAsUntrusted">Whether the rules detect it as untrusted content.</param>
/// <param name="Lexical">The lexical model's left-out probability.</param>
/// <param name="Head">The head's left-out probability of the whole text.</param>
internal sealed record HeadScore(TrainingExample Row, bool RulesAsPrompt, bool RulesAsUntrusted, double Lexical, double Head);

/// <summary>
/// Leave-one-author-out cross-validation of the head with the lexical trainer's groups (<see cref="TrainingExample.Group"/>),
/// and the threshold rule fixed before the first head was trained: the lowest prompt threshold at which the head adds at
/// most <see cref="PromptAddedBenignCeiling"/> of benign rows to those the rules or the lexical model flag, the lowest
/// untrusted threshold (not above it) at which it adds at most <see cref="UntrustedAddedBenignCeiling"/> to their untrusted flags.
/// </summary>
internal static class HeadCrossValidation
{
    /// <summary>The share of benign rows the head may add to the rules' and the lexical model's, as prompts.</summary>
    public const double PromptAddedBenignCeiling = 0.005;

    /// <summary>The share of benign rows the head may add to the rules' and the lexical model's, as untrusted content.</summary>
    public const double UntrustedAddedBenignCeiling = 0.01;

    /// <summary>The lexical model's shipped prompt threshold (<c>LexicalModelOptions.DefaultPromptThreshold</c>).</summary>
    public static double LexicalPrompt => LexicalModelOptions.DefaultPromptThreshold;

    /// <summary>The lexical model's shipped untrusted threshold.</summary>
    public static double LexicalUntrusted => LexicalModelOptions.DefaultUntrustedThreshold;

    /// <summary>Scores every row with a head trained without its group.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="embedded">Their embeddings, in the same order.</param>
    /// <param name="lexical">The lexical trainer's dump lines (one per row, same order).</param>
    /// <param name="settings">The head's settings.</param>
    /// <returns>The scores, in row order.</returns>
    public static IReadOnlyList<HeadScore> Run(IReadOnlyList<TrainingExample> rows, IReadOnlyList<EmbeddedRow> embedded, IReadOnlyList<string> lexical, HeadSettings settings)
    {
        if (lexical.Count != rows.Count)
        {
            throw new InvalidDataException($"The lexical dump has {lexical.Count} lines for {rows.Count} rows: rerun the lexical trainer with --cv --dump.");
        }

        var rulesOptions = new PromptInjectionDetectorOptions();
        rulesOptions.LexicalModel.Enabled = false;
        var rules = new PromptInjectionDetector(rulesOptions);
        var scores = new HeadScore[rows.Count];
        foreach (var group in rows.Select(r => r.Group).Distinct(StringComparer.Ordinal))
        {
            var training = new List<EmbeddedRow>();
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Group != group)
                {
                    training.Add(embedded[i]);
                }
            }

            // The fold's head records no real lexical model: it is scored here and dropped.
            var head = HeadTrainer.Train(training, settings, "cross-validation");
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Group != group)
                {
                    continue;
                }

                // group, label, probability, rules as prompt, window logit, sentences, file
                var fields = lexical[i].Split('\t');
                if (fields[0] != group || fields[1] != (rows[i].IsAttack ? "1" : "0") || fields[6] != rows[i].Source)
                {
                    throw new InvalidDataException($"The lexical dump's line {i + 1} is not row {i + 1} ({rows[i].Source}).");
                }

                scores[i] = new HeadScore(
                    rows[i],
                    fields[3] == "1",
                    rules.Scan(rows[i].Text, SafetyContentOrigin.UntrustedContent).IsDetected,
                    double.Parse(fields[2], CultureInfo.InvariantCulture),
                    embedded[i].Score(head));
            }
        }

        return scores;
    }

    /// <summary>Chooses the head's thresholds by the rule.</summary>
    /// <param name="scores">The left-out scores.</param>
    /// <returns>The thresholds, in steps of 0.005.</returns>
    public static (double Prompt, double Untrusted) ChooseThresholds(IReadOnlyList<HeadScore> scores)
    {
        var prompt = Lowest(scores, 0.995, untrusted: false, PromptAddedBenignCeiling);
        return (prompt, Lowest(scores, prompt, untrusted: true, UntrustedAddedBenignCeiling));
    }

    /// <summary>Writes the table of attacks caught and benign rows flagged by the lexical layer (rules or model), the head, and the combination, per slice.</summary>
    /// <param name="scores">The left-out scores.</param>
    /// <param name="threshold">The head's prompt threshold.</param>
    /// <param name="slice">The slice of a row (family, language, group), or null for the pooled line alone.</param>
    /// <returns>A markdown table.</returns>
    public static string Report(IReadOnlyList<HeadScore> scores, double threshold, Func<HeadScore, string>? slice)
    {
        var combinedBenign = scores.Count(s => !s.Row.IsAttack && Combined(s, threshold));
        var equal = LexicalAtBenignCount(scores, combinedBenign);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"head threshold {threshold:0.000}; lexical at the same pooled benign count: threshold {equal:0.000}");
        text.AppendLine("| slice | attacks | lexical | head | combined | lexical at equal benign | benign | lexical | head | combined | lexical at equal benign |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var slices = slice is null ? [] : scores.Select(slice).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var name in slices.Append("all"))
        {
            var part = scores.Where(s => name == "all" || slice!(s) == name).ToList();
            var attacks = part.Where(s => s.Row.IsAttack).ToList();
            var benign = part.Where(s => !s.Row.IsAttack).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {attacks.Count} | {Share(attacks, s => Lexical(s, LexicalPrompt))} | {Share(attacks, s => s.Head >= threshold)} | {Share(attacks, s => Combined(s, threshold))} | {Share(attacks, s => Lexical(s, equal))} ");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {benign.Count} | {Share(benign, s => Lexical(s, LexicalPrompt))} | {Share(benign, s => s.Head >= threshold)} | {Share(benign, s => Combined(s, threshold))} | {Share(benign, s => Lexical(s, equal))} |");
        }

        return text.ToString();
    }

    /// <summary>Writes a check set's table: the shipped detector (<see cref="HeadScore.RulesAsPrompt"/> holds its verdict), the head, and either.</summary>
    /// <param name="scores">The check set's scores.</param>
    /// <param name="threshold">The head's threshold.</param>
    /// <param name="slice">The slice of a row.</param>
    /// <returns>A markdown table.</returns>
    public static string CheckReport(IReadOnlyList<HeadScore> scores, double threshold, Func<HeadScore, string> slice)
    {
        var text = new StringBuilder();
        text.AppendLine("| slice | attacks | detector | head | either | benign | detector | head | either |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var name in scores.Select(slice).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Append("all"))
        {
            var part = scores.Where(s => name == "all" || slice(s) == name).ToList();
            var attacks = part.Where(s => s.Row.IsAttack).ToList();
            var benign = part.Where(s => !s.Row.IsAttack).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {attacks.Count} | {Share(attacks, s => s.RulesAsPrompt)} | {Share(attacks, s => s.Head >= threshold)} | {Share(attacks, s => s.RulesAsPrompt || s.Head >= threshold)} | {benign.Count} | {Share(benign, s => s.RulesAsPrompt)} | {Share(benign, s => s.Head >= threshold)} | {Share(benign, s => s.RulesAsPrompt || s.Head >= threshold)} |");
        }

        return text.ToString();
    }

    private static bool Lexical(HeadScore s, double threshold) => s.RulesAsPrompt || s.Lexical >= threshold;

    private static bool Combined(HeadScore s, double threshold) => Lexical(s, LexicalPrompt) || s.Head >= threshold;

    /// <summary>The highest lexical threshold at which the rules or the lexical model flag at least as many benign rows as the combination.</summary>
    private static double LexicalAtBenignCount(IReadOnlyList<HeadScore> scores, int benignCount)
    {
        for (var step = 199; step >= 20; step--)
        {
            var t = step / 200.0;
            if (scores.Count(s => !s.Row.IsAttack && Lexical(s, t)) >= benignCount)
            {
                return t;
            }
        }

        return 0.1;
    }

    private static double Lowest(IReadOnlyList<HeadScore> scores, double ceiling, bool untrusted, double share)
    {
        var benign = scores.Where(s => !s.Row.IsAttack).ToList();
        for (var step = 100; step / 200.0 < ceiling; step++)
        {
            var t = step / 200.0;
            var added = benign.Count(s => !(untrusted ? s.RulesAsUntrusted || s.Lexical >= LexicalUntrusted : Lexical(s, LexicalPrompt)) && s.Head >= t);
            if (added <= share * benign.Count)
            {
                return t;
            }
        }

        return ceiling;
    }

    private static string Share(List<HeadScore> group, Func<HeadScore, bool> predicate)
    {
        if (group.Count == 0)
        {
            return "–";
        }

        var n = group.Count(predicate);
        return string.Create(CultureInfo.InvariantCulture, $"{n} ({100.0 * n / group.Count:0.0} %)");
    }
}
