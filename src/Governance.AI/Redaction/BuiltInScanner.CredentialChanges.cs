namespace Governance.AI.Redaction;

/// <summary>Passwords prose gives out of the plain "name is value" order: a value a sentence says was set or changed
/// ("set the password to …", "changed my password to …"), a value before its name ("Use … as the password", "… is the
/// password for the wifi"), and a password's replacement after the password itself ("Old password was A and I swapped it last week for B", "my old
/// password was A and the new one is B", "la contraseña era A pero la cambié a B", "… war A, jetzt ist es B").</summary>
internal static partial class BuiltInScanner
{
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

    /// <summary>How many words of the next sentence may come before its cue ("The new one is …").</summary>
    private const int MaxWordsBeforeCue = 2;

    /// <summary>How far after a password its replacement is looked for.</summary>
    private const int MaxFollowUp = 160;

    /// <summary>Words that say a value is new: change verbs (<see cref="ChangeVerbs"/> and the verbs of an exchange), "new"
    /// and "now" (en, de, fr, es, it, pt, nl).</summary>
    private static readonly string[] FollowUpCues =
    [
        "swapped", "replaced", "exchanged", "ersetzt", "getauscht", "remplacé", "remplacée", "reemplacé", "reemplazada", "sostituito", "sostituita", "substituí", "vervangen",
        "new", "neu", "neue", "neues", "nouveau", "nouvelle", "nuevo", "nueva", "nuovo", "nuova", "novo", "nova", "nieuw", "nieuwe",
        "now", "jetzt", "nun", "maintenant", "désormais", "ahora", "agora", "ora", "nu",
        "currently", "aktuell", "derzeit", "actuellement", "actualmente", "attualmente", "atualmente", "momenteel",
    ];

    /// <summary>Verbs that put a value in, followed by it ("j'avais mis …", "había puesto …", "I typed …", "ho messo …",
    /// "coloquei …", "eingegeben" comes last in German and is not read).</summary>
    private static readonly string[] PutVerbs =
    [
        "typed", "entered", "used", "tapé", "saisi", "utilisé", "puesto", "usé", "escribí", "metí", "messo", "usato", "digitato", "inserito",
        "coloquei", "usei", "digitei", "gebruikt", "ingevoerd", "getypt",
    ];

    /// <summary>What the value of an exchange follows: "swapped it for …", "la cambié por …", "remplacé par …", "ersetzt durch …".</summary>
    private static readonly string[] ExchangeTargets = ["for", "with", "por", "par", "durch", "door", "con", "com"];

    /// <summary>"or" in the languages the password words cover (en, fr/pt, de, es/it, nl, sv/da/no, pl, ru, tr).</summary>
    private static readonly string[] AlternativeConjunctions = ["or", "ou", "oder", "o", "oppure", "of", "eller", "lub", "albo", "или", "veya"];

