using Governance.AI.Safety;

namespace Governance.AI.Tests.Safety;

/// <summary>
/// The tokenizer finds word ends with 64-character letter/digit masks; these tests check its tokens against a plain
/// per-character reading where the masks have edges: words across block boundaries, non-ASCII letters and digits
/// inside a vector, and text ending inside or exactly at the end of a block.
/// </summary>
public sealed class SafetyTokenizerTests
{
    public static TheoryData<string> Texts => new()
    {
        // A word straddling the first block boundary (characters 60–68) and one ending exactly at 64.
        new string('x', 60) + " abcdefgh " + new string('y', 53),
        new string('a', 63) + " b",
        new string('a', 64),
        new string('a', 64) + "b",
        new string('a', 200) + " tail",

        // Letters and digits mixed across a boundary (the letters-and-digits flag must see both halves).
        new string(' ', 62) + "ab12cd " + new string(' ', 60) + "99999999" + new string(' ', 60) + "zz",
        new string(' ', 63) + "1a",

        // Non-ASCII letters and digits inside and across vectors: Greek, Cyrillic, CJK, Arabic-Indic digits, and
        // non-ASCII punctuation that splits words.
        "αβγ δεζ " + new string('k', 58) + "ηθ ω" + "١٢٣ abc٤ 中文字 word¿other» x«y",
        new string('q', 61) + "λμνξ" + new string('r', 70) + "—end",
        // Words of every length up to nine, one after another and each at the text's end: the tokenizer hashes a word
        // of up to eight characters with two loads when eight characters of text follow its start.
        "a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii a",
        "x 12 a1b2 abcdefgh",
        "abcdefg",
        "xy abcd",
        "short",
        "a",
        string.Empty,
        "  ,;:!?  ",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tokens_match_a_per_character_reading(string text)
    {
        var tokens = new SafetyToken[SafetyTokenizer.MaxTokens(text.Length)];
        var count = SafetyTokenizer.Tokenize(text, tokens, out _);

        var expected = ReferenceWords(text);
        Assert.Equal(expected.Count, count);
        for (var i = 0; i < count; i++)
        {
            var (start, length, lettersAndDigits) = expected[i];
            Assert.Equal(start, tokens[i].Start);
            Assert.Equal(length, tokens[i].Length);
            Assert.Equal(lettersAndDigits, (tokens[i].Flags & TokenFlags.LettersAndDigits) != 0);
            Assert.Equal(TermTable<int>.Hash(text.AsSpan(start, length)), tokens[i].Hash);
        }
    }

    private static List<(int Start, int Length, bool LettersAndDigits)> ReferenceWords(string text)
    {
        var result = new List<(int, int, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var letters = false;
            var digits = false;
            for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++)
            {
                // The tokenizer's classes: ASCII digits and Unicode decimal digits are digits, other letters or digits are letters.
                if (char.IsDigit(text[i]))
                {
                    digits = true;
                }
                else
                {
                    letters = true;
                }
            }

            result.Add((start, i - start, letters && digits));
        }

        return result;
    }
}
