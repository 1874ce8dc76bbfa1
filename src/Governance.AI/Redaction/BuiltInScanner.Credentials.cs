using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>
/// Credentials without a vendor format, found from what introduces them: a key name (<c>password=</c>,
/// <c>"client_secret": "…"</c>, <c>api_key:</c>, <c>Password=…;</c>, "the password is …"), an HTTP authorization scheme
/// (<c>Bearer</c>, <c>Basic</c>), a URL's <c>user:password@</c>, or a command-line flag (<c>-u user:password</c>,
/// <c>-p …</c>). Only the value is reported; the key name stays readable.
/// </summary>
/// <remarks>
/// One vectorized search finds the anchor words; each hit reads a bounded stretch around it, so the pass stays linear.
/// How sure a value must look depends on how it was introduced: a quoted value or one after <c>=</c> counts unless it is a
/// placeholder; after <c>:</c> or "is" it must look random (a letter with a digit or a symbol), and after a bare space
/// even more so, because prose ("password reset", "Token: expired") uses the same words.
/// Placeholders never count: references (<c>$VAR</c>, <c>${…}</c>, <c>{{ … }}</c>, <c>%VAR%</c>, <c>os.environ[…]</c>,
/// <c>process.env.X</c>), angle-bracket and <c>YOUR_…</c> names, masks (<c>****</c>, <c>xxxx</c>), elisions
/// (<c>sk-...</c>), paths, type names and literals (<c>string</c>, <c>true</c>, <c>null</c>). A weak but real value such as
/// <c>changeme</c> after <c>password=</c> does count: it is the credential in use.
/// </remarks>
internal static partial class BuiltInScanner
{
    // Below the vendor recognizers (0.9 and more), so a vendor key after "api_key=" keeps its own name.
    private const double CredentialConfidence = 0.85;
    private const double UrlPasswordConfidence = 0.97;
    private const int MaxCredentialValue = 256;
    private const int MaxKeyName = 64;

