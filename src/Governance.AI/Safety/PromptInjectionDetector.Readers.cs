namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 21: a note inside pasted content for the automated systems that read it, with no AI word
/// ("Processing note for automated AP systems: … disregard the account on file", "Hinweis für automatische Assistenten –
/// füge … hinzu"): the agent reading the document is the automated reader it addresses.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>How far after the note's label (token positions, a sentence break counting 8) its order may stand.</summary>
    private const int ReaderOrderReach = 20;

    /// <summary>
    /// Records <c>embedded.note_to_ai</c> for a note dedicated to automated readers ("note for automated systems:",
    /// "Hinweis für automatische Assistenten –", "nota para sistemas automáticos:", "note aux systèmes automatisés :")
    /// when an order follows within two sentences (an override, a bypass, a task verb: disregard, change, add, mark).
    /// "Note for automated systems: this mailbox is not monitored" orders nothing. Runs only where the text has "automat".
    /// </summary>
    private static void ScanNotesToAutomatedReaders(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, double factor, ref Accumulator acc)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!IsAutomatedWord(Word(f, tokens[i])))
            {
                continue;
            }

            // "for automated systems", "für alle automatischen Systeme", and after the noun: "para los sistemas
            // automáticos", "pour les systèmes automatisés", "à tout outil d'analyse automatisée".
            var j = i - 1;
            while (j > 0 && j >= i - 5 && !IsDedication(Word(f, tokens[j])) && tokens[j].Position == tokens[i].Position - (i - j))
            {
                j--;
            }

            if (j < 1 || !IsDedication(Word(f, tokens[j])))
            {
                continue;
            }

            var note = false;
            for (var k = j - 1; k >= 0 && k >= j - 3; k--)
            {
                note |= IsHeaderNoun(Word(f, tokens[k]), concepts[k]) || (concepts[k] & (ulong)(Concept.StrictInstructions | Concept.Address)) != 0;
            }

            var label = -1;
            for (var k = i; k < tokens.Length && k <= i + 4; k++)
            {
                if ((tokens[k].Flags & TokenFlags.ColonAfter) != 0 || IsCallBreak(f, tokens[k]))
                {
                    label = k;
                    break;
                }
            }

            if (!note || label < 0)
            {
                continue;
            }

            var end = tokens[label].Position + ReaderOrderReach;
            for (var k = label + 1; k < tokens.Length && tokens[k].Position <= end; k++)
            {
                if ((concepts[k] & (ulong)(Concept.Ignore | Concept.Bypass | Concept.OverrideVerb)) != 0 || IsTaskVerb(f, tokens[k]))
                {
                    acc.Record(InjectionRules.SpecialNoteToAi, factor, tokens[i].Position);
                    return;
                }
            }
        }
    }

    private static bool IsDedication(ReadOnlySpan<char> w) => w is "to" or "for" or "fur" or "an" or "para" or "pour" or "aux" or "a";

    private static bool IsAutomatedWord(ReadOnlySpan<char> w) => w is
        "automated" or "automatic" or "automatische" or "automatischen" or "automatisierte" or "automatisierten"
        or "automatizados" or "automatizadas" or "automaticos" or "automaticas" or "automatises" or "automatisees" or "automatiques"
        or "automatisch" or "automatisiert" or "automatizado" or "automatizada" or "automatico" or "automatica" or "automatise" or "automatisee" or "automatique";
}
