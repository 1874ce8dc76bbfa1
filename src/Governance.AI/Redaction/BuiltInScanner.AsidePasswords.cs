using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>Issue #17, round 28: a password stated after an aside between its word and the value ("the password is now,
/// after this morning's reset, Pierogi_66 —", "Hasło …, które ustawiła sekretarka w piątek, to teraz Brezel!42.",
/// "Das Passwort … lautet seit dem Update letzte Woche Lokum?8479."), in any language whose password word is read.</summary>
/// <remarks>No pass and no anchor of its own: it runs at the main scan's digit trigger after every other digit recognizer
/// failed, on a value with the four kinds of characters password policies ask for (upper and lower case, a digit, a
/// symbol) that ends its clause; only then is its sentence read back for a password word.</remarks>
internal static partial class BuiltInScanner
{
    /// <summary>How far before the value its password word may stand (a clause or two of aside).</summary>
    private const int MaxPasswordAside = 120;

    /// <summary>The longest value read so: longer ones are tokens of a vendor's or key's format, found by their own rules.</summary>
    private const int MaxAsidePassword = 40;

    /// <summary>How many semicolons or colons an aside may hold or end with ("…; ojo, no la compartas: …").</summary>
    private const int MaxAsideMarks = 2;

    private static readonly SearchValues<char> LowerAsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Password words, and the stems of their inflections, that name a login password and nothing else in prose
    /// (en, de, nl, es, pt, sv, no, da, pl, cs, sk, tr, ro, hu, fi, hr, ru; "mot de passe" and "palavra-passe" by their last
    /// part, "kata sandi" and the other words of <see cref="AsciiForeignPasswordWords"/> as they are read in prose). "parol"
    /// is Romanian and Turkish; the Italian "parola" (a word) rarely has a four-kind value after it.</summary>
    private static readonly string[] AsidePasswordStems =
    [
        "password", "passwort", "kennwort", "wachtwoord", "contraseñ", "contrasen", "senha", "passord", "lösenord", "losenord",
        "hasł", "haslo", "hesl", "şifre", "sifre", "parol", "jelsz", "salasan", "adgangskod", "kodeord", "lozink", "пароль", "passphrase",
    ];

    /// <summary>Words that make the sentence a rule or an example rather than the value in use ("a password such as …",
    /// "Passwörter wie zum Beispiel …", "par exemple", "np." …).</summary>
    private static readonly string[] PasswordExampleWords =
    [
        "example", "examples", "eg", "like", "such", "format", "pattern", "beispiel", "bspw", "muster", "exemple", "ejemplo", "esempio",
        "exemplo", "voorbeeld", "zoals", "exempel", "przykład", "np", "příklad", "např", "örneğin", "örnek", "mesela",
    ];

    /// <summary>Words right after a password word that make it name something else ("password policy", "Passwort-Manager").</summary>
    private static readonly string[] PasswordThingWords =
    [
        "policy", "policies", "manager", "managers", "requirement", "requirements", "rule", "rules", "hint", "length", "strength",
        "richtlinie", "richtlinien", "regeln", "politique", "règles", "política", "reglas", "politica", "regole", "beleid", "regels",
    ];

    /// <summary>Words right before a value that make it whose password it is, not the password ("the password for
    /// Mark_Lee2x", "das Passwort von Admin_01x", "reset the password of user Ops#2024x").</summary>
    private static readonly string[] ValueOwnerWords =
    [
        "for", "of", "from", "by", "with", "user", "username", "account", "login", "für", "von", "vom", "bei", "mit", "benutzer", "konto",
        "pour", "du", "par", "avec", "utilisateur", "compte", "para", "por", "con", "del", "usuario", "cuenta", "per", "di", "utente",
        "voor", "van", "met", "gebruiker", "för", "av", "med", "användare", "dla", "użytkownika", "pro", "uživatele", "için", "kullanıcı",
    ];

    /// <summary>"And" in the languages whose password words are read: a clause that goes on with it ends the value's.</summary>
    private static readonly string[] ClauseConjunctions = ["and", "und", "et", "y", "e", "en", "och", "og", "i", "a", "ve", "és", "ja", "și", "и", "dan"];

