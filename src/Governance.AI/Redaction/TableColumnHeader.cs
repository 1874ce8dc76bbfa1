namespace Governance.AI.Redaction;

/// <summary>
/// Finds the header of the table column a value stands in: in CSV, TSV and Markdown or pipe tables the word that
/// names a value ("ssn", "phone", "Telefon") is the column's header, lines away from the value itself.
/// </summary>
/// <remarks>
/// A table here is a run of consecutive lines that each hold the same number of one delimiter (<c>|</c>, tab,
/// <c>;</c> or <c>,</c>); its first line is the header when no cell of it holds a digit. Markdown's <c>|---|</c> line
/// belongs to the run. Every search is bounded: a line longer than <see cref="MaxLineLength"/> characters is not a table
/// row, and the header is looked for at most <see cref="MaxLines"/> lines up, so a value costs at most a few kilobytes
/// of reading however long the text is (a header further up a longer table is not found).
/// </remarks>
internal static class TableColumnHeader
{
    private const int MaxLines = 32;
    private const int MaxLineLength = 512;

    /// <summary>The header cell above the value that starts at <paramref name="start"/>, or an empty span when the value
    /// is not in a table with a header.</summary>
    public static ReadOnlySpan<char> CellAbove(ReadOnlySpan<char> text, int start)
    {
        // A cell starts after a delimiter or at a line start (spaces and an opening quote aside); in prose nothing is
        // read further.
        int before = start - 1;
        while (before >= 0 && text[before] is ' ' or '"')
        {
            before--;
        }

        if (before < 0 || text[before] is not (',' or ';' or '\t' or '|' or '\n'))
        {
            return [];
        }

        int lineStart = LineStartBefore(text, start);
        if (lineStart <= 0)
        {
            return [];
        }

        ReadOnlySpan<char> line = Line(text, lineStart);
        char delimiter = DelimiterOf(line);
        int cells = line.Count(delimiter);
        if (cells == 0)
        {
            return [];
        }

        int column = text[lineStart..start].Count(delimiter);

        // Walk up while the lines above have the same shape; the topmost one is the header candidate.
        int headerStart = lineStart;
        for (int lines = 0; lines < MaxLines && headerStart > 0; lines++)
        {
            int previousStart = LineStartBefore(text, headerStart - 1);
            if (previousStart < 0 || Line(text, previousStart).Count(delimiter) != cells)
            {
                break;
            }

            headerStart = previousStart;
        }

        if (headerStart == lineStart)
        {
            return [];
        }

        ReadOnlySpan<char> header = Line(text, headerStart);
        if (header.ContainsAnyInRange('0', '9'))
        {
            return [];
        }

        for (int k = 0; k < column; k++)
        {
            header = header[(header.IndexOf(delimiter) + 1)..];
        }

        int end = header.IndexOf(delimiter);
        return end < 0 ? header : header[..end];
    }

    /// <summary>Where the line holding <paramref name="end"/> starts (0 for the first line), or -1 when it starts more
    /// than <see cref="MaxLineLength"/> characters before.</summary>
    private static int LineStartBefore(ReadOnlySpan<char> text, int end)
    {
        int from = Math.Max(0, end - MaxLineLength);
        int newline = text[from..end].LastIndexOf('\n');
        return newline >= 0 ? from + newline + 1 : from == 0 ? 0 : -1;
    }

    /// <summary>The line that starts at <paramref name="lineStart"/>, at most <see cref="MaxLineLength"/> characters.</summary>
    private static ReadOnlySpan<char> Line(ReadOnlySpan<char> text, int lineStart)
    {
        ReadOnlySpan<char> rest = text[lineStart..Math.Min(text.Length, lineStart + MaxLineLength)];
        int end = rest.IndexOfAny('\n', '\r');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The delimiter of a table line: a pipe or tab wherever it occurs, else a semicolon, else a comma.</summary>
    private static char DelimiterOf(ReadOnlySpan<char> line) =>
        line.Contains('|') ? '|' : line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : ',';
}
