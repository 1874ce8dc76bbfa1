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
        return wordLength > 0 || ProseQualifierSeparator(text, q, out wordStart, out wordLength);
    }

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
    ];

    /// <summary>The length of a linking word ("is", "was", "lautet", "ist", "est", "es", "é", "è", "era", "är", "er",
    /// "jest", "brzmi", "je") followed by a space or a colon.</summary>
    private static int ProseSeparatorLength(ReadOnlySpan<char> s)
    {
        foreach (string word in (ReadOnlySpan<string>)["is", "was", "lautet", "ist", "est", "es", "é", "è", "era", "är", "er", "jest", "brzmi", "je"])
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && s[word.Length] is ' ' or ':')
            {
                return word.Length;
            }
        }

        return 0;
    }
}