    /// <summary>A second candidate right after a password ("… é A ou B", "… is A or B", "… ist A oder B"): the writer is
    /// unsure which one is in use, so both are the password. Only "or", a blank and a value that looks random count.</summary>
    private static bool TryAlternativePassword(ReadOnlySpan<char> text, int from, out RedactionMatch m)
    {
        m = default;
        int p = from;
        if (p < text.Length && text[p] is '"' or '\'' or '`' or '’' or '”' or '»')
        {
            p++;
        }

        int w = SkipBlanks(text, p, 3);
        int e = w;
        while (e < text.Length && e - w < 8 && char.IsLetter(text[e]))
        {
            e++;
        }

        if (w == p || e == w || e >= text.Length || text[e] != ' ' || !IsAnyOf(text[w..e], AlternativeConjunctions))
        {
            return false;
        }

        int v = SkipBlanks(text, e, 3);
        if (!TryReadValue(text, v, false, false, out int valueStart, out int valueEnd, out bool quoted))
        {
            return false;
        }

        ReadOnlySpan<char> value = text[valueStart..valueEnd];
        if (IsPlaceholderValue(value, quoted) || value.ContainsAny(' ', '\t') || !LooksRandom(value))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, valueStart, valueEnd, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>After a password that ends at <paramref name="from"/>: in the rest of its sentence (not across <c>.</c>,
    /// <c>!</c>, <c>?</c>, <c>;</c> or a line), a word that says the value is new or changed, then a linking word or a
    /// "to"/"for" and a value that looks very random (a sentence goes on with ordinary words).</summary>
    private static bool TryFollowingPassword(ReadOnlySpan<char> text, int from, out RedactionMatch m)
    {
        m = default;
        int limit = Math.Min(text.Length, from + MaxFollowUp);
        bool cue = false;
        bool crossed = false;
        int wordsAfterCross = 0;
        ReadOnlySpan<char> previous = [];
        ReadOnlySpan<char> beforePrevious = [];
        int p = from;
        while (p < limit)
        {
            char c = text[p];
            // A full stop inside a token ("release-2024.06", "v2.1") ends no sentence.
            if (c is '.' or '!' or '?' && p + 1 < text.Length && IsAsciiAlnum(text[p + 1]))
            {
                p++;
                continue;
            }

            if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                // "Forgot my password again. New one is …": the next sentence may give the value when it opens with its cue.
                // A cue of this sentence that gave no value ("than the one I have now? currently it's …") does not stop it.
                if (crossed || c is ';' or '\n' or '\r')
                {
                    return false;
                }

                crossed = true;
                cue = false;
                p++;
                // An ellipsis ("Mot de passe oublié... j'avais mis …") ends one sentence, not three.
                while (c == '.' && p < limit && text[p] == '.')
                {
                    p++;
                }

                continue;
            }

            if (!char.IsLetter(c))
            {
                p++;
                continue;
            }

            int e = p;
            while (e < limit && (char.IsLetter(text[e]) || text[e] is '\'' or '’'))
            {
                e++;
            }

            ReadOnlySpan<char> word = text[p..e];
            int link = ProseSeparatorLength(text[p..]);
            cue |= IsAnyOf(word, FollowUpCues) || IsAnyOf(word, ChangeVerbs) || link > word.Length || IsReferenceCue(word, previous, beforePrevious);
            // "… men jag tror det var …": Swedish "var" links a believed value as "was" does.
            if (link == 0 && cue && word.Equals("var", StringComparison.OrdinalIgnoreCase) && e < text.Length && text[e] == ' ')
            {
                link = 3;
            }

            beforePrevious = previous;
            previous = word;
            if (crossed && !cue && ++wordsAfterCross > MaxWordsBeforeCue)
            {
                return false;
            }

            // "j'avais mis …", "había puesto …", "I had typed …": a verb that puts a value in, the value right after it.
            if (e + 1 < text.Length && text[e] == ' ' && (IsAnyOf(word, PutVerbs) || IsAnyOf(word, ChangeVerbs)) &&
                TryReadValue(text, e + 1, false, false, out int putStart, out int putEnd, out bool putQuoted) &&
                !IsPlaceholderValue(text[putStart..putEnd], putQuoted) && LooksVeryRandom(text[putStart..putEnd]))
            {
                m = Match(RedactionEntityTypes.Password, putStart, putEnd, CredentialConfidence, secret: true);
                return true;
            }

            if (cue && (link > 0 || IsAnyOf(word, ChangeTargets) || IsAnyOf(word, ExchangeTargets)) && e < text.Length && text[e] is ' ' or ':')
            {
                int v = SkipBlanks(text, Math.Max(e, p + link) + (text[Math.Max(e, p + link)] == ':' ? 1 : 0), 4);
                if (TryReadValue(text, v, false, false, out int valueStart, out int valueEnd, out bool quoted) &&
                    !IsPlaceholderValue(text[valueStart..valueEnd], quoted) && LooksVeryRandom(text[valueStart..valueEnd]))
                {
                    m = Match(RedactionEntityTypes.Password, valueStart, valueEnd, CredentialConfidence, secret: true);
                    return true;
                }
            }

            p = e;
        }

        return false;
    }

    /// <summary>Determiners before a password word when the value comes first ("… is the password", "… ist das Passwort").</summary>
    private static readonly string[] PasswordDeterminers =
    [
        "the", "my", "our", "your", "his", "her", "their", "das", "mein", "dein", "unser", "le", "la", "mon", "ton", "notre", "el", "mi", "tu", "a", "o", "minha",
        "il", "lo", "mia", "het", "de", "mijn", "onze",
    ];

    /// <summary>What joins a value to the password word after it: "as", a linking word ("is", "ist", "est", "es", "é", "è"…).</summary>
    private static readonly string[] BackwardLinks = ["as", "als", "comme", "como", "come", "is", "was", "ist", "war", "est", "es", "era", "fue", "é", "foi", "è", "är", "jest"];

    /// <summary>"Use Falcon#8812x as the password", "Mariposa$2291 is the password for the wifi", "Xk9#mQ2!vL ist das
    /// Passwort": a value before its password word, joined by "as" or a linking word and a determiner. Only a value that
    /// looks very random counts (prose says "this is the password manager", "Mine is the password"). The same holds before
    /// another credential's name ("I entered … as the secret", "… is the token"), reported as a credential.</summary>
    private static bool TryValueBeforePasswordName(ReadOnlySpan<char> text, int nameStart, CredentialKey key, out RedactionMatch m)
    {
        m = default;
        if (!IsAnyOf(ProseWordBefore(text, nameStart, out int determiner), PasswordDeterminers) ||
            !IsAnyOf(ProseWordBefore(text, determiner, out int link), BackwardLinks) || link < 2 || text[link - 1] != ' ')
        {
            return false;
        }

        int end = link - 1;
        int start = end;
        while (start > 0 && end - start < MaxCredentialValue && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        // A quoted value ("'Falcon#8812x' is the password") is read without its quotes.
        if (end - start >= 2 && text[start] is '"' or '\'' or '`' && text[end - 1] == text[start])
        {
            start++;
            end--;
        }

        ReadOnlySpan<char> value = text[start..end];
        if (value.IsEmpty || IsPlaceholderValue(value, quoted: false) || !LooksVeryRandom(value))
        {
            return false;
        }

        m = Match(key == CredentialKey.Password ? RedactionEntityTypes.Password : RedactionEntityTypes.Credential, start, end, CredentialConfidence, secret: true);
        return true;
    }
}
