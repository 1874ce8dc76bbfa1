namespace Governance.AI.Redaction;

/// <summary>Issue #17, twenty-sixth round: credentials whose name and value are two fields of one object (Postman
/// collections and environments, <c>{"key": "apiKey", "value": "…"}</c>, and their auth blocks, <c>"bearer": [{"key":
/// "token", "value": "…"}]</c>), and vendor tokens without a key name in front: PagerDuty user tokens (<c>u+</c> + 18)
/// and Supabase secret keys (<c>sb_secret_</c>; the publishable <c>sb_publishable_</c> key is public and stays).</summary>
/// <remarks>No pass and no anchor of its own: the pair is read at the main scan's <c>:</c> trigger only when the colon
/// follows <c>"value"</c>, the PagerDuty token at the <c>+</c> trigger, the Supabase key at the <c>_</c> trigger.</remarks>
internal static partial class BuiltInScanner
{
    /// <summary>How far back the <c>"key"</c> field's name is read from its <c>"value"</c> field.</summary>
    private const int MaxPairedName = 40;

    private const int PagerDutyUserTokenBody = 18;

    /// <summary>At the colon after <c>"value"</c>: the field before it in the same object is <c>"key": "NAME"</c> and NAME
    /// names a credential; the quoted value is then judged as after <c>NAME=</c> (a password of three characters or more,
    /// any other credential random-looking; placeholders such as <c>{{token}}</c> stay).</summary>
    private static bool TryPairedValueCredential(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        if (colon < 16 || text[colon - 1] != '"' || !text[(colon - 7)..colon].SequenceEqual("\"value\""))
        {
            return false;
        }

        // Back over ", " to the closing quote of the key field's value.
        int p = SkipSpacesBack(text, colon - 7);
        if (p == 0 || text[p - 1] != ',')
        {
            return false;
        }

        p = SkipSpacesBack(text, p - 1);
        if (p == 0 || text[p - 1] != '"')
        {
            return false;
        }

        int nameEnd = p - 1;
        int nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart < MaxPairedName && IsKeyNameChar(text[nameStart - 1]))
        {
            nameStart--;
        }

        if (nameStart == nameEnd || nameStart == 0 || text[nameStart - 1] != '"')
        {
            return false;
        }

        p = SkipSpacesBack(text, nameStart - 1);
        if (p == 0 || text[p - 1] != ':')
        {
            return false;
        }

        p = SkipSpacesBack(text, p - 1);
        if (p < 5 || !text[(p - 5)..p].SequenceEqual("\"key\""))
        {
            return false;
        }

        CredentialKey key = ClassifyKeyName(text[nameStart..nameEnd], [], query: false);
        if (key == CredentialKey.None)
        {
            return false;
        }

        int v = colon + 1;
        while (v < text.Length && text[v] == ' ')
        {
            v++;
        }

        if (v >= text.Length || text[v] != '"' || !TryReadValue(text, v, false, false, out int start, out int end, out bool quoted) || !quoted)
        {
            return false;
        }

        ReadOnlySpan<char> value = text[start..end];
        bool accepted = !IsPlaceholderValue(value, quoted: true) && !value.ContainsAny(' ', '\t') &&
            (key == CredentialKey.Password ? value.Length >= 3 : value.Length >= 8 && LooksRandom(value));
        if (!accepted)
        {
            return false;
        }

        m = Match(key == CredentialKey.Password ? RedactionEntityTypes.Password : RedactionEntityTypes.Credential, start, end, CredentialConfidence, secret: true);
        return true;
    }

    private static int SkipSpacesBack(ReadOnlySpan<char> text, int p)
    {
        while (p > 0 && text[p - 1] is ' ' or '\t' or '\n' or '\r')
        {
            p--;
        }

        return p;
    }

    /// <summary>At a <c>+</c>: a PagerDuty user API token, <c>u+</c> and 18 base64url characters of both cases (not a
    /// code point such as <c>U+1F600</c>, which is upper case and shorter).</summary>
    private static bool TryPagerDutyUserToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i == 0 || text[i - 1] != 'u' || !IsSecretLeftBoundary(text, i - 1))
        {
            return false;
        }

        int e = TokenRun(text, i + 1, allowDash: true, allowUnderscore: true);
        ReadOnlySpan<char> body = text[(i + 1)..e];
        if (body.Length != PagerDutyUserTokenBody || !HasBothCases(body) || IsFillerBody(body) || (e < text.Length && text[e] is '+' or '.' && e + 1 < text.Length && IsTokenChar(text[e + 1])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, i - 1, e, VendorTokenConfidence, secret: true);
        return true;
    }
}
