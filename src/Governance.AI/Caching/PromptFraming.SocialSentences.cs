using System.Buffers;
using System.Collections.Frozen;

namespace Governance.AI.Caching;

/// <summary>
/// Social sentences and clauses: a greeting, thanks, an apology, a sign-off, a wish ("Hope you're well.", "Sorry to
/// bother you,", "Kind regards", "🙏") adds nothing to the request, so it is dropped as a whole — by its structure (every
/// word social or glue, at least one social) rather than phrase by phrase. Leading clauses are dropped up to any
/// clause mark; later ones only as whole sentences, so that a list or a quotation in the request keeps its items.
/// </summary>
internal static partial class PromptFraming
{
    // Words that make a clause social. Each one alone carries no request.
    private static readonly FrozenSet<string> SocialWords = WithCurlyApostrophes(
    [
        "hi", "hello", "hey", "hiya", "heya", "howdy", "greetings", "good", "great", "thanks", "thank", "thx", "ty", "cheers",
        "regards", "sorry", "apologies", "apologize", "apologise", "pardon", "excuse", "hope", "hoping", "appreciate",
        "appreciated", "grateful", "dear", "wow", "okay", "ok", "alright", "hmm", "hm", "um", "umm", "uh", "uhh", "ugh",
        "oh", "ah", "please", "pls", "bye", "lol", "haha", "so", "basically", "actually", "honestly", "anyway",
        "hallo", "servus", "moin", "danke", "dank", "dankeschön", "entschuldigung", "entschuldige", "grüße", "gruß",
        "hoffe", "guten", "lg", "mfg", "ähm", "äh", "hola", "gracias", "perdona", "perdone", "perdón", "disculpa",
        "disculpe", "disculpas", "saludos", "buenas", "buenos", "oye", "oiga", "espero", "siento", "bonjour",
        "bonsoir", "salut", "coucou", "merci", "désolé", "désolée", "excusez", "cordialement", "amicalement",
        "j'espère", "euh", "schönen", "bonne", "nice", "lovely", "wonderful", "hopefully", "wishes", "mind",
    ]);

    // Words that may stand in a social clause without making it one: pronouns, articles, "very much", "in advance".
    private static readonly FrozenSet<string> GlueWords = WithCurlyApostrophes(
    [
        "a", "an", "the", "i", "i'm", "i'd", "i've", "i'll", "me", "my", "you", "you're", "your", "we", "it", "it's",
        "this", "that", "is", "are", "am", "was", "be", "been", "all", "very", "much", "really", "truly", "in",
        "advance", "for", "to", "of", "if", "again", "there", "everyone", "assistant", "friend", "doing", "having",
        "well", "fine", "have", "would", "be", "greatly", "going", "week", "reading", "makes", "sense", "long",
        "message", "chatgpt", "bot", "ai", "everybody", "folks", "guys", "wonderful", "nice", "finds",
        "kind", "kindly", "warm", "best", "bother", "bothering", "trouble", "disturb", "silly", "dumb",
        "stupid", "obvious", "basic", "naive", "trivial", "question", "help", "earlier", "time", "taking", "lot", "ton", "tons", "million", "just", "as",
        "bunch", "isn't", "isnt", "not", "don't", "dont", "many",
        "always", "and", "with", "any", "patience", "can", "could", "support", "team", "staff",
        "vielen", "herzlichen", "besten", "liebe", "lieber", "im", "voraus",
        "sehr", "schon", "mal", "ich", "es", "geht", "dir", "ihnen", "gut", "für", "die", "der", "das", "hilfe",
        "störung", "freundliche", "freundlichen", "viele", "grüßen", "mit", "und", "sie", "stören",
        "muchas", "muchísimas", "mil", "de", "antemano", "la", "el", "molestia", "por",
        "tu", "su", "ayuda", "que", "estés", "esté", "bien", "un", "una", "saludo", "todo", "muy", "lo", "te", "le",
        "beaucoup", "d'avance", "vous", "déranger", "moi", "pour", "votre", "ton", "aide", "à", "tous", "infiniment", "mille", "tu", "vas", "allez", "je", "excuser",
    ]);