    /// <summary>At a value's token start <paramref name="t"/> (after a white space): the value, when it has upper and lower
    /// case, a digit and a symbol (not a path's, a host's, a version's or an assignment's), ends its clause, and a password
    /// word stands earlier in its sentence, no more than <see cref="MaxPasswordAside"/> characters before.</summary>
    private static bool TryPasswordAfterAside(ReadOnlySpan<char> text, int t, out RedactionMatch m)
    {
        m = default;
        if (t == 0 || !char.IsWhiteSpace(text[t - 1]) || !TryReadValue(text, t, false, false, out int start, out int end, out bool quoted))
        {
            return false;
        }

        ReadOnlySpan<char> value = text[start..end];
        if (value.Length is < 8 or > MaxAsidePassword || value.IndexOfAny("/\\:=") >= 0 || !IsPasswordDot(value) || !HasEveryCharKind(value) ||
            !EndsClause(text, end + (quoted ? 1 : 0)) || IsPlaceholderValue(value, quoted))
        {
            return false;
        }

        if (IsAnyOf(ProseWordBefore(text, t, out _), ValueOwnerWords) || !HasPasswordWordBefore(text, t))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, start, end, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>Whether the value has no dot, or one between two letters that a capital, digit or symbol follows in its
    /// part ("Lupul.Alb#61"): a file's or host's name ends in a lower-case extension or domain ("Vault#1.kdbx"), and a
    /// version puts its dots between digits.</summary>
    private static bool IsPasswordDot(ReadOnlySpan<char> value)
    {
        int dot = value.IndexOf('.');
        if (dot < 0)
        {
            return true;
        }

        ReadOnlySpan<char> after = value[(dot + 1)..];
        return dot > 0 && after.IndexOf('.') < 0 && char.IsLetter(value[dot - 1]) && !after.IsEmpty && char.IsLetter(after[0]) &&
            after.ContainsAnyExcept(LowerAsciiLetters);
    }

    /// <summary>Whether a value has an upper-case and a lower-case letter (of any script: "Берёза#58x"), a digit and a symbol.</summary>
    private static bool HasEveryCharKind(ReadOnlySpan<char> value)
    {
        bool upper = false, lower = false, digit = false, symbol = false;
        foreach (char c in value)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            digit |= IsDigit(c);
            symbol |= !char.IsLetterOrDigit(c);
        }

        return upper && lower && digit && symbol;
    }

    /// <summary>Whether the clause ends at <paramref name="p"/>, after at most two spaces: the text's end, a line, a
    /// sentence or clause mark, a closing bracket or quote, a spaced dash ("Pierogi_66 — and ask him …") or "and".</summary>
    private static bool EndsClause(ReadOnlySpan<char> text, int p)
    {
        int a = SkipBlanks(text, p, 2);
        if (a >= text.Length || text[a] is '.' or ',' or ';' or '!' or '?' or ')' or '\n' or '\r' or '—' or '–' or '"' or '\'' or '”' or '»' ||
            (a > p && text[a] == '-' && a + 1 < text.Length && text[a + 1] == ' '))
        {
            return true;
        }

        if (a == p)
        {
            return false;
        }

        int e = a;
        while (e < text.Length && e - a < 4 && char.IsLetter(text[e]))
        {
            e++;
        }

        return e > a && e < text.Length && text[e] == ' ' && IsAnyOf(text[a..e], ClauseConjunctions);
    }

    /// <summary>Reads the sentence back from <paramref name="t"/> (not across a sentence end or a line; across at most
    /// <see cref="MaxAsideMarks"/> semicolons or colons that end an aside, "La contraseña del portal; ojo, no la compartas:
    /// …", unless the colon ends another field's label, "username: …") for a password word of
    /// <see cref="AsidePasswordStems"/>; an example word on the way, or a word after the password word that makes it name
    /// another thing, says the value is not one in use.</summary>
    private static bool HasPasswordWordBefore(ReadOnlySpan<char> text, int t)
    {
        int limit = Math.Max(0, t - MaxPasswordAside);
        ReadOnlySpan<char> following = [];
        int p = t;
        int marks = 0;
        while (p > limit)
        {
            char c = text[p - 1];
            if (c is ';' or ':' && p < text.Length && text[p] == ' ' && marks < MaxAsideMarks &&
                !(c == ':' && IsAnyOf(LetterRunBefore(text, p - 1), ValueOwnerWords)))
            {
                marks++;
                p--;
                continue;
            }

            if (c is ';' or ':' or '\n' or '\r' or '!' or '?' || (c == '.' && p < text.Length && char.IsWhiteSpace(text[p])))
            {
                return false;
            }

            if (!char.IsLetter(c))
            {
                p--;
                continue;
            }

            int s = p;
            while (s > limit && char.IsLetter(text[s - 1]))
            {
                s--;
            }

            ReadOnlySpan<char> word = text[s..p];
            if (IsAnyOf(word, PasswordExampleWords))
            {
                return false;
            }

            if (IsAsidePasswordWord(text, s, word))
            {
                return !IsAnyOf(following, PasswordThingWords);
            }

            following = word;
            p = s;
        }

        return false;
    }

    /// <summary>The letters right before <paramref name="end"/> (a label's word before its colon).</summary>
    private static ReadOnlySpan<char> LetterRunBefore(ReadOnlySpan<char> text, int end)
    {
        int s = end;
        while (s > 0 && end - s < 24 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return text[s..end];
    }

    /// <summary>Whether <paramref name="word"/> (at <paramref name="s"/>) is a password word: a stem of
    /// <see cref="AsidePasswordStems"/> opens it or, in a German or Dutch compound, ends it ("Datenbankpasswort"); or it is
    /// the last part of "mot de passe" or "palavra-passe".</summary>
    private static bool IsAsidePasswordWord(ReadOnlySpan<char> text, int s, ReadOnlySpan<char> word)
    {
        foreach (string stem in AsidePasswordStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (EndsWithAny(word, "passwort", "kennwort", "wachtwoord", "password"))
        {
            return true;
        }

        if (IsForeignPasswordWordInProse(text, s, s + word.Length))
        {
            return true;
        }

        ReadOnlySpan<char> before = text[..s];
        return word.Equals("passe", StringComparison.OrdinalIgnoreCase) &&
            (before.EndsWith("mot de ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("palavra-", StringComparison.OrdinalIgnoreCase));
    }
}
