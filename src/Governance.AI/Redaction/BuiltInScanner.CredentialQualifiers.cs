namespace Governance.AI.Redaction;

/// <summary>Credentials named by a qualified word: a compound of "key" that names a vendor or a purpose ("STRIPE_KEY",
/// "routing_key"), whose value must look generated; and a credential word, a short qualifier that opens with a
/// preposition, then the value without a linking word ("the token for admin …", "el token de admin …", "le jeton du
/// portail …").</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far after a credential word's preposition its value may start ("token de admin …").</summary>
    private const int MaxBareQualifier = 32;

    /// <summary>Whether the part before "key" in a compound name says what the key indexes or that it is public ("sort_key",
    /// "partition_key", "cache_key", "PUBLIC_KEY", "object_key", "idempotency_key"), or that it is meant for the browser
    /// (reCAPTCHA's "site_key", "publishable_key", "anon_key"): a key of data or a public one, not a credential.</summary>
    private static bool IsDataKeyQualifier(ReadOnlySpan<char> qualifier) =>
        IsAnyOf(qualifier, "public", "pub", "sort", "partition", "primary", "foreign", "cache", "idempotency", "idempotent", "object", "s3", "file", "path",
            "hash", "range", "row", "lookup", "dedup", "dedupe", "dedupl", "message", "translation", "i18n", "locale", "label", "query", "search", "map",
            "unique", "composite", "index", "group", "sorting", "order", "join", "shard", "bucket", "dict", "react", "list", "item", "event", "metric", "config",
            "setting", "blob", "asset", "image", "cdn", "host", "gpg", "pgp", "fingerprint", "verify", "verification",
            "site", "publishable", "anon", "embed", "widget");

    /// <summary>Whether the password word at <paramref name="s"/> follows a word that says which password of one's own it
    /// is ("the old pass …", "my current password …", "das alte Passwort …"): then a value after a bare space needs a letter
    /// and a digit, as after "is", not mixed case or a symbol as well ("the old pass hunter2hunter2").</summary>
    private static bool IsAgedPasswordName(ReadOnlySpan<char> text, int s) =>
        IsAnyOf(ProseWordBefore(text, s, out _), "old", "new", "current", "previous", "temp", "temporary", "default", "initial",
            "alte", "alten", "neue", "neuen", "aktuelle", "ancien", "nouveau", "actuel", "antigua", "nueva", "actual", "vecchia", "nuova", "antiga", "nova",
            "oude", "nieuwe", "huidige");

    /// <summary>Whether a predicate follows the value that ends at <paramref name="end"/> ("… admin123 is dead", "… was
    /// revoked", "… no longer works", "… ist abgelaufen", "… ne marche plus"): the value is then the subject of a sentence
    /// about a password, not the next word of one ("the password reset link"). The first word after one space decides:
    /// a form of "be", "have" or "work", a negation, or a verb of a password's life.</summary>
    private static bool IsPredicateAfter(ReadOnlySpan<char> text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        int e = end + 1;
        while (e < text.Length && e - end <= 12 && (char.IsLetter(text[e]) || text[e] == '\''))
        {
            e++;
        }

        return IsAnyOf(text[(end + 1)..e], "is", "was", "has", "had", "still", "no", "never", "doesn't", "didn't", "won't", "expired", "expires", "works", "worked", "stopped", "leaked", "got",
            "ist", "war", "wurde", "funktioniert", "geht", "gilt", "läuft", "est", "était", "a", "ne", "marche", "fonctionne", "expire",
            "es", "era", "ya", "funciona", "caducó", "è", "non", "funziona", "scade", "é", "não", "expirou", "werkt", "verloopt");
    }

    /// <summary>Whether a value after a qualified key name looks generated rather than named: 16–256 characters of the
    /// base64, base64url or base32 alphabets, three or more digits and four or more letters, not hexadecimal (a digest or a
    /// UUID is an identifier); either mixed case with a digit followed by a letter twice or more (base64: "c2tfbGl2ZV8…";
    /// not "OrderCreated2024" or "Order_Created_2024_V2"), or upper case with letters beyond F and four or more digits,
    /// without separators (base32: "R0Z8T4QX…").</summary>
    private static bool IsGeneratedKeyValue(ReadOnlySpan<char> value)
    {
        if (value.Length is < 16 or > MaxCredentialValue)
        {
            return false;
        }

        int digits = 0, letters = 0, digitLetter = 0;
        bool upper = false, lower = false, nonHex = false, separators = false;
        for (int k = 0; k < value.Length; k++)
        {
            char c = value[k];
            if (IsDigit(c))
            {
                digits++;
            }
            else if (IsAsciiLetter(c))
            {
                letters++;
                upper |= char.IsAsciiLetterUpper(c);
                lower |= char.IsAsciiLetterLower(c);
                nonHex |= !IsHex(c);
                digitLetter += k > 0 && IsDigit(value[k - 1]) ? 1 : 0;
            }
            else if (c is '+' or '/' or '=' or '-' or '_')
            {
                separators |= c is '-' or '_';
            }
            else
            {
                return false;
            }
        }

        if (digits < 3 || letters < 4 || !nonHex)
        {
            return false;
        }

        return upper && lower ? digitLetter >= 2 : upper && !separators && digits >= 4;
    }

    /// <summary>After a credential word and one space, at <paramref name="v"/>: a preposition and up to three words of
    /// letters ("de admin", "for the staging bot", "d'accès"), then a value of 12 or more characters (16 for a token or a
    /// key) with mixed case, three digits and twice a digit followed by a letter, ended by white space or punctuation.</summary>
    private static bool TryQualifiedBareCredential(ReadOnlySpan<char> text, int v, CredentialKey key, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int p = v + QualifierPrepositionLength(text[v..]);
        if (p == v)
        {
            return false;
        }

        for (int words = 0; p < n && p - v <= MaxBareQualifier; words++)
        {
            int e = p;
            while (e < n && e - p < 24 && (char.IsLetter(text[e]) || text[e] is '\'' or '’'))
            {
                e++;
            }

            if (e < n && text[e] == ' ' && e > p)
            {
                if (words == 3)
                {
                    return false;
                }

                p = e + 1;
                continue;
            }

            break;
        }

        if (p >= n || p - v > MaxBareQualifier || !TryReadValue(text, p, false, false, out int start, out int end, out bool quoted) || quoted)
        {
            return false;
        }

        ReadOnlySpan<char> value = text[start..end];
        if (value.Length < (key == CredentialKey.Password ? 12 : 16) || !HasMixedCaseAndDigit(value) || !LooksVeryRandom(value) ||
            IsPlaceholderValue(value, quoted: false) || IsAssignment(value) || value.Contains("://", StringComparison.Ordinal) || HasFillerRun(value) ||
            !HasGeneratedRhythm(value))
        {
            return false;
        }

        m = Match(key == CredentialKey.Password ? RedactionEntityTypes.Password : RedactionEntityTypes.Credential, start, end, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>Three or more digits, one of them followed by a letter: "tok_adm_9Xq2Lv…", not "AccountsService2" or
    /// "Release2024Final".</summary>
    private static bool HasGeneratedRhythm(ReadOnlySpan<char> value)
    {
        int digits = 0, digitLetter = 0;
        for (int k = 0; k < value.Length; k++)
        {
            if (IsDigit(value[k]))
            {
                digits++;
            }
            else if (k > 0 && IsAsciiLetter(value[k]) && IsDigit(value[k - 1]))
            {
                digitLetter++;
            }
        }

        return digits >= 3 && digitLetter >= 2;
    }
}
