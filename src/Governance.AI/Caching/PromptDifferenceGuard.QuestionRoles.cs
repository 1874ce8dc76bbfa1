using System.Collections.Frozen;

namespace Governance.AI.Caching;

// The role a question word asks about: "Who did Spain beat?" asks for the one beaten, "Who beat Spain?" for the one
// who beat, with the same words. English says it by an auxiliary and a subject between the question word and its verb;
// German by case ("wen" / "wer"), Spanish by the object marker ("a quién" / "quién"), French by a subject after "qui"
// or "qui est-ce que" / "qui est-ce qui".
public sealed partial class PromptDifferenceGuard
{
    private const string SubjectRole = "subject";
    private const string ObjectRole = "object";

    // Auxiliaries that put the subject after them: "who did Spain beat", "what can a dog eat". "have" is left out, since
    // it is also the verb of possession ("which city has the best pizza").
    private static readonly FrozenSet<string> DoAuxiliaries = FrozenSet.Create(
        StringComparer.Ordinal, "do", "does", "did", "can", "could", "will", "would", "should", "shall", "may", "might", "must");

    // Words that open an English subject: after a bare question word they mark a question in a wrapper's word order.
    private static readonly FrozenSet<string> SubjectStarts = FrozenSet.Create(
        StringComparer.Ordinal, "the", "a", "an", "my", "your", "his", "her", "their", "our", "its", "this", "that", "i", "you", "he", "she", "we", "they", "it");

    private static readonly FrozenSet<string> EnglishBeForms = FrozenSet.Create(StringComparer.Ordinal, "is", "are", "was", "were", "am");

    // A French subject right after "qui" makes "qui" the object: "Qui l'Espagne a-t-elle battu ?".
    private static readonly FrozenSet<string> FrenchSubjectOpeners = FrozenSet.Create(
        StringComparer.Ordinal, "le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "tu", "vous", "nous", "je", "j");

    // The role the first question word of a clause asks about, or null when the prompt does not say.
    private static string? QuestionRoleOf(List<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            if (token.Quoted)
            {
                continue;
            }

            string? role = token.Lower switch
            {
                "wer" => SubjectRole,
                "wen" => ObjectRole,
                "wem" => "dative",
                "quién" or "quiénes" or "quien" or "quienes" when OpensClause(tokens, i) => SubjectRole,
                "quién" or "quiénes" or "quien" or "quienes" when i > 0 && tokens[i - 1].Lower == "a" && OpensClause(tokens, i - 1) => ObjectRole,
                "qui" when OpensClause(tokens, i) => FrenchQuestionRole(tokens, i),
                "whom" when OpensClause(tokens, i) => ObjectRole,
                "who" or "what" or "which" when OpensClause(tokens, i) => EnglishQuestionRole(tokens, i),
                _ => null,
            };
            if (role is not null)
            {
                return role;
            }
        }

        return null;
    }

    private static bool OpensSubject(List<Token> tokens, int index, int clause) =>
        index < tokens.Count && tokens[index].Clause == clause && (char.IsUpper(tokens[index].Text[0]) || SubjectStarts.Contains(tokens[index].Lower));

    private static bool OpensClause(List<Token> tokens, int index) => index == 0 || tokens[index - 1].Clause != tokens[index].Clause;

    private static string? EnglishQuestionRole(List<Token> tokens, int index)
    {
        int clause = tokens[index].Clause;
        int next = index + 1;
        if (tokens[index].Lower is "what" or "which")
        {
            // "what kind of dog does …": the question word's noun comes before the auxiliary; with no auxiliary near
            // ("which team beat Spain", "what causes rain") the question word is the subject.
            int end = Math.Min(tokens.Count, index + 5);
            int at = next;
            while (at < end && tokens[at].Clause == clause && !DoAuxiliaries.Contains(tokens[at].Lower) && !EnglishBeForms.Contains(tokens[at].Lower))
            {
                at++;
            }

            if (at == end || tokens[at].Clause != clause)
            {
                return next < tokens.Count && tokens[next].Clause == clause ? SubjectRole : null;
            }

            next = at;
        }

        if (next >= tokens.Count || tokens[next].Clause != clause)
        {
            return null;
        }

        string word = tokens[next].Lower;
        if (DoAuxiliaries.Contains(word))
        {
            // "who did Spain beat", "what can a dog eat": the subject comes after the auxiliary, so the question word is
            // the object. After a modal a verb may come instead ("who will win"): only a word that opens a subject says.
            if (word is "do" or "does" or "did")
            {
                return ObjectRole;
            }

            if (OpensSubject(tokens, next + 1, clause))
            {
                return ObjectRole;
            }

            // "what can eat a python": a word, then a subject after it, is the verb and its object.
            return OpensSubject(tokens, next + 2, clause) ? SubjectRole : null;
        }

        if (EnglishBeForms.Contains(word))
        {
            return BeQuestionRole(tokens, next + 1, clause);
        }

        // "who beat Spain": a verb right after the question word. A name or a determiner there is a question left in a
        // wrapper's word order ("[tell me] who Spain beat"), which says neither.
        return char.IsUpper(tokens[next].Text[0]) || SubjectStarts.Contains(word) ? null : SubjectRole;
    }

    // After "who is / was …": "who is dating Tom" (the one who acts), "what was written (by Twain)" and "which documents
    // are required" (the one acted on), "who is Tom dating" (object: the clause ends on the verb after a subject), "who
    // was Spain beaten by" (the one who acts); "who is the CEO" says neither.
    private static string? BeQuestionRole(List<Token> tokens, int index, int clause)
    {
        while (index < tokens.Count && tokens[index].Lower is "not" or "n't" or "t")
        {
            index++;
        }

        int end = index;
        while (end < tokens.Count && tokens[end].Clause == clause)
        {
            end++;
        }

        if (index >= end)
        {
            return null;
        }

        if (tokens[end - 1].Lower == "by")
        {
            return SubjectRole;
        }

        if (IsVerbForm(tokens[index]))
        {
            return IsPresentParticiple(tokens[index]) ? SubjectRole : ObjectRole;
        }

        bool subjectAfter = char.IsUpper(tokens[index].Text[0]) || SubjectStarts.Contains(tokens[index].Lower);
        return subjectAfter && end - index >= 2 && end - index <= 4 && IsPresentParticiple(tokens[end - 1]) ? ObjectRole : null;
    }

    private static bool IsPresentParticiple(Token token) =>
        char.IsLower(token.Text[0]) && token.Lower.Length > 4 && token.Lower.EndsWith("ing", StringComparison.Ordinal);

    // A participle or a present participle written in lower case (a capital marks a name: "Sweden", "Steven").
    private static bool IsVerbForm(Token token) => IsPresentParticiple(token) || (char.IsLower(token.Text[0]) && IsParticiple(token.Lower));

    private static string FrenchQuestionRole(List<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Count || tokens[index + 1].Clause != tokens[index].Clause)
        {
            return SubjectRole;
        }

        Token next = tokens[index + 1];
        if (next.Lower is "est-ce" or "est" && index + 2 < tokens.Count)
        {
            // "qui est-ce qui" asks for the subject, "qui est-ce que" for the object.
            int at = next.Lower == "est" && index + 3 < tokens.Count && tokens[index + 2].Lower == "ce" ? index + 3 : index + 2;
            return tokens[at].Lower is "que" or "qu" ? ObjectRole : SubjectRole;
        }

        return FrenchSubjectOpeners.Contains(next.Lower) || char.IsUpper(next.Text[0]) ? ObjectRole : SubjectRole;
    }
}
