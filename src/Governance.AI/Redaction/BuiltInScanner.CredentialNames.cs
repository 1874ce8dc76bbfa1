using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>Key names the credential anchors cannot find or the last-part rule cannot judge: a personal access token's
/// "_PAT" and a WPA pre-shared key's "psk" (found at the scanner's <c>_</c> and <c>:</c> triggers: every extra anchor
/// slows the anchor search over all text), password words with a non-ASCII letter, SQL's "IDENTIFIED BY" and German and
/// Dutch compounds of "key"; and the helpers that read a key name's parts and the word before it.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>Password words the ASCII anchors cannot find: Swedish "lösenord", Polish "hasło", Russian "пароль",
    /// Turkish "şifre", Hungarian "jelszó", Romanian "parolă", Greek "κωδικός", Vietnamese "mật khẩu", Chinese "密码",
    /// Japanese "パスワード", Korean "비밀번호". One vectorized search for their distinctive letters keeps clean prose fast
    /// (ASCII anchors such as "senord", "haslo" or "code=" measured +28 % instructions per clean megabyte: their first
    /// letters are common in English).</summary>
    private static void ScanNonAsciiPasswordNames(ReadOnlySpan<char> text, List<RedactionMatch> output)
    {
        int p = 0;
        while (p < text.Length)
        {
            // The next non-ASCII letter first (one vectorized range search, nothing to verify in ASCII text), then whether it
            // is one of the password letters: with 17 letters in one set its probabilistic map let ASCII letters through.
            int rel = text[p..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (rel < 0)
            {
                return;
            }

            int k = p + rel;
            if (NonAsciiPasswordLetters.Contains(text[k]) && TryNonAsciiPasswordWord(text, k, out int start, out int end) &&
                (TryKeyedCredential(text, start, out RedactionMatch m, out _) || TryForeignPassword(text, end, out m)))
            {
                output.Add(m);
                p = Math.Max(m.End, k + 1);
            }
            else
            {
                p = k + 1;
            }
        }
    }

    private static readonly SearchValues<char> NonAsciiPasswordLetters = SearchValues.Create("łŁпПöÖşŞóăκΚậ密パ비");

    /// <summary>At a <c>_</c>: a name that ends in "_PAT" or "_PSK" ("AZURE_DEVOPS_EXT_PAT=…", "wpa_psk=…") and its value.</summary>
    private static bool TryUnderscoreSuffixCredential(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int e = i + 4;
        return e <= text.Length && (text.Slice(i + 1, 3).Equals("pat", StringComparison.OrdinalIgnoreCase) || text.Slice(i + 1, 3).Equals("psk", StringComparison.OrdinalIgnoreCase)) &&
            (e == text.Length || !IsKeyNameChar(text[e])) && TryKeyedCredential(text, i + 1, out m, out _);
    }

    /// <summary>At a <c>:</c>: a WPA pre-shared key's name right before it ("psk: …", "\"psk\": …").</summary>
    private static bool TryPskCredential(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int name = colon >= 4 && text[colon - 1] is '"' or '\'' ? colon - 4 : colon - 3;
        return name >= 0 && text.Slice(name, 3).Equals("psk", StringComparison.OrdinalIgnoreCase) && (name == 0 || !IsKeyNameChar(text[name - 1])) &&
            TryKeyedCredential(text, name, out m, out _);
    }

    /// <summary>Whether the line before "IDENTIFIED BY" creates or changes an account ("CREATE USER", "ALTER ROLE",
    /// "GRANT …"), so that "each row is identified by 'id'" in prose is not read as SQL.</summary>
    private static bool IsSqlAccountStatement(ReadOnlySpan<char> before)
    {
        int lineStart = before.LastIndexOfAny('\n', '\r') + 1;
        ReadOnlySpan<char> line = before[Math.Max(lineStart, before.Length - 160)..];
        foreach (string statement in (ReadOnlySpan<string>)["create user", "alter user", "create role", "alter role", "create login", "alter login", "grant "])
        {
            if (line.Contains(statement, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a one-word name is a German or Dutch compound of "key" whose head says it is a credential.</summary>
    private static bool IsCompoundKeyName(ReadOnlySpan<char> name)
    {
        foreach (string key in (ReadOnlySpan<string>)["schlüssel", "schluessel", "sleutel"])
        {
            if (name.Length > key.Length && name.EndsWith(key, StringComparison.OrdinalIgnoreCase) &&
                IsAnyOf(name[..^key.Length], "zugangs", "zugriffs", "lizenz", "produkt", "sitzungs", "signatur", "signier", "verschlüsselungs", "konto", "dienst", "master",
                    "toegangs", "licentie", "sessie", "handtekening", "versleutelings", "product"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="before"/> ends with a Romance word for "key" and a space ("clé ", "chiave ").</summary>
    private static bool EndsWithRomanceKeyWord(ReadOnlySpan<char> before)
    {
        // Every word below ends with a space or an apostrophe.
        if (before.IsEmpty || before[^1] is not (' ' or '\''))
        {
            return false;
        }

        foreach (string word in (ReadOnlySpan<string>)["clé ", "cle ", "chiave ", "chave ", "llave ", "clave ", "clé d'", "cle d'", "chiave dell'", "chave de ", "chave da ", "clave de ", "llave de "])
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) &&
                (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word right before a name, across one space ("API" in "API key", "clé" in "clé secrète").</summary>
    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> before)
    {
        if (before.Length < 2 || before[^1] != ' ')
        {
            return [];
        }

        int e = before.Length - 1;
        int s = e;
        while (s > 0 && e - s < 16 && char.IsLetter(before[s - 1]))
        {
            s--;
        }

        return before[s..e];
    }

    /// <summary>The last part of a key name: after the last <c>_</c>, <c>-</c> or <c>.</c>, or from its last camel-case hump.</summary>
    private static ReadOnlySpan<char> LastNamePart(ReadOnlySpan<char> name)
    {
        int j = name.Length - 1;
        while (j > 0 && name[j - 1] is not ('_' or '-' or '.') && !(char.IsUpper(name[j]) && char.IsLower(name[j - 1])))
        {
            j--;
        }

        return j < 0 ? name : name[j..];
    }

    /// <summary>The French and Portuguese password words, written as one identifier in config keys and code
    /// ("mot_de_passe", "mot-de-passe", "motDePasse", "MOTDEPASSE", "db_mot_de_passe", "palavra_passe"): the phrase's
    /// words joined by underscores or dashes, or run together; the identifier may carry a prefix, not a suffix.</summary>
    private static bool IsMultiWordPasswordName(ReadOnlySpan<char> name, ReadOnlySpan<char> last) =>
        (last.Equals("passe", StringComparison.OrdinalIgnoreCase) || last.EndsWith("depasse", StringComparison.OrdinalIgnoreCase) ||
         last.EndsWith("palavrapasse", StringComparison.OrdinalIgnoreCase)) &&
        EndsWithAny(name, "mot_de_passe", "mot-de-passe", "motdepasse", "palavra_passe", "palavrapasse");

    private static bool IsAnyOf(ReadOnlySpan<char> s, params ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (s.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a one-part name ends with a credential word ("PGPASSWORD", "APIKEY", "ACCESSTOKEN"): words
    /// short enough to end ordinary words ("bypass", "monkey") are not checked this way.</summary>
    private static bool EndsWithAny(ReadOnlySpan<char> s, params ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (s.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word that names a user ends at the slash at <paramref name="slash"/>, so that "user/password"
    /// names a pair.</summary>
    private static bool IsUserWordBefore(ReadOnlySpan<char> text, int slash)
    {
        int start = slash;
        while (start > 0 && slash - start < 16 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (start == 0 || !IsKeyNameChar(text[start - 1])) &&
            IsAnyOf(text[start..slash], "user", "username", "login", "benutzer", "benutzername", "utilisateur", "usuario", "usuário", "utente", "gebruiker", "gebruikersnaam");
    }

    /// <summary>Whether a word that names the same secret as a password ends at the slash at <paramref name="slash"/>
    /// ("PIN/password", "passcode/password"): the value after the name is the one secret, not a pair.</summary>
    private static bool IsSecretAliasBefore(ReadOnlySpan<char> text, int slash)
    {
        int start = slash;
        while (start > 0 && slash - start < 12 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (start == 0 || !IsKeyNameChar(text[start - 1])) && IsAnyOf(text[start..slash], "pin", "passcode", "passphrase", "pincode");
    }

    /// <summary>After a pair's name ("username/password: admin / S3cret", "user/pass: admin/S3cret"): the second of the two
    /// values, the password. False when the value holds no second part.</summary>
    private static bool TrySecondOfPair(ReadOnlySpan<char> text, ref int valueStart, ref int valueEnd)
    {
        int slash = text[valueStart..valueEnd].IndexOf('/');
        if (slash >= 0)
        {
            valueStart += slash + 1;
            return valueStart < valueEnd;
        }

        int p = SkipBlanks(text, valueEnd, 4);
        if (p >= text.Length || text[p] != '/')
        {
            return false;
        }

        return TryReadValue(text, SkipBlanks(text, p + 1, 4), false, false, out valueStart, out valueEnd, out _);
    }

    /// <summary>After a login word's value ("root / S3cret", "admin:S3cret", "admin/S3cret"): the password, the part after
    /// a user name of letters, digits and <c>. _ - @</c>. False when the value is not such a pair (a URL, a path).</summary>
    private static bool TryLoginPair(ReadOnlySpan<char> text, ref int valueStart, ref int valueEnd)
    {
        ReadOnlySpan<char> value = text[valueStart..valueEnd];
        int split = value.IndexOfAny('/', ':');
        int userEnd = split < 0 ? value.Length : split;
        if (userEnd == 0 || value[..userEnd].IndexOfAnyExcept(LoginUserChars) >= 0)
        {
            return false;
        }

        if (split > 0)
        {
            ReadOnlySpan<char> password = value[(split + 1)..];
            if (password.IsEmpty || password.Contains('/'))
            {
                return false;
            }

            valueStart += split + 1;
            return true;
        }

        return TrySecondOfPair(text, ref valueStart, ref valueEnd);
    }

    private static readonly SearchValues<char> LoginUserChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@");

    /// <summary>After a password word that ends at <paramref name="nameEnd"/>: a very random value alone in brackets
    /// ("password (Blue-Heron-8812-Lake)"); a note such as "(case-sensitive)" or "(see vault)" is not one.</summary>
    private static bool TryBracketedPassword(ReadOnlySpan<char> text, int nameEnd, out RedactionMatch m)
    {
        m = default;
        int open = nameEnd < text.Length && text[nameEnd] == ' ' ? nameEnd + 1 : nameEnd;
        if (open >= text.Length || text[open] != '(')
        {
            return false;
        }

        int close = text.Slice(open + 1, Math.Min(MaxCredentialValue, text.Length - open - 1)).IndexOfAny(')', '\n');
        if (close <= 0 || text[open + 1 + close] != ')')
        {
            return false;
        }

        ReadOnlySpan<char> value = text.Slice(open + 1, close);
        // Mixed case as well: a reference in brackets ("password (KB-4471)", "(INC-20931)") is upper case and digits.
        if (value.ContainsAny(' ', '\t') || IsPlaceholderValue(value, quoted: true) || !LooksVeryRandom(value) || !HasMixedCaseAndDigit(value))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, open + 1, open + 1 + close, CredentialConfidence, secret: true);
        return true;
    }
}
