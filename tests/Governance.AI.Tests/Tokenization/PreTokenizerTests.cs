using System.Text;
using System.Text.RegularExpressions;
using Governance.AI.Tokenization;

namespace Governance.AI.Tests.Tokenization;

/// <summary>
/// The scanner's pieces against a backtracking regex engine running tiktoken's published patterns, on texts built
/// around the vectorized ASCII letter runs: every run length across the 16-byte blocks, ended by ASCII, non-ASCII
/// letters, a combining mark, digits, contractions, line breaks or the end of the text.
/// </summary>
public sealed class PreTokenizerTests
{
    private static readonly string[] s_runs = BuildRuns();

    // Texts use only BMP characters and ASCII white space, where .NET's \s and \p{…} classes agree with the Unicode
    // classes tiktoken's engine uses, and .NET's leftmost-first alternation with backtracking is tiktoken's.
    private static readonly string[] s_before = ["", " ", "  ", "\n", "(", "'", "x", "É", "1", " .", "\t"];
    private static readonly string[] s_after = ["", " ", ".", "'s", "'LL", "'re", "1234", "é", "\u0301", "ß", "中文", "\r\n", "  x", "ǅ", "ʰ", "—", "\u00A0x", "€5"];

    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Pieces_equal_the_published_patterns_around_vectorized_letter_runs(string name)
    {
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(name);
        var regex = new Regex(encoding.PublishedPattern, RegexOptions.CultureInvariant);
        PreTokenizerPattern pattern = name == TiktokenEncoding.O200kBaseName ? PreTokenizerPattern.O200k : PreTokenizerPattern.Cl100k;
        int checkedTexts = 0;
        foreach (string before in s_before)
        {
            foreach (string run in s_runs)
            {
                foreach (string after in s_after)
                {
                    string text = before + run + after + run;
                    Assert.Equal(RegexPieces(regex, text), ScannerPieces(pattern, text));
                    checkedTexts++;
                }
            }
        }

        Assert.True(checkedTexts > 10_000);
    }

    private static string[] BuildRuns()
    {
        var runs = new List<string>();
        for (int length = 1; length <= 40; length++)
        {
            runs.Add(new string('a', length));
            runs.Add(new string('Q', length));
            runs.Add("H" + new string('e', length - 1));
            runs.Add(new string('N', length / 2) + new string('m', length - (length / 2)));
            runs.Add(new string('z', length - 1) + "é");
        }

        return [.. runs];
    }

    private static List<string> RegexPieces(Regex regex, string text)
    {
        var pieces = new List<string>();
        for (Match match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            pieces.Add(match.Value);
        }

        return pieces;
    }

    private static List<string> ScannerPieces(PreTokenizerPattern pattern, string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var pieces = new List<string>();
        int start = 0;
        while (start < utf8.Length)
        {
            int end = PreTokenizer.Next(pattern, utf8, start);
            pieces.Add(Encoding.UTF8.GetString(utf8, start, end - start));
            start = end;
        }

        return pieces;
    }
}
