namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 21: forged authority in a support bot's dress — a grant to the bot ("the assistant is cleared to
/// share …", "le bot est autorisé à annuler …"), identity or confirmation checks waived ("without ID checks",
/// "confirmation is not required", "sans vérification"), and the header of a message from an authority that carries
/// them ("Internal note from tier-3 support:", "Message officiel de l'équipe technique :"); and a privileged mode put
/// on the assistant ("you're in technician mode").
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>How many tokens before a header's colon its noun and source may stand ("Message officiel de l'équipe technique du fournisseur :").</summary>
    private const int HeaderWords = 12;

    /// <summary>
    /// Records the parts of a forged grant: <c>authority.ai_granted</c> (an AI word as the subject of a permission,
    /// "the assistant is cleared to …"; not "our bot", not "is not allowed", not a question),
    /// <c>authority.checks_waived</c> / <c>authority.exempt_from_checks</c> (verification waived, more when a permission
    /// stands before it: "pre-approved … without ID checks") and, only beside a waiver, <c>authority.message_header</c>
    /// (a header naming where the message comes from). Each is weak alone: an announcement that a bot may now book rooms,
    /// a question whether one can pay without verification, a pasted "Message from the principal:" stay quiet. Runs only
    /// where a permission or a word of absence is present; the header is looked for only beside found evidence.
    /// </summary>
    private static void ScanForgedGrants(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        var headerDone = false;
        var skipTo = -1;
        for (var s = 0; s < sparse.Length; s++)
        {
            var i = sparse[s];
            var c = concepts[i];
            if ((c & HiddenOrderStarts) != 0)
            {
                ScanHiddenOrderAt(f, tokens, concepts, i, factor, ref acc);
            }

            if (i <= skipTo || (c & (ulong)(Concept.AiReference | Concept.Without | Concept.Negation | Concept.Bypass)) == 0)
            {
                continue;
            }

            // The header counts beside a waiver only: "Admin note: the HR chatbot is now allowed to book rooms" announces.
            var evidence = -1;
            if ((c & (ulong)Concept.AiReference) != 0 && IsGrantToAi(f, tokens, concepts, i))
            {
                acc.Record(InjectionRules.SpecialAiGranted, factor, tokens[i].Position);
            }
            else if ((c & (ulong)(Concept.Without | Concept.Negation | Concept.Bypass)) != 0)
            {
                var waived = WaivedCheck(f, tokens, concepts, i, out var check);
                if (waived >= 0)
                {
                    var exempt = PermissionBefore(f, tokens, concepts, Math.Min(i, check)) && !IsQuestionSentence(f, tokens[i].Start);
                    acc.Record(exempt ? InjectionRules.SpecialExemptFromChecks : InjectionRules.SpecialChecksWaived, factor, tokens[check].Position);
                    evidence = check;
                    skipTo = waived;
                }
            }

            if (evidence >= 0 && !headerDone)
            {
                var header = AuthorityHeaderBefore(f, tokens, concepts, evidence);
                if (header >= 0)
                {
                    acc.Record(InjectionRules.SpecialMessageHeader, factor, tokens[header].Position);
                    headerDone = true;
                }
            }
        }
    }

    /// <summary>
    /// "The assistant is cleared to share", "le bot client est autorisé à annuler", "der Assistent ist berechtigt, … zu
    /// nennen": an AI word, within three words a permission of its own (not "may", which also says what can happen: "the
    /// bot may give wrong answers"), then what it is permitted to do. "Our bot", "is not allowed" and questions are not grants.
    /// </summary>
    private static bool IsGrantToAi(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ai)
    {
        for (var j = ai - 1; j >= 0 && j >= ai - 2; j--)
        {
            if ((concepts[j] & (ulong)Concept.Mine) != 0)
            {
                return false;
            }
        }

        // "Do not grant AI assistants permission to …": a rule against the grant.
        for (var j = ai - 1; j >= 0 && tokens[j].Position == tokens[ai].Position - (ai - j); j--)
        {
            if ((concepts[j] & (ulong)Concept.Negation) != 0)
            {
                return false;
            }
        }

        var p = tokens[ai].Position;
        for (var k = ai + 1; k < tokens.Length && tokens[k].Position <= p + 3; k++)
        {
            var c = concepts[k];
            if ((c & (ulong)Concept.Negation) != 0)
            {
                return false;
            }

            if ((c & (ulong)Concept.Permission) == 0)
            {
                continue;
            }

            if (!IsStrictPermission(Word(f, tokens[k])))
            {
                // "The HR bot may disclose … to anyone who asks": "may" grants when what it permits is a disclosure to
                // whoever asks ("the bot may share data with partners" says what can happen).
                if (IsOpenDisclosure(f, tokens, concepts, k))
                {
                    return !IsQuestionSentence(f, tokens[ai].Start);
                }

                continue;
            }

            var q = tokens[k].Position;
            for (var m = k + 1; m < tokens.Length && tokens[m].Position <= q + 4; m++)
            {
                if (Word(f, tokens[m]) is "to" or "a" or "zu" or "para" or "de" or "d" || (concepts[m] & (ulong)Concept.Reveal) != 0)
                {
                    return !IsQuestionSentence(f, tokens[ai].Start);
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The last token of a waived check at the word of absence <paramref name="i"/>: absence or skipping before a
    /// verification word ("without ID checks", "sans vérification", "ohne Prüfung", "sin verificación", "skip the
    /// confirmation"), or a negation after one, before "required" ("confirmation is not required", "la vérification
    /// n'est pas nécessaire"); -1 if none. <paramref name="check"/> is the verification word's token.
    /// </summary>
    private static int WaivedCheck(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i, out int check)
    {
        check = -1;
        var p = tokens[i].Position;

        // "Do not give out food without checking ID", "managers can no longer override … without HR approval": a
        // prohibition that requires the check, not a waiver.
        for (var j = i - 1; j >= 0 && tokens[j].Position == p - (i - j); j--)
        {
            if ((concepts[j] & (ulong)Concept.Negation) != 0 || Word(f, tokens[j]) is "cannot" or "nicht" or "ne" or "n")
            {
                return -1;
            }
        }

        // "Without", "sans", "ohne", "sin", "no", "skip", "bypass" before the check; a bare "not" is a prohibition's
        // ("must not share passwords, authentication codes …").
        // A fourth word reaches a check named by a hyphenated compound after an article ("skip the controlled-substance
        // check"); "disable your two-factor authentication" names the reader's own setting.
        for (var k = i + 1; (concepts[i] & (ulong)(Concept.Without | Concept.Bypass)) != 0 && k < tokens.Length && tokens[k].Position <= p + 4; k++)
        {
            if (IsVerificationWord(Word(f, tokens[k])) && (tokens[k].Position <= p + 3 || IsArticleAndCompound(f, tokens, i, k)))
            {
                check = k;
                return k;
            }
        }

        if ((concepts[i] & (ulong)Concept.Negation) == 0)
        {
            return -1;
        }

        for (var k = i + 1; k < tokens.Length && tokens[k].Position <= p + 2; k++)
        {
            if (Word(f, tokens[k]) is not ("required" or "needed" or "necessary" or "erforderlich" or "notig" or "necesaria" or "necesario" or "requerida" or "requerido" or "requise" or "requis" or "necessaire"))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && tokens[j].Position >= p - 4; j--)
            {
                if (IsVerificationWord(Word(f, tokens[j])))
                {
                    check = j;
                    return k;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>Whether a permission of its own stands in the sentence before the token ("pre-approved for a SIM swap without …").</summary>
    private static bool PermissionBefore(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i)
    {
        var p = tokens[i].Position;
        for (var j = i - 1; j >= 0 && tokens[j].Position >= p - 6 && tokens[j].Position == p - (i - j); j--)
        {
            if ((concepts[j] & (ulong)Concept.Permission) != 0 && IsStrictPermission(Word(f, tokens[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun token of an authority header before the evidence, within <see cref="GrantReach"/> positions: a line
    /// (or the text) that starts with up to <see cref="HeaderWords"/> words and a colon, among them a message noun and
    /// where it comes from ("Internal note from tier-3 support:", "NOTE FROM HR SYSTEMS ADMIN (authorized):", "Message
    /// officiel de l'équipe technique :", "Mitteilung der IT-Abteilung:"), or an override ("Security company override,
    /// technician ID 5521:"); -1 if none.
    /// </summary>
    private static int AuthorityHeaderBefore(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int evidence)
    {
        var p = tokens[evidence].Position;
        for (var k = evidence; k >= 0 && tokens[k].Position >= p - GrantReach; k--)
        {
            if ((tokens[k].Flags & TokenFlags.ColonAfter) == 0)
            {
                continue;
            }

            // The header's words: back from the colon to the start of its line.
            var first = k;
            while (first > 0 && k - first < HeaderWords && (tokens[first].Flags & TokenFlags.LineStart) == 0 && tokens[first - 1].Position == tokens[first].Position - 1)
            {
                first--;
            }

            if (first > 0 && (tokens[first].Flags & TokenFlags.LineStart) == 0)
            {
                continue;
            }

            var noun = -1;
            var source = false;
            for (var j = first; j <= k; j++)
            {
                var w = Word(f, tokens[j]);
                if ((concepts[j] & (ulong)Concept.OverrideVerb) != 0)
                {
                    return j;
                }

                if (noun < 0 && IsHeaderNoun(w, concepts[j]))
                {
                    noun = j;
                    continue;
                }

                source |= noun >= 0 && w is "from" or "von" or "vom" or "der" or "de" or "del" or "du" or "des" or "officiel" or "officielle" or "oficial" or "offizielle";
                source |= w is "internal" or "official" or "interne" or "interno" or "interna" or "officiel" or "officielle" or "oficial" or "offizielle" || (concepts[j] & (ulong)Concept.Developer) != 0;
            }

            if (noun >= 0 && source)
            {
                return noun;
            }
        }

        return -1;
    }

    private static bool IsHeaderNoun(ReadOnlySpan<char> w, ulong concepts) =>
        (concepts & (ulong)Concept.MessageNoun) != 0
        || w is "note" or "notice" or "memo" or "notification" or "announcement" or "bulletin" or "directive" or "update"
            or "notiz" or "hinweis" or "mitteilung" or "nota" or "aviso" or "comunicado" or "avis" or "communique";

    /// <summary>A disclosure verb right after the permission and, within the sentence, anyone at all as its recipient.</summary>
    private static bool IsOpenDisclosure(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int permission)
    {
        var k = permission + 1;
        if (k >= tokens.Length || (concepts[k] & (ulong)Concept.Reveal) == 0 || tokens[k].Position != tokens[permission].Position + 1)
        {
            return false;
        }

        for (var m = k + 1; m < tokens.Length && tokens[m].Position <= tokens[k].Position + 10; m++)
        {
            if (Word(f, tokens[m]) is "anyone" or "anybody" or "everyone" or "everybody" or "whoever" or "jedem" or "jedermann" or "cualquiera" or "quiconque" or "quelconque")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A permission word that grants (authorized, cleared, allowed, autorisé, berechtigt, autorizado …), not "may" nor "verified".</summary>
    private static bool IsStrictPermission(ReadOnlySpan<char> w) =>
        w is not ("may" or "peux" or "puedes" or "verified" or "verifie" or "verifiee" or "verificado" or "verificada" or "verifiziert" or "darfst" or "durfen" or "grant" or "grants");

    /// <summary>Identity, confirmation and review checks (EN/DE/ES/FR), nouns and verbs.</summary>
    private static bool IsVerificationWord(ReadOnlySpan<char> w) => w.EndsWith("prufung") || w is
        "verification" or "verifying" or "verify" or "check" or "checks" or "checking" or "confirmation" or "confirming" or "authentication" or "identification"
        or "prufung" or "uberprufung" or "verifizierung" or "bestatigung" or "kontrolle" or "authentifizierung" or "identitatsprufung" or "prufen" or "uberprufen"
        or "verificacion" or "verificar" or "comprobacion" or "comprobar" or "confirmacion" or "autenticacion" or "identificacion"
        or "verifier" or "controle" or "controles" or "authentification" or "validation";

    /// <summary>Whether the sentence that holds the character at <paramref name="start"/> ends in a question mark.</summary>
    private static bool IsQuestionSentence(ReadOnlySpan<char> f, int start)
    {
        var rest = f[start..];
        var end = rest.IndexOfAny(".!?\n");
        return end >= 0 && rest[end] == '?';
    }

    /// <summary>
    /// Records <c>jailbreak.privileged_mode</c> for a mode named after a privileged role ("technician mode", "maintainer
    /// mode", "Technikermodus" is a compound left to the lexicon): the developer mode of a support bot or an agent. Alone
    /// it is a device's setting ("the thermostat has a technician mode"); it adds to the assistant put into it
    /// (<c>jailbreak.persona_switch</c>: "pretend you're in technician mode", "you are now operating in maintainer mode").
    /// Maintenance, service and diagnostic modes are left out: manuals put devices in them every day.
    /// </summary>
    private static void ScanPrivilegedModes(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        // The sparse list holds every word with a class (later passes only clear classes), in text order.
        foreach (var i in sparse)
        {
            if (i == 0 || (concepts[i] & (ulong)Concept.Mode) == 0)
            {
                continue;
            }

            // "technician mode", "modo técnico", "mode technicien".
            var before = Word(f, tokens[i - 1]);
            var after = i + 1 < tokens.Length && tokens[i + 1].Position == tokens[i].Position + 1 ? Word(f, tokens[i + 1]) : default;
            if (IsPrivilegedRole(before) || IsPrivilegedRole(after))
            {
                acc.Record(InjectionRules.SpecialPrivilegedMode, factor, tokens[i].Position);
            }
        }
    }

    private static bool IsPrivilegedRole(ReadOnlySpan<char> w) => w is
        "technician" or "tech" or "maintainer" or "engineer" or "engineering" or "supervisor" or "privileged" or "elevated" or "unlocked" or "superuser"
        or "techniker" or "tecnico" or "technicien" or "superviseur";
    /// <summary>"skip the controlled-substance check": a definite article, then two words joined by a hyphen, then the check.</summary>
    private static bool IsArticleAndCompound(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int verb, int check) =>
        check == verb + 4 && Word(f, tokens[verb + 1]) is "the" or "die" or "den" or "der" or "das" or "la" or "el" or "le" or "les" or "los" or "las"
        && tokens[verb + 3].Start == tokens[verb + 2].Start + tokens[verb + 2].Length + 1 && f[tokens[verb + 3].Start - 1] == '-';
}
