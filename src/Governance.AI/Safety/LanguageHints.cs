namespace Governance.AI.Safety;

/// <summary>
/// Tells French text from German by their most frequent function words, for the few words the two languages share
/// with different meanings ("du": "you" in German, "of the" in French). Runs only when such a word occurs.
/// </summary>
internal static class LanguageHints
{
    /// <summary>Whether the text has more French than German function words.</summary>
    /// <param name="f">The folded text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <returns><see langword="true"/> when French function words outnumber German ones.</returns>
    public static bool IsFrench(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens)
    {
        var balance = 0;
        foreach (ref readonly var t in tokens)
        {
            if (t.Length > 5)
            {
                continue;
            }

            balance += f.Slice(t.Start, t.Length) switch
            {
                "le" or "la" or "les" or "des" or "est" or "une" or "et" or "pour" or "dans" or "avec" or "sur" or "au"
                    or "aux" or "qui" or "que" or "ne" or "pas" or "ce" or "cette" or "nous" or "vous" or "je" or "tu"
                    or "il" or "elle" or "l" or "d" or "qu" or "c" or "j" or "n" or "mon" or "ton" or "son" => 1,
                "der" or "die" or "das" or "und" or "ist" or "nicht" or "ich" or "ein" or "eine" or "mit" or "den"
                    or "dem" or "zu" or "auf" or "sie" or "es" or "bist" or "hast" or "wir" or "ihr" or "was" or "dass"
                    or "wenn" or "mir" or "mich" or "dir" or "dich" or "kannst" or "sollst" or "musst" or "darfst" => -1,
                _ => 0,
            };
        }

        return balance > 0;
    }
}
