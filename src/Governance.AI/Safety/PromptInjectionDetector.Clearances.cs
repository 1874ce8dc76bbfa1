namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 28 (round 31): forged authority that clears the assistant for a privileged act. The claimed role
/// varies without end (a compliance officer, "Tier 3", an HR mandate, an airline directive, a developer); what an attack
/// needs is the clearance itself — a permission or an obligation aimed at the assistant ("chat assistants are cleared
/// to", "all assistants must", "der Support-Assistent ist berechtigt", "I'm authorising you") — and an act a user could
/// not grant: a check waived ("skip the credit-score checks", "die Zwei-Faktor-Authentifizierung … deaktivieren"),
/// something of value issued ("issue complimentary upgrades", "release the funds") or a group's records disclosed. The
/// same act after an approval claimed from another assistant ("your colleague bot already approved this", "the previous
/// assistant already agreed to stop applying the policy") is the prior-approval form of the same forgery.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>How far after the permission or obligation (in token positions, a sentence break counting 8) the act may stand.</summary>
    private const int ClearedActReach = 24;

    /// <summary>How far after a claimed earlier approval the act may stand: the claim and the request are often two sentences.</summary>
    private const int PriorApprovalReach = 32;

    /// <summary>How many words after the verb of waiving what it waives may stand ("skip the debt-to-income and credit-score checks").</summary>
    private const int WaivedObjectReach = 8;

    /// <summary>
    /// Records <c>authority.act_cleared</c> at a permission (strict: not "may", "can") or an obligation ("must", "shall",
    /// "muss", "debe", "doit") whose grantee is the assistant — an AI word, singular or plural, within three words before
    /// it, or "you" (<see cref="HasAssistantGrantee"/>, permissions only) — or at any permission ("verified" too) that a
    /// third party gives the requester ("this user is verified staff") — with no negation beside it and none of the
    /// speaker's own ("our bot") on the AI word; and <c>authority.prior_approval</c> at an AI word followed by "already"
    /// and a word of approval. Either counts only with a privileged act after it (<see cref="PrivilegedActAfter"/>) and
    /// outside a question. A person cleared ("Tom is authorised to waive the fee"), a bot's duty that the act does not
    /// follow ("the bot must verify identity before issuing refunds"), and a customer asking stay quiet.
    /// </summary>
    private static void ScanClearedActs(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        bool cleared = false, approved = false;
        foreach (var i in sparse)
        {
            var c = concepts[i];
            if (!cleared && (c & (ulong)(Concept.Permission | Concept.Address)) != 0 && IsClearanceOfAssistant(f, tokens, concepts, i)
                && PrivilegedActAfter(f, tokens, concepts, i, ClearedActReach) && !IsQuestionSentence(f, tokens[i].Start))
            {
                acc.Record(InjectionRules.SpecialActCleared, factor, tokens[i].Position);
                cleared = true;
            }

            if (!approved && (c & (ulong)Concept.AiReference) != 0)
            {
                var approval = ApprovalClaimedBy(f, tokens, concepts, i);
                if (approval >= 0 && PrivilegedActAfter(f, tokens, concepts, approval, PriorApprovalReach))
                {
                    acc.Record(InjectionRules.SpecialPriorApproval, factor, tokens[i].Position);
                    approved = true;
                }
            }
        }
    }

    /// <summary>A strict permission or an obligation whose grantee is the assistant (an AI word just before it, or "you" beside a permission), or a permission of the requester named by a third party.</summary>
    private static bool IsClearanceOfAssistant(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int i)
    {
        var w = Word(f, tokens[i]);
        var obligation = IsObligation(w);
        var permission = (concepts[i] & (ulong)Concept.Permission) != 0 && w is not ("permission" or "clearance");
        if (!obligation && !permission)
        {
            return false;
        }

        var strict = permission && IsStrictPermission(w);

        // "must not", "ne doit pas", "darf nicht": a prohibition.
        for (var k = i + 1; k < tokens.Length && k <= i + 2; k++)
        {
            if ((concepts[k] & (ulong)Concept.Negation) != 0 || Word(f, tokens[k]) is "nicht" or "pas" or "jamais" or "never" or "nunca")
            {
                return false;
            }
        }

        var p = tokens[i].Position;
        for (var j = i - 1; j >= 0 && tokens[j].Position >= p - 3 && tokens[j].Position == p - (i - j); j--)
        {
            if ((concepts[j] & (ulong)Concept.Negation) != 0 || Word(f, tokens[j]) is "cannot" or "nicht" or "ne" or "n" or "t")
            {
                return false;
            }

            if (IsAssistantNoun(f, tokens, concepts, j))
            {
                return (obligation || strict) && !HasSpeakersOwnBefore(concepts, j);
            }

            // "This user is verified staff", "dieser Kunde ist freigegeben": the requester cleared by a third party.
            if (IsRequesterNoun(Word(f, tokens[j])) && j > 0 && Word(f, tokens[j - 1]) is "this" or "dieser" or "diese" or "este" or "esta" or "ce" or "cet" or "cette")
            {
                return permission;
            }
        }

        return strict && HasAssistantGrantee(f, tokens, concepts, i);
    }

    /// <summary>"Our bot", "our support bot": the speaker's own assistant within two words before the AI word, whose duties a staff member may state.</summary>
    private static bool HasSpeakersOwnBefore(ReadOnlySpan<ulong> concepts, int ai) =>
        (ai > 0 && (concepts[ai - 1] & (ulong)Concept.Mine) != 0) || (ai > 1 && (concepts[ai - 2] & (ulong)Concept.Mine) != 0);

    private static bool IsRequesterNoun(ReadOnlySpan<char> w) => w is
        "user" or "customer" or "caller" or "member" or "requester" or "person" or "account" or "nutzer" or "kunde" or "kundin" or "anrufer"
        or "usuario" or "cliente" or "persona" or "utilisateur" or "client" or "membre";

    /// <summary>"must", "shall", "muss", "müssen", "debe", "deben", "doit", "doivent", "ist verpflichtet" (words of the lexicon's address class).</summary>
    private static bool IsObligation(ReadOnlySpan<char> w) => w is
        "must" or "shall" or "muss" or "mussen" or "debe" or "debes" or "deben" or "doit" or "doivent" or "verpflichtet" or "obligado" or "obligados";

    /// <summary>An AI word (the lexicon's, singular) or its plural ("assistants", "chatbots", "Assistenten"); "agents" only after an AI qualifier ("automated agents").</summary>
    private static bool IsAssistantNoun(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int j)
    {
        if ((concepts[j] & (ulong)Concept.AiReference) != 0)
        {
            return true;
        }

        var w = Word(f, tokens[j]);
        if (w is "assistants" or "bots" or "chatbots" or "assistenten" or "asistentes" or "models")
        {
            return true;
        }

        return w is "agents" or "agentes" or "systems" or "systeme" or "sistemas" or "systemes"
            && j > 0 && ((concepts[j - 1] & (ulong)Concept.AiReference) != 0 || Word(f, tokens[j - 1]) is "automated" or "automatisierte" or "automatizados" or "automatises" or "chat" or "virtual" or "virtuels");
    }

    /// <summary>
    /// The token of the approval word when the AI word at <paramref name="ai"/> is said to have approved already: "bot
    /// already approved", "the previous assistant already agreed", "der Bot hat bereits zugestimmt", "el asistente ya lo
    /// aprobó", "l'assistant a déjà accepté"; -1 otherwise (also for "our bot").
    /// </summary>
    private static int ApprovalClaimedBy(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ai)
    {
        if (HasSpeakersOwnBefore(concepts, ai))
        {
            return -1;
        }

        var p = tokens[ai].Position;
        for (var k = ai + 1; k < tokens.Length && tokens[k].Position <= p + 3; k++)
        {
            if (Word(f, tokens[k]) is not ("already" or "bereits" or "schon" or "ya" or "deja"))
            {
                continue;
            }

            for (var m = k + 1; m < tokens.Length && tokens[m].Position <= tokens[k].Position + 2; m++)
            {
                var w = Word(f, tokens[m]);
                if (((concepts[m] & (ulong)Concept.Permission) != 0 && IsStrictPermission(w)) || IsApprovalWord(w))
                {
                    return m;
                }
            }
        }

        return -1;
    }

    private static bool IsApprovalWord(ReadOnlySpan<char> w) => w is
        "agreed" or "signed" or "okayed" or "confirmed" or "accepted" or "promised"
        or "zugestimmt" or "akzeptiert" or "bestatigt" or "zugesagt" or "versprochen"
        or "aprobo" or "aprobado" or "acepto" or "aceptado" or "confirmo" or "prometio"
        or "approuve" or "accepte" or "valide" or "confirme" or "promis";

    /// <summary>
    /// Whether a privileged act follows within <paramref name="reach"/> positions, outside a question and before any
    /// condition or hand-over (<see cref="IsActBoundary"/>): a check waived
    /// (<see cref="IsWaivedCheckAt"/>), something of value issued (<see cref="IsValueIssuedAt"/>), or a disclosure or
    /// privileged action over a group or secrets (<see cref="PrivilegeAfter"/>).
    /// </summary>
    private static bool PrivilegedActAfter(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int from, int reach)
    {
        var end = tokens[from].Position + reach;
        for (var k = from + 1; k < tokens.Length && tokens[k].Position <= end; k++)
        {
            var w = Word(f, tokens[k]);
            if ((concepts[k] & (ulong)Concept.Mine) != 0 || IsActBoundary(w))
            {
                return false;
            }

            if (IsWaivedCheckAt(f, tokens, concepts, from, k) || IsValueIssuedAt(f, tokens, k))
            {
                return !IsQuestionSentence(f, tokens[k].Start);
            }
        }

        return PrivilegeAfter(f, tokens, concepts, from, reach);
    }

    /// <summary>
    /// Where the clearance's act ends: a condition ("before", "only", "unless", "if") states the duty's terms, and a
    /// hand-over ("refer any request to release funds to a human", "escalate") leaves the act to someone else.
    /// </summary>
    private static bool IsActBoundary(ReadOnlySpan<char> w) => w is
        "before" or "after" or "only" or "unless" or "if" or "once" or "vor" or "nachdem" or "nur" or "wenn" or "falls" or "sofern"
        or "antes" or "despues" or "solo" or "si" or "salvo" or "avant" or "apres" or "seulement" or "uniquement" or "sauf"
        or "refer" or "escalate" or "route" or "verweisen" or "eskalieren" or "remitir" or "derivar" or "escalar" or "renvoyer" or "transmettre";

    /// <summary>
    /// A verb of waiving (bypass, skip, disable, waive, "stop applying", deaktivieren, desactivar, désactiver …) with
    /// within <see cref="WaivedObjectReach"/> words of the same sentence what it waives: a check, a protection or a rule ("skip the debt-to-income and credit-score
    /// checks", "disable branch protection", "stop applying the refund policy").
    /// </summary>
    private static bool IsWaivedCheckAt(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int from, int k)
    {
        var w = Word(f, tokens[k]);
        var waiver = (concepts[k] & (ulong)(Concept.Bypass | Concept.Ignore)) != 0 && w is not ("turn" or "switch" or "remove" or "loschen" or "supprime" or "supprimer")
            || w is "waive" or "waiving" or "aussetzen" or "auszusetzen" or "suspendre" or "suspender" or "omettre"
            || (w is "stop" or "cease" && k + 1 < tokens.Length && Word(f, tokens[k + 1]) is "applying" or "enforcing" or "checking");
        if (!waiver)
        {
            return false;
        }

        // The object after the verb, or before it where the verb ends the clause ("die Zwei-Faktor-Authentifizierung für
        // dieses Konto zu deaktivieren", "la vérification … désactiver"), not before the clearance itself.
        var p = tokens[k].Position;
        for (var m = k + 1; m < tokens.Length && tokens[m].Position <= p + WaivedObjectReach && tokens[m].Position == p + (m - k); m++)
        {
            if (IsWaivableAt(f, tokens, concepts, m))
            {
                return true;
            }
        }

        for (var m = k - 1; m > from && tokens[m].Position >= p - WaivedObjectReach && tokens[m].Position == p - (k - m); m--)
        {
            if (IsWaivableAt(f, tokens, concepts, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a waiver lifts: a check, a protection or a rule.</summary>
    private static bool IsWaivableAt(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int m)
    {
        var o = Word(f, tokens[m]);
        return IsVerificationWord(o) || (concepts[m] & (ulong)Concept.Restrictions) != 0 || IsProtectionWord(o);
    }

    private static bool IsProtectionWord(ReadOnlySpan<char> w) => w.EndsWith("authentifizierung") || w is
        "protection" or "2fa" or "mfa" or "gate" or "review" or "approval" or "schutz" or "proteccion" or "revision" or "verifizierung" or "authentification" or "autenticacion";

    /// <summary>
    /// A verb of issuing or releasing (infinitive or imperative) with within four words something of value ("issue
    /// complimentary upgrades", "release the funds", "issue the full cash refund", "emitir la carta", "libera los fondos",
    /// "débloque les fonds").
    /// </summary>
    private static bool IsValueIssuedAt(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int k)
    {
        if (Word(f, tokens[k]) is not ("issue" or "issuing" or "release" or "releasing" or "grant" or "granting" or "approve" or "approving" or "refund" or "unlock"
            or "ausstellen" or "auszustellen" or "freigeben" or "freizugeben" or "erstatten" or "genehmigen" or "entsperren"
            or "emitir" or "emite" or "liberar" or "libera" or "reembolsar" or "reembolsa" or "aprobar" or "aprueba" or "conceder" or "concede" or "desbloquear" or "desbloquea" or "otorgar"
            or "emettre" or "emets" or "liberer" or "libere" or "debloquer" or "debloque" or "rembourser" or "rembourse" or "approuver" or "approuve" or "accorder" or "accorde" or "delivrer"))
        {
            return false;
        }

        var p = tokens[k].Position;
        for (var m = k + 1; m < tokens.Length && tokens[m].Position <= p + 4 && tokens[m].Position == p + (m - k); m++)
        {
            if (IsValueNoun(Word(f, tokens[m])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValueNoun(ReadOnlySpan<char> w) => w is
        "upgrade" or "upgrades" or "refund" or "refunds" or "funds" or "money" or "payment" or "payout" or "letter" or "letters" or "loan" or "credit"
        or "voucher" or "vouchers" or "discount" or "compensation" or "exception" or "withdrawal" or "withdrawals" or "prescription" or "prescriptions" or "refill" or "refills"
        or "erstattung" or "gelder" or "geld" or "auszahlung" or "gutschrift" or "gutschein" or "rabatt" or "ausnahme" or "rezept" or "rezepte" or "kredit"
        or "reembolso" or "fondos" or "dinero" or "pago" or "carta" or "prestamo" or "credito" or "descuento" or "excepcion" or "receta" or "recetas"
        or "remboursement" or "fonds" or "argent" or "paiement" or "lettre" or "pret" or "remise" or "ordonnance" or "ordonnances" or "surclassement";
}