    // Words of a lead-in that announces a question ("random thought but", "I guess my question is,"): what is said
    // about the question itself, never what it is about.
    private static readonly FrozenSet<string> MetaWords = WithCurlyApostrophes(
    [
        "question", "thought", "one", "query", "quick", "random", "weird", "odd", "strange", "simple", "basic", "honest",
        "real", "actual", "main", "general", "another", "follow-up", "newbie", "noob", "beginner", "guess", "think",
        "suppose", "might", "may", "maybe", "probably", "here's", "here", "possibly", "sounds", "sound", "but", "idle",
        "curious", "wondering", "small", "little", "ask", "asking", "to", "so", "ok", "okay", "my", "is", "was", "this",
        "thing", "more", "last", "q", "easy", "trivia",

        // The same lead-in in German, Spanish and French ("ich hätte eine kurze Frage:", "tengo una pregunta rápida:").
        "frage", "pregunta", "kurze", "kleine", "rápida", "pequeña", "petite", "eine", "una", "une", "hätte", "habe",
        "tengo", "tendría", "j'ai", "ai", "aurais",
    ]);

    // Times of day stand in a social clause only after a social word ("good evening", "buenas noches"), never alone
    // ("this evening" is a constraint).
    private static readonly FrozenSet<string> GreetedTimes = WithCurlyApostrophes(
    [
        "day", "morning", "afternoon", "evening", "night", "weekend", "tag", "morgen", "abend", "días", "tardes",
        "noches", "journée", "soirée", "matin",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GreetedTime = GreetedTimes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Social = SocialWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Glue = GlueWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Meta = MetaWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Drops the leading social clauses and every later social sentence.</summary>
    /// <returns>The length left.</returns>
    private static int DropSocialSentences(Span<char> chars, Span<char> lower, int length)
    {
        // A quotation may be the subject of the request ("translate 'hello, thanks'"): a clause with a quotation mark,
        // or inside a quotation (after an odd number of marks), is left as sent; clauses outside every quotation are
        // read as in any prompt ("Morning! What does «mañana» mean? Thanks.").
        bool quoted = lower[..length].IndexOfAny(QuotationMarks) >= 0;

        // Leading clauses, up to any clause mark.
        int end;
        while ((end = ClauseEnd(lower[..length], 0, LeadingClauseMarks)) > 0 && IsSocialOutsideQuotes(lower[..length], 0, end, quoted) && end < length)
        {
            Remove(chars, lower, ref length, 0, end);
        }

        // Later clauses only as whole sentences.
        int start = ClauseEnd(lower[..length], 0, SentenceMarks);
        while (start < length)
        {
            end = ClauseEnd(lower[..length], start, SentenceMarks);
            if (IsSocialOutsideQuotes(lower[..length], start, end, quoted)
                || (end == length && (!quoted || OutsideQuotes(lower[..length], start, end)) && IsSignOff(chars[start..end], lower[start..end])))
            {
                Remove(chars, lower, ref length, start, end);
            }
            else
            {
                start = end;
            }
        }

        return length;
    }

    private static readonly SearchValues<char> LeadingClauseMarks = SearchValues.Create(",.!?;:…—–");
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?…");
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”„«»");

    /// <returns>The index after the clause that starts at <paramref name="start"/> and the marks and spaces that end it.</returns>
    private static int ClauseEnd(ReadOnlySpan<char> text, int start, SearchValues<char> marks)
    {
        int at = text[start..].IndexOfAny(marks);
        int end = at < 0 ? text.Length : start + at;
        while (end < text.Length && (marks.Contains(text[end]) || text[end] == ' '))
        {
            end++;
        }

        return end;
    }

    private static bool IsSocialOutsideQuotes(ReadOnlySpan<char> text, int start, int end, bool quoted) =>
        (!quoted || OutsideQuotes(text, start, end)) && IsSocial(text[start..end]);

    // No quotation mark in the clause, and an even number of them before it: the clause stands outside every quotation.
    private static bool OutsideQuotes(ReadOnlySpan<char> text, int start, int end)
    {
        if (text[start..end].IndexOfAny(QuotationMarks) >= 0)
        {
            return false;
        }

        int marks = 0;
        ReadOnlySpan<char> before = text[..start];
        int at;
        while ((at = before.IndexOfAny(QuotationMarks)) >= 0)
        {
            marks++;
            before = before[(at + 1)..];
        }

        return marks % 2 == 0;
    }

    /// <summary>Whether every word of <paramref name="clause"/> is social or glue and one is social; a clause of no words and no digits (emoji, "!!") is social too. A question never is ("Is it good?").</summary>
    private static bool IsSocial(ReadOnlySpan<char> clause)
    {
        if (clause.Contains('?'))
        {
            return false;
        }

        if (IsBareGreetedTime(clause))
        {
            return true;
        }

        bool social = false;
        bool anyWord = false;
        bool previousSocial = false;
        int i = 0;
        while (i < clause.Length)
        {
            char c = clause[i];
            if (char.IsDigit(c))
            {
                return false;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < clause.Length && (char.IsLetter(clause[i]) || (clause[i] is '\'' or '’' && i + 1 < clause.Length && char.IsLetter(clause[i + 1]))))
            {
                i++;
            }

            ReadOnlySpan<char> word = clause[start..i];
            anyWord = true;
            bool afterSocial = previousSocial;
            previousSocial = Social.Contains(word);
            if (previousSocial)
            {
                social = true;
            }
            else if (!Glue.Contains(word) && !(afterSocial && (GreetedTime.Contains(word) || IsGreetedTeam(clause[i..]))))
            {
                return false;
            }
        }

        return social || !anyWord;
    }

    // "Morning!": a time of day alone, closed by an exclamation mark, greets ("Morning, what should I eat?" may name a
    // time, and stays).
    private static bool IsBareGreetedTime(ReadOnlySpan<char> clause)
    {
        ReadOnlySpan<char> trimmed = clause.TrimEnd(' ');
        int mark = trimmed.IndexOf('!');
        return mark > 0 && trimmed[(mark + 1)..].TrimStart('!').Length == 0 && trimmed[..mark] is "morning" or "afternoon" or "evening";
    }

    // A greeting may name the team it addresses ("hi HR team", "hello sales staff"): the word after the greeting word
    // counts as glue when "team" or "staff" follows it.
    private static bool IsGreetedTeam(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        int end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return rest[..end] is "team" or "staff";
    }

    // The longest name a sign-off is signed with ("Kind regards, Maria", "Thanks, Ana Ruiz"), in words.
    private const int MaxSignatureWords = 3;

    /// <summary>
    /// Whether the last sentence is a sign-off and a name: a social clause, a comma, then one to
    /// <see cref="MaxSignatureWords"/> words written as a name ("Cheers, Tom", "Best wishes, Ana Ruiz"). The name only
    /// says who asked, never what.
    /// </summary>
    private static bool IsSignOff(ReadOnlySpan<char> clause, ReadOnlySpan<char> lower)
    {
        int comma = lower.LastIndexOf(',');
        if (comma <= 0 || !IsSocial(lower[..comma]))
        {
            return false;
        }

        int words = 0;
        int i = comma + 1;
        while (i < clause.Length)
        {
            if (clause[i] is ' ' or '.' or '!')
            {
                i++;
                continue;
            }

            // A word written as a name: a capital, then lowercase letters ("Maria"; not "API", "iOS" or "3pm").
            if (!char.IsUpper(clause[i]) || ++words > MaxSignatureWords)
            {
                return false;
            }

            i++;
            while (i < clause.Length && clause[i] is not (' ' or '.' or '!'))
            {
                if (!char.IsLower(clause[i]))
                {
                    return false;
                }

                i++;
            }
        }

        return words > 0;
    }

    private static void Remove(Span<char> chars, Span<char> lower, ref int length, int start, int end)
    {
        chars[end..length].CopyTo(chars[start..]);
        lower[end..length].CopyTo(lower[start..]);
        length -= end - start;
    }

    private static FrozenSet<string> WithCurlyApostrophes(string[] words)
    {
        var all = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (string word in words)
        {
            all.Add(word.Replace('\'', '’'));
        }

        return all.ToFrozenSet(StringComparer.Ordinal);
    }
}
