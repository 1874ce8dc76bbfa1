using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>
/// E-mail addresses written out as they are said or hidden from harvesters: "m-o-r-g-a-n dot e-l-l-i-s at icloud dot
/// com", "jane.doe [at] example [dot] org", "j.smith(at)uni-bonn(dot)de". The at and the dots may be words ("at", "dot")
/// or bracketed words; the address ends in a known top-level domain.
/// </summary>
/// <remarks>
/// Found from the hits of the spoken-number pass on " dot ", "[at]" and "(at)" (the bracketed dots are read, not searched). A plain " at " is a
/// word of every sentence ("look at google dot com"), so it counts only when the part before it reads as a mailbox: more
/// than one word joined by a dot, a character a mailbox has and a word has not (<c>.</c>, <c>_</c>, a digit), letters
/// spelled out (<c>m-o-r-g-a-n</c>), or a single word after an e-mail word ("email", "address") that is not a pronoun.
/// </remarks>
internal static partial class BuiltInScanner
{
    /// <summary>How far before a dot its address's at is looked for.</summary>
    private const int MaxSpokenEmailReach = 96;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokenEmailTlds = FrozenSet.ToFrozenSet(
        ["com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr", "es", "it", "nl", "ca", "au", "us", "info", "biz", "me", "ai", "app", "dev",
         "jp", "ch", "se", "be", "pl", "mx", "br", "in", "at", "dk", "no", "fi", "ie", "nz", "pt", "cz", "ru", "cn", "kr", "sg", "za", "ar", "cl", "eu"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that, alone before " at ", are the object of a sentence ("email me at …", "find us at …").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokenEmailNotMailboxes = FrozenSet.ToFrozenSet(
        ["me", "us", "him", "her", "them", "you", "it", "we", "i", "home", "work", "least", "all", "first", "once", "last", "that", "this", "which", "look", "here", "there", "one", "team", "directly", "anytime"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An address around the dot or at written as a word at <paramref name="h"/>.</summary>
    private static bool TrySpokenEmail(ReadOnlySpan<char> text, int h, out RedactionMatch m)
    {
        m = default;
        int lineStart = text[..h].LastIndexOf('\n') + 1;
        int at = -1;
        int atLength = 0;
        for (int j = h; j >= Math.Max(lineStart, h - MaxSpokenEmailReach); j--)
        {
            atLength = SpokenAtLength(text, j);
            if (atLength > 0)
            {
                at = j;
                break;
            }
        }

        if (at < 0)
        {
            return false;
        }

        // " [at] ": the bracketed form with its spaces.
        if (at > lineStart && SpokenAtLength(text, at - 1) == atLength + 2)
        {
            at--;
            atLength += 2;
        }

        bool plainAt = text[at] == ' ';
        bool spelledDot = false;
        int localStart = at;
        int tokens = 0;
        bool mailboxChar = false;
        while (true)
        {
            int t = localStart;
            while (t > lineStart && (IsAsciiAlnum(text[t - 1]) || text[t - 1] is '.' or '_' or '-' or '+'))
            {
                t--;
            }

            while (t < localStart && text[t] is '.' or '-' or '_')
            {
                t++;
            }

            if (t == localStart || (t > 0 && IsWordChar(text[t - 1])))
            {
                break;
            }

            ReadOnlySpan<char> token = text[t..localStart];
            mailboxChar |= token.ContainsAny('.', '_') || token.IndexOfAnyInRange('0', '9') >= 0 || IsSpelledOut(token);
            tokens++;
            localStart = t;
            int dot = SpokenDotLengthBefore(text, t);
            if (dot == 0 || tokens >= 6)
            {
                break;
            }

            spelledDot = true;
            localStart = t - dot;
            // The dot must have a token before it; otherwise the address starts after it.
            if (localStart <= lineStart || !(IsAsciiAlnum(text[localStart - 1]) || text[localStart - 1] is '.' or '_' or '-' or '+'))
            {
                localStart = t;
                break;
            }
        }

        if (tokens == 0)
        {
            return false;
        }

        // The domain: labels joined by dots, written or said, ending in a known top-level domain.
        int p = at + atLength;
        int labels = 0;
        int lastLabel = p;
        int end = p;
        while (p < text.Length && labels < 6)
        {
            int s = p;
            while (p < text.Length && (IsAsciiAlnum(text[p]) || (text[p] == '-' && p > s)))
            {
                p++;
            }

            if (p == s)
            {
                break;
            }

            labels++;
            lastLabel = s;
            end = p;
            int dot = SpokenDotLength(text, p);
            if (dot == 0)
            {
                break;
            }

            spelledDot |= dot > 1;
            p += dot;
        }

        if (labels < 2 || (end < text.Length && IsWordChar(text[end])) || !SpokenEmailTlds.Contains(text[lastLabel..end]))
        {
            return false;
        }

        if (plainAt && !(mailboxChar || tokens > 1 || (!SpokenEmailNotMailboxes.Contains(text[localStart..at]) && HasEmailWordBefore(text, localStart))))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Email, localStart, end, EmailConfidence);
        return true;
    }

    /// <summary>Letters said one by one and joined by dashes: <c>m-o-r-g-a-n</c>.</summary>
    private static bool IsSpelledOut(ReadOnlySpan<char> token)
    {
        if (token.Length < 5)
        {
            return false;
        }

        for (int k = 0; k < token.Length; k++)
        {
            if ((k % 2 == 0) != IsAsciiAlnum(token[k]) || (k % 2 == 1 && token[k] != '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An e-mail word within the line before the address or the line before that (the question it answers).</summary>
    private static bool HasEmailWordBefore(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> before = text[Math.Max(0, start - MaxSpokenEmailReach)..start];
        return before.Contains("mail", StringComparison.OrdinalIgnoreCase) || before.Contains("address", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The length of an at written as a word at <paramref name="i"/>: " at ", "[at]", " (at) "…; else 0.</summary>
    private static int SpokenAtLength(ReadOnlySpan<char> text, int i) => SpokenWordSeparatorLength(text, i, "at");

    /// <summary>The length of a dot at <paramref name="i"/>: a written <c>.</c> before a label, " dot ", "[dot]"…; else 0.</summary>
    private static int SpokenDotLength(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] == '.' && IsAsciiAlnum(text[i + 1]) ? 1 : SpokenWordSeparatorLength(text, i, "dot");

    /// <summary>The length of a dot that ends right before <paramref name="i"/>; else 0.</summary>
    private static int SpokenDotLengthBefore(ReadOnlySpan<char> text, int i)
    {
        for (int len = 1; len <= 7 && len <= i; len++)
        {
            if (SpokenDotLength(text, i - len) == len)
            {
                return len;
            }
        }

        return 0;
    }

    /// <summary>" word ", "[word]", "(word)", "{word}", each bracketed form also with a space on both sides.</summary>
    private static int SpokenWordSeparatorLength(ReadOnlySpan<char> text, int i, string word)
    {
        ReadOnlySpan<char> rest = text[i..];
        int space = rest.Length > 0 && rest[0] == ' ' ? 1 : 0;
        ReadOnlySpan<char> r = rest[space..];
        if (r.Length < word.Length + 2)
        {
            return 0;
        }

        char open = r[0];
        if (open is '[' or '(' or '{')
        {
            char close = open == '[' ? ']' : open == '(' ? ')' : '}';
            if (!r[1..].StartsWith(word, StringComparison.OrdinalIgnoreCase) || r[word.Length + 1] != close)
            {
                return 0;
            }

            int length = space + word.Length + 2;
            return space == 1 ? (r.Length > word.Length + 2 && r[word.Length + 2] == ' ' ? length + 1 : 0) : length;
        }

        return space == 1 && r.StartsWith(word, StringComparison.OrdinalIgnoreCase) && r[word.Length] == ' ' ? word.Length + 2 : 0;
    }
}
