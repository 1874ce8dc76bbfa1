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

        // Markdown's bold ("**Password**: …").
        while (q < n && q - v < 2 && text[q] == '*')
        {
            q++;
        }

        int spaces = SkipBlanks(text, q, 4) - q;
        q += spaces;

        // A short bracketed note between the name and its separator: "password (case-sensitive): …".
        if (spaces > 0 && q < n && text[q] == '(' && ClosingBracket(text, q) is int close and > 0)
        {
            q = close + 1;
            spaces = SkipBlanks(text, q, 4) - q;
            q += spaces;
        }
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
        else if (spaces > 0 && q + 1 < n && ((text[q] == '-' && text[q + 1] == '>') || text[q] == '→'))
        {
            // "password -> …", "db password → …": an arrow in notes and chats.
            separator = CredentialSeparator.Colon;
            q += text[q] == '→' ? 1 : 2;
        }
        else if (quotedName && spaces == 0 && q + 1 < n && text[q] == ',' && SkipBlanks(text, q + 1, 4) is int arg && arg < n && text[arg] is '"' or '\'')
        {
            // define('AUTH_KEY', '…'), setenv("API_TOKEN", "…"): a quoted name and its value as a call's two arguments.
            separator = CredentialSeparator.Argument;
            q = arg;
        }
        else if (!quotedName && q == v && q + 1 < n && text[q] == '(' && text[q + 1] is '"' or '\'' or '`' && IsSetterName(text[nameStart..v]))
        {
            // sgMail.setApiKey('…'), client.withToken("…"): a setter named for the credential, its value the call's argument.
            separator = CredentialSeparator.Argument;
            q++;
        }
        else if (q < n && text[q] == ':' && (q + 1 >= n || text[q + 1] != ':'))
        {
            separator = CredentialSeparator.Colon;
            q += q + 1 < n && text[q + 1] == '=' ? 2 : 1;
        }
        else if (spaces > 0 && q < n && text[q] == '|')
        {
            // A Markdown table's row: "| password | … |".
            separator = CredentialSeparator.Colon;
            q++;
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

        if (text[q - 1] != ':')
        {
            v = SkipBlanks(text, q, 4);
            return separator;
        }

        // "**Password:** …": the bold closes after the colon.
        while (q < n && text[q] == '*')
        {
            q++;
        }

        v = SkipBlanks(text, q, 4);
        if (v < n && text[v] is not ('\n' or '\r'))
        {
            v = SkipLinkingWordsAfterColon(text, v);
            return separator;
        }

        // "Password:" at the end of a line, the value alone on the next ("Password:\nCobalt!7712x").
        int next = v < n && text[v] == '\r' && v + 1 < n && text[v + 1] == '\n' ? v + 2 : v + 1;
        next = SkipBlanks(text, next, 4);
        if (next < n && !char.IsWhiteSpace(text[next]) && TryReadValue(text, next, false, false, out _, out int valueEnd, out bool quoted) && !quoted && IsAtLineEnd(text, valueEnd))
        {
            v = next;
            return CredentialSeparator.NextLine;
        }

        return separator;
    }

    /// <summary>Whether the last member of a name is a setter of the credential it names: <c>set</c>, <c>with</c> or
    /// <c>use</c>, then an upper-case letter or <c>_</c> ("setApiKey", "client.withToken", "set_password").</summary>
    private static bool IsSetterName(ReadOnlySpan<char> name)
    {
        int dot = name.LastIndexOf('.');
        ReadOnlySpan<char> member = name[(dot + 1)..];
        foreach (string verb in (ReadOnlySpan<string>)["set", "with", "use"])
        {
            if (member.Length > verb.Length + 2 && member.StartsWith(verb, StringComparison.OrdinalIgnoreCase) &&
                (char.IsUpper(member[verb.Length]) || member[verb.Length] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The closing bracket of a short note without digits that opens at <paramref name="open"/> ("(case-sensitive)",
    /// "(temporary)"), on the same line; -1 when there is none.</summary>
    private static int ClosingBracket(ReadOnlySpan<char> text, int open)
    {
        for (int p = open + 1; p < text.Length && p - open <= MaxBracketedAside; p++)
        {
            char c = text[p];
            if (c == ')')
            {
                return p > open + 1 ? p : -1;
            }

            if (IsDigit(c) || c is '(' or '\n' or '\r' or ':' or '=')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"clave de la base de datos: ahora es …", "admin password: still …": in prose an adverb of time and a
    /// linking word may follow the colon; the value comes after them.</summary>
    private static int SkipLinkingWordsAfterColon(ReadOnlySpan<char> text, int v)
    {
        int w = v + LeadingAdverbLength(text[v..]);
        int link = ProseSeparatorLength(text[w..]);
        return link > 0 ? SkipBlanks(text, w + link, 4) : w;
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

    /// <summary>How long a qualifier between a password word and its linking word may be ("mot de passe du compte Canal
    /// pour la salle de réunion : …").</summary>
    private const int MaxProseQualifier = 56;

    private static bool TryProseSeparator(ReadOnlySpan<char> text, int q, out int wordStart, out int wordLength)
    {
        wordStart = q;
        wordLength = ProseSeparatorLength(text[q..]);
        if (wordLength > 0)
        {
            return true;
        }

        // "la contraseña nueva es …", "la clave ahora es …": a postposed adjective or an adverb of time before the linking
        // word; "a senha provisória que recebi foi …", "le mot de passe temporaire pour l'intranet est …": the adjective,
        // then a qualifier.
        int lead = PostposedAdjectiveLength(text[q..]);
        if (lead == 0)
        {
            lead = LeadingAdverbLength(text[q..]);
        }

        if (lead == 0)
        {
            lead = InterjectionLength(text[q..]);
        }

        if (lead > 0)
        {
            wordStart = q + lead;
            wordLength = ProseSeparatorLength(text[wordStart..]);
            if (wordLength > 0)
            {
                return true;
            }

            // "le mot de passe provisoire : …", "la contraseña nueva: …": the adjective, then a colon (French spaces it).
            int colon = SkipBlanks(text, wordStart, 2);
            if (colon < text.Length && text[colon] == ':' && (colon + 1 == text.Length || text[colon + 1] != ':'))
            {
                wordStart = colon;
                wordLength = 0;
                return true;
            }
        }

        if (ProseQualifierSeparator(text, q + lead, out wordStart, out wordLength))
        {
            return true;
        }

        // "le mot de passe Wi-Fi de la salle … est …", "password VPN for the office is …": one noun before the qualifier.
        int noun = q + lead;
        while (noun < text.Length && noun - q - lead < 16 && (char.IsLetterOrDigit(text[noun]) || text[noun] == '-'))
        {
            noun++;
        }

        if (noun == q + lead || noun >= text.Length || text[noun] != ' ' || IsAnyOf(text[(q + lead)..noun], PasswordTopicNouns))
        {
            return false;
        }

        // "mon mot de passe Freebox c'est …", "das Passwort WLAN ist …": the noun names the service, the linking word follows.
        if (char.IsUpper(text[q + lead]) && ProseSeparatorLength(text[(noun + 1)..]) is int direct and > 0)
        {
            wordStart = noun + 1;
            wordLength = direct;
            return true;
        }

        return ProseQualifierSeparator(text, noun + 1, out wordStart, out wordLength);
    }

    /// <summary>Nouns after a password word that make it a topic, not a credential ("password manager for the team is …").</summary>
    private static readonly string[] PasswordTopicNouns =
    [
        "manager", "managers", "policy", "policies", "reset", "resets", "field", "hint", "length", "rule", "rules", "requirement", "requirements",
        "strength", "prompt", "protection", "vault", "safe", "store", "change", "changes", "expiry", "expiration", "rotation", "format", "page",
        "screen", "form", "history", "complexity", "generator", "list", "file", "setting", "settings", "option", "options",
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

        int limit = Math.Min(rest.Length, MaxProseQualifier);
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

        // Contractions of a preposition and an article: "Passwort fürs WLAN", "beim Router", "mot de passe au portail", "al portal".
        "fürs", "fuers", "ins", "ans", "aufs", "beim", "am", "auf", "bei", "au", "aux", "sur", "chez", "al", "sul", "bij",

        // A relative clause names whose password it is: "the password I've been using is …", "le mot de passe que j'utilise est …".
        "I've", "I’ve", "I'm", "we", "we've", "you", "they", "he", "she", "that", "which", "que", "ich", "wir", "je", "j'ai", "j’ai", "eu", "ik",
    ];
}
