namespace Governance.AI.Redaction;

/// <summary>What joins a credential's key name to its value: <c>=</c>, <c>:</c>, XML tags, a linking word in prose
/// ("is", "lautet", "est"…), or a bare space.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>Reads what joins a key name to its value, from <paramref name="v"/> (the name's end) to the value.</summary>
    private static CredentialSeparator ReadSeparator(ReadOnlySpan<char> text, int nameStart, ref int v, bool flag)
    {
        int n = text.Length;
        int q = v;

        // The closing quote of a quoted key ("password": …, ['password'] = …, \"password\": …).
        if (q < n && text[q] == '\\' && q + 1 < n && text[q + 1] == '"')
        {
            q++;
        }

        bool quotedName = q < n && text[q] is '"' or '\'' or '`';
        if (quotedName)
        {
            q++;
        }

        if (q < n && text[q] == ']')
        {
            q++;
        }

        int spaces = SkipBlanks(text, q, 4) - q;
        q += spaces;
        CredentialSeparator separator;
        if (quotedName && spaces > 0 && text[q..].StartsWith("value=", StringComparison.OrdinalIgnoreCase))
        {
            // <add key="SmtpPassword" value="…" />: the key attribute names what the value attribute holds.
            separator = CredentialSeparator.Assign;
            q += "value=".Length;
        }
        else if (q < n && text[q] == '=' && (q + 1 >= n || text[q + 1] != '='))
        {
            separator = CredentialSeparator.Assign;
            q += q + 1 < n && text[q + 1] == '>' ? 2 : 1;
        }
        else if (quotedName && spaces == 0 && q + 1 < n && text[q] == ',' && SkipBlanks(text, q + 1, 4) is int arg && arg < n && text[arg] is '"' or '\'')
        {
            // define('AUTH_KEY', '…'), setenv("API_TOKEN", "…"): a quoted name and its value as a call's two arguments.
            separator = CredentialSeparator.Argument;
            q = arg;
        }
        else if (q < n && text[q] == ':' && (q + 1 >= n || text[q + 1] != ':'))
        {
            separator = CredentialSeparator.Colon;
            q += q + 1 < n && text[q + 1] == '=' ? 2 : 1;
        }
        else if (q == v && q < n && text[q] == '>' && nameStart > 0 && text[nameStart - 1] == '<')
        {
            // <password>value</password>
            v = q + 1;
            return CredentialSeparator.Element;
        }
        else if (spaces > 0 && TryChangeSeparator(text, nameStart, q, out int changeEnd))
        {
            separator = CredentialSeparator.Change;
            q = changeEnd;
        }
        else if (spaces > 0 && TryProseSeparator(text, q, out int wordStart, out int wordLength))
        {
            separator = CredentialSeparator.Prose;
            q = wordStart + wordLength;
            int afterWord = SkipBlanks(text, q, 4);
            if (afterWord < n && text[afterWord] == ':')
            {
                q = afterWord + 1;
            }
        }
        else if (spaces == 1 || (spaces > 0 && flag))
        {
            v = q;
            return CredentialSeparator.Space;
        }
        else
        {
            return CredentialSeparator.None;
        }

        v = SkipBlanks(text, q, 4);
        return separator;
    }

    private static bool IsAtLineStart(ReadOnlySpan<char> text, int s)
    {
        int k = s;
        while (k > 0 && text[k - 1] is ' ' or '\t' or '-' or '"' or '\'')
        {
            k--;
        }

        return k == 0 || text[k - 1] is '\n' or '\r';
    }

    private static bool IsAtLineEnd(ReadOnlySpan<char> text, int e)
    {
        int k = SkipBlanks(text, e, 16);
        return k >= text.Length || text[k] is '\n' or '\r';
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int q, int max)
    {
        int limit = Math.Min(text.Length, q + max);
        while (q < limit && text[q] is ' ' or '\t')
        {
            q++;
        }

        return q;
    }

    private static bool TryProseSeparator(ReadOnlySpan<char> text, int q, out int wordStart, out int wordLength)
    {
        wordStart = q;
        wordLength = ProseSeparatorLength(text[q..]);
        if (wordLength == 0 && PostposedAdjectiveLength(text[q..]) is int adjective and > 0)
        {
            // "la contraseña nueva es …", "a senha atual é …", "le mot de passe temporaire est …".
            wordStart = q + adjective;
            wordLength = ProseSeparatorLength(text[wordStart..]);
        }

        return wordLength > 0 || ProseQualifierSeparator(text, q, out wordStart, out wordLength);
    }

    /// <summary>The length of an adjective that Romance languages (and English for "default") put after the noun
    /// ("nueva", "nova", "temporaire", "attuale", "default"), with its space; else 0.</summary>
    private static int PostposedAdjectiveLength(ReadOnlySpan<char> s)
    {
        foreach (string word in PostposedAdjectives)
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && s[word.Length] == ' ')
            {
                return word.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>Adverbs of time after a linking word ("is now", "is still", "ist noch", "est toujours", "es todavía").</summary>
    private static readonly string[] LinkingAdverbs =
    [
        "now", "still", "jetzt", "nun", "immer noch", "noch", "maintenant", "désormais", "toujours", "encore", "ahora", "todavía", "aún",
        "agora", "ainda", "ora", "ancora", "nu", "nog steeds", "nog",
    ];

    private static readonly string[] PostposedAdjectives =
    [
        "nueva", "nuevo", "nova", "novo", "nouveau", "nouvelle", "nuova", "nuovo", "actual", "actuel", "actuelle", "atual", "attuale",
        "temporal", "temporaria", "temporária", "temporário", "temporaire", "temporanea", "temporaneo", "provisoire", "provisional", "provisória",
        "inicial", "initial", "initiale", "iniziale", "padrão", "predeterminada", "default", "temporary",
    ];

    /// <summary>"password for the router is …", "Passwort für den Tresor: …", "mot de passe du compte : …": a short
    /// qualifier that starts with a preposition, on the same line and sentence, then a linking word or a colon. On success
    /// <paramref name="at"/> is where the linking word starts.</summary>
    private static bool ProseQualifierSeparator(ReadOnlySpan<char> text, int q, out int at, out int word)
    {
        at = q;
        word = 0;
        ReadOnlySpan<char> rest = text[q..];
        int preposition = QualifierPrepositionLength(rest);
        if (preposition == 0)
        {
            return false;
        }

        int limit = Math.Min(rest.Length, 40);
        for (int k = preposition; k < limit; k++)
        {
            char c = rest[k];
            // A dot inside a word is a file or host name ("Passwort in der config.ini ist …"), not a sentence's end.
            if ((c == '.' && !(k + 1 < limit && IsAsciiAlnum(rest[k + 1]))) || c is '!' or '?' or '\n' or ',' or ';')
            {
                return false;
            }

            if (rest[k - 1] == ' ' && ProseSeparatorLength(rest[k..]) is int length and > 0)
            {
                at = q + k;
                word = length;
                return true;
            }

            if (c == ':')
            {
                at = q + k;
                word = 0;
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of a preposition that opens a qualifier, with its space or apostrophe (en, de, fr, es, it, pt, nl).</summary>
    private static int QualifierPrepositionLength(ReadOnlySpan<char> s)
    {
        // French and Italian elide before a vowel: "jeton d'accès", "chiave dell'account".
        foreach (string elided in (ReadOnlySpan<string>)["d'", "d’", "dell'", "dell’"])
        {
            if (s.Length > elided.Length && s.StartsWith(elided, StringComparison.OrdinalIgnoreCase) && char.IsLetter(s[elided.Length]))
            {
                return elided.Length;
            }
        }

        foreach (string word in QualifierPrepositions)
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && s[word.Length] == ' ')
            {
                return word.Length + 1;
            }
        }

        return 0;
    }

    private static readonly string[] QualifierPrepositions =
    [
        "for", "to", "of", "on", "at", "from", "in", "für", "zum", "zur", "vom", "von", "im", "des", "der", "du", "de", "pour", "dans", "del", "para", "en",
        "di", "della", "dello", "per", "nel", "nella", "do", "da", "dos", "das", "no", "na", "em", "van", "voor", "op", "w", "för", "till", "på", "i", "til",

        // A relative clause names whose password it is: "the password I've been using is …", "le mot de passe que j'utilise est …".
        "I've", "I’ve", "I'm", "we", "we've", "you", "they", "he", "she", "that", "which", "que", "ich", "wir", "je", "j'ai", "j’ai", "eu", "ik",
    ];

    /// <summary>The length of a linking word ("is", "was", "lautet", "ist", "est", "c'est", "es", "é", "è", "era", "är",
    /// "er", "jest", "brzmi", "je") followed by a space or a colon.</summary>
    private static int ProseSeparatorLength(ReadOnlySpan<char> s)
    {
        foreach (string word in (ReadOnlySpan<string>)["is", "was", "lautet", "ist", "est", "c'est", "c’est", "es", "é", "è", "era", "är", "er", "jest", "brzmi", "je"])
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

    /// <summary>The most words a change verb and its "to" may stand from the key name ("The default password was admin,
    /// I changed it to …").</summary>
    private const int MaxChangeWords = 6;

    /// <summary>The most words a change verb may stand before the key name ("j'ai changé le mot de passe en …").</summary>
    private const int MaxChangeWordsBefore = 4;

    /// <summary>The longest word read between a key name and its change verb (so the read stays bounded).</summary>
    private const int MaxChangeWordLength = 24;

    /// <summary>"set password to …", "changed my password to …", "password was reset to …", "a senha padrão, alterei para
    /// …": a verb that sets a value, within a few words before the key name or after it in the same sentence, then "to"
    /// (or "para", "en", "auf", "naar"…) right before the value. On success <paramref name="end"/> is after the "to".</summary>
    private static bool TryChangeSeparator(ReadOnlySpan<char> text, int nameStart, int q, out int end)
    {
        end = q;

        // Only a "to" makes a change; the verb before it is checked once one is found (this runs at every key name
        // followed by a space).
        ReadOnlySpan<char> previous = [];
        ReadOnlySpan<char> beforePrevious = [];
        int p = q;
        for (int w = 0; w < MaxChangeWords && p < text.Length; w++)
        {
            int e = p;
            while (e < text.Length && e - p <= MaxChangeWordLength && (char.IsLetter(text[e]) || text[e] is '\'' or '’'))
            {
                e++;
            }

            ReadOnlySpan<char> word = text[p..e];
            if (word.IsEmpty || word.Length > MaxChangeWordLength)
            {
                return false;
            }

            int next = e < text.Length && text[e] == ',' ? e + 1 : e;
            if (next >= text.Length || text[next] != ' ')
            {
                return false;
            }

            // "changed it to …", "alterei-a para …": an object pronoun may stand between the verb and its "to".
            if (IsAnyOf(word, ChangeTargets) &&
                (w == 0 ? HasChangeVerbBefore(text, nameStart)
                    : IsAnyOf(previous, ChangeVerbs) || (IsAnyOf(previous, "it", "this", "la", "le", "lo", "es", "het") && IsAnyOf(beforePrevious, ChangeVerbs))))
            {
                end = next + 1;
                return true;
            }

            beforePrevious = previous;
            previous = word;
            p = next + 1;
        }

        return false;
    }

    /// <summary>Whether a change verb stands within a few words before the key name ("set the admin password to …").</summary>
    private static bool HasChangeVerbBefore(ReadOnlySpan<char> text, int nameStart)
    {
        int b = nameStart;
        for (int w = 0; w < MaxChangeWordsBefore; w++)
        {
            ReadOnlySpan<char> word = ProseWordBefore(text, b, out b);
            if (word.IsEmpty)
            {
                return false;
            }

            if (IsAnyOf(word, ChangeVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word before <paramref name="end"/> across spaces (not across other punctuation), and where it starts.</summary>
    private static ReadOnlySpan<char> ProseWordBefore(ReadOnlySpan<char> text, int end, out int start)
    {
        int e = end;
        while (e > 0 && end - e < 4 && text[e - 1] == ' ')
        {
            e--;
        }

        start = e;
        while (start > 0 && e - start < 24 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’'))
        {
            start--;
        }

        return e < end ? text[start..e] : [];
    }

    /// <summary>Verbs that set a value (en, de, fr, es, it, pt, nl).</summary>
    private static readonly string[] ChangeVerbs =
    [
        "set", "changed", "change", "reset", "updated", "rotated", "switched",
        "geändert", "gesetzt", "zurückgesetzt", "changé", "changée", "modifié", "modifiée", "réinitialisé", "réinitialisée", "remplacé", "mis",
        "cambié", "cambie", "cambió", "cambiado", "cambiada", "puse", "restablecí", "restablecido", "restablecida",
        "cambiato", "cambiata", "impostato", "impostata", "modificato", "modificata", "reimpostato", "reimpostata",
        "alterei", "alterou", "alterado", "alterada", "mudei", "mudou", "mudado", "mudada", "troquei", "trocou", "trocado", "trocada", "redefini", "redefinido", "redefinida",
        "gewijzigd", "veranderd", "ingesteld", "gezet",
    ];

    /// <summary>What a change verb's value follows: "to", "auf", "en", "pour", "a", "para", "naar", "op" (not "in": "set
    /// the password in config2.yml" says where, not what).</summary>
    private static readonly string[] ChangeTargets = ["to", "into", "auf", "en", "pour", "à", "a", "para", "naar", "op"];
}
