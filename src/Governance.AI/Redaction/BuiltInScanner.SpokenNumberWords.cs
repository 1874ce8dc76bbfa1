using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>The words of a number read aloud (<see cref="ScanSpokenNumbers"/>): digits, teens, tens, "double" and
/// "triple", "hundred" and "thousand", "then".</summary>
internal static partial class BuiltInScanner
{
    private static readonly string[] SpokenUnits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] SpokenTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] SpokenTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private enum SpokenWord
    {
        None,

        /// <summary>A digit: zero, oh, one … nine.</summary>
        Unit,

        /// <summary>Ten … nineteen.</summary>
        Teen,

        /// <summary>Twenty … ninety.</summary>
        Tens,

        /// <summary>"double", "triple": the next digit said twice or three times.</summary>
        Repeat,

        /// <summary>"hundred", "thousand" after a digit.</summary>
        Scale,

        /// <summary>"then": joins groups, says nothing.</summary>
        Joiner,
    }

    /// <summary>One lookup per word (a frozen table keyed by length first): the pass reads the word before and after
    /// each hit, and "two", "then", "one" are words of every text.</summary>
    private static SpokenWord ClassifySpokenWord(ReadOnlySpan<char> word, out int value)
    {
        if (word.Length is >= 1 and <= 9 && SpokenWords.TryGetValue(word, out (SpokenWord Kind, int Value) entry))
        {
            value = entry.Value;
            return entry.Kind;
        }

        value = 0;
        return SpokenWord.None;
    }

    private static readonly FrozenDictionary<string, (SpokenWord Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> SpokenWords = BuildSpokenWords();

    private static FrozenDictionary<string, (SpokenWord Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> BuildSpokenWords()
    {
        var words = new Dictionary<string, (SpokenWord Kind, int Value)>(StringComparer.OrdinalIgnoreCase)
        {
            ["oh"] = (SpokenWord.Unit, 0),
            ["o"] = (SpokenWord.Unit, 0),
            ["nought"] = (SpokenWord.Unit, 0),
            ["double"] = (SpokenWord.Repeat, 2),
            ["triple"] = (SpokenWord.Repeat, 3),
            ["hundred"] = (SpokenWord.Scale, 2),
            ["thousand"] = (SpokenWord.Scale, 3),
            ["then"] = (SpokenWord.Joiner, 0),
        };
        for (int k = 0; k < SpokenUnits.Length; k++)
        {
            words[SpokenUnits[k]] = (SpokenWord.Unit, k);
            words[SpokenTeens[k]] = (SpokenWord.Teen, k);
            if (k >= 2)
            {
                words[SpokenTens[k]] = (SpokenWord.Tens, k);
            }
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
