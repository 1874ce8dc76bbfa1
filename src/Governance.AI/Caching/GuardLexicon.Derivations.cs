using System.Collections.Frozen;

namespace Governance.AI.Caching;

/// <summary>
/// Word classes read from grammar rather than listed meanings: the kind of answer a question word asks for, and the
/// verb a nominalization names ("installation" → install, "deletion" → delete, "renewal" → renew).
/// </summary>
internal static partial class GuardLexicon
{
    /// <summary>
    /// Gets question words (en/de/es/fr) and the kind of answer they ask for: a method or mechanism (how), a reason
    /// (why), a thing (what / which), a person (who), a time (when), a place (where). "What" and "which" ask for the
    /// same kind ("What is the largest ocean?" / "Which is the largest ocean?"). Spanish "por qué" and French "qu'"
    /// are read where they occur.
    /// </summary>
    public static FrozenDictionary<string, string> QuestionWords { get; } = Classes(
        ("how", "how wie cómo comment"),
        ("why", "why warum wieso weshalb pourquoi"),
        ("what", "what which was welche welcher welches qué cuál cuáles quel quelle quels quelles quoi"),
        ("who", "who whom wer quién quiénes qui"),
        ("when", "when wann cuándo quand"),
        ("where", "where wo dónde où"));

    /// <summary>
    /// Gets nominalizations whose verb-looking base has another common sense, so they never stand for it: a
    /// <i>presentation</i> is not a present, a <i>department</i> is not departing, an <i>apartment</i> is not apart,
    /// an <i>installment</i> is a payment, a <i>station</i> does not station.
    /// </summary>
    public static FrozenSet<string> FalseNominalizations { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "presentation", "presentations", "department", "departments", "apartment", "apartments",
        "installment", "installments", "instalment", "instalments", "station", "stations", "compartment", "basement",
        "statement", "statements", "ration", "nation", "nations", "mention", "question", "questions", "fiction");

    /// <summary>
    /// The verbs a nominalization may name, by its suffix: -ation (installation → install, configuration → configure,
    /// migration → migrate, registration → register, verification → verify), -tion / -sion (deletion → delete,
    /// connection → connect, reduction → reduce, subscription → subscribe, decision → decide, discussion → discuss),
    /// -ment (management → manage) and -al after v, w or s (renewal → renew, removal → remove, proposal → propose).
    /// The candidates are only ever compared with a word of the other prompt or looked up in a vocabulary; a base
    /// shorter than four letters is never offered ("nation" is not "n").
    /// </summary>
    /// <param name="noun">The word, lowercase.</param>
    /// <returns>The candidate verbs; empty when the word is no nominalization.</returns>
    public static List<string> NominalBases(string noun)
    {
        var bases = new List<string>(4);
        if (noun.Length < 7 || FalseNominalizations.Contains(noun))
        {
            return bases;
        }

        string word = noun[^1] == 's' && noun.Length > 7 && (noun.EndsWith("ions", StringComparison.Ordinal) || noun.EndsWith("ments", StringComparison.Ordinal) || noun.EndsWith("als", StringComparison.Ordinal))
            ? noun[..^1]
            : noun;
        if (word.EndsWith("ication", StringComparison.Ordinal))
        {
            // verification → verify, application → apply, notification → notify.
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 7), "y"));
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 9), "y"));
        }

        if (word.EndsWith("ation", StringComparison.Ordinal))
        {
            ReadOnlySpan<char> stem = word.AsSpan(0, word.Length - 5);
            AddBase(bases, stem.ToString());
            AddBase(bases, string.Concat(stem, "e"));
            AddBase(bases, string.Concat(stem, "ate"));
            if (stem.EndsWith("r"))
            {
                // registration → register, administration → administer.
                AddBase(bases, string.Concat(stem[..^1], "er"));
            }
        }
        else if (word.EndsWith("ption", StringComparison.Ordinal))
        {
            // subscription → subscribe, description → describe.
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 5), "be"));
        }
        else if (word.EndsWith("ction", StringComparison.Ordinal))
        {
            // connection → connect, reduction → reduce, production → produce.
            AddBase(bases, word[..^3]);
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 4), "e"));
        }
        else if (word.EndsWith("ssion", StringComparison.Ordinal))
        {
            // discussion → discuss.
            AddBase(bases, word[..^3]);
        }
        else if (word.EndsWith("sion", StringComparison.Ordinal))
        {
            // decision → decide, conclusion → conclude, extension → extend.
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 4), "de"));
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 4), "d"));
        }
        else if (word.EndsWith("tion", StringComparison.Ordinal))
        {
            // deletion → delete, completion → complete, insertion → insert.
            AddBase(bases, word[..^3]);
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 3), "e"));
        }
        else if (word.EndsWith("ment", StringComparison.Ordinal))
        {
            // management → manage, development → develop, payment is too short to tell.
            AddBase(bases, word[..^4]);
        }
        else if (word.EndsWith("al", StringComparison.Ordinal) && word[^3] is 'v' or 'w' or 's')
        {
            // renewal → renew, removal → remove, proposal → propose, withdrawal → withdraw.
            AddBase(bases, word[..^2]);
            AddBase(bases, string.Concat(word.AsSpan(0, word.Length - 2), "e"));
        }

        return bases;

        static void AddBase(List<string> bases, string candidate)
        {
            if (candidate.Length >= 4 && !bases.Contains(candidate))
            {
                bases.Add(candidate);
            }
        }
    }
}
