namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 25 (round 28): the user's words put in the place of everything the assistant was given, named by
/// the speaker rather than a noun ("follow only what I type", "sigue solo lo que yo escriba", "obéis uniquement à ce que
/// je dis", "folge nur dem, was ich sage"); "follow only my instructions" is <c>override.follow_only_mine</c>.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>
    /// Records <c>override.follow_only_what_i_say</c> at a verb of following with "only" right after it, then (past one
    /// "with", "to", "à") a relative pronoun and the speaker's "I" ("only what I", "only with what I", "solo lo que yo",
    /// "nur dem, was ich"). "Follow the recipe only if I have eggs" and "follow only the steps I listed" name no words of the speaker's
    /// in the assistant's rules' place: "only" does not follow the verb, or a noun stands between.
    /// </summary>
    private static void ScanFollowOnlyWhatISay(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        foreach (var i in sparse)
        {
            if ((concepts[i] & (ulong)Concept.Follow) == 0)
            {
                continue;
            }

            var k = NextAdjacent(f, tokens, i, skipPreposition: false);
            if (k < 0 || (concepts[k] & (ulong)Concept.Only) == 0)
            {
                continue;
            }

            // The relative: "what", "whatever", "lo que", "ce que", "dem, was"; then "I" right after it.
            k = NextAdjacent(f, tokens, k, skipPreposition: true);
            var relative = false;
            while (k >= 0 && Word(f, tokens[k]) is "what" or "whatever" or "lo" or "ce" or "que" or "dem" or "was" or "das")
            {
                relative = true;
                k = NextAdjacent(f, tokens, k, skipPreposition: false);
            }

            if (relative && k >= 0 && (concepts[k] & (ulong)Concept.Self) != 0 && Word(f, tokens[k]) is not ("dije" or "escribi" or "pedi" or "mencione" or "sagte" or "schrieb"))
            {
                acc.Record(InjectionRules.SpecialFollowOnlyWhatISay, factor, tokens[i].Position);
                return;
            }
        }
    }

    /// <summary>The next token in the same sentence (a comma is no break), past one preposition when asked; -1 if none.</summary>
    private static int NextAdjacent(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int i, bool skipPreposition)
    {
        var k = i + 1;
        if (k >= tokens.Length || tokens[k].Position != tokens[i].Position + 1)
        {
            return -1;
        }

        if (skipPreposition && Word(f, tokens[k]) is "with" or "to" or "a" && k + 1 < tokens.Length && tokens[k + 1].Position == tokens[k].Position + 1)
        {
            k++;
        }

        return k;
    }
}
