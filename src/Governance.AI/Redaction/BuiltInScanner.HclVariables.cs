namespace Governance.AI.Redaction;

/// <summary>A Terraform (HCL) input variable named as a credential, its value given as the default in its block:
/// <c>variable "db_password" { default = "…" }</c>. The name and the value stand on different lines, so no separator
/// joins them.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far into a variable's block its <c>default</c> is looked for.</summary>
    private const int MaxHclBlock = 400;

    /// <summary>Whether the key name at <paramref name="s"/>..<paramref name="e"/> is a quoted variable name
    /// (<c>variable "…_token" {</c>) whose block gives a quoted default that is not a placeholder.</summary>
    private static bool TryHclVariableDefault(ReadOnlySpan<char> text, int s, int e, CredentialKey key, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (key is not (CredentialKey.Password or CredentialKey.Credential) || s < 10 || e + 3 >= n || text[s - 1] != '"' || text[e] != '"')
        {
            return false;
        }

        // "variable" opens its line: a block header, not a word of prose.
        ReadOnlySpan<char> header = text[..(s - 1)].TrimEnd(' ');
        if (!header.EndsWith("variable", StringComparison.Ordinal) || !IsAtLineStart(text, header.Length - 8))
        {
            return false;
        }

        int p = e + 1;
        while (p < n && text[p] == ' ')
        {
            p++;
        }

        if (p >= n || text[p] != '{')
        {
            return false;
        }

        int limit = Math.Min(n, p + MaxHclBlock);
        for (int q = p + 1; q < limit; q++)
        {
            // The block ends at a closing brace that opens its line (nested blocks, "validation { … }", are indented).
            if (text[q] == '}' && text[q - 1] == '\n')
            {
                return false;
            }

            if (text[q] != 'd' || !text[q..limit].StartsWith("default", StringComparison.Ordinal) || !(text[q - 1] is ' ' or '\t' or '\n' or '{'))
            {
                continue;
            }

            int v = q + 7;
            while (v < limit && text[v] is ' ' or '\t')
            {
                v++;
            }

            if (v >= limit || text[v] != '=')
            {
                return false;
            }

            v++;
            while (v < limit && text[v] is ' ' or '\t')
            {
                v++;
            }

            if (v >= limit || text[v] != '"')
            {
                return false;
            }

            int valueStart = v + 1;
            int valueEnd = valueStart;
            while (valueEnd < limit && text[valueEnd] is not ('"' or '\n'))
            {
                valueEnd++;
            }

            ReadOnlySpan<char> value = text[valueStart..valueEnd];
            if (valueEnd >= limit || text[valueEnd] != '"' || value.Length < 3 || IsPlaceholderValue(value, quoted: true) || value.ContainsAny(' ', '\t') ||
                (key != CredentialKey.Password && (value.Length < 8 || !LooksRandom(value))))
            {
                return false;
            }

            m = Match(key == CredentialKey.Password ? RedactionEntityTypes.Password : RedactionEntityTypes.Credential, valueStart, valueEnd, CredentialConfidence, secret: true);
            return true;
        }

        return false;
    }
}
