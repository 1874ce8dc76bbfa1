namespace Governance.AI.Safety;

/// <summary>The speaker's claim of an authority role ("I'm the administrator", "je suis l'administrateur", "developer here").</summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>
    /// Records <c>authority.self_declared</c> where the speaker names themselves an authority the assistant would
    /// defer to: "I am the admin", "ich bin der Entwickler", "je suis l'administrateur", "soy el administrador",
    /// "as the administrator", "developer here" at the start of a line. A claimed role is an ordinary introduction
    /// ("I'm the admin of our tenant, how do I …"), so the rule is weak, is recorded only with a permission word near
    /// it, and adds only to a permission granted to the assistant beside it (<c>authority.you_now_permitted</c>, <c>authority.self_declared_grant</c>). Words are read
    /// only next to an authority word of the text.
    /// </summary>
    private static void ScanSelfDeclaredAuthority(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        // The sparse list holds every word with a class (later passes only clear classes), in text order.
        foreach (var i in sparse)
        {
            if ((concepts[i] & (ulong)Concept.Developer) == 0)
            {
                continue;
            }

            var j = i - 1;
            if (j >= 0 && IsArticle(Word(f, tokens[j])))
            {
                j--;
            }

            var declared = false;
            if (j >= 0)
            {
                var w = Word(f, tokens[j]);
                declared = w is "bin" or "suis" or "soy" or "as" or "als" or "como"
                    || (w is "am" or "m" && j > 0 && (concepts[j - 1] & (ulong)Concept.Self) != 0)
                    || (w is "qu" && j > 0 && Word(f, tokens[j - 1]) is "tant");
            }

            // "Developer here:", "Admin here —": a greeting that names the role.
            declared |= (tokens[i].Flags & TokenFlags.LineStart) != 0 && i + 1 < tokens.Length && Word(f, tokens[i + 1]) is "here" or "hier" or "aqui" or "ici";
            // The claim counts only beside a permission ("… you are now allowed"): a developer who mentions developer
            // mode, or an admin asking a question, is no forged authority.
            if (declared && HasPermissionNear(f, tokens, concepts, i))
            {
                acc.Record(InjectionRules.SpecialSelfDeclared, factor, tokens[i].Position);
                var grant = GrantedDisclosure(f, tokens, concepts, i);
                if (grant >= 0)
                {
                    acc.Record(InjectionRules.SpecialSelfDeclaredGrant, factor, tokens[grant].Position);
                }
            }
        }
    }

    /// <summary>
    /// The token of "you" in a disclosure granted after the claim: "you" right before a permission and a verb of
    /// giving ("you may share", "you're allowed to give", "vous pouvez désormais communiquer", "te autorizo a
    /// darme"); -1 if none within <see cref="GrantReach"/> positions. A question ("peux-tu m'expliquer",
    /// "¿puedes ayudarme?") puts the permission before "you" or has no "you", and "you may assume …" gives nothing.
    /// </summary>
    private static int GrantedDisclosure(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int claim)
    {
        var end = tokens[claim].Position + GrantReach;
        for (var j = claim + 1; j + 1 < tokens.Length && tokens[j].Position <= end; j++)
        {
            if ((concepts[j] & (ulong)Concept.Your) == 0 || (concepts[j] & (ulong)Concept.Mine) != 0)
            {
                continue;
            }

            for (var k = j + 1; k < tokens.Length && k <= j + 2; k++)
            {
                if ((concepts[k] & (ulong)Concept.Permission) == 0 && Word(f, tokens[k]) is not "pouvez")
                {
                    continue;
                }

                for (var m = k + 1; m < tokens.Length && m <= k + 4; m++)
                {
                    if ((concepts[m] & (ulong)Concept.Reveal) != 0)
                    {
                        return j;
                    }
                }
            }
        }

        return -1;
    }

    private static bool HasPermissionNear(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int claim)
    {
        var p = tokens[claim].Position;
        for (var j = claim - 1; j >= 0 && tokens[j].Position >= p - GrantReach; j--)
        {
            if ((concepts[j] & (ulong)Concept.Permission) != 0 || Word(f, tokens[j]) is "pouvez")
            {
                return true;
            }
        }

        for (var j = claim + 1; j < tokens.Length && tokens[j].Position <= p + GrantReach; j++)
        {
            if ((concepts[j] & (ulong)Concept.Permission) != 0 || Word(f, tokens[j]) is "pouvez")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after the claim (in token positions, a sentence break counting 8) a granted disclosure may stand.</summary>
    private const int GrantReach = 32;

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> f, in SafetyToken t) => f.Slice(t.Start, t.Length);

    private static bool IsArticle(ReadOnlySpan<char> w) =>
        w is "the" or "a" or "an" or "your" or "der" or "die" or "das" or "ein" or "eine" or "ihr" or "dein" or "el" or "la" or "un" or "una" or "tu" or "su" or "l" or "le" or "une" or "votre" or "ton";
}
