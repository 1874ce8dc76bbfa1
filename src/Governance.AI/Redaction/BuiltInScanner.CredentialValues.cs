using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>The values of credentials: where one ends, which are placeholders, and how random one looks.</summary>
internal static partial class BuiltInScanner
{
    private static readonly SearchValues<char> MaskChars = SearchValues.Create("xX*•·#_-.");
    private static readonly SearchValues<char> ScreamingCaseChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    private static readonly SearchValues<char> CodeNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.");

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
            '»' => '«',
            '「' => '」',
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

            // French typesetting spaces the guillemets from what they quote ("« azerty123 »", often with a no-break space).
            if (closing is '»' or '«')
            {
                while (start < end && text[start] is ' ' or '\u00A0' or '\u202F')
                {
                    start++;
                }

                while (end > start && text[end - 1] is ' ' or '\u00A0' or '\u202F')
                {
                    end--;
                }

                if (end == start)
                {
                    return false;
                }
            }
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

    /// <summary>Whether a value read after a bare space or a linking word is another field's assignment
    /// ("auth request_id=4dcc…" in a log line): a name, <c>=</c>, then more than base64 padding.</summary>
    private static bool IsAssignment(ReadOnlySpan<char> value)
    {
        int equals = value.IndexOf('=');
        if (equals <= 0 || equals >= value.Length - 2 || !IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (char c in value[..equals])
        {
            if (!IsTokenChar(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a value holds eight or more of one character in a row.</summary>
    private static bool HasFillerRun(ReadOnlySpan<char> value)
    {
        int run = 1;
        for (int k = 1; k < value.Length; k++)
        {
            run = value[k] == value[k - 1] ? run + 1 : 1;
            if (run >= 8)
            {
                return true;
            }
        }

        return false;
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

        if (value.IndexOfAnyExcept(MaskChars) < 0 || IsCmdletName(value))
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

    /// <summary>Whether a value is a lower-case host name ("app.terraform.io"): labels of letters, digits and dashes
    /// joined by dots, ending with an alphabetic top-level label.</summary>
    private static bool IsHostName(ReadOnlySpan<char> value)
    {
        int dot = value.LastIndexOf('.');
        if (dot <= 0 || value.Length - dot - 1 < 2 || value[(dot + 1)..].IndexOfAnyExceptInRange('a', 'z') >= 0)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a value looks chosen or generated rather than a word: a letter with a digit or a symbol, or a long
    /// mixed-case run.</summary>
    private static bool LooksRandom(ReadOnlySpan<char> value)
    {
        CharKinds kinds = KindsOf(value);
        return value.Length >= 6 && kinds.Letter && (kinds.Digit || kinds.Symbol || (value.Length >= 16 && kinds.Upper && kinds.Lower));
    }

    /// <summary>Stricter than <see cref="LooksRandom"/>, for a value after a bare space: at least 8 characters with a
    /// letter, a digit, and mixed case or a symbol.</summary>
    private static bool LooksVeryRandom(ReadOnlySpan<char> value)
    {
        CharKinds kinds = KindsOf(value);
        return value.Length >= 8 && kinds.Letter && kinds.Digit && ((kinds.Upper && kinds.Lower) || kinds.Symbol);
    }

    private static CharKinds KindsOf(ReadOnlySpan<char> value)
    {
        var kinds = default(CharKinds);
        foreach (char c in value)
        {
            kinds.Upper |= c is >= 'A' and <= 'Z';
            kinds.Lower |= c is >= 'a' and <= 'z';
            kinds.Digit |= IsDigit(c);
            kinds.Symbol |= !char.IsLetterOrDigit(c);
        }

        return kinds;
    }

    /// <summary>Which kinds of characters a value holds (ASCII letters, digits, and anything that is no letter or digit).</summary>
    private struct CharKinds
    {
        public bool Upper;
        public bool Lower;
        public bool Digit;
        public bool Symbol;

        public readonly bool Letter => Upper || Lower;
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

    /// <summary>Whether a value is a PowerShell command's Verb-Noun name with one of the common approved verbs
    /// ("$pw = ConvertTo-SecureString …", "$token = Get-Secret …" assign a call; "Quartz-Otter" is a password).</summary>
    private static bool IsCmdletName(ReadOnlySpan<char> value)
    {
        int dash = value.IndexOf('-');
        if (dash < 2 || dash > value.Length - 3 || !char.IsAsciiLetterUpper(value[dash + 1]) ||
            !IsAnyOf(value[..dash], "Get", "Set", "New", "Read", "ConvertTo", "ConvertFrom", "Invoke", "Import", "Export", "Add", "Select", "Unprotect", "Protect"))
        {
            return false;
        }

        foreach (char c in value[(dash + 1)..])
        {
            if (!IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
