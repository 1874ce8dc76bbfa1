using System.Collections.Frozen;

namespace Governance.AI.Caching;

// A comma inside a list ("the Vatican, the Colosseum and Trastevere", "clothes, electronics, and toiletries") joins
// equals: it opens no clause, so the items may come in any order as items joined by "and" may ("Python and Java").
public sealed partial class PromptDifferenceGuard
{
    // The longest item of a list, in words; the last item may be one word longer ("and the old town").
    private const int MaxListItemWords = 3;

    private static readonly FrozenSet<string> ListCoordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "and", "or", "und", "oder", "y", "o", "e", "u", "et", "ou");

    // The subordinators, one table: a clause opened by one of them before the comma is a condition or a time ("If it
    // rains, take boots and a coat"), not a list's first item; the English ones flagged open the clauses whose order the
    // clause-order rule compares (PromptDifferenceGuard.ClauseOrder.cs).
    private static readonly (string Word, bool ClauseOrder)[] SubordinatorTable =
    [
        ("if", true), ("when", true), ("whenever", true), ("before", false), ("after", false), ("because", true), ("while", true),
        ("since", true), ("although", true), ("though", true), ("unless", true), ("once", false), ("as", false),
        ("wenn", false), ("falls", false), ("als", false), ("ob", false), ("weil", false), ("bevor", false), ("nachdem", false),
        ("si", false), ("cuando", false), ("aunque", false), ("porque", false), ("quand", false), ("lorsque", false), ("avant", false),
        ("après", false), ("parce", false),
    ];

    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, SubordinatorTable.Select(s => s.Word).ToArray());

    // The flagged subordinators with a space either side, as the clause-order rule finds them in a prompt.
    private static readonly string[] ClauseSubordinators = SubordinatorTable.Where(s => s.ClauseOrder).Select(s => " " + s.Word + " ").ToArray();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListCoordinatorSpans = ListCoordinators.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinatorSpans = Subordinators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> separates items of a list: every item after it is at most three
    /// words, the list closes with a coordinator and one last item, and the sentence ends there.
    /// </summary>
    private static bool IsListComma(string text, int comma)
    {
        if (OpensWithSubordinator(text, comma))
        {
            return false;
        }

        int words = 0;
        bool coordinated = false;
        int i = comma + 1;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '’'))
                {
                    i++;
                }

                if (!coordinated && ListCoordinatorSpans.Contains(text.AsSpan(start, i - start)))
                {
                    coordinated = true;
                    words = 0;
                    continue;
                }

                if (++words > MaxListItemWords + (coordinated ? 1 : 0))
                {
                    return false;
                }

                continue;
            }

            if (c == ',')
            {
                if (coordinated || words == 0 && text.AsSpan(i + 1).TrimStart().Length == 0)
                {
                    return false;
                }

                words = 0;
            }
            else if (c is '.' or '?' or '!' or '\n')
            {
                return coordinated && words > 0;
            }
            else if (c is ':' or ';' or '(' or ')' or '"' or '«' or '»' or '“' or '”' or '¿' or '¡')
            {
                return false;
            }

            i++;
        }

        return coordinated && words > 0;
    }

    // Whether the clause that the comma closes opens with a subordinator.
    private static bool OpensWithSubordinator(string text, int comma)
    {
        int start = comma;
        while (start > 0 && text[start - 1] is not ('.' or '?' or '!' or ':' or ';' or ',' or '\n' or '¿' or '¡'))
        {
            start--;
        }

        while (start < comma && !char.IsLetter(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < comma && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && SubordinatorSpans.Contains(text.AsSpan(start, end - start));
    }
}
