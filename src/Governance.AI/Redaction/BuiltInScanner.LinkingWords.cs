namespace Governance.AI.Redaction;

/// <summary>The words of prose between a password word and its value: linking words ("is", "it's", "ist", "est"…),
/// adverbs of time and emphasis, postposed adjectives and chat interjections.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>The length of an adverb of time that opens the rest ("now ", "ahora ", "still "), with its space; else 0.</summary>
    private static int LeadingAdverbLength(ReadOnlySpan<char> s)
    {
        foreach (string adverb in LinkingAdverbs)
        {
            if (s.Length > adverb.Length + 1 && s.StartsWith(adverb, StringComparison.OrdinalIgnoreCase) && s[adverb.Length] == ' ')
            {
                return adverb.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>The length of a chat interjection before the linking word ("my wifi password lol it's …", "the admin
    /// password btw is …", "le mot de passe mdr c'est …"), with its space; else 0.</summary>
    private static int InterjectionLength(ReadOnlySpan<char> s)
    {
        int e = 0;
        while (e < s.Length && e < 6 && IsAsciiLetter(s[e]))
        {
            e++;
        }

        return e > 1 && e < s.Length && s[e] == ' ' && IsAnyOf(s[..e], ChatInterjections) ? e + 1 : 0;
    }

    /// <summary>Interjections and abbreviations of chat (en, fr, es, pt) that may stand between a noun and its verb.</summary>
    private static readonly string[] ChatInterjections = ["lol", "lmao", "haha", "hehe", "btw", "tbh", "fyi", "imo", "um", "uh", "mdr", "jaja", "kkk", "xd"];

    /// <summary>The length of an adjective that Romance languages (and English for "default") put after the noun
    /// ("nueva", "nova", "temporaire", "attuale", "default"), with its space (without it when a colon follows at once); else 0.</summary>
    private static int PostposedAdjectiveLength(ReadOnlySpan<char> s)
    {
        foreach (string word in PostposedAdjectives)
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && s[word.Length] is ' ' or ':')
            {
                // "la contraseña nueva: …": the colon is the separator, read after the adjective.
                return s[word.Length] == ' ' ? word.Length + 1 : word.Length;
            }
        }

        return 0;
    }

    /// <summary>Adverbs of time after a linking word ("is now", "is still", "ist noch", "est toujours", "es todavía").</summary>
    private static readonly string[] LinkingAdverbs =
    [
        "now", "still", "jetzt", "nun", "immer noch", "noch", "maintenant", "désormais", "toujours", "encore", "ahora", "todavía", "aún",
        "agora", "ainda", "ora", "ancora", "nu", "nog steeds", "nog",

        // "my password was literally …": an adverb of emphasis.
        "literally", "actually", "just", "simply", "really", "basically",
    ];

    private static readonly string[] PostposedAdjectives =
    [
        "nueva", "nuevo", "nova", "novo", "nouveau", "nouvelle", "nuova", "nuovo", "actual", "actuel", "actuelle", "atual", "attuale",
        "temporal", "temporaria", "temporária", "temporário", "temporaire", "temporanea", "temporaneo", "provisoire", "provisional", "provisória",
        "inicial", "initial", "initiale", "iniziale", "padrão", "predeterminada", "default", "temporary",
    ];

    /// <summary>The length of a linking word, present or past ("is", "was", "it's", "lautet", "ist", "war", "est", "c'est",
    /// "était", "es", "fue", "é", "foi", "è", "era", "är", "er", "jest", "brzmi", "je") followed by a space or a colon.</summary>
    private static int ProseSeparatorLength(ReadOnlySpan<char> s)
    {
        foreach (string word in (ReadOnlySpan<string>)["is", "are", "was", "it's", "it’s", "it is", "its", "lautet", "ist", "war", "est", "c'est", "c’est", "était", "es", "fue", "é", "foi", "è", "era", "är", "er", "jest", "brzmi", "je"])
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && s[word.Length] is ' ' or ':')
            {
                // "my password is now …", "das Passwort ist noch …": an adverb of time may follow the linking word.
                foreach (string adverb in LinkingAdverbs)
                {
                    ReadOnlySpan<char> rest = s[(word.Length + 1)..];
                    if (s[word.Length] == ' ' && rest.Length > adverb.Length && rest.StartsWith(adverb, StringComparison.OrdinalIgnoreCase) && rest[adverb.Length] is ' ' or ':')
                    {
                        return word.Length + 1 + adverb.Length;
                    }
                }

                return word.Length;
            }
        }

        return 0;
    }
}
