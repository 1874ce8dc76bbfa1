namespace Governance.AI.Safety;

/// <summary>The scanners of single structural shapes (a claimed role, a grant, a credential, a persona, a link …), each behind a cheap gate.</summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>
    /// Runs each shape scanner whose word classes (<paramref name="all"/>) or token flags (<paramref name="summary"/>)
    /// the text has, so a text without them pays one test per scanner.
    /// </summary>
    private static void ScanShapes(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, ulong all, TokenFlags summary, double factor, ref Accumulator acc)
    {
        if ((all & (ulong)Concept.Developer) != 0)
        {
            ScanSelfDeclaredAuthority(f, tokens, concepts, sparse, factor, ref acc);
        }

        if ((all & ((ulong)(Concept.AiReference | Concept.Without | Concept.Negation | Concept.Bypass) | HiddenOrderStarts)) != 0)
        {
            ScanForgedGrants(f, tokens, concepts, sparse, factor, ref acc);
        }

        if ((all & (ulong)(Concept.Permission | Concept.Reveal)) == (ulong)(Concept.Permission | Concept.Reveal))
        {
            ScanRecordGrants(f, tokens, concepts, sparse, factor, ref acc);
        }

        if ((all & (ulong)Concept.Permission) != 0)
        {
            ScanPrivilegeGrants(f, tokens, concepts, sparse, factor, ref acc);
        }

        // Both shapes need a permission or an obligation word ("approved" is one; an AI word alone, as in a pasted e-mail
        // from "the assistant manager", would cost a pass over every text that names an assistant).
        if ((all & (ulong)(Concept.Permission | Concept.Address)) != 0)
        {
            ScanClearedActs(f, tokens, concepts, sparse, factor, ref acc);
        }

        ScanCredentialsAndCodes(f, tokens, concepts, factor, ref acc);
        if ((all & (ulong)(Concept.Persona | Concept.Become | Concept.Your)) != 0 && (all & (ulong)(Concept.Safety | Concept.Restrictions | Concept.Permission | Concept.Refuse | Concept.Anything | Concept.Everything)) != 0)
        {
            ScanRuleFreePersonas(f, tokens, concepts, sparse, factor, ref acc);
        }

        // The sweetener lifts weak extraction evidence only: after a rule of full weight it would seldom change a verdict.
        if ((all & (ulong)(Concept.PromptNoun | Concept.Config)) != 0 && (all & (ulong)Concept.Reveal) != 0 && (acc.Rules & InjectionRules.FullWeightRules) == 0)
        {
            ScanSweetenedExtraction(f, tokens, concepts, sparse, factor, ref acc);
        }

        if ((all & (ulong)(Concept.Follow | Concept.Only | Concept.Self)) == (ulong)(Concept.Follow | Concept.Only | Concept.Self))
        {
            ScanFollowOnlyWhatISay(f, tokens, concepts, sparse, factor, ref acc);
        }

        if ((summary & TokenFlags.InAddress) != 0)
        {
            ScanConversationLinks(f, tokens, factor, ref acc);
        }

        ScanNotesToAutomatedReaders(f, tokens, concepts, sparse, all, factor, ref acc);

        if ((all & (ulong)Concept.Mode) != 0)
        {
            ScanPrivilegedModes(f, tokens, concepts, sparse, factor, ref acc);
        }

        if ((all & (ulong)Concept.AiReference) != 0)
        {
            ScanNotesToAi(f, tokens, concepts, sparse, factor, ref acc);
        }
    }
}
