namespace Governance.AI.Redaction;

/// <summary>Credentials in URLs and command lines: <c>scheme://user:password@host</c>, <c>-u user:password</c>,
/// <c>-p password</c>.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far back a flag looks for the command's name on its line.</summary>
    private const int MaxCommandPrefix = 200;

    /// <summary>At the first colon of a <c>.pgpass</c> line, <c>host:port:database:user:password</c> (the port digits or
    /// <c>*</c>, the database and user names with a letter or <c>*</c>): the password, up to white space or a quote.</summary>
    private static bool TryPgPassLine(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        // The other credential file line a colon opens: "user:$apr1$…" (.htpasswd), "root:$6$…:19700:…" (/etc/shadow).
        if (colon + 1 < n && text[colon + 1] is '$' or '{')
        {
            return TryHashedPasswordLine(text, colon, out m);
        }

        int host = colon;
        while (host > 0 && colon - host < 253 && (IsAsciiAlnum(text[host - 1]) || text[host - 1] is '.' or '-' or '_' or '*'))
        {
            host--;
        }

        if (host == colon || (host > 0 && !char.IsWhiteSpace(text[host - 1]) && text[host - 1] is not ('`' or '"' or '\'')))
        {
            return false;
        }

        int port = colon + 1;
        int portEnd = port < n && text[port] == '*' ? port + 1 : port + CountDigits(text, port, 6);
        if (portEnd == port || portEnd - port > 5 || portEnd >= n || text[portEnd] != ':')
        {
            return false;
        }

        int database = portEnd + 1;
        int databaseEnd = PgPassField(text, database);
        int user = databaseEnd + 1;
        int userEnd = databaseEnd < n && text[databaseEnd] == ':' ? PgPassField(text, user) : -1;
        if (userEnd < 0 || userEnd >= n || text[userEnd] != ':' || !IsNamedPgPassField(text[database..databaseEnd]) || !IsNamedPgPassField(text[user..userEnd]))
        {
            return false;
        }

        int value = userEnd + 1;
        int valueEnd = value;
        while (valueEnd < n && !char.IsWhiteSpace(text[valueEnd]) && text[valueEnd] is not ('`' or '"' or '\'' or ':'))
        {
            valueEnd++;
        }

        if (valueEnd - value < 3 || (valueEnd < n && text[valueEnd] == ':') || IsPlaceholderValue(text[value..valueEnd], quoted: false))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, value, valueEnd, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>The end of a <c>.pgpass</c> name field: up to the next colon, white space or quote.</summary>
    private static int PgPassField(ReadOnlySpan<char> text, int start)
    {
        int p = start;
        while (p < text.Length && p - start < MaxKeyName && !char.IsWhiteSpace(text[p]) && text[p] is not (':' or '`' or '"' or '\''))
        {
            p++;
        }

        return p;
    }

    private static bool IsNamedPgPassField(ReadOnlySpan<char> field) =>
        field is "*" || field.ContainsAnyInRange('a', 'z') || field.ContainsAnyInRange('A', 'Z');

    /// <summary>At the colon of <c>scheme://user:password@host</c>: the password.</summary>
    private static bool TryUrlPassword(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (colon + 2 >= n || text[colon + 1] != '/' || text[colon + 2] != '/')
        {
            return false;
        }

        int s = colon;
        while (s > 0 && colon - s < 32 && (IsAsciiAlnum(text[s - 1]) || text[s - 1] is '+' or '.' or '-'))
        {
            s--;
        }

        if (colon - s < 2 || !IsAsciiLetter(text[s]))
        {
            return false;
        }

        int user = colon + 3;
        int userEnd = user;
        while (userEnd < n && userEnd - user <= 64 && !IsAuthorityEnd(text[userEnd]) && text[userEnd] is not (':' or '@'))
        {
            userEnd++;
        }

        if (userEnd >= n || text[userEnd] != ':')
        {
            return false;
        }

        int password = userEnd + 1;
        int authorityEnd = password;
        while (authorityEnd < n && authorityEnd - password <= 128 && !IsAuthorityEnd(text[authorityEnd]))
        {
            authorityEnd++;
        }

        int at = text[password..authorityEnd].LastIndexOf('@');
        if (at <= 0 || password + at + 1 >= n || !(IsAsciiAlnum(text[password + at + 1]) || text[password + at + 1] == '['))
        {
            return false;
        }

        ReadOnlySpan<char> value = text.Slice(password, at);
        if (IsPlaceholderValue(value, quoted: true) || IsAnyOf(value, "password", "pass", "pwd", "secret"))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, password, password + at, UrlPasswordConfidence, secret: true);
        return true;
    }

    // '#' and '?' end a URL's authority by the RFC, but pasted connection strings often carry them unescaped in the password.
    private static bool IsAuthorityEnd(char c) => char.IsWhiteSpace(c) || c is '/' or '"' or '\'' or '`' or '<' or '>';

    /// <summary>At a <c>-</c> after a space: <c>-u user:password</c>, <c>-p password</c> or <c>-pPassword</c>, and
    /// redis-cli's <c>-a password</c>.</summary>
    private static bool TryFlagCredential(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i == 0 || text[i - 1] != ' ' || i + 2 >= text.Length)
        {
            return false;
        }

        return text[i + 1] switch
        {
            'u' => text[i + 2] == ' ' && TryUserColonPassword(text, i + 3, out m),
            'p' => TryFlagPassword(text, i + 2, out m),

            // Elsewhere "-a" means "all"; only redis-cli takes the password with it.
            'a' => text[i + 2] == ' ' && LineRuns(text, i, "redis-cli") && TryFlagPassword(text, i + 2, out m),
            _ => false,
        };
    }

    /// <summary>After <c>-u </c>: the password of <c>user:password</c> (curl and friends).</summary>
    private static bool TryUserColonPassword(ReadOnlySpan<char> text, int v, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int e = v;
        while (e < n && e - v <= 160 && !char.IsWhiteSpace(text[e]) && text[e] is not ('"' or '\''))
        {
            e++;
        }

        int colon = text[v..e].IndexOf(':');
        if (colon <= 0 || v + colon + 1 >= e)
        {
            return false;
        }

        ReadOnlySpan<char> value = text[(v + colon + 1)..e];
        if (text[v] == '$' || IsPlaceholderValue(value, quoted: true) || value.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, v + colon + 1, e, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>After <c>-p</c>, attached (<c>-pS3cret</c>) or after a space: a random-looking password (not a path, a port or
    /// a directory flag's argument).</summary>
    private static bool TryFlagPassword(ReadOnlySpan<char> text, int v, out RedactionMatch m)
    {
        m = default;
        if (v < text.Length && text[v] == ' ')
        {
            v++;
        }

        if (!TryReadValue(text, v, query: false, xmlElement: false, out int start, out int end, out bool quoted))
        {
            return false;
        }

        ReadOnlySpan<char> value = text[start..end];
        if (IsPlaceholderValue(value, quoted) || !LooksVeryRandom(value))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, start, end, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>At the dash of PowerShell's <c>ConvertTo-SecureString 'value' -AsPlainText</c>: the quoted string it
    /// turns into a credential (also after <c>-String</c>).</summary>
    private static bool TrySecureStringLiteral(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        const string Verb = "ConvertTo";
        const string Noun = "-SecureString ";
        if (i < Verb.Length || !text[(i - Verb.Length)..i].Equals(Verb, StringComparison.OrdinalIgnoreCase) ||
            !text[i..].StartsWith(Noun, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int v = SkipBlanks(text, i + Noun.Length, 4);
        if (text[v..].StartsWith("-String ", StringComparison.OrdinalIgnoreCase))
        {
            v = SkipBlanks(text, v + "-String ".Length, 4);
        }

        if (v >= text.Length || text[v] is not ('"' or '\'') ||
            !TryReadValue(text, v, false, false, out int valueStart, out int valueEnd, out _) || IsPlaceholderValue(text[valueStart..valueEnd], quoted: true))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, valueStart, valueEnd, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>At a <c>_</c>: RabbitMQ's <c>rabbitmqctl add_user USER PASS</c> and <c>change_password USER PASS</c>.</summary>
    private static bool TryRabbitMqPassword(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int after;
        if (i >= 3 && text[(i - 3)..i].Equals("add", StringComparison.Ordinal) && text[(i + 1)..].StartsWith("user ", StringComparison.Ordinal))
        {
            after = i + 5;
        }
        else if (i >= 6 && text[(i - 6)..i].Equals("change", StringComparison.Ordinal) && text[(i + 1)..].StartsWith("password ", StringComparison.Ordinal))
        {
            after = i + 9;
        }
        else
        {
            return false;
        }

        return LineRuns(text, i, "rabbitmqctl") && TryNextArgument(text, after, out _, out int userEnd) &&
            TryNextArgument(text, userEnd, out int start, out int end) && TryArgumentPassword(text, start, end, random: false, out m);
    }
}
