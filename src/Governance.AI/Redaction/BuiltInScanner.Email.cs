using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>E-mail addresses.</summary>
internal static partial class BuiltInScanner
{
    private static bool IsLocalChar(char c) =>
        c < 128 ? IsAsciiAlnum(c) || c is '.' or '_' or '%' or '+' or '-' or '\'' : char.IsLetterOrDigit(c);

    private static bool IsDomainChar(char c) => c < 128 ? IsAsciiAlnum(c) || c == '-' : char.IsLetterOrDigit(c);

    /// <summary>An address whose at sign starts at <paramref name="a"/> and is <paramref name="atLength"/> characters long
    /// (<c>@</c>, or <c>%40</c> percent-encoded in a URL).</summary>
    private static bool TryEmail(ReadOnlySpan<char> text, int a, out RedactionMatch m, int atLength = 1)
    {
        m = default;
        int n = text.Length;
        int min = Math.Max(0, a - 64);
        int j = a;
        while (j > min && IsLocalChar(text[j - 1]))
        {
            j--;
        }

        if (j == min && j > 0 && IsLocalChar(text[j - 1]))
        {
            return false;
        }

        while (j < a && !(IsAsciiAlnum(text[j]) || (text[j] >= 128 && char.IsLetterOrDigit(text[j]))))
        {
            j++;
        }

        if (j == a || text[a - 1] == '.' || text.Slice(j, a - j).Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        int p = a + atLength;
        int labels = 0;
        int lastLabel = p;
        int max = Math.Min(n, a + atLength + 253);
        while (p < max)
        {
            int start = p;
            while (p < max && IsDomainChar(text[p]))
            {
                p++;
            }

            if (p == start || p - start > 63 || text[start] == '-' || text[p - 1] == '-')
            {
                return false;
            }

            labels++;
            lastLabel = start;
            if (p + 1 < max && text[p] == '.' && IsDomainChar(text[p + 1]))
            {
                p++;
                continue;
            }

            break;
        }

        if (labels < 2 || (p < n && (IsWordChar(text[p]) || text[p] == '@')))
        {
            return false;
        }

        ReadOnlySpan<char> tld = text[lastLabel..p];
        if (tld.Length < 2)
        {
            return false;
        }

        if (IsFileExtension(tld))
        {
            return false;
        }

        if (!tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            foreach (char c in tld)
            {
                if (!(IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c))))
                {
                    return false;
                }
            }
        }

        if (HasNoReplyLabel(text[(a + atLength)..p]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Email, j, p, EmailConfidence);
        return true;
    }

    /// <summary>Issue #17, round 26: a domain with a label "noreply" or "no-reply" (<c>ci@noreply.local</c>,
    /// <c>…@users.noreply.github.com</c>) receives no mail by its name: a bot's or a hidden author's address, not a
    /// person's mailbox. A mailbox named so on a real domain (<c>no-reply@shop.example</c>) is still an address.</summary>
    private static bool HasNoReplyLabel(ReadOnlySpan<char> domain)
    {
        foreach (Range r in domain.Split('.'))
        {
            ReadOnlySpan<char> label = domain[r];
            if (label.Equals("noreply", StringComparison.OrdinalIgnoreCase) || label.Equals("no-reply", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>File extensions that are not top-level domains: <c>icon@2x.png</c> is a file name, not an address.</summary>
    private static bool IsFileExtension(ReadOnlySpan<char> tld) => FileExtensions.Contains(tld);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensions = FrozenSet.ToFrozenSet(
        ["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "css", "js", "mjs", "ts", "tsx", "jsx", "json", "html", "htm", "txt", "yml", "yaml", "xml", "csv", "log", "cs", "java", "jar", "dll", "exe", "gz", "tgz", "pdf", "docx", "xlsx", "mp3", "mp4", "wav", "lock", "toml", "ini", "cfg", "conf", "ps1", "bat"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
