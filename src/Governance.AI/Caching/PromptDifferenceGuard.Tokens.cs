using System.Globalization;
using System.Text;

namespace Governance.AI.Caching;

// Tokenization and normalization: words, numbers with their units, quotations and clitics; numbers folded to one
// form (plurals and closed-up words: PromptDifferenceGuard.WordForms.cs).
public sealed partial class PromptDifferenceGuard
{
    private static string NormalizeNumber(string token) => NumberNotation.Normalize(token);

    private static List<Token> Tokenize(string text, PromptFeatures features)
    {
        var tokens = new List<Token>();
        bool sentenceStart = true;
        bool inQuote = false;
        bool singleQuoted = false;
        int clause = 0;
        bool listItem = false;
        var quoted = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsQuoteMark(text, i, inQuote, ref singleQuoted))
            {
                if (inQuote && quoted.Length > 0)
                {
                    features.Entities.Add("\"" + WordsOf(quoted.ToString()));
                }

                quoted.Clear();
                inQuote = !inQuote;
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c) && !NumberNotation.IsOtherNumber(c))
            {
                if (NumberNotation.OperatorAt(text, i, tokens.Count > 0, tokens.Count > 0 && tokens[^1].HasDigit) is { } op)
                {
                    // "12 + 4" / "12 - 4", "x > 5" / "x < 5": the operator is part of the numbers compared.
                    features.Numbers.Add(op);
                }

                if (c is '.' or '?' or '!' or ':' or ';' or '\n')
                {
                    sentenceStart = true;
                }

                if (c is '.' or '?' or '!' or ':' or ';' or '\n' or '(' or ')' or '¿' or '¡')
                {
                    clause++;
                }
                else if (c == ',')
                {
                    // A list's comma joins its items as "and" does; any other comma opens a clause.
                    listItem = IsListComma(text, i);
                    clause += listItem ? 0 : 1;
                }

                // An arrow is "to": "Boston → Denver", "JSON -> YAML".
                if (c is '→' or '⇒' or '➔' or '➜' or '⟶' or '⮕' || (c is '-' or '=' && i + 1 < text.Length && text[i + 1] == '>'))
                {
                    tokens.Add(new Token("to", "to", false, false, false, clause));
                    i += c is '-' or '=' ? 2 : 1;
                    continue;
                }

                if (c is '%' or '$' or '€' or '£' or '¥' or '°')
                {
                    string symbol = c.ToString();
                    tokens.Add(new Token(symbol, symbol, sentenceStart, false, false, clause));
                }

                if (inQuote)
                {
                    quoted.Append(c);
                }

                i++;
                continue;
            }

            int start = i;
            bool hasDigit = false;
            bool hasLetter = false;
            int inverted = -1;
            while (i < text.Length)
            {
                char t = text[i];
                if (char.IsLetterOrDigit(t) || NumberNotation.IsOtherNumber(t))
                {
                    hasDigit |= char.IsDigit(t) || NumberNotation.IsOtherNumber(t);
                    hasLetter |= char.IsLetter(t);
                    i++;
                }
                else if (t == '-' && !hasDigit && i - start >= 2 && (inverted = InvertedPronoun(text, i + 1)) >= 0)
                {
                    // French inversion, "comment calcule-t-on", "peut-il": the verb and its subject are two words.
                    break;
                }
                else if (t is '.' or ',' or '-' or '_' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    && (hasDigit || t is '-' or '_') && (t is '-' or '_' || char.IsDigit(text[i + 1])))
                {
                    // 3.14, 6,379, gpt-4o, two-factor, snake_case.
                    i++;
                }
                else
                {
                    break;
                }
            }

            // "C++", "C#", "F#": a language's name keeps its signs ("in C" / "in C++" ask for other code).
            if (hasLetter && !hasDigit && i < text.Length && text[i] is '+' or '#')
            {
                int signs = text[i] == '+' ? (i + 1 < text.Length && text[i + 1] == '+' ? 2 : 0) : (i - start == 1 ? 1 : 0);
                if (signs > 0 && (i + signs == text.Length || !char.IsLetterOrDigit(text[i + signs])))
                {
                    i += signs;
                }
            }

            string word = text[start..i];
            if (hasDigit && NumberNotation.IsSignedAt(text, start))
            {
                // "-5 °C" / "5 °C": a minus sign right before a number belongs to it.
                word = string.Concat("-", word);
            }

            if (inverted > 0)
            {
                // Past the euphonic "-t" ("calcule-t-on"); the hyphen before the pronoun separates like white space.
                i += inverted;
            }

            string? cliticVerb = null;
            if (inQuote)
            {
                quoted.Append(word);
            }

            // English clitics: n't negates; 's, 're, 'll, 'd, 've and 'm carry no content. Any other word after an
            // apostrophe is a word of its own (French elision: l'inflation, qu'est, n'est).
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                int end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                string clitic = text[(i + 1)..end].ToLowerInvariant();
                if (clitic is "t" or "s" or "re" or "ll" or "d" or "ve" or "m")
                {
                    cliticVerb = QuestionClitic(word, clitic);
                    if (clitic == "ll")
                    {
                        features.Tenses.Add("future");
                    }

                    if (clitic == "t" && word.EndsWith('n'))
                    {
                        features.Negations++;
                        word = word[..^1];
                    }

                    i = end;
                }
            }

            if (word.Length > 0)
            {
                int first = tokens.Count;
                AddWordTokens(tokens, word, sentenceStart, hasDigit, hasLetter, clause, inQuote);
                if (listItem && first < tokens.Count)
                {
                    tokens[first] = tokens[first] with { ListItem = true };
                    listItem = false;
                }
            }

            // "how's" is "how is", "what'll" is "what will": the verb decides the question's kind and the role it asks about.
            if (cliticVerb is not null)
            {
                tokens.Add(new Token(cliticVerb, cliticVerb, false, false, true, clause, inQuote));
            }

            sentenceStart = false;
        }

        return tokens;
    }

    // The length of the euphonic "t-" (2, or 0 without one) before a French subject pronoun that ends the word at
    // <paramref name="index"/>; −1 when no such pronoun follows ("add-on", "e-mail", "t-shirt").
    private static int InvertedPronoun(string text, int index)
    {
        int skip = index + 1 < text.Length && text[index] is 't' or 'T' && text[index + 1] == '-' ? 2 : 0;
        int start = index + skip;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == start || (end < text.Length && (char.IsDigit(text[end]) || text[end] is '-' or '_')))
        {
            return -1;
        }

        ReadOnlySpan<char> pronoun = text.AsSpan(start, end - start);
        bool always = pronoun.Equals("je", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("tu", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("il", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("elle", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("nous", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("vous", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("ils", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("elles", StringComparison.OrdinalIgnoreCase);

        // "on" only after the euphonic "t" ("calcule-t-on"): "add-on", "hands-on" are English words.
        return always || (skip == 2 && pronoun.Equals("on", StringComparison.OrdinalIgnoreCase)) ? skip : -1;
    }

    // The verb a clitic stands for after a question word ("what's", "who'll", "what'd"); "'d" is read as "would", which
    // names no time ("what'd you do" may also be "did").
    private static string? QuestionClitic(string word, string clitic)
    {
        if (!(word.Equals("how", StringComparison.OrdinalIgnoreCase) || word.Equals("what", StringComparison.OrdinalIgnoreCase)
            || word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return clitic switch
        {
            "s" => "is",
            "re" => "are",
            "ll" => "will",
            "d" => "would",
            _ => null,
        };
    }

    // A number written together with its unit or noun is read as the number and its words: "3km", "100g", "3-day",
    // "6-year-old". Ordinals and decades ("1st", "1990s") stay one token, and so does anything not starting with a digit.
    private static void AddWordTokens(List<Token> tokens, string word, bool sentenceStart, bool hasDigit, bool hasLetter, int clause, bool quoted)
    {
        if (hasDigit && hasLetter && word.Length > 2 && char.IsLetter(word[0]))
        {
            word = WithoutLetterDigitHyphens(word);
        }
        else if (!hasDigit && word.IndexOf('-', 1) is > 0 and int hyphen && hyphen + 1 < word.Length
            && GuardLexicon.NumberWords.ContainsKey(word[..hyphen].ToLowerInvariant()) && IsWordsOnly(word.AsSpan(hyphen + 1)))
        {
            // A number word joined to its noun is the number and the noun, as "3-day" is: "a two-week trip" names the
            // number of "two weeks".
            foreach (string part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                tokens.Add(new Token(part, part.ToLowerInvariant(), sentenceStart, false, true, clause, quoted));
                sentenceStart = false;
            }

            return;
        }

        else if (!hasDigit && word.Length is >= 5 and <= 9 && ClosedUpWords.TryGetValue(word.ToLowerInvariant(), out string[]? parts))
        {
            // "everytime", "alot": two words typed as one are those words ("every" still counts as a quantity).
            foreach (string part in parts)
            {
                tokens.Add(new Token(part, part, sentenceStart, false, true, clause, quoted));
                sentenceStart = false;
            }

            return;
        }

        int numberEnd = word.Length > 1 && word[0] == '-' && char.IsDigit(word[1]) ? 1 : 0;
        while (numberEnd < word.Length && (char.IsDigit(word[numberEnd]) || (numberEnd > 0 && word[numberEnd] is '.' or ',' && numberEnd + 1 < word.Length && char.IsDigit(word[numberEnd + 1]))))
        {
            numberEnd++;
        }

        int rest = numberEnd < word.Length && word[numberEnd] == '-' ? numberEnd + 1 : numberEnd;
        if (numberEnd == 0 || !hasLetter || rest == word.Length || !char.IsLetter(word[rest]) || !IsWordsOnly(word.AsSpan(rest))
            || (rest == numberEnd && word.AsSpan(rest).ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th" or "s"))
        {
            tokens.Add(new Token(word, word.ToLowerInvariant(), sentenceStart, hasDigit, hasLetter, clause, quoted));
            return;
        }

        string number = word[..numberEnd];
        tokens.Add(new Token(number, number, sentenceStart, true, false, clause, quoted));
        foreach (string part in word[rest..].Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(new Token(part, part.ToLowerInvariant(), false, false, true, clause, quoted));
        }
    }

    // A model or version code is one word with or without the hyphen between its letters and its number: "F-150" is
    // "F150", "Model-3" is "model3", "COVID-19" is "COVID19" (the number guard compares the codes as written). Only a
    // hyphen right after a letter and before a digit: "3-day" and "gpt-4o-mini"'s later hyphen stay.
    private static string WithoutLetterDigitHyphens(string word)
    {
        int hyphen = word.IndexOf('-', 1);
        if (hyphen < 0)
        {
            return word;
        }

        Span<char> kept = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        int length = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] == '-' && i > 0 && i + 1 < word.Length && char.IsLetter(word[i - 1]) && char.IsDigit(word[i + 1]))
            {
                continue;
            }

            kept[length++] = word[i];
        }

        return length == word.Length ? word : new string(kept[..length]);
    }

    private static bool IsWordsOnly(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Double quotes, backticks and guillemets always quote; a single quote opens a quotation only before a word and
    // after a space ("translate 'good morning'"), and closes the one it opened: an apostrophe ("what's") never does.
    private static bool IsQuoteMark(string text, int i, bool inQuote, ref bool singleQuoted)
    {
        char c = text[i];
        if (c is '"' or '“' or '”' or '`' or '«' or '»' or '„')
        {
            if (inQuote && singleQuoted)
            {
                return false;
            }

            singleQuoted = false;
            return true;
        }

        if (c is not ('\'' or '‘' or '’'))
        {
            return false;
        }

        if (!inQuote)
        {
            bool opens = (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or ':') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            singleQuoted = opens;
            return opens;
        }

        return singleQuoted && i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
    }

    private readonly record struct Token(string Text, string Lower, bool SentenceStart, bool HasDigit, bool HasLetter, int Clause, bool Quoted = false)
    {
        // The first word after a list's comma: joined to the item before it as after "and".
        public bool ListItem { get; init; }

        // "%", "$", "€", "°": a unit written as a symbol.
        public bool IsSymbol => Text.Length == 1 && !char.IsLetterOrDigit(Text[0]);
    }
}
