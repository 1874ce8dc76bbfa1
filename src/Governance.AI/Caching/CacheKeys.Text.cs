using System.Buffers;
using System.Text;

namespace Governance.AI.Caching;

// The prompt text as the cache keys it: trimmed, white space collapsed, Unicode form C.
internal static partial class CacheKeys
{
    private static readonly SearchValues<char> WhiteSpaceButSpace = CreateWhiteSpaceButSpace();

    /// <summary>Trims, collapses white-space runs to one space and normalizes to Unicode form C.</summary>
    public static string NormalizeText(string text)
    {
        string normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (IsCollapsed(normalized))
        {
            return normalized;
        }

        char[] collapsed = ArrayPool<char>.Shared.Rent(Math.Max(1, normalized.Length));
        try
        {
            return new string(collapsed, 0, CollapseWhiteSpace(normalized, collapsed));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(collapsed);
        }
    }

    /// <summary>
    /// Gets a value indicating whether <see cref="CollapseWhiteSpace"/> would return the text unchanged: no white
    /// space at either end, none but single spaces inside. Vectorized, so most prompts are hashed without a copy.
    /// </summary>
    public static bool IsCollapsed(ReadOnlySpan<char> text) =>
        text.IsEmpty
        || (text[0] != ' ' && text[^1] != ' '
            && !HasWhiteSpaceButSpace(text)
            && text.IndexOf("  ", StringComparison.Ordinal) < 0);

    /// <summary>Printable ASCII holds no white space but the space: only the text from its first other character is searched for the rest.</summary>
    private static bool HasWhiteSpaceButSpace(ReadOnlySpan<char> text)
    {
        int other = text.IndexOfAnyExceptInRange(' ', '~');
        return other >= 0 && text[other..].IndexOfAny(WhiteSpaceButSpace) >= 0;
    }

    /// <summary>Writes the text trimmed, with each white-space run as one space, into <paramref name="destination"/> (at least as long).</summary>
    /// <returns>The characters written.</returns>
    public static int CollapseWhiteSpace(ReadOnlySpan<char> text, Span<char> destination)
    {
        // Only the runs that change are looked for (white space other than a space, two spaces in a row): the text
        // between them, single spaces and all, is copied as it is, so prose costs two vectorized searches, not one
        // search per word. Each search's result is kept until the copy passes it, so no text is searched twice.
        ReadOnlySpan<char> trimmed = text.Trim();
        int written = 0;
        int position = 0;
        int other = trimmed.IndexOfAny(WhiteSpaceButSpace);
        int twoSpaces = trimmed.IndexOf("  ", StringComparison.Ordinal);
        while (other >= 0 || twoSpaces >= 0)
        {
            int run = (int)Math.Min((uint)other, (uint)twoSpaces);

            // A space before other white space starts the run (two spaces before it would have been found first).
            if (run == other && run > position && trimmed[run - 1] == ' ')
            {
                run--;
            }

            trimmed[position..run].CopyTo(destination[written..]);
            written += run - position;
            destination[written++] = ' ';

            // Trimmed at the end, the text goes on after every white-space run.
            position = trimmed.Length - trimmed[run..].TrimStart().Length;
            other = other >= 0 && other < position ? NextIndex(trimmed, position, WhiteSpaceButSpace) : other;
            twoSpaces = twoSpaces >= 0 && twoSpaces < position ? NextIndex(trimmed, position, "  ") : twoSpaces;
        }

        trimmed[position..].CopyTo(destination[written..]);
        return written + trimmed.Length - position;
    }

    private static int NextIndex(ReadOnlySpan<char> text, int start, SearchValues<char> values) =>
        text[start..].IndexOfAny(values) is var found and >= 0 ? start + found : -1;

    private static int NextIndex(ReadOnlySpan<char> text, int start, string value) =>
        text[start..].IndexOf(value, StringComparison.Ordinal) is var found and >= 0 ? start + found : -1;

    private static SearchValues<char> CreateWhiteSpaceButSpace()
    {
        var chars = new List<char>();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (c != ' ' && char.IsWhiteSpace((char)c))
            {
                chars.Add((char)c);
            }
        }

        return SearchValues.Create([.. chars]);
    }
}
