namespace Governance.AI.Redaction;

/// <summary>A password hash stored after its user name, as <c>.htpasswd</c> and <c>/etc/shadow</c> lines write it
/// (<c>admin:$apr1$salt$hash</c>, <c>deploy:$2y$10$…</c>, <c>root:$6$salt$hash:19700:0:…</c>, <c>alice:{SHA}base64=</c>): a
/// modular-crypt or LDAP-scheme hash can be cracked offline and is redacted like the password it stands for. Read at the
/// colon after the user name (the scanner's <c>:</c> trigger, one character compare when no <c>$</c> or <c>{</c> follows).
/// A hash alone in prose, a hex digest and a variable (<c>admin:$HTPASSWD</c>, <c>user:${PASS}</c>) are not read here.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>The shortest hash part (after the last <c>$</c>) of the crypt formats read here: MD5-crypt and APR1 have 22.</summary>
    private const int MinCryptHash = 22;

    /// <summary>At the colon at <paramref name="colon"/>: a user name that opens its line or follows white space or a quote,
    /// then a modular-crypt hash (<c>$id$…$hash</c>, <c>$2y$10$…</c>, <c>$argon2id$v=19$m=…$salt$hash</c>) or an LDAP
    /// scheme hash (<c>{SHA}</c>, <c>{SSHA}</c>, <c>{SSHA512}</c>… then base64).</summary>
    private static bool TryHashedPasswordLine(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int v = colon + 1;
        if (v >= n || text[v] is not ('$' or '{'))
        {
            return false;
        }

        int user = colon;
        while (user > 0 && colon - user <= 32 && (IsAsciiAlnum(text[user - 1]) || text[user - 1] is '.' or '-' or '_' or '@'))
        {
            user--;
        }

        if (user == colon || colon - user > 32 || !IsAsciiLetter(text[user]) ||
            (user > 0 && !char.IsWhiteSpace(text[user - 1]) && text[user - 1] is not ('`' or '"' or '\'' or '(')))
        {
            return false;
        }

        int end = text[v] == '$' ? ModularCryptEnd(text, v) : LdapSchemeHashEnd(text, v);
        if (end < 0 || (end < n && !IsHashLineEnd(text[end])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, v, end, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>Where a modular-crypt hash that starts at <paramref name="v"/> ends, or -1: <c>$</c>, an identifier of
    /// lower-case letters, digits and dashes, two or more <c>$</c>-separated fields, the last of at least
    /// <see cref="MinCryptHash"/> characters of the crypt alphabet with a letter and a digit.</summary>
    private static int ModularCryptEnd(ReadOnlySpan<char> text, int v)
    {
        int n = text.Length;
        int p = v + 1;
        while (p < n && p - v <= 16 && (char.IsAsciiLetterLower(text[p]) || IsDigit(text[p]) || text[p] == '-'))
        {
            p++;
        }

        if (p == v + 1 || p >= n || text[p] != '$')
        {
            return -1;
        }

        int fields = 0;
        int fieldStart = p + 1;
        int limit = Math.Min(n, v + MaxCredentialValue);
        for (p = fieldStart; p <= limit; p++)
        {
            char c = p < limit ? text[p] : ' ';
            if (IsAsciiAlnum(c) || c is '.' or '/' or '+' or '=' or ',' or '-')
            {
                continue;
            }

            if (p == fieldStart)
            {
                return -1;
            }

            fields++;
            if (c != '$')
            {
                break;
            }

            fieldStart = p + 1;
        }

        // A full stop after the hash ends the sentence ("… is admin:$apr1$…$hash.").
        int hashEnd = Math.Min(p, limit);
        if (hashEnd > fieldStart && text[hashEnd - 1] == '.' && (hashEnd == n || char.IsWhiteSpace(text[hashEnd])))
        {
            hashEnd--;
        }

        ReadOnlySpan<char> hash = text[fieldStart..hashEnd];
        return fields >= 2 && hash.Length >= MinCryptHash && HasDigitAndLetter(hash) ? fieldStart + hash.Length : -1;
    }

    /// <summary>Where an LDAP scheme hash (<c>{SHA}</c>, <c>{SSHA}</c>, <c>{SHA256}</c>, <c>{SSHA512}</c>, <c>{MD5}</c>,
    /// <c>{SMD5}</c>, <c>{PBKDF2}</c>… then 20 or more base64 characters) that starts at <paramref name="v"/> ends, or -1.</summary>
    private static int LdapSchemeHashEnd(ReadOnlySpan<char> text, int v)
    {
        int n = text.Length;
        int close = v + 1;
        while (close < n && close - v <= 16 && (char.IsAsciiLetterUpper(text[close]) || IsDigit(text[close]) || text[close] == '-'))
        {
            close++;
        }

        ReadOnlySpan<char> scheme = text[(v + 1)..close];
        if (close >= n || text[close] != '}' || !(scheme.StartsWith("SHA") || scheme.StartsWith("SSHA") || scheme.StartsWith("MD5") || scheme.StartsWith("SMD5") || scheme.StartsWith("PBKDF2")))
        {
            return -1;
        }

        int end = close + 1;
        while (end < n && end - close <= MaxCredentialValue && (IsAsciiAlnum(text[end]) || text[end] is '+' or '/' or '=' or '$' or '.'))
        {
            end++;
        }

        return end - close - 1 >= 20 && HasDigitAndLetter(text[(close + 1)..end]) ? end : -1;
    }

    /// <summary>What may follow a stored hash: the end of the line or field, white space, a quote, sentence punctuation.</summary>
    private static bool IsHashLineEnd(char c) => char.IsWhiteSpace(c) || c is ':' or ',' or ';' or '.' or '"' or '\'' or '`' or ')';
}
