namespace Governance.AI.Redaction;

/// <summary>Issue #17, twenty-fifth round: a password of a language whose password word has no anchor of its own (Danish
/// "adgangskode", "kodeord", Finnish "salasana", Czech and Slovak "heslo", Croatian "lozinka"…) joined to its value by the
/// language's linking word ("Min adgangskode er …", "Salasana on …", "heslo k wifi je …"), and a password made only of
/// digits after a password word and a linking word or colon ("la contraseña es 246810", "my PIN/password is 90417735").</summary>
/// <remarks>No pass and no anchor of its own: the ASCII words are read back from a value that holds a digit, at the main
/// scan's digit trigger after every other digit recognizer failed (a value's first run of digits only, so a token is read
/// once), and only when the word right before the value is a linking word.</remarks>
internal static partial class BuiltInScanner
{
    /// <summary>How far back a value's token is read to its start ("Kocour-na-strese7": the digit ends it).</summary>
    private const int MaxForeignValueLookBack = 40;

    /// <summary>The shortest and longest password of digits only: shorter runs are codes, counts and years.</summary>
    private const int MinDigitPassword = 6;
    private const int MaxDigitPassword = 16;

    /// <summary>Words that make a number after a password word a length, a count or a period, not the password
    /// ("the password is 123456 characters long"), in the languages whose password words are read.</summary>
    private static readonly string[] DigitPasswordUnits =
    [
        "characters", "chars", "character", "digits", "letters", "long", "times", "days", "years", "users", "attempts",
        "zeichen", "stellen", "caractères", "chiffres", "caracteres", "dígitos", "digitos", "caratteri", "cifre", "tekens", "cijfers",
        "tecken", "siffror", "tegn", "merkkiä", "numeroa", "znaků", "znaky", "číslic", "znaków", "cyfr", "karakter", "hane", "znakova",
    ];

    /// <summary>At the first digit <paramref name="i"/> of a value, after every other digit recognizer failed: a key named an
    /// API key (<see cref="TryNamedApiKey"/>), a password joined to a password word by a linking word
    /// (<see cref="TryForeignPasswordBeforeValue"/>) or stated after an aside (<see cref="TryPasswordAfterAside"/>). The
    /// value's token is read back once for both password rules.</summary>
    private static bool TryPasswordValueAtDigit(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;

        // A value that starts with its digits is one of six or more digits, or goes on with a letter: the short numbers and
        // years of prose ("to 20", "in 1990") leave here, before any word is read.
        if (i > 0 && text[i - 1] == ' ')
        {
            int r = SkipDigits(text, i);
            if (r - i < MinDigitPassword && (r >= text.Length || !char.IsLetter(text[r])))
            {
                return false;
            }
        }

        // A key named an API key reads its own token (of key characters only, so "（" or "(" ends it).
        if (TryNamedApiKey(text, i, out m))
        {
            return true;
        }

        // The value's token starts at a space; a digit earlier in it means an earlier run already read it.
        int t = i;
        while (t > 0 && i - t < MaxForeignValueLookBack && !char.IsWhiteSpace(text[t - 1]))
        {
            if (IsDigit(text[t - 1]))
            {
                return false;
            }

            t--;
        }

        return TryForeignPasswordBeforeValue(text, t, out m) || TryPasswordAfterAside(text, t, out m);
    }

