using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Governance.AI.Caching;

/// <summary>
/// The guard's data from WordNet 3.1 (Princeton University; converted by tools/wordnet-words): the list of real English
/// words its pairwise typo rule reads against.
/// </summary>
internal static partial class GuardLexicon
{
    private static readonly Lazy<FrozenSet<string>> RealWordSet = new(LoadRealWords, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets WordNet's single-word lemmas (lowercase), loaded on first use.</summary>
    public static FrozenSet<string> RealWords => RealWordSet.Value;

    /// <summary>Gets a value indicating whether a lowercase word is one of WordNet's lemmas, without allocating.</summary>
    /// <param name="lower">The lowercase word.</param>
    /// <returns><see langword="true"/> when the word is a lemma as it stands.</returns>
    public static bool IsLemma(ReadOnlySpan<char> lower) => RealWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);

    /// <summary>Gets a value indicating whether a word (lowercase) has a meaning of its own in this lexicon.</summary>
    /// <param name="word">The lowercase word.</param>
    /// <returns><see langword="true"/> for a function, negation, direction, number, quantity, modal, time, task, format, language, unit or generic word.</returns>
    public static bool HasOwnMeaning(string word) =>
        FunctionWords.Contains(word) || NegationWords.Contains(word) || DirectionalWords.Contains(word) || Prepositions.Contains(word)
        || NumberWords.ContainsKey(word) || Quantities.ContainsKey(word) || Modals.ContainsKey(word) || TenseAuxiliaries.ContainsKey(word)
        || Persons.ContainsKey(word) || TimeWords.Contains(word) || ImplicitPresent.Contains(word) || Tasks.ContainsKey(word)
        || Formats.ContainsKey(word) || Languages.ContainsKey(word) || Units.ContainsKey(word) || GenericWords.Contains(word)
        || AnswerItems.Contains(word);

    private static FrozenSet<string> LoadRealWords()
    {
        var words = new List<string>(80_000);
        using var reader = new StreamReader(new BrotliStream(OpenResource("wordnet-words.txt.br"), CompressionMode.Decompress), Encoding.Latin1);
        while (reader.ReadLine() is { } line)
        {
            words.Add(line);
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static Stream OpenResource(string name) =>
        typeof(GuardLexicon).Assembly.GetManifestResourceStream("Governance.AI.Caching.Resources." + name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' of the cache guard is missing from the assembly.");
}
