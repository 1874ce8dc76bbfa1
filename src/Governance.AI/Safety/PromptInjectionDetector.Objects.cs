namespace Governance.AI.Safety;

/// <summary>
/// Whose instructions an override's object is (session 20): an override is aimed at the assistant's own instructions,
/// and instructions given by voice are a person's (a safety notice telling staff to ignore a verbal order to skip a
/// checklist), never the assistant's setup.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>
    /// Whether the instructions after the override verb at <paramref name="ti"/> are given by voice, so a person's and
    /// never the assistant's setup: "ignore any verbal instruction to skip the checklist", "ignorez toute consigne
    /// orale", "ignoriere mündliche Anweisungen", "ignora cualquier instrucción verbal".
    /// </summary>
    private static bool IsSpokenInstruction(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ti, int window)
    {
        const ulong Noun = (ulong)(Concept.Instructions | Concept.StrictInstructions);
        const ulong Owner = (ulong)(Concept.Your | Concept.AiReference | Concept.System | Concept.Developer);
        var p = tokens[ti].Position;
        var j = ti + 1;
        while (j < tokens.Length && tokens[j].Position <= p + window && (concepts[j] & Noun) == 0)
        {
            // "Ignore your spoken instructions": the assistant's own, whatever their medium.
            if ((concepts[j] & Owner) != 0)
            {
                return false;
            }

            j++;
        }

        if (j >= tokens.Length || tokens[j].Position > p + window)
        {
            return false;
        }

        return IsSpokenMedium(f, tokens, j - 1, ti) || IsSpokenMedium(f, tokens, j + 1, ti);
    }

    /// <summary>Whether the token at <paramref name="k"/> (after the anchor) names a spoken medium: "verbal", "oral", "spoken", "mündlich", "verbales", "orale".</summary>
    private static bool IsSpokenMedium(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int k, int anchor)
    {
        if (k <= anchor || k >= tokens.Length)
        {
            return false;
        }

        var word = Word(f, tokens[k]);
        return word is "verbal" or "verbales" or "verbale" or "verbaux" or "oral" or "orales" or "orale" or "oraux" or "spoken"
            or "mundlich" or "mundliche" or "mundlichen" or "mundlicher";
    }
}
