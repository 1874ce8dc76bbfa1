namespace Governance.AI.Redaction;

/// <summary>Issue #17, round 29: a key of a provider without a known format, in a sentence that names it an API key
/// ("Notre clé API (2FtbZDZD…) a fuité", "our API key (…) leaked", "我们的API密钥（…）泄露了", "APIキー …が漏れました"),
/// where no key name, colon or linking word stands right before it.</summary>
/// <remarks>No pass and no anchor of its own: it runs at the main scan's digit trigger after every other digit recognizer
/// failed, at a token's first run of digits only, and reads the sentence back only for a long token that mixes upper
/// case, lower case and digits, as generated keys do and words, hashes and ids do not.</remarks>
internal static partial class BuiltInScanner
{
    /// <summary>The shortest and longest key read so: shorter tokens are codes and references.</summary>
    private const int MinNamedApiKey = 24;
    private const int MaxNamedApiKey = 128;

    /// <summary>Below a key name's value (<see cref="CredentialConfidence"/>), so the rule that reads a name keeps its type.</summary>
    private const double NamedApiKeyConfidence = 0.8;

    /// <summary>How far before the key the words "API key" may stand in its sentence.</summary>
    private const int MaxApiKeyMention = 100;

    /// <summary>Words for "key" or "token" written after "API" ("API key", "API-Schlüssel", "API sleutel", "API kulcs",
    /// "API anahtarı", "API klíč", "API-ключ", "API密钥", "APIキー", "API 키").</summary>
    private static readonly string[] KeyWordsAfterApi =
    [
        "key", "token", "secret", "schlüssel", "schluessel", "sleutel", "nyckel", "nøgle", "nøkkel", "avain", "kulcs", "anahtar",
        "klíč", "kľúč", "ключ", "токен", "密钥", "秘钥", "密鑰", "金鑰", "令牌", "キー", "鍵", "トークン", "키", "토큰",
    ];

    /// <summary>Words for "key" written before "API" ("clé API", "clé d'API", "clave de la API", "chiave API", "chave da
    /// API", "klucz API", "cheia API", "κλειδί API", "ключ API"), the word for "of" and an article between them read over.</summary>
    private static readonly string[] KeyWordsBeforeApi =
    [
        "clé", "cle", "clef", "clave", "llave", "chiave", "chave", "klucz", "kluczem", "cheia", "cheie", "κλειδί", "ключ", "token", "jeton",
    ];

    /// <summary>"Of" and articles between a Romance key word and "API" ("clé d'API", "chave da API", "clave de la API").</summary>
    private static readonly string[] KeyToApiLinks = ["d'", "d’", "de ", "da ", "di ", "do ", "del ", "dell'", "della ", "de la ", "la ", "l'", "des ", "du "];

    /// <summary>At the first digit <paramref name="i"/> of a token: the whole token, when it is a generated key's shape and
    /// its sentence names an API key before it.</summary>
    private static bool TryNamedApiKey(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int t = i;
        while (t > 0 && i - t < MaxNamedApiKey && IsTokenChar(text[t - 1]))
        {
            if (IsDigit(text[t - 1]))
            {
                return false;
            }

            t--;
        }

        int e = i;
        while (e < n && e - t <= MaxNamedApiKey && IsTokenChar(text[e]))
        {
            e++;
        }

        // The token first: most digits are short numbers and leave here without looking back.
        if (e - t is < MinNamedApiKey or > MaxNamedApiKey || (t > 0 && text[t - 1] is '/' or '\\' or '.' or '@' or '%' or '+' or '=' or '&' or '?' or '#' or '$') ||
            (e < n && (text[e] is '/' or '@' or '=' || (text[e] is '.' or ':' && e + 1 < n && IsAsciiAlnum(text[e + 1])))))
        {
            return false;
        }

        ReadOnlySpan<char> token = text[t..e];
        if (!HasMixedCaseAndDigit(token) || IsFillerBody(token) || HasFillerRun(token) || IdentifierLabel.IsIdDirectlyBefore(text, t) ||
            !HasApiKeyMentionBefore(text, t))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, t, e, NamedApiKeyConfidence, secret: true);
        return true;
    }

    /// <summary>Whether "API" with a word for "key" next to it stands before <paramref name="t"/> in its sentence, within
    /// <see cref="MaxApiKeyMention"/> characters.</summary>
    private static bool HasApiKeyMentionBefore(ReadOnlySpan<char> text, int t)
    {
        int s = t;
        while (s > 0 && t - s < MaxApiKeyMention && text[s - 1] is not ('\n' or '\r' or '!' or '?' or '。' or '！' or '？') &&
            !(text[s - 1] == '.' && char.IsWhiteSpace(text[s])))
        {
            s--;
        }

        ReadOnlySpan<char> sentence = text[s..t];
        for (int a = sentence.IndexOf("api", StringComparison.OrdinalIgnoreCase); a >= 0;)
        {
            int end = a + 3;
            if ((a == 0 || !IsAsciiLetter(sentence[a - 1])) && (end == sentence.Length || !IsAsciiLetter(sentence[end]) || IsKeyWordAfterApi(sentence[end..])) &&
                (IsKeyWordAfterApi(sentence[end..]) || IsKeyWordBeforeApi(sentence[..a])))
            {
                return !HasExampleWord(sentence[end..]);
            }

            int next = sentence[end..].IndexOf("api", StringComparison.OrdinalIgnoreCase);
            a = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>Whether a word of <see cref="PasswordExampleWords"/> stands in <paramref name="span"/> ("our API key format
    /// looks like …", "an API key such as …"): the token is a sample, not the key in use.</summary>
    private static bool HasExampleWord(ReadOnlySpan<char> span)
    {
        int k = 0;
        while (k < span.Length)
        {
            int w = k;
            while (k < span.Length && char.IsLetter(span[k]))
            {
                k++;
            }

            if (k > w && IsAnyOf(span[w..k], PasswordExampleWords))
            {
                return true;
            }

            k = Math.Max(k, w) + 1;
        }

        return false;
    }

    /// <summary>Whether a word for "key" opens <paramref name="rest"/>, after "API" and at most a space, dash or underscore.</summary>
    private static bool IsKeyWordAfterApi(ReadOnlySpan<char> rest)
    {
        if (!rest.IsEmpty && rest[0] is ' ' or '-' or '_')
        {
            rest = rest[1..];
        }

        foreach (string word in KeyWordsAfterApi)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word for "key" ends <paramref name="before"/>, before "API", with a space and at most an "of" and
    /// an article between them.</summary>
    private static bool IsKeyWordBeforeApi(ReadOnlySpan<char> before)
    {
        foreach (string link in KeyToApiLinks)
        {
            if (before.EndsWith(link, StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^link.Length];
                break;
            }
        }

        before = before.TrimEnd(' ');
        foreach (string word in KeyWordsBeforeApi)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) &&
                (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
