namespace Governance.AI.Safety;

/// <summary>A phrase found in a text: which phrase and the tokens it covers.</summary>
internal readonly record struct PhraseMatch(int Phrase, int FirstToken, int LastToken);

/// <summary>
/// Finds configured words and phrases with word-boundary semantics: phrases are folded and tokenized like the scanned
/// text, so "dating" never matches inside "updating", and case and accents do not matter ("Größe" matches "GRÖSSE").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly TermTable<int[]> _first;
    private readonly string[][] _phrases;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        var list = new List<string[]>();
        foreach (var phrase in phrases)
        {
            var tokens = Tokens(phrase);
            if (tokens.Length > 0)
            {
                list.Add(tokens);
            }
        }

        _phrases = [.. list];
        _first = new TermTable<int[]>(Enumerable.Range(0, _phrases.Length)
            .GroupBy(i => _phrases[i][0], StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int[]>(g.Key, [.. g])));
    }

    public int Count => _phrases.Length;

    /// <summary>Splits a phrase into folded tokens.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>The tokens.</returns>
    public static string[] Tokens(string phrase)
    {
        var folded = new char[phrase.Length * TextFolding.MaxExpansion];
        var n = TextFolding.Fold(phrase, folded);
        var tokens = new SafetyToken[SafetyTokenizer.MaxTokens(n)];
        var count = SafetyTokenizer.Tokenize(folded.AsSpan(0, n), tokens, out _);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = new string(folded, tokens[i].Start, tokens[i].Length);
        }

        return result;
    }

    /// <summary>Finds every occurrence of every phrase.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="results">Receives the matches.</param>
    public void Match(ReadOnlySpan<char> folded, ReadOnlySpan<SafetyToken> tokens, List<PhraseMatch> results)
    {
        if (_phrases.Length == 0)
        {
            return;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_first.TryGet(tokens[i].Hash, folded.Slice(tokens[i].Start, tokens[i].Length), out var candidates))
            {
                continue;
            }

            foreach (var p in candidates)
            {
                var phrase = _phrases[p];
                if (i + phrase.Length > tokens.Length)
                {
                    continue;
                }

                var ok = true;
                for (var k = 1; k < phrase.Length; k++)
                {
                    ref readonly var t = ref tokens[i + k];
                    if (!folded.Slice(t.Start, t.Length).SequenceEqual(phrase[k]))
                    {
                        ok = false;
                        break;
                    }
                }

                if (ok)
                {
                    results.Add(new PhraseMatch(p, i, i + phrase.Length - 1));
                }
            }
        }
    }
}
