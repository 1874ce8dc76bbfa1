namespace Governance.AI.Safety;

/// <summary>
/// A prevented verb (session 23, twenty-fifth round): a reveal, override or bypass verb that a verb of preventing
/// governs — "how do I keep users from getting the bot to reveal its system prompt", "stop the assistant from leaking its
/// instructions", "evitar que el bot revele su prompt del sistema", "empêcher le robot de révéler ses consignes",
/// "verhindern, dass der Bot seinen Systemprompt preisgibt" — names what someone wants not to happen, like a negation
/// (<see cref="IsProhibitedVerb"/>); it asks for nothing. The verb loses its class for every rule, so the words around it
/// ("its internal rules") no longer make it a request either. "You" between the two ("what keeps you from revealing
/// it?"), or a negation of the preventing verb ("nothing stops you from …", "nothing prevents the assistant from …"),
/// leaves the request standing.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>The classes of the verbs a verb of preventing can govern.</summary>
    private const ulong PreventableVerbs = (ulong)(Concept.Reveal | Concept.Bypass | Concept.Ignore | Concept.OverrideVerb);

    /// <summary>The most words from the verb back to the verb of preventing.</summary>
    private const int PreventionReach = 8;

    /// <summary>Clears the verb classes of the words of <see cref="PreventableVerbs"/> that a verb of preventing governs.</summary>
    private static void DropPreventedVerbs(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, Span<ulong> concepts, ReadOnlySpan<int> sparse)
    {
        foreach (var i in sparse)
        {
            if ((concepts[i] & PreventableVerbs) != 0 && IsPrevented(f, tokens, concepts, i))
            {
                concepts[i] &= ~PreventableVerbs;
            }
        }
    }

    /// <summary>Whether a verb of preventing governs the verb at <paramref name="ti"/> (same clause, at most <see cref="PreventionReach"/> words before it).</summary>
    private static bool IsPrevented(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ti)
    {
        var link = false;
        for (int k = ti - 1, steps = 0; k >= 0 && steps < PreventionReach; k--, steps++)
        {
            var w = Word(f, tokens[k]);

            // German puts a comma before "dass": "verhindern, dass der Bot … preisgibt".
            if (!OnlySpacesBetween(f, tokens[k], tokens[k + 1]) && !(w is "verhindern" or "verhindert" or "verhindere" or "vermeiden" or "vermeidet" && Word(f, tokens[k + 1]) is "dass"))
            {
                return false;
            }

            if ((concepts[k] & (ulong)Concept.Your) != 0 || w is "you" or "u" or "du" or "dich" or "dir" or "te" or "tu" or "vous")
            {
                // "What keeps you from revealing it?": the reader asked why not.
                return false;
            }

            if (w is "from" or "que" or "de" or "d" or "dass")
            {
                link = true;
                continue;
            }

            if (IsPreventingVerb(w) && (link || w is "avoid" or "avoiding" or "evitar" or "eviter"))
            {
                return !IsNegatedPrevention(f, tokens, k);
            }
        }

        return false;
    }

    /// <summary>Whether "nothing", "no one", "not", "never" stands among the two words before the verb of preventing ("nothing stops the bot from …").</summary>
    private static bool IsNegatedPrevention(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            if (Word(f, tokens[j]) is "nothing" or "no" or "nobody" or "not" or "never" or "t" or "cannot" or "nichts" or "niemand" or "nicht" or "nada" or "nadie" or "rien" or "personne" or "ne" or "n")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of preventing, protecting or avoiding (EN/DE/ES/FR, folded).</summary>
    private static bool IsPreventingVerb(ReadOnlySpan<char> w) => w is
        "prevent" or "prevents" or "preventing" or "stop" or "stops" or "stopping" or "keep" or "keeps" or "keeping" or "block" or "blocks" or "blocking"
        or "protect" or "protects" or "protecting" or "protected" or "discourage" or "deter" or "avoid" or "avoiding"
        or "verhindern" or "verhindert" or "verhindere" or "vermeiden" or "vermeidet"
        or "evitar" or "evite" or "evita" or "impedir" or "impida" or "impide" or "prevenir"
        or "empecher" or "empeche" or "empechent" or "eviter";
}