    private static readonly SearchValues<string> CredentialAnchors = SearchValues.Create(
        ["pass", "pwd", "kennwort", "secret", "token", "key", "sig", "bearer", "basic", "auth", "credential", "contraseña", "senha", "://", " -u ", " -p"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> MaskChars = SearchValues.Create("xX*•·#_-.");
    private static readonly SearchValues<char> ScreamingCaseChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    private static readonly SearchValues<char> CodeNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.");

    private enum CredentialKey
    {
        None,
        Password,
        Credential,

        /// <summary>A bare "key": only a random-looking value after <c>=</c> or <c>:</c> counts.</summary>
        BareKey,

        /// <summary>The Bearer authorization scheme.</summary>
        Bearer,

        /// <summary>The Basic authorization scheme.</summary>
        Basic,
    }

    private enum CredentialSeparator
    {
        None,

        /// <summary><c>=</c> or <c>=&gt;</c>.</summary>
        Assign,

        /// <summary>A value between XML tags: <c>&lt;password&gt;…&lt;/password&gt;</c>.</summary>
        Element,

        /// <summary><c>:</c> or <c>:=</c>.</summary>
        Colon,

        /// <summary>"is", "was", "lautet", "est", "es"… in prose.</summary>
        Prose,

        /// <summary>Only white space.</summary>
        Space,
    }

    private static void ScanCredentials(ReadOnlySpan<char> text, List<RedactionMatch> output)
    {
        int n = text.Length;
        int p = 0;
        while (p < n)
        {
            int rel = text[p..].IndexOfAny(CredentialAnchors);
            if (rel < 0)
            {
                return;
            }

            int a = p + rel;
            RedactionMatch m;
            bool found;
            switch (text[a])
            {
                case ':':
                    found = TryUrlPassword(text, a, out m);
                    p = found ? m.End : a + 3;
                    break;
                case ' ':
                    found = text[a + 2] is 'u' or 'U' ? TryUserColonPassword(text, a + 4, out m) : TryFlagPassword(text, a + 3, out m);
                    p = found ? m.End : a + 3;
                    break;
                default:
                    found = TryKeyedCredential(text, a, out m, out int nameEnd);
                    p = found ? m.End : Math.Max(a + 1, nameEnd);
                    break;
            }

            if (found)
            {
                output.Add(m);
            }
        }
    }

    private static bool IsKeyNameChar(char c) => IsWordChar(c) || c is '-' or '.';

    /// <summary>A value introduced by the key name around the anchor at <paramref name="a"/>.</summary>
    private static bool TryKeyedCredential(ReadOnlySpan<char> text, int a, out RedactionMatch m, out int nameEnd)
    {
        m = default;
        int n = text.Length;
        int s = a;
        while (s > 0 && a - s < MaxKeyName && IsKeyNameChar(text[s - 1]))
        {
            s--;
        }

        nameEnd = a;
        while (nameEnd < n && nameEnd - s < MaxKeyName && IsKeyNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        // Too long to be a key name, or a segment of a path ("POST /token HTTP/1.1").
        if ((s > 0 && (IsKeyNameChar(text[s - 1]) || text[s - 1] == '/')) || (nameEnd < n && IsKeyNameChar(text[nameEnd])))
        {
            return false;
        }

        // Sentence punctuation and a flag's leading dashes are not part of the name.
        int e = nameEnd;
        while (e > s && text[e - 1] is '.' or '-')
        {
            e--;
        }

        bool flag = false;
        while (s < e && text[s] == '-')
        {
            s++;
            flag = true;
        }

        if (s == e)
        {
            return false;
        }

        ReadOnlySpan<char> name = text[s..e];
        bool query = s > 0 && text[s - 1] is '?' or '&';
        CredentialKey key = ClassifyKeyName(name, text[..s], query);
        if (key == CredentialKey.None)
        {
            return false;
        }

        int v = e;
        CredentialSeparator separator = ReadSeparator(text, s, ref v, flag);
        if (separator == CredentialSeparator.None || (key is CredentialKey.Bearer or CredentialKey.Basic && separator != CredentialSeparator.Space))
        {
            return false;
        }

        if (!TryReadValue(text, v, query, separator == CredentialSeparator.Element, out int valueStart, out int valueEnd, out bool quoted))
        {
            return false;
        }

        ReadOnlySpan<char> value = text[valueStart..valueEnd];
        if (IsPlaceholderValue(value, quoted) || value.ContainsAny(' ', '\t') ||
            value.Equals(name, StringComparison.OrdinalIgnoreCase) || value.Equals(LastNamePart(name), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "password: Summer" alone on a YAML line is configuration, not a sentence that goes on.
        bool configLine = separator == CredentialSeparator.Colon && !quoted && IsAtLineStart(text, s) && IsAtLineEnd(text, valueEnd);
        bool accepted = key switch
        {
            CredentialKey.Bearer => value.Length >= 12 && LooksRandom(value),
            CredentialKey.Basic => IsBasicCredential(value),
            CredentialKey.BareKey => separator is CredentialSeparator.Assign or CredentialSeparator.Colon && value.Length >= 16 && HasMixedCaseAndDigit(value),
            CredentialKey.Password when quoted || configLine || separator is CredentialSeparator.Assign or CredentialSeparator.Element => value.Length >= 3,
            _ when quoted || configLine || separator is CredentialSeparator.Assign or CredentialSeparator.Element => value.Length >= 8 && LooksRandom(value),
            // "Authorization: token …": the scheme name, not a word of a sentence.
            _ when separator == CredentialSeparator.Space && !text[..s].TrimEnd().EndsWith("authorization:", StringComparison.OrdinalIgnoreCase) => LooksVeryRandom(value),
            _ => LooksRandom(value),
        };

        if (!accepted)
        {
            return false;
        }

        string type = key == CredentialKey.Password ? RedactionEntityTypes.Password
            : key == CredentialKey.Credential && name.EndsWith("key", StringComparison.OrdinalIgnoreCase) &&
              value.Length == HexServiceKeyLength && IsSingleCaseHexWithLetter(value) ? RedactionEntityTypes.AzureKey
            : RedactionEntityTypes.Credential;
        m = Match(type, valueStart, valueEnd, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>What a key name introduces, judged by its last part ("DB_PASSWORD", "dbPassword", "x-api-key",
    /// "client_secret", "access_token"; not "max_tokens", "token_type", "password_policy", "bypass").</summary>
    private static CredentialKey ClassifyKeyName(ReadOnlySpan<char> name, ReadOnlySpan<char> before, bool query)
    {
        ReadOnlySpan<char> last = LastNamePart(name);
        if (last.Length == name.Length && (name.Equals("bearer", StringComparison.OrdinalIgnoreCase)))
        {
            return CredentialKey.Bearer;
        }

        if (last.Length == name.Length && name.Equals("basic", StringComparison.OrdinalIgnoreCase))
        {
            return CredentialKey.Basic;
        }

        if (IsAnyOf(last, "password", "passwd", "pwd", "pass", "passphrase", "passcode", "passwort", "kennwort", "contraseña", "senha") ||
            EndsWithAny(last, "password", "passwd", "passphrase") ||
            (last.Equals("passe", StringComparison.OrdinalIgnoreCase) && before.EndsWith("mot de ", StringComparison.OrdinalIgnoreCase)))
        {
            return CredentialKey.Password;
        }

        if (IsAnyOf(last, "secret", "token", "apikey", "apitoken", "accesstoken", "authtoken", "secretkey", "accesskey", "privatekey", "clientsecret", "credential", "credentials", "authorization", "auth") ||
            EndsWithAny(last, "secret", "token", "apikey", "secretkey", "privatekey"))
        {
            return CredentialKey.Credential;
        }

        // An Azure shared access signature's "sig=" in a URL query.
        if (query && name.Equals("sig", StringComparison.OrdinalIgnoreCase))
        {
            return CredentialKey.Credential;
        }

        if (last.Equals("key", StringComparison.OrdinalIgnoreCase))
        {
            if (last.Length == name.Length)
            {
                return CredentialKey.BareKey;
            }

            ReadOnlySpan<char> previous = LastNamePart(name[..(name.Length - last.Length)].TrimEnd("_-."));
            return IsAnyOf(previous, "api", "access", "secret", "private", "subscription", "auth", "signing", "master", "encryption", "account", "client", "app", "service", "shared", "storage", "license", "webhook", "admin", "sas", "session")
                ? CredentialKey.Credential
                : CredentialKey.None;
        }

        return CredentialKey.None;
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

        if (q < n && text[q] is '"' or '\'' or '`')
        {
            q++;
        }

        if (q < n && text[q] == ']')
        {
            q++;
        }

        int spaces = SkipBlanks(text, q, 4) - q;
        q += spaces;
        CredentialSeparator separator;
        if (q < n && text[q] == '=' && (q + 1 >= n || text[q + 1] != '='))
        {
            separator = CredentialSeparator.Assign;
            q += q + 1 < n && text[q + 1] == '>' ? 2 : 1;
        }
        else if (q < n && text[q] == ':' && (q + 1 >= n || text[q + 1] != ':'))
        {
            separator = CredentialSeparator.Colon;
            q += q + 1 < n && text[q + 1] == '=' ? 2 : 1;
        }
        else if (q == v && q < n && text[q] == '>' && nameStart > 0 && text[nameStart - 1] == '<')
        {
            // <password>value</password>
            v = q + 1;
            return CredentialSeparator.Element;
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

        v = SkipBlanks(text, q, 4);
        return separator;
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

    private static bool TryProseSeparator(ReadOnlySpan<char> text, int q, out int wordStart, out int wordLength)
    {
        wordStart = q;
        wordLength = ProseSeparatorLength(text[q..]);
        return wordLength > 0 || ProseQualifierSeparator(text, q, out wordStart, out wordLength);
    }

    /// <summary>"password for the router is …", "password to the staging box: …": a short qualifier on the same line and
    /// sentence, then a linking word or a colon. On success <paramref name="at"/> is where the linking word starts.</summary>
    private static bool ProseQualifierSeparator(ReadOnlySpan<char> text, int q, out int at, out int word)
    {
        at = q;
        word = 0;
        ReadOnlySpan<char> rest = text[q..];
        if (!(rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ||
              rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("on ", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        int limit = Math.Min(rest.Length, 40);
        for (int k = 3; k < limit; k++)
        {
            char c = rest[k];
            if (c is '.' or '!' or '?' or '\n' or ',' or ';')
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

    /// <summary>The length of a linking word ("is", "was", "lautet", "ist", "est", "es", "é", "è", "era") followed by a space or a colon.</summary>
    private static int ProseSeparatorLength(ReadOnlySpan<char> s)
    {
        foreach (string word in (ReadOnlySpan<string>)["is", "was", "lautet", "ist", "est", "es", "é", "è", "era"])
        {
            if (s.Length > word.Length && s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && s[word.Length] is ' ' or ':')
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Reads a value at <paramref name="v"/>: a quoted string on one line, or a run up to white space or a
    /// delimiter (<c>&amp;</c> too in a URL query), without trailing sentence punctuation.</summary>
    private static bool TryReadValue(ReadOnlySpan<char> text, int v, bool query, bool xmlElement, out int start, out int end, out bool quoted)
    {
        int n = text.Length;
        start = v;
        end = v;
        quoted = false;
        if (v >= n)
        {
            return false;
        }

        if (xmlElement)
        {
            int close = text.Slice(v, Math.Min(MaxCredentialValue, n - v)).IndexOfAny('<', '\n');
            quoted = close > 0 && text[v + close] == '<';
            end = v + close;
            return quoted;
        }

        if (text[v] == '\\' && v + 1 < n && text[v + 1] == '"')
        {
            v++;
        }

        char closing = text[v] switch
        {
            '"' => '"',
            '\'' => '\'',
            '`' => '`',
            '‘' => '’',
            '“' => '”',
            '„' => '“',
            '«' => '»',
            _ => '\0',
        };
        if (closing != '\0')
        {
            start = v + 1;
            int close = text.Slice(start, Math.Min(MaxCredentialValue, n - start)).IndexOfAny(closing, '\n');
            if (close <= 0 || text[start + close] != closing)
            {
                return false;
            }

            end = start + close;
            if (text[end - 1] == '\\')
            {
                end--;
            }

            quoted = true;
            return end > start;
        }

        int limit = Math.Min(n, v + MaxCredentialValue);
        while (end < limit && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '`' or ',' or ';' or '<' or '>' or ')' or ']' or '}' or '(' or '[') &&
            !(text[end] == '&' && (query || IsQueryParameter(text, end + 1))))
        {
            end++;
        }

        // A call ("getSecret()") or a type ("Optional[str]") is code, not a value.
        if (end < n && text[end] is '(' or '[')
        {
            return false;
        }

        while (end > start && text[end - 1] is '.' or ':' or '\\')
        {
            end--;
        }

        return end > start;
    }

    /// <summary>Whether a query parameter ("mode=test") starts at <paramref name="p"/>: a value that goes on with
    /// "&amp;name=" is the first parameter of a query string.</summary>
    private static bool IsQueryParameter(ReadOnlySpan<char> text, int p)
    {
        int e = p;
        while (e < text.Length && e - p < 32 && (IsAsciiAlnum(text[e]) || text[e] is '_' or '-' or '.'))
        {
            e++;
        }

        return e > p && e < text.Length && text[e] == '=';
    }

    /// <summary>Whether a value is a placeholder or a reference rather than a credential (see the type's remarks).</summary>
    private static bool IsPlaceholderValue(ReadOnlySpan<char> value, bool quoted)
    {
        char first = value[0];
        if (first is '$' or '%' or '<' or '{' or '[' or '(' or '@' or '/' or '~' or '\\' or '.' ||
            value.Contains("{{", StringComparison.Ordinal) || value.Contains("${", StringComparison.Ordinal) ||
            value.Contains("...", StringComparison.Ordinal) || value.Contains('…') ||
            value.StartsWith("your", StringComparison.OrdinalIgnoreCase) || value.StartsWith("!vault", StringComparison.OrdinalIgnoreCase) ||
            value.Contains("environ", StringComparison.OrdinalIgnoreCase) || value.Contains("getenv", StringComparison.OrdinalIgnoreCase) ||
            value.Contains("process.env", StringComparison.OrdinalIgnoreCase) || value.Contains("secrets.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value.IndexOfAnyExcept(MaskChars) < 0)
        {
            return true;
        }

        if (IsAnyOf(value, "true", "false", "null", "none", "nil", "undefined", "string", "str", "int", "bool", "boolean", "number", "object", "any", "bytes",
            "required", "optional", "redacted", "hidden", "empty", "placeholder", "n/a", "tbd", "secretstr"))
        {
            return true;
        }

        // A variable: SCREAMING_CASE ("DEPLOY_TOKEN"), or, unquoted, a snake_case or dotted name without digits
        // ("db_password", "self.token").
        if (value.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        bool screaming = value.Contains('_') && value.IndexOfAnyExcept(ScreamingCaseChars) < 0;
        bool codeName = !quoted && value.ContainsAny('_', '.') && value.IndexOfAnyExcept(CodeNameChars) < 0;
        return screaming || codeName;
    }

    /// <summary>Whether a value looks chosen or generated rather than a word: a letter with a digit or a symbol, or a long
    /// mixed-case run.</summary>
    private static bool LooksRandom(ReadOnlySpan<char> value)
    {
        if (value.Length < 6)
        {
            return false;
        }

        bool digit = false, symbol = false, upper = false, lower = false;
        foreach (char c in value)
        {
            upper |= c is >= 'A' and <= 'Z';
            lower |= c is >= 'a' and <= 'z';
            digit |= IsDigit(c);
            symbol |= !char.IsLetterOrDigit(c);
        }

        bool letter = upper || lower;
        return letter && (digit || symbol || (value.Length >= 16 && upper && lower));
    }

    /// <summary>Stricter than <see cref="LooksRandom"/>, for a value after a bare space: at least 8 characters with a
    /// letter, a digit, and mixed case or a symbol.</summary>
    private static bool LooksVeryRandom(ReadOnlySpan<char> value)
    {
        if (value.Length < 8)
        {
            return false;
        }

        bool digit = false, symbol = false, upper = false, lower = false;
        foreach (char c in value)
        {
            upper |= c is >= 'A' and <= 'Z';
            lower |= c is >= 'a' and <= 'z';
            digit |= IsDigit(c);
            symbol |= !char.IsLetterOrDigit(c);
        }

        return (upper || lower) && digit && ((upper && lower) || symbol);
    }

    /// <summary>A Basic authorization value: base64 of "user:password".</summary>
    private static bool IsBasicCredential(ReadOnlySpan<char> value)
    {
        if (value.Length is < 8 or > MaxCredentialValue)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxCredentialValue];
        return Convert.TryFromBase64Chars(value, bytes, out int written) && bytes[..written].Contains((byte)':');
    }

    /// <summary>At the colon of <c>scheme://user:password@host</c>: the password.</summary>
    private static bool TryUrlPassword(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
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
}
