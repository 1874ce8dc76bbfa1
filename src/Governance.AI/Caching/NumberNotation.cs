using System.Globalization;

namespace Governance.AI.Caching;

// How the guard reads a number as written: which separator is a decimal point, which trailing zeros carry meaning
// (a version "3.10" is not "3.1"), a sign, superscripts and vulgar fractions ("m²", "½"), and an operator between
// numbers ("12 + 4" / "12 - 4").
internal static class NumberNotation
{
    /// <summary>A number character that is no decimal digit: superscripts, subscripts, vulgar fractions (², ₂, ½).</summary>
    public static bool IsOtherNumber(char c) => c > '\u007f' && !char.IsDigit(c) && char.IsNumber(c);

    /// <summary>
    /// The number in a canonical spelling: a comma before exactly three digits groups thousands ("6,379" = "6379"),
    /// any other comma is a decimal point ("1,5" = "1.5"); a fraction of one or two zeros says nothing ("2.0" = "2"),
    /// other trailing zeros do ("3.10" ≠ "3.1", "1.000" ≠ "1": a version, or a German thousand); a minus sign is kept.
    /// </summary>
    public static string Normalize(string token)
    {
        bool negative = token.StartsWith('-');
        string body = negative ? token[1..] : token;
        string digits = CommasRead(body);
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || digits.IndexOf('.', dot + 1) < 0)
        {
            if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                ReadOnlySpan<char> fraction = dot < 0 ? [] : digits.AsSpan(dot + 1);
                bool allZeros = !fraction.ContainsAnyExcept('0');
                string number = fraction.Length == 0 || (allZeros && fraction.Length <= 2) || !fraction.EndsWith('0')
                    ? value.ToString("G29", CultureInfo.InvariantCulture)
                    : string.Concat(decimal.Truncate(value).ToString(CultureInfo.InvariantCulture), ".", fraction);
                return negative ? string.Concat("-", number) : number;
            }
        }

        return negative ? string.Concat("-", digits) : digits;
    }

    /// <summary>Whether a minus sign stands right before the number at <paramref name="start"/>, not between two words.</summary>
    public static bool IsSignedAt(string text, int start)
    {
        if (start == 0 || text[start - 1] is not ('-' or '−') || !char.IsDigit(text[start]))
        {
            return false;
        }

        return start == 1 || char.IsWhiteSpace(text[start - 2]) || text[start - 2] is '(' or '[' or '=' or ':' or '/';
    }

    /// <summary>The operator at <paramref name="index"/> when it stands between numbers or a number and a name.</summary>
    public static string? OperatorAt(string text, int index, bool afterToken, bool afterNumber)
    {
        char c = text[index];
        string? op = c switch
        {
            '+' => "op+",
            '-' or '−' => "op-",
            '*' or '×' or '·' => "op*",
            '/' or '÷' => "op/",
            '^' => "op^",
            '<' => "op<",
            '>' => "op>",
            '=' => "op=",
            '≤' => "op<=",
            '≥' => "op>=",
            '≠' => "op!=",
            _ => null,
        };
        if (op is null)
        {
            return null;
        }

        bool spaceBefore = index > 0 && char.IsWhiteSpace(text[index - 1]);
        bool spaceAfter = index + 1 < text.Length && char.IsWhiteSpace(text[index + 1]);
        bool digitAfter = index + 1 < text.Length && char.IsDigit(text[index + 1]);
        // A minus or a slash only with space either side and numbers on both: "-5" is a sign, "km/h" and "and/or" are no
        // division, "in their 70s - what should we see" is a dash.
        bool spaced = spaceBefore && spaceAfter;
        bool dashOrSlash = c is '-' or '−' or '/';
        if (dashOrSlash ? !spaced || !afterNumber : !(spaced || digitAfter))
        {
            return null;
        }

        int next = index + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // The operator applies to a number after it: "12 + 4", "x > 5" ("… in their 70s - what …" is no subtraction).
        return next < text.Length && char.IsDigit(text[next]) && afterToken ? op : null;
    }

    private static string CommasRead(string body)
    {
        if (!body.Contains(',', StringComparison.Ordinal))
        {
            return body;
        }

        var chars = new System.Text.StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i] != ',')
            {
                chars.Append(body[i]);
                continue;
            }

            int run = 0;
            while (i + 1 + run < body.Length && char.IsDigit(body[i + 1 + run]))
            {
                run++;
            }

            // "6,379": a thousands group; "1,5": a decimal comma.
            if (run != 3)
            {
                chars.Append('.');
            }
        }

        return chars.ToString();
    }
}
