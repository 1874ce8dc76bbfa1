namespace Governance.AI.Redaction;

/// <summary>Password words of languages the key-name rules do not read (Polish, Turkish, Czech, Slovak, Croatian, Slovene,
/// Romanian, Hungarian, Finnish, Danish, Norwegian, Indonesian, Catalan, Vietnamese, Greek, Chinese, Japanese, Korean)
/// and what joins them to a value: a colon (also full-width), an arrow, or the language's linking word ("to", "jest",
/// "je", "este", "on", "είναι", "là", "adalah") or particle ("は", "是", "는"), after at most a short qualifier on the same
/// clause ("Hasło do serwera to …", "Heslo k wifi je …").</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far after a password word its linking word or colon may stand (a short qualifier between).</summary>
    private const int MaxForeignQualifier = 48;

    /// <summary>Password words without a letter the non-ASCII search finds: read at the colon after them ("heslo: …",
    /// "Kata sandi wifi: …"). Each was checked as the common word for a login password in its language.</summary>
    private static readonly string[] AsciiForeignPasswordWords =
    [
        "haslo", "hasla", "salasana", "salasanan", "salasanasi", "heslo", "hesla", "parola", "parolasi", "lozinka", "lozinku", "geslo",
        "adgangskode", "adgangskoden", "kodeord", "kodeordet", "salasanani", "losenord", "losenordet", "passord", "passordet",
        "jelszava", "jelszavam", "sifre", "sifresi", "sifrem", "contrasenya", "sandi",
    ];

    /// <summary>Linking words after a foreign password word ("Hasło … to", "Heslo … je", "Parola … este", "salasana on",
    /// "κωδικός είναι", "mật khẩu là", "kata sandi adalah"; Romanian and Italian "e"/"è", "era", Hungarian "volt").</summary>
    private static readonly string[] ForeignLinkingWords = ["to", "jest", "je", "este", "on", "er", "är", "ar", "var", "oli", "bylo", "bolo", "είναι", "là", "adalah", "ist", "is", "e", "è", "era", "volt"];

    /// <summary>At the colon at <paramref name="colon"/>: a password word of <see cref="AsciiForeignPasswordWords"/> as
    /// the last or the second-last word before it.</summary>
    private static bool TryForeignPasswordAtColon(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int end = colon;
        for (int w = 0; w < 2; w++)
        {
            int wordEnd = end;
            while (end > 0 && wordEnd - end < 2 && text[end - 1] == ' ')
            {
                end--;
            }

            int start = end;
            while (start > 0 && end - start <= 16 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end || (start > 0 && IsKeyNameChar(text[start - 1])))
            {
                return false;
            }

            // The words are 5–12 letters long: the short words before most colons are not compared with each of them.
            if (end - start is >= 5 and <= 12 && IsAnyOf(text[start..end], AsciiForeignPasswordWords))
            {
                return TryForeignPassword(text, end, out m);
            }

            end = start;
        }

        return false;
    }

    /// <summary>At a letter of <see cref="NonAsciiPasswordLetters"/>: where the password word it belongs to starts and
    /// ends, or false. Alphabetic words run to the end of their inflection ("şifresi", "hasła"); Chinese, Japanese and
    /// Korean words end with the word (a particle may follow without a space).</summary>
    private static bool TryNonAsciiPasswordWord(ReadOnlySpan<char> text, int k, out int start, out int end)
    {
        (int offset, string stem) = text[k] switch
        {
            'ł' or 'Ł' => (3, "hasł"),
            'ö' or 'Ö' => (1, "lösenord"),
            'п' or 'П' => (0, "пароль"),
            'ş' or 'Ş' => (0, "şifre"),
            'ó' => (5, "jelszó"),
            'ă' => (5, "parolă"),
            'κ' or 'Κ' => (0, "κωδικ"),
            'ậ' => (1, "mật khẩu"),
            '密' => (0, text[(k + 1)..].StartsWith("碼", StringComparison.Ordinal) ? "密碼" : "密码"),
            'パ' => (0, "パスワード"),
            '비' => (0, "비밀번호"),
            _ => (0, ""),
        };
        start = k - offset;
        end = start;
        if (stem.Length == 0 || start < 0 || !text[start..].StartsWith(stem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        end = start + stem.Length;
        if (stem[0] is '密' or 'パ' or '비')
        {
            return true;
        }

        while (end < text.Length && end - start < 16 && char.IsLetter(text[end]))
        {
            end++;
        }

        return start == 0 || !char.IsLetter(text[start - 1]);
    }

    /// <summary>After a foreign password word that ends at <paramref name="wordEnd"/>: a value joined by a colon, an
    /// arrow, a spaced dash or a linking word within <see cref="MaxForeignQualifier"/> characters on the same clause; or,
    /// with nothing between, a very random value after one space ("Wifi şifresi Deniz#2291ada"), or, after a word that
    /// needs no linking word (<paramref name="copulaFree"/>, Hungarian "jelszavam"), a value judged as after a colon.</summary>
    private static bool TryForeignPassword(ReadOnlySpan<char> text, int wordEnd, out RedactionMatch m, bool copulaFree = false)
    {
        m = default;
        int n = text.Length;
        int limit = Math.Min(n, wordEnd + MaxForeignQualifier);
        int v = -1;
        int comma = -1;
        for (int p = wordEnd; p < limit && v < 0;)
        {
            char c = text[p];
            if (c == ',')
            {
                comma = p;
            }

            if (c is ':' or '：' or '=' or '→' || (c is '-' or '=' && p + 1 < n && text[p + 1] == '>'))
            {
                v = p + (c is '-' or '=' && p + 1 < n && text[p + 1] == '>' ? 2 : 1);
            }
            else if (c is '—' or '–' && p > wordEnd && text[p - 1] == ' ')
            {
                v = p + 1;
            }
            else if (c is 'は' or '是' or '为' or '為' or '는' or '은' or '이' or '가' && (p == wordEnd || text[p - 1] == ' '))
            {
                v = p + 1;
            }
            else if (c is '.' or ',' or ';' or '!' or '?' or '\n' or '\r' or '。' or '，' or '(' or ')')
            {
                break;
            }
            else if (char.IsLetter(c) && p > wordEnd && text[p - 1] == ' ')
            {
                int e = p;
                while (e < limit && char.IsLetter(text[e]))
                {
                    e++;
                }

                if (e < n && text[e] == ' ' && IsAnyOf(text[p..e], ForeignLinkingWords))
                {
                    v = e;
                }

                p = e;
                continue;
            }

            p++;
        }

        // A word that needs no linking word (Hungarian) joins its value as a linking word would.
        if (v < 0 && copulaFree && wordEnd + 1 < n && text[wordEnd] == ' ')
        {
            v = wordEnd;
        }

        bool bare = v < 0;
        if (bare)
        {
            // "Jag glömde mitt lösenord till banken, men jag tror det var …": after a comma, the rest of the sentence may
            // give the value (a cue, then a very random value), as for the password words of the key-name rules.
            if (comma > 0 && TryFollowingPassword(text, comma + 1, out m))
            {
                return true;
            }

            if (wordEnd + 1 >= n || text[wordEnd] != ' ')
            {
                return false;
            }

            v = wordEnd;
        }

        v = SkipBlanks(text, v, 4);
        if (!TryReadValue(text, v, false, false, out int start, out int end, out bool quoted))
        {
            return false;
        }

        // A value ends where Chinese, Japanese or Korean text (or its punctuation) resumes: "密码是Panda!77，请…".
        int cjk = text[start..end].IndexOfAnyInRange('\u2000', '\uFFFF');
        if (cjk >= 0)
        {
            end = start + cjk;
        }

        ReadOnlySpan<char> value = text[start..end];
        if (value.IsEmpty || IsPlaceholderValue(value, quoted) || IsAssignment(value) ||
            !(bare ? LooksVeryRandom(value) || IsBareDigitPassword(text, start, end) : quoted ? value.Length >= 3 : LooksRandom(value) || IsDigitOnlyPassword(text, start, end)))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, start, end, CredentialConfidence, secret: true);
        return true;
    }
}
