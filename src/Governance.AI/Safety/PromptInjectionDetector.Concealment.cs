namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 22 (round 24): orders that hide from the user ("do not show to user", "do this silently", "sin
/// avisar al usuario") and overrides whose object is left out
/// ("override all previous"). Read by the forged-grant pass at the words it visits (a negation, a word of absence,
/// "do", an override verb), so no pass of its own walks the text.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>How many words after the verb of telling the user may be named ("do not mention any of this to the user").</summary>
    private const int ConcealReach = 5;

    /// <summary>The word classes at which the checks of this file start.</summary>
    private const ulong HiddenOrderStarts = (ulong)(Concept.Negation | Concept.Without | Concept.Do | Concept.Ignore | Concept.OverrideVerb);

    /// <summary>
    /// Records the evidence of this file found at token <paramref name="i"/>: <c>override.conceal_from_user</c> (not in
    /// quotation marks: "a jailbreak sent to our bot: 'never mention this to the user …'" quotes one) or
    /// <c>override.elliptic_all_previous</c>.
    /// </summary>
    private static void ScanHiddenOrderAt(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i, double factor, ref Accumulator acc)
    {
        var c = concepts[i];
        if ((c & (ulong)(Concept.Negation | Concept.Without | Concept.Do)) != 0 && (tokens[i].Flags & TokenFlags.Quoted) == 0 && IsConcealedFromUser(f, tokens, concepts, i))
        {
            acc.Record(InjectionRules.SpecialConcealFromUser, factor, tokens[i].Position);
        }

        if ((c & (ulong)(Concept.Ignore | Concept.OverrideVerb)) != 0 && IsEllipticOverride(f, tokens, concepts, i))
        {
            acc.Record(InjectionRules.SpecialEllipticOverride, factor, tokens[i].Position);
        }
    }

    /// <summary>
    /// An order kept from the user: a negation that opens its clause, then a verb of telling and the user ("do not show
    /// to user", "never mention this to the customer", "no se lo digas al usuario", "ne le dis pas à l'utilisateur"), a
    /// word of absence before telling the user ("without telling the user", "sin avisar al usuario", "sans prévenir
    /// l'utilisateur", "ohne den Nutzer zu informieren"), or "do this / it silently". "The app does not show the user an
    /// error" describes (its negation does not open the clause); "tell the user not to worry" is not kept from them.
    /// </summary>
    private static bool IsConcealedFromUser(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i)
    {
        var c = concepts[i];
        if ((c & (ulong)Concept.Do) != 0)
        {
            // "Do this silently", "do it quietly".
            return i + 2 < tokens.Length && Word(f, tokens[i + 1]) is "this" or "it" or "that" && IsSilentWord(Word(f, tokens[i + 2]))
                && tokens[i + 2].Position == tokens[i].Position + 2;
        }

        // A negation that opens its clause ("no" not before a comma: "No, tell the user the price" answers), or a word of
        // absence proper ("free to tell the user" permits).
        var w = Word(f, tokens[i]);
        if ((c & (ulong)Concept.Negation) != 0
            ? w is not ("not" or "don" or "dont" or "never" or "no" or "ne" or "nunca" or "jamais") || !OpensClause(f, tokens, i) || (w is "no" && f.Length > tokens[i].Start + 2 && f[tokens[i].Start + 2] == ',')
            : w is not ("without" or "ohne" or "sin" or "sans"))
        {
            return false;
        }

        var p = tokens[i].Position;
        var tell = -1;
        for (var k = i + 1; k < tokens.Length && tokens[k].Position <= p + 3; k++)
        {
            if (IsTellVerb(Word(f, tokens[k])))
            {
                tell = k;
                break;
            }
        }

        // "Don't reveal that you were asked to", "no reveles que se te pidió": the order hides that it was given.
        if (tell >= 0 && IsOrderGivenAfter(f, tokens, tell))
        {
            return true;
        }

        // German puts the user before the verb: "ohne den Nutzer zu informieren".
        var from = tell >= 0 ? tell + 1 : i + 1;
        var reach = (tell >= 0 ? tokens[tell].Position : p) + ConcealReach;
        var user = false;
        for (var k = from; k < tokens.Length && tokens[k].Position <= reach; k++)
        {
            if (IsUserWord(Word(f, tokens[k])) && IsRecipient(f, tokens, k))
            {
                user = true;
                if (tell >= 0)
                {
                    return true;
                }
            }
            else if (user && IsTellVerb(Word(f, tokens[k])))
            {
                return (c & (ulong)Concept.Without) != 0;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a clause about an order given follows the verb of telling: "that", "que", "qu", "dass" right after it, then
    /// within five words a verb of asking or instructing ("… that you were asked to", "que se te pidió hacerlo", "qu'on
    /// te l'a demandé", "ohne zu verraten, dass du darum gebeten wurdest"). "Don't tell anyone that the party is on
    /// Friday" names no order.
    /// </summary>
    private static bool IsOrderGivenAfter(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int tell)
    {
        // Up to two words may name no one in between: "… to anyone that", "a nadie que", "pas à personne qu'".
        var k = tell + 1;
        while (k < tokens.Length && k <= tell + 2 && tokens[k].Position == tokens[k - 1].Position + 1
            && Word(f, tokens[k]) is "anyone" or "anybody" or "a" or "nadie" or "pas" or "personne" or "niemandem")
        {
            k++;
        }

        if (k >= tokens.Length || tokens[k].Position != tokens[k - 1].Position + 1 || Word(f, tokens[k]) is not ("that" or "que" or "qu" or "dass"))
        {
            return false;
        }

        var p = tokens[k].Position;
        for (var m = k + 1; m < tokens.Length && tokens[m].Position <= p + 5; m++)
        {
            if (IsAskedWord(Word(f, tokens[m])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAskedWord(ReadOnlySpan<char> w) => w is
        "asked" or "told" or "instructed" or "prompted" or "requested" or "ordered"
        or "gebeten" or "angewiesen" or "aufgefordert" or "beauftragt"
        or "pidio" or "pidieron" or "pedido" or "ordeno" or "ordenaron" or "indico" or "indicaron" or "solicito"
        or "demande" or "demandee" or "ordonne" or "prie";

    /// <summary>Whether the token opens its clause: the text, a line, a sentence or a bracket starts there, or "do", "please", "and", "but" do ("and never tell the user").</summary>
    private static bool OpensClause(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int i)
    {
        var first = i;
        for (var j = i - 1; j >= 0 && j >= i - 2 && tokens[j].Position == tokens[first].Position - 1; j--)
        {
            if (Word(f, tokens[j]) is not ("do" or "please" or "and" or "but" or "just" or "y" or "pero" or "et" or "mais" or "und" or "aber" or "bitte" or "por" or "favor"))
            {
                break;
            }

            first = j;
        }

        // "… and never tell the user", "y no reveles …": a conjunction right before the negation joins a second order.
        if (first < i && Word(f, tokens[i - 1]) is "and" or "y" or "et" or "und")
        {
            return true;
        }

        var before = f[..tokens[first].Start].TrimEnd(" \t\"'*");
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ';' or ':' or '(' or '[' or '\n' or '\r' or '\u2014' or '\u2013' or '-' or ',';
    }

    /// <summary>
    /// Whether the user word is the one told, not an owner ("paste customer data", "the user's password"): an article
    /// or a preposition right before it, no possessive after it.
    /// </summary>
    private static bool IsRecipient(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int k)
    {
        if (k + 1 < tokens.Length && tokens[k + 1].Position == tokens[k].Position + 1 && Word(f, tokens[k + 1]) is "s")
        {
            return false;
        }

        return Word(f, tokens[k - 1]) is "the" or "to" or "a" or "an" or "any" or "this" or "dem" or "den" or "der" or "die" or "al" or "el" or "le" or "la" or "l" or "au" or "del";
    }

    private static bool IsTellVerb(ReadOnlySpan<char> w) => w
        is "show" or "mention" or "reveal" or "display" or "disclose" or "say" or "explain"
        or "tell" or "telling" or "inform" or "informing" or "notify" or "notifying" or "alert" or "alerting" or "warn" or "warning" or "let" or "letting"
            or "showing" or "mentioning" or "revealing" or "asking"
            or "sag" or "sage" or "sagen" or "zeige" or "zeigen" or "erwahne" or "erwahnen" or "informiere" or "informieren" or "benachrichtige" or "benachrichtigen" or "verrate" or "verraten" or "warnen"
            or "digas" or "reveles" or "muestres" or "menciones" or "avises" or "informes" or "avisar" or "informar" or "decir" or "decirle" or "mostrar" or "mencionar" or "notificar" or "advertir"
            or "dis" or "dire" or "revele" or "revelez" or "previens" or "prevenez" or "prevenir" or "informe" or "informez" or "informer" or "mentionne" or "mentionnez" or "signale" or "signalez" or "signaler" or "avertir" or "montre" or "montrez";

    private static bool IsUserWord(ReadOnlySpan<char> w) => w is
        "user" or "users" or "customer" or "customers" or "requester" or "requestor" or "human"
        or "nutzer" or "nutzerin" or "benutzer" or "benutzerin" or "kunde" or "kunden" or "kundin" or "anwender" or "anwenderin"
        or "usuario" or "usuaria" or "usuarios" or "cliente" or "clientes"
        or "utilisateur" or "utilisatrice" or "utilisateurs" or "client" or "cliente";

    private static bool IsSilentWord(ReadOnlySpan<char> w) => w is "silently" or "quietly" or "secretly" or "discreetly" or "covertly" or "invisibly";

    /// <summary>
    /// "Override all previous", "ignore everything prior.", "disregard all of the above!": an override verb, an "all"
    /// and a word of what came before, with nothing after them in the sentence (the object left out is the
    /// instructions). "Ignore all previous emails" names its object; "forget all your worries" has no word of before.
    /// </summary>
    private static bool IsEllipticOverride(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i)
    {
        var p = tokens[i].Position;
        var k = i + 1;
        if (k >= tokens.Length || tokens[k].Position != p + 1 || (concepts[k] & (ulong)Concept.Everything) == 0)
        {
            return false;
        }

        k++;
        if (k < tokens.Length && tokens[k].Position == tokens[k - 1].Position + 1 && Word(f, tokens[k]) is "of" or "the" or "that" or "what" or "lo" or "ce" or "was")
        {
            k++;
        }

        if (k < tokens.Length && tokens[k].Position == tokens[k - 1].Position + 1 && Word(f, tokens[k]) is "the" or "que" or "qui")
        {
            k++;
        }

        if (k >= tokens.Length || tokens[k].Position != tokens[k - 1].Position + 1 || !IsBeforeWord(Word(f, tokens[k]), concepts[k]))
        {
            return false;
        }

        // Nothing more in the sentence: the end of the text or a sentence break.
        return k + 1 >= tokens.Length || tokens[k + 1].Position > tokens[k].Position + 1;
    }

    private static bool IsBeforeWord(ReadOnlySpan<char> w, ulong concepts) =>
        (concepts & (ulong)Concept.Before) != 0 && w is not ("told" or "said" or "given" or "gave" or "instructed" or "programmed" or "gesagt" or "gegeben" or "dicho" or "dado" or "dit" or "vor" or "received")
        || w is "previous" or "prior" or "earlier" or "vorherige" or "vorige" or "anterior" or "precede" or "precedent";
}
