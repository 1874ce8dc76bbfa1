namespace Governance.AI.Redaction;

/// <summary>Vendor tokens whose documented prefix holds a digit or a dot, reported as
/// <see cref="RedactionEntityTypes.Credential"/>: LangSmith (<c>lsv2_pt_</c>, <c>lsv2_sk_</c> + 32 hex + <c>_</c> + 10 hex),
/// Replicate (<c>r8_</c> + 37), Bitbucket app passwords (<c>ATBB</c> + 32), EasyPost (<c>EZAK</c> + 54), Cloudflare Origin CA keys (<c>v1.0-</c> + 24 hex + <c>-</c> + 146 hex) and Asana personal
/// access tokens (<c>1/</c> user id, or <c>2/</c> user id <c>/</c> app id, then <c>:</c> + 32 hex) and ClickUp personal
/// tokens (<c>pk_</c> + the user's numeric id + <c>_</c> + 32 upper-case letters and digits).</summary>
internal static partial class BuiltInScanner
{
    private const int LangSmithKeyHex = 32;
    private const int LangSmithChecksumHex = 10;
    private const int EasyPostBody = 54;
    private const int CloudflareCaIdHex = 24;
    private const int CloudflareCaKeyHex = 146;
    private const int AsanaSecretHex = 32;
    private const int AsanaMinId = 10;
    private const int ReplicateBody = 37;
    private const int BitbucketBody = 32;
    private const int ClickUpBody = 32;

    /// <summary>At the <c>_</c> after "pk": a ClickUp personal token, <c>pk_</c>, the user id (digits), <c>_</c>, 32
    /// upper-case letters and digits (a Stripe publishable key, <c>pk_live_</c>, has letters after the first <c>_</c>).</summary>
    private static bool TryClickUpToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int id = CountDigits(text, i + 1, 13);
        int body = i + id + 2;
        if (i < 2 || text[i - 2] != 'p' || text[i - 1] != 'k' || !IsSecretLeftBoundary(text, i - 2) || id < 1 || body + ClickUpBody > text.Length || text[body - 1] != '_')
        {
            return false;
        }

        int e = body;
        while (e < text.Length && e - body <= ClickUpBody && (IsDigit(text[e]) || text[e] is >= 'A' and <= 'Z'))
        {
            e++;
        }

        if (e - body != ClickUpBody || (e < text.Length && IsTokenChar(text[e])) || !text[body..e].ContainsAnyInRange('0', '9') || IsFillerBody(text[body..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, i - 2, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At the <c>_</c> after "lsv2": a LangSmith API key or personal access token.</summary>
    private static bool TryLangSmithKey(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i < 4 || text[i - 4] != 'l' || !text.Slice(i - 4, 4).SequenceEqual("lsv2") || !IsSecretLeftBoundary(text, i - 4) ||
            !(text[(i + 1)..].StartsWith("pt_", StringComparison.Ordinal) || text[(i + 1)..].StartsWith("sk_", StringComparison.Ordinal)))
        {
            return false;
        }

        int key = i + 4;
        int checksum = key + LangSmithKeyHex + 1;
        int e = checksum + LangSmithChecksumHex;
        bool valid = LowerHexRun(text, key) == key + LangSmithKeyHex && checksum < text.Length && text[checksum - 1] == '_' &&
            LowerHexRun(text, checksum) == e && IsSingleCaseHexWithLetter(text[key..(key + LangSmithKeyHex)]) && (e == text.Length || !IsTokenChar(text[e]));
        if (valid)
        {
            m = Match(RedactionEntityTypes.Credential, i - 4, e, VendorTokenConfidence, secret: true);
        }

        return valid;
    }

    /// <summary>At the <c>_</c> after "r8": a Replicate API token, 37 or more letters and digits.</summary>
    private static bool TryReplicateToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        return i >= 2 && text[i - 2] == 'r' && text[i - 1] == '8' && IsSecretLeftBoundary(text, i - 2) &&
            TryServiceTokenBody(text, i - 2, i + 1, ReplicateBody, hexOnly: false, out m);
    }

    /// <summary>At an <c>A</c>: a Bitbucket app password, "ATBB" and 32 or more letters and digits.</summary>
    private static bool TryBitbucketAppPassword(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        return i + 4 < text.Length && text[i + 1] == 'T' && text[i + 2] == 'B' && text[i + 3] == 'B' && IsSecretLeftBoundary(text, i) &&
            TryServiceTokenBody(text, i, i + 4, BitbucketBody, hexOnly: false, out m);
    }

    /// <summary>At the <c>A</c> of "EZAK": an EasyPost production API key.</summary>
    private static bool TryEasyPostKey(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        return i >= 2 && i + 2 < text.Length && text[i - 2] == 'E' && text[i - 1] == 'Z' && text[i + 1] == 'K' && IsSecretLeftBoundary(text, i - 2) &&
            TryServiceTokenBody(text, i - 2, i + 2, EasyPostBody, hexOnly: false, out m);
    }

    /// <summary>At the <c>-</c> after "v1.0": a Cloudflare Origin CA key.</summary>
    private static bool TryCloudflareOriginCaKey(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i < 4 || text[i - 4] != 'v' || !text.Slice(i - 4, 4).SequenceEqual("v1.0") || !IsSecretLeftBoundary(text, i - 4))
        {
            return false;
        }

        int key = i + 1 + CloudflareCaIdHex + 1;
        int e = key + CloudflareCaKeyHex;
        bool valid = LowerHexRun(text, i + 1) == key - 1 && key < text.Length && text[key - 1] == '-' && LowerHexRun(text, key) == e &&
            (e == text.Length || !IsTokenChar(text[e]));
        if (valid)
        {
            m = Match(RedactionEntityTypes.Credential, i - 4, e, VendorTokenConfidence, secret: true);
        }

        return valid;
    }

    /// <summary>At a digit: an Asana personal access token, "1/" and a user id, or "2/", a user id, "/" and an app id,
    /// then ":" and 32 hex digits.</summary>
    private static bool TryAsanaToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (text[i] is not ('1' or '2') || i + 2 >= n || text[i + 1] != '/' || !IsSecretLeftBoundary(text, i) || (i > 0 && text[i - 1] == '/'))
        {
            return false;
        }

        int p = i + 2;
        for (int id = text[i] == '2' ? 2 : 1; id > 0; id--)
        {
            int len = CountDigits(text, p, 20);
            if (len < AsanaMinId || p + len >= n || text[p + len] != (id == 1 ? ':' : '/'))
            {
                return false;
            }

            p += len + 1;
        }

        int e = p + AsanaSecretHex;
        bool valid = LowerHexRun(text, p) == e && IsSingleCaseHexWithLetter(text[p..e]) && (e == n || !IsTokenChar(text[e]));
        if (valid)
        {
            m = Match(RedactionEntityTypes.Credential, i, e, VendorTokenConfidence, secret: true);
        }

        return valid;
    }

    /// <summary>Where a run of lower-case hex digits from <paramref name="p"/> ends.</summary>
    private static int LowerHexRun(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && text[p] is (>= '0' and <= '9') or (>= 'a' and <= 'f'))
        {
            p++;
        }

        return p;
    }
}
