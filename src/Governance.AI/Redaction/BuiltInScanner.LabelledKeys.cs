namespace Governance.AI.Redaction;

/// <summary>Keys named by a label the credential anchors cannot find, read at the scanner's <c>:</c> trigger (an extra
/// anchor would slow the search over all text): a personal access token's bare "PAT:", and a Romance word for "key"
/// ("clé", "chave", "chiave", "clave", "llave") a few words before the colon ("clé Mistral pour tester : …", "chave da
/// API: …"); and a password in brackets after a short qualifier ("la contraseña provisional del portal (…)").</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far before a colon a Romance key word may stand ("clé Mistral pour tester :").</summary>
    private const int MaxKeyLabel = 40;

    /// <summary>How long a key read after a Romance key word must be: shorter values are codes and references.</summary>
    private const int MinLabelledKey = 20;

    /// <summary>At a <c>:</c>: "PAT" (upper case: "Pat" is a name) right before it ("# PAT: …", "Azure DevOps PAT: …").</summary>
    private static bool TryPatCredential(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int name = colon - 3;
        return name >= 0 && text[name] == 'P' && text[name + 1] == 'A' && text[name + 2] == 'T' &&
            (name == 0 || !IsKeyNameChar(text[name - 1])) && TryKeyedCredential(text, name, out m, out _);
    }

    /// <summary>At a <c>:</c>: a long value that mixes cases and digits, after a label on the same line that holds a Romance
    /// word for "key" ("Voici ma clé Mistral pour tester : …", "minha chave da API: …"). A database's keys ("clé primaire",
    /// "chiave esterna") are not credentials.</summary>
    private static bool TryRomanceKeyAtColon(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int v = colon + 1 < n && text[colon + 1] == ' ' ? colon + 2 : colon + 1;
        int e = v;
        while (e < n && e - v <= MaxCredentialValue && IsTokenChar(text[e]))
        {
            e++;
        }

        // The value first: most colons (times, ports, labels before prose) end here without looking back.
        if (e - v < MinLabelledKey || (e < n && !IsValueEnd(text[e])) || !HasMixedCaseAndDigit(text[v..e]) || IsFillerBody(text[v..e]))
        {
            return false;
        }

        int k = colon;
        while (k > 0 && colon - k < MaxKeyLabel && text[k - 1] is not ('\n' or '\r' or '.' or '!' or '?' or ';' or ',' or ':' or '(' or ')'))
        {
            k--;
        }

        ReadOnlySpan<char> label = text[k..colon];
        foreach (string word in (ReadOnlySpan<string>)["clé", "cle", "chave", "chiave", "clave", "llave"])
        {
            int at = label.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(label[at - 1])) && (at + word.Length == label.Length || label[at + word.Length] is ' ' or '\'') &&
                !IsDatabaseKeyLabel(label[(at + word.Length)..]))
            {
                m = Match(RedactionEntityTypes.Credential, v, e, CredentialConfidence, secret: true);
                return true;
            }
        }

        return false;
    }

    private static bool IsValueEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '.' or ',' or ';' or ')' or '"' or '\'' or '—' or '–';

    /// <summary>Whether the words after a Romance key word name a database's key ("primaire", "étrangère", "primaria",
    /// "esterna", "estrangeira", "foránea", "de tri").</summary>
    private static bool IsDatabaseKeyLabel(ReadOnlySpan<char> rest)
    {
        foreach (string word in (ReadOnlySpan<string>)["primaire", "étrangère", "etrangere", "primaria", "primária", "esterna", "externa", "estrangeira", "foránea", "foranea", "de tri", "di ordinamento", "de ordenação", "de ordenación", "composite", "composée", "unique", "única", "univoca"])
        {
            if (rest.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"La contraseña provisional del portal que me diste (…)", "the temporary password you sent me (…)": a value
    /// in brackets after a qualifier of words (no digit, no punctuation, no linking word: "the password is X (Y)" gives X)
    /// on the same line, its first word not a topic noun ("password policy (PCI-DSS)"). The bracket's checks are those of
    /// <see cref="TryBracketedPassword"/>.</summary>
    private static bool TryQualifiedBracketedPassword(ReadOnlySpan<char> text, int nameEnd, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (nameEnd >= n || text[nameEnd] != ' ')
        {
            return false;
        }

        int limit = Math.Min(n, nameEnd + 1 + MaxBracketQualifier);
        int k = nameEnd + 1;
        int words = 0;
        while (k < limit && text[k] != '(')
        {
            if (ProseSeparatorLength(text[k..]) > 0)
            {
                return false;
            }

            int w = k;
            while (k < limit && (char.IsLetter(text[k]) || text[k] is '\'' or '’' or '-'))
            {
                k++;
            }

            if (k == w || k >= limit || text[k] != ' ' || (words == 0 && IsAnyOf(text[w..k], PasswordTopicNouns)))
            {
                return false;
            }

            words++;
            k++;
        }

        return words > 0 && k < limit && TryBracketedPassword(text, k, out m);
    }

    /// <summary>How long the qualifier between a password word and its bracketed value may be.</summary>
    private const int MaxBracketQualifier = 56;
}