    /// <summary>At a value's token start <paramref name="t"/>: a value joined by a linking word to an ASCII password
    /// word of <see cref="AsciiForeignPasswordWords"/> up to <see cref="MaxForeignQualifier"/> characters before it, on the
    /// same clause ("Min adgangskode er Solsikke2019!", "Heslo k wifi je Kocour-na-strese7"). The value is then read and
    /// judged as after a colon (<see cref="TryForeignPassword"/>).</summary>
    private static bool TryForeignPasswordBeforeValue(ReadOnlySpan<char> text, int t, out RedactionMatch m)
    {
        m = default;

        // One to three spaces before the value ("Min adgangskode er  Solsikke2019!").
        int linkEnd = t;
        while (linkEnd > 0 && t - linkEnd < 3 && text[linkEnd - 1] == ' ')
        {
            linkEnd--;
        }

        if (linkEnd == t || linkEnd < 3 || !char.IsLetter(text[linkEnd - 1]))
        {
            return false;
        }

        int linkStart = linkEnd;
        while (linkStart > 0 && linkEnd - linkStart <= 6 && char.IsLetter(text[linkStart - 1]))
        {
            linkStart--;
        }

        if (!IsAnyOf(text[linkStart..linkEnd], ForeignLinkingWords))
        {
            // Hungarian states a password without a copula ("a jelszavam Tavasz2024"): the word stands right before it.
            // Another language's password word right before the value gives it after a bare space: a very random value,
            // or one of digits only ("salasana 582930").
            if (IsCopulaFreePasswordWord(text, linkEnd))
            {
                return TryForeignPassword(text, linkEnd, out m, copulaFree: true) && m.Start >= t;
            }

            int ws = linkEnd;
            while (ws > 0 && linkEnd - ws <= 12 && char.IsLetter(text[ws - 1]))
            {
                ws--;
            }

            return (ws == 0 || !IsKeyNameChar(text[ws - 1])) && IsForeignPasswordWordInProse(text, ws, linkEnd) &&
                TryForeignPassword(text, linkEnd, out m) && m.Start >= t;
        }

        // Back over the qualifier, word by word, to a password word; a clause break ends the search.
        int limit = Math.Max(0, linkStart - MaxForeignQualifier);
        int p = linkStart;
        while (p > limit)
        {
            char c = text[p - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '(' or ')' or '=')
            {
                return false;
            }

            if (!char.IsLetter(c))
            {
                p--;
                continue;
            }

            int e = p;
            int s = p;
            while (s > 0 && e - s <= 16 && char.IsLetter(text[s - 1]))
            {
                s--;
            }

            if ((s == 0 || !IsKeyNameChar(text[s - 1])) && IsForeignPasswordWordInProse(text, s, e))
            {
                return TryForeignPassword(text, e, out m) && m.Start >= t;
            }

            p = s;
        }

        return false;
    }

    /// <summary>Whether the word that ends at <paramref name="end"/> is a Hungarian password word ("jelszó", "jelszavam",
    /// "jelszava", "jelszavad"…), which needs no linking word before its value.</summary>
    private static bool IsCopulaFreePasswordWord(ReadOnlySpan<char> text, int end)
    {
        int s = end;
        while (s > 0 && end - s <= 12 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return end - s >= 6 && (s == 0 || !IsKeyNameChar(text[s - 1])) && text[s..end].StartsWith("jelsz", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A word of <see cref="AsciiForeignPasswordWords"/> that names a password in prose: "sandi" only after
    /// "kata" (alone it is a given name).</summary>
    private static bool IsForeignPasswordWordInProse(ReadOnlySpan<char> text, int s, int e)
    {
        if (e - s is < 5 or > 12 || !IsAnyOf(text[s..e], AsciiForeignPasswordWords))
        {
            return false;
        }

        return !text[s..e].Equals("sandi", StringComparison.OrdinalIgnoreCase) ||
            (s >= 5 && text[(s - 5)..s].Equals("kata ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Issue #17, round 26: a password of digits only after a password word and a bare space ("WiFi şifresi
    /// 582930", "my password 40917735"): 6–12 digits that no unit word follows, and not a run everyone uses as an example
    /// (one digit repeated, or counting up or down: "123456", "987654") nor a compact date ("20240611", "11062024").</summary>
    private static bool IsBareDigitPassword(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> value = text[start..end];
        if (value.Length > 12 || !IsDigitOnlyPassword(text, start, end))
        {
            return false;
        }

        bool same = true, up = true, down = true;
        for (int k = 1; k < value.Length; k++)
        {
            int step = value[k] - value[k - 1];
            same &= step == 0;
            up &= step is 1 or -9;
            down &= step is -1 or 9;
        }

        return !(same || up || down || (value.Length == 8 && (IsCompactDate(value[..4], value[4..6], value[6..]) || IsCompactDate(value[4..], value[2..4], value[..2]))));
    }

    /// <summary>Whether a year (1900–2099), a month and a day read as a date.</summary>
    private static bool IsCompactDate(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day)
    {
        int y = int.Parse(year, provider: System.Globalization.CultureInfo.InvariantCulture);
        int mo = ((month[0] - '0') * 10) + month[1] - '0';
        int d = ((day[0] - '0') * 10) + day[1] - '0';
        return y is >= 1900 and <= 2099 && mo is >= 1 and <= 12 && d is >= 1 and <= 31;
    }

    /// <summary>A password made only of digits (<see cref="MinDigitPassword"/>–<see cref="MaxDigitPassword"/>) that no unit
    /// word follows ("… is 123456 characters long").</summary>
    private static bool IsDigitOnlyPassword(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> value = text[start..end];
        if (value.Length is < MinDigitPassword or > MaxDigitPassword || value.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        int w = end;
        while (w < text.Length && w - end < 2 && text[w] == ' ')
        {
            w++;
        }

        if (w == end && w < text.Length && text[w] == '%')
        {
            return false;
        }

        int we = w;
        while (we < text.Length && we - w < 12 && char.IsLetter(text[we]))
        {
            we++;
        }

        return w == we || !IsAnyOf(text[w..we], DigitPasswordUnits);
    }
}
