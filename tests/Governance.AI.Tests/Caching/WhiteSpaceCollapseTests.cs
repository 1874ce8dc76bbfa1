using System.Text;
using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// <see cref="CacheKeys.CollapseWhiteSpace"/> looks only for the runs that change (white space other than a space, two
/// spaces in a row) and copies the text between them as it is. The invariant: its output is, for any text, the text
/// trimmed with each maximal white-space run replaced by one space, as a character-by-character collapse writes it.
/// </summary>
public sealed class WhiteSpaceCollapseTests
{
    private static readonly char[] Alphabet = ['a', 'b', ' ', ' ', ' ', '\n', '\t', '\r', '\u00A0', '\u2003', '.', 'é'];

    [Fact]
    public void Collapsing_matches_a_character_by_character_collapse_on_random_texts()
    {
        var random = new Random(19);
        for (int i = 0; i < 5_000; i++)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 40);
            for (int c = 0; c < length; c++)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string input = text.ToString();
            Assert.Equal(Reference(input), Collapse(input));
        }
    }

    [Theory]
    [InlineData("a \n b", "a b")]
    [InlineData("a\n  b", "a b")]
    [InlineData("a \tb  c\nd", "a b c d")]
    [InlineData("single spaces only here", "single spaces only here")]
    [InlineData("  \t ", "")]
    [InlineData("x", "x")]
    public void Runs_that_mix_spaces_and_other_white_space_become_one_space(string text, string expected) =>
        Assert.Equal(expected, Collapse(text));

    private static string Collapse(string text)
    {
        char[] destination = new char[Math.Max(1, text.Length)];
        return new string(destination, 0, CacheKeys.CollapseWhiteSpace(text, destination));
    }

    private static string Reference(string text)
    {
        var collapsed = new StringBuilder();
        bool inRun = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                inRun = true;
                continue;
            }

            if (inRun)
            {
                collapsed.Append(' ');
                inRun = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
