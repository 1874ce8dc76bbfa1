namespace Governance.AI.Safety;

/// <summary>Word classes the injection rules are written in; one token may belong to several.</summary>
[Flags]
internal enum Concept : ulong
{
    None = 0,
    Ignore = 1UL << 0,
    Instructions = 1UL << 1,
    Prior = 1UL << 2,
    Everything = 1UL << 3,
    Before = 1UL << 4,
    Reveal = 1UL << 5,
    System = 1UL << 6,
    PromptNoun = 1UL << 7,
    Your = 1UL << 8,
    Verbatim = 1UL << 9,
    Dan = 1UL << 10,
    Do = 1UL << 11,
    Anything = 1UL << 12,
    Now = 1UL << 13,
    Developer = 1UL << 14,
    Mode = 1UL << 15,
    Negation = 1UL << 16,
    Longer = 1UL << 17,
    Bound = 1UL << 18,
    Restrictions = 1UL << 19,
    Without = 1UL << 20,
    Unrestricted = 1UL << 21,
    Persona = 1UL << 22,
    Jailbreak = 1UL << 23,
    Bypass = 1UL << 24,
    Safety = 1UL << 25,
    New = 1UL << 26,
    Meta = 1UL << 27,
    Relayed = 1UL << 28,
    Code = 1UL << 29,
    Follow = 1UL << 30,
    AiReference = 1UL << 31,
    Confidential = 1UL << 32,
    Initial = 1UL << 33,
    Stay = 1UL << 34,
    Character = 1UL << 35,
    End = 1UL << 36,
    BoundaryObject = 1UL << 37,
    RoleLabel = 1UL << 38,
    Address = 1UL << 39,
    Reading = 1UL << 40,
    Say = 1UL << 41,
    Only = 1UL << 42,
    Mine = 1UL << 43,
    MessageNoun = 1UL << 44,
    TextNoun = 1UL << 45,
    Void = 1UL << 46,
    StrictInstructions = 1UL << 47,
    Explain = 1UL << 48,
    OverrideVerb = 1UL << 49,
    Refuse = 1UL << 50,
    Starting = 1UL << 51,
    Relative = 1UL << 52,
    Secrets = 1UL << 53,
    Recited = 1UL << 54,
    Self = 1UL << 55,
    Said = 1UL << 56,
    Simulated = 1UL << 57,
    About = 1UL << 58,
    Become = 1UL << 59,
    Config = 1UL << 60,
    Question = 1UL << 61,
    Permission = 1UL << 62,
    Descriptive = 1UL << 63,
}

/// <summary>
/// The multilingual word lists (English, German, Spanish, French) behind the injection rules. Words are written in
/// folded form: lower case, accents removed, ß as ss. Tokens are split on anything that is not a letter or digit, so
/// "don't" is "don" + "t" and "ci-dessus" is "ci" + "dessus". A word ending in <c>*</c> is a stem of at least
/// <see cref="StemLength"/> characters that matches every longer token starting with it (inflections, compounds).
/// </summary>
internal static class InjectionLexicon
{
    /// <summary>The length of the prefix stems are indexed by; a stem is at least this long.</summary>
    public const int StemLength = 5;

    /// <summary>
    /// Gets the heads of German compounds: a long word that is not in the lists but ends with one of these
    /// ("Sicherheitsrichtlinien", "Systemanweisungen") takes the head's concepts.
    /// </summary>
    public static (string Suffix, Concept Concept)[] CompoundHeads { get; } =
    [
        ("anweisungen", Concept.Instructions | Concept.StrictInstructions),
        ("anweisung", Concept.Instructions | Concept.StrictInstructions),
        ("richtlinien", Concept.Instructions | Concept.Restrictions),
        ("regeln", Concept.Instructions | Concept.Restrictions),
        ("vorgaben", Concept.Instructions),
        ("filter", Concept.Restrictions | Concept.Safety),
        ("einschrankungen", Concept.Restrictions),
        ("prompt", Concept.PromptNoun),
        ("modus", Concept.Mode),
        ("schlussel", Concept.Secrets),
        ("passworter", Concept.Secrets),
        ("passwort", Concept.Secrets),

        // Issue #17, session 23: a translation model or a chatbot named by a compound ("Übersetzungsmodell",
        // "Kundenchatbot"); not a bare "-modell" (Geschäftsmodell, Datenmodell, Preismodell are no AI), and not
        // "Sprachmodell", which German training texts about prompt injection name in every sentence.
        ("ubersetzungsmodell", Concept.AiReference),
        ("chatbot", Concept.AiReference),
    ];

    /// <summary>Gets the word lists, one concept per entry, words separated by spaces.</summary>
    public static IReadOnlyList<(Concept Concept, string Words)> Entries { get; } =
    [
        (Concept.Ignore, "ignore ignoring ignored aside disregard disregarding disregarded forget forgetting skip discard discarding abandon neglect overlook dismiss ditch scrap erase wipe omit unlearn ignor* disregard*"),
        (Concept.Ignore, "ignoriere ignorier ignorieren ignoriert ignoriert vergiss vergessen vergesst vergesse missachte missachten missachtet verwirf verwerfe verwerfen uberspringe uberspring losche loschen ignorier* missacht* vergess*"),
        (Concept.Ignore, "ignora ignorar ignores ignoren ignorad ignoralas ignoralo olvida olvide olviden olvidar olvidate olvidad descarta descartar desestima desestimar omite omitir omiso olvid* descart*"),
        (Concept.Ignore, "ignorez ignorer oublie oubliez oublier ecarte ecartez ecarter neglige negligez abstraction compte oubli*"),

        (Concept.Instructions, "instruction instructions directive directives rules rule guidelines guideline commands orders constraints restrictions guardrails programming policies policy prompt prompts directions guidance conditioning training context instruct* directive* guideline* programm*"),
        (Concept.Instructions, "anweisung anweisungen instruktion instruktionen regeln regel richtlinien richtlinie vorgaben vorgabe befehle anordnungen einschrankungen beschrankungen systemanweisungen anleitung anleitungen programmierung kontext hinweise anweisung* instruktion* richtlinie* systemanweis* einschrank* beschrank*"),
        (Concept.Instructions, "instruccion instrucciones directrices directriz directivas reglas regla ordenes indicaciones normas pautas restricciones comandos programacion contexto consignas instrucc* directri* restricc* indicacion*"),
        (Concept.Instructions, "consignes consigne regles directives ordres indications commandes programmation contexte consigne*"),

        (Concept.Prior, "previous prior above earlier preceding former initial original all any your existing old foregoing system given every these those current hidden secret internal preset last"),
        (Concept.Prior, "vorherigen vorherige vorheriger vorigen vorige deines ihres bisherigen bisherige obigen obige fruheren fruhere ursprunglichen ursprungliche alle allen alten deine deinen deiner ihre ihren anfanglichen vorangegangenen vorangehenden gegebenen aktuellen oben vorherig* bisherig* ursprungl* anfangl* vorangeg*"),
        (Concept.Prior, "anteriores anterior previas previa previos todas todos tus sus originales original iniciales inicial antiguas dadas precedentes actuales arriba anterior* origina* inicial*"),
        (Concept.Prior, "precedentes precedents precedente precedent anterieures anterieurs anterieure toutes tous tes vos initiales originales anciennes donnees actuelles dessus precedent* anterieur* initial* origine*"),

        (Concept.Everything, "everything all anything whatever alles todo tout cualquier"),
        (Concept.Before, "above before earlier previously prior preceding told said given gave instructed programmed heretofore"),
        (Concept.Before, "oben zuvor vorher bisher davor vorhin gesagt gegeben beigebracht obige"),
        (Concept.Before, "anterior antes arriba dicho dado dadas previamente ensenado"),
        (Concept.Before, "dessus avant precede precedemment auparavant dit appris"),

        (Concept.Reveal, "reveal print show display output repeat type tell give share disclose leak dump expose recite echo list provide paste copy return spell forward send email upload transfer summarize summarise"),
        (Concept.Reveal, "zeige zeig zeigen gib geben nenne nennen verrate verraten wiederhole wiederholen drucke drucken ausgeben gebe offenbare offenlegen kopiere sende schicke leite weiterleiten zitiere zitieren fasse zusammenfassen"),
        (Concept.Reveal, "revela revelar muestra muestrame mostrar imprime imprimir dime repite repetir dame comparte compartir copia ensename envia enviar reenvia manda resume resumir cita escribelas"),
        (Concept.Reveal, "revele reveler revelez affiche afficher affichez montre montrer montrez imprime imprimer imprimez repete repeter repetez donne donner donnez dis dites partage partagez divulgue divulguer recopie envoie envoyer transfere resume resumer cite citer"),

        (Concept.System, "system systemprompt systemnachricht systemanweisungen systemanweisung sistema systeme systemprompt* systemanweis* systemnachr*"),
        (Concept.PromptNoun, "prompt prompts preprompt metaprompt systemprompt systemprompt*"),

        (Concept.Your, "your yours you yourself du dein deine deinen deinem deiner deines dir dich ihre ihren ihnen tu tus te ti su sus usted ton ta tes toi vos votre vous eres estas tienes bist hast"),
        (Concept.Mine, "my our mein meine meinen meiner unsere unseren mi mis nuestras nuestros mon ma mes notre nos"),
        (Concept.Verbatim, "verbatim word wort palabra mot exactly exact literally full entire complete whole raw unedited unaltered unabridged wortlich vollstandig exakt komplett ganzen textualmente literalmente completo completa completas integro exactamente integralement exactement complet complete completes entier entiere textuellement"),

        (Concept.Dan, "dan"),
        (Concept.Do, "do tun machen hacer haz faire"),
        (Concept.Anything, "anything alles todo tout whatever cualquier importe"),
        (Concept.Now, "now jetzt nun sofort ahora maintenant desormais dorenavant henceforth forward onward onwards"),
        (Concept.Developer, "developer developers devs dev god admin admins administrator administrators operator operators creators debug sudo root superuser entwickler entwicklermodus desarrollador developpeur administrateur administrador"),
        (Concept.Mode, "mode modus modo entwicklermodus godmode devmode"),

        (Concept.Negation, "no not none don never stop cease quit nicht kein keine keinen nie hor no nunca deja dejes ne n pas jamais arrete cesse"),
        (Concept.Longer, "longer anymore mehr langer ya plus"),
        // "The policy does not exist": the rules declared absent, like "no longer apply".
        (Concept.Longer, "exist exists existed existiert existieren existierten existe existen existent existait existaient"),
        (Concept.Bound, "bound restricted limited constrained obligated obliged required forced tied subject beholden governed confined chained shackled"),
        (Concept.Bound, "gebunden eingeschrankt verpflichtet beschrankt limitiert unterworfen obligado obligada limitado limitada restringido restringida sujeto sujeta atado atada"),
        (Concept.Bound, "lie liee limite limitee restreint restreinte contraint contrainte oblige obligee soumis soumise tenu tenue"),

        (Concept.Restrictions, "restrictions restriction limits limitations filters filter censorship rules guidelines guardrails morals morality ethics boundaries safeguards constraints confines policy policies"),
        (Concept.Restrictions, "einschrankungen einschrankung grenzen zensur regeln beschrankungen moral ethik richtlinien"),
        (Concept.Restrictions, "restricciones restriccion limites filtros censura reglas normas etica politicas"),
        (Concept.Restrictions, "filtres censure regles ethique morale censur* censor* restrict* restricc* einschrank* beschrank*"),

        (Concept.Without, "without free freed liberated unshackled zero no ohne frei befreit keine keinerlei sin ninguna ningun liberado liberada sans aucune aucun non libere liberee"),
        (Concept.Unrestricted, "unrestricted unfiltered uncensored unbound unchained unleashed unhinged amoral jailbroken unmoderated unaligned uneingeschrankt unzensiert ungefiltert hemmungslos irrestricto desencadenado debride uncensor* unfilter* unrestrict* unzensier* ungefilter* uneingeschr*"),
        (Concept.Persona, "pretend pretending roleplay act acting imagine simulate emulate imitate mimic embody impersonate hypothetically hypothetical"),
        (Concept.Persona, "stell vorstellen spiele verhalte agiere simuliere verkorpere hypothetisch"),
        (Concept.Persona, "finge fingir finja actua actuar interpreta interpretar imagina imaginate simula hipoteticamente hipotetico"),
        (Concept.Persona, "semblant agis agir joue jouer incarne incarner simule hypothetiquement hypothetique"),
        (Concept.Jailbreak, "jailbreak jailbroken jailbreaking"),

        (Concept.Bypass, "bypass bypassing circumvent disable disabled disabling deactivate deactivated override overriding overwrite evade remove lift suspend turn switch shut"),
        (Concept.Bypass, "umgehe umgehen umgeh deaktiviere deaktivieren schalte ausschalten abschalten entferne aufheben deaktivier*"),
        (Concept.Bypass, "elude eludir evita evitar desactiva desactivar saltate saltar anula anular quita suprime"),
        (Concept.Bypass, "contourne contourner contournez desactive desactiver desactivez outrepasse outrepasser supprime supprimer annule contourn* desacti*"),
        (Concept.Safety, "safety filters filter guardrails moderation censorship safeguards protections protocols protocol alignment restrictions policy policies ethics rules security"),
        (Concept.Safety, "sicherheit sicherheitsfilter sicherheitsrichtlinien schutzmassnahmen zensur regeln sicherheit*"),
        (Concept.Safety, "seguridad filtros moderacion protecciones censura reglas"),
        (Concept.Safety, "securite filtres protections censure regles"),
        (Concept.New, "new neue neuen neues neu nueva nuevas nuevo nuevos nouvelle nouvelles nouveau nouveaux updated revised real true echte wahren verdaderas vraies"),

        (Concept.Meta, "injection injections injected attack attacks attacker attackers jailbreaks exploits adversarial detect detecting detection detector defend defending defense defence mitigate mitigation classifier vulnerability vulnerabilities example examples paper owasp mean meaning phrase protect protecting prevent prevents preventing harden hardening"),
        (Concept.Meta, "angriff angriffe angreifer injektion injektionen erkennen erkennung beispiel beispiele bedeutet bedeutung satz abwehr abwehren schutzen schutzt verhindern verhindert"),
        (Concept.Meta, "ataque ataques atacante inyeccion inyecciones detectar deteccion ejemplo ejemplos significa frase defensa defender proteger protegen prevenir previenen"),
        (Concept.Meta, "attaque attaques attaquant detecter exemple exemples signifie defendre proteger protegent empecher empechent evitent"),
        (Concept.Explain, "explain explaining explanation erklare erklaren erklarung explica explicar explicame explique expliquer explication"),
        (Concept.Relayed, "translate translation translating translated ubersetze ubersetzen ubersetzung traduce traducir traduccion traduis traduire traduction traduisez"),
        (Concept.Code, "template templates jinja tokenizer chatml python regex parser parse function json yaml xml html markup"),

        (Concept.Follow, "follow following obey adhere comply abide respect honor listen befolge befolgen befolgst folge folgen gehorche gehorchen halte sigue seguir sigas obedece obedecer cumple cumplir respeta respetar suis suivre suivez obeis obeir respecte respecter"),
        (Concept.AiReference, "chatgpt gpt llm ai assistant model bot chatbot claude gemini copilot llama mistral ki modell assistent modelo asistente ia modele"),
        (Concept.Confidential, "confidential secret hidden internal private concealed geheim geheimen versteckt versteckten intern internen vertraulich vertraulichen secreto secretas secretos oculto ocultas ocultos interno internas confidencial confidenciales secrets secretes cache cachees interne internes confidentiel confidentielles"),
        (Concept.Initial, "initial original first starting anfanglichen ursprunglichen ersten inicial iniciales originales primeras initiales originales premieres"),
        (Concept.Stay, "stay remain bleib bleibe mantente quedate reste restez"),
        (Concept.Character, "character persona rolle charakter personaje papel personnage"),
        (Concept.End, "end ende fin"),
        (Concept.BoundaryObject, "input prompt document conversation context eingabe dokument entrada documento conversacion entree"),
        (Concept.RoleLabel, "system admin administrator developer root sistema systeme"),
        (Concept.Address, "attention note important notice hinweis achtung wichtig atencion nota importante remarque if wenn falls si when cuando quand lorsque"),
        (Concept.Reading, "read reads reading processing summarizing summarising parsing analyzing analysing sees liest lesen verarbeitest zusammenfasst lee leyendo procesando resumiendo lis lisant traitant resumant"),
        (Concept.Say, "say respond reply answer sag antworte sage di responde contesta dis reponds repondez"),
        (Concept.MessageNoun, "message messages msg nachricht nachrichten mensaje mensajes"),
        (Concept.TextNoun, "text texts words content contents lines message messages wording texte textes worte inhalt zeilen texto textos palabras contenido lineas mots contenu lignes"),
        (Concept.Void, "void revoked invalid invalidated cancelled canceled obsolete nullified suspended lifted deleted removed erased wiped optional disabled aufgehoben ungultig nichtig widerrufen kraft anuladas anulados anulada invalidas revocadas annulees annules caduques revoquees abrogees"),
        (Concept.StrictInstructions, "instruction instructions directive directives orders task prompt instruct* directive* anweisung* instruktion* aufgabe befehle instrucc* directri* ordenes tarea consigne* ordres tache"),
        (Concept.OverrideVerb, "override overrule supersede overwrite uberschreibe uberschreiben ersetze reemplaza anula sobrescribe remplace ecrase"),
        (Concept.Refuse, "refuse refuses refusing refusal refusals decline declines deny denies verweigere verweigern ablehnen lehnst niegues negarte rechazar rechaza refuses refuser refusera"),
        (Concept.Starting, "starting beginning begins begin starts beginnend beginnt anfangend comenzando empezando comienza empieza commencant commence"),
        (Concept.Relative, "grandmother grandma granny grandmom nana grandfather grandpa granddad grandparent grandparents deceased late dead oma omi opa opi grossmutter grossvater verstorbene verstorbenen verstorbener abuela abuelo abuelita abuelito fallecida fallecido difunta difunto grand mere pere mamie papy papi departed decedee decede defunte defunt"),
        (Concept.Secrets, "keys password passwords passcode serial serials license licence licenses activation cdkey codes napalm explosive explosives bomb bombs meth methamphetamine weapon weapons poison malware ransomware lizenzschlussel passwort passworter lizenz waffen waffe bombe sprengstoff claves contrasena contrasenas codigos licencia licencias armas bomba explosivos veneno cles mots licences armes explosifs"),
        (Concept.Recited, "used usually would recite recited read reading tell told telling sing sang whisper whispered fruher immer vorgelesen vorlesen vorlas erzahlt erzahlte aufgesagt solia solias leia leerme leer contaba contarme contar recitarme recitaba decia lisait lire racontait recitait disait chantait habitude"),
        (Concept.Self, "i ich yo je j"),
        (Concept.Said, "said told wrote written asked mentioned gave sent requested typed gesagt geschrieben gefragt erwahnt gebeten dicho escrito pedido mencionado dit ecrit demande mentionne"),
        // First-person verbs of saying are both ("lo que te dije").
        (Concept.Self, "dije escribi pedi mencione sagte schrieb"),
        (Concept.Said, "dije escribi pedi mencione sagte schrieb"),
        (Concept.Become, "be become sei werde seien se conviertete haz sois deviens"),
        (Concept.About, "about regarding concerning uber sobre acerca sur"),
        (Concept.Only, "only solely nur ausschliesslich solo solamente unicamente seulement uniquement"),

        // The hidden setup of the assistant, besides its instructions: what an extraction asks for when it avoids "prompt".
        (Concept.Config, "configuration configurations config preamble initialization initialisation bootstrap konfiguration einrichtung voreinstellungen configuracion parametrage parametres"),
        (Concept.Question, "what which whats welche welcher welches wie que cual cuales quel quelle quels quelles"),

        // A claimed permission ("authorized by the developers", "you may now"): forged authority leans on it.
        (Concept.Permission, "authorized authorised authorizing authorising authorize authorise authorization authorisation approved permitted permission allowed cleared clearance sanctioned verified may"),
        (Concept.Permission, "autorisiert erlaubt genehmigt berechtigt freigegeben darfst durfen autorizado autorizada autorizo permitido permitida permiso puedes autorise autorisee autorisation permis peux"),

        // Verb forms that describe someone ignoring something rather than tell the model to ("a cat that ignores rules").
        (Concept.Descriptive, "ignoring ignores forgetting forgets disregarding disregards skipping skips overlooking overlooks neglecting neglects dismissing dismisses"),

        // Words added to the classes above, kept apart so that the lists above stay readable per language.
        (Concept.Reveal, "quote mention render"),
        (Concept.Say, "response responses answers replies responds reponse reponses respuesta respuestas antwort"),
        (Concept.Starting, "start commencer beginne starte empieza comienza"),
        (Concept.Initial, "primer primero primera premier premiere erste"),
        (Concept.Bypass, "skip escape"),
        (Concept.Void, "off deaktiviert desactivado desactivada desactivados desactivadas desactivee desactivees"),
        (Concept.Restrictions, "moderation regle regla"),
        (Concept.Developer, "openai anthropic microsoft owner owners engineer engineers staff"),
        (Concept.Unrestricted, "opposite"),
        (Concept.Character, "personality personalities personalidad personnalite personlichkeit personlichkeiten"),
        (Concept.Code, "markdown bullet bullets numbered codeblock"),
        (Concept.OverrideVerb, "overrides overriding overrode"),

        // Quoted text in a story is what a character says, not an instruction to the model (like a text to translate).
        (Concept.Relayed, "story stories novel novels villain narrator dialogue screenplay geschichte roman bosewicht dialog historia cuento novela villano dialogo histoire mechant"),
        // Language work on a text, like translation: what is proofread or rephrased is handed over as text, not obeyed.
        (Concept.Relayed, "proofread proofreading grammar spelling typos typo rephrase paraphrase reword korrekturlesen korrigiere korrigieren rechtschreibung grammatik umformulieren corrige corregir ortografia gramatica reformula reformular corriger orthographe grammaire reformule reformuler relis relire"),
        (Concept.Only, "einzige einzigen unica unico seule seul sole single"),
        (Concept.Permission, "verifie verifiee verificado verificada verifiziert"),
        (Concept.Permission, "erlaubnis freigabe genehmigung berechtigung autorizacion permission grant grants granted granting erteile otorgo accorde"),

        // A machine the assistant is told to become ("act as a Linux terminal", "you are now a Python interpreter").
        (Concept.Simulated, "terminal terminals shell console interpreter repl powershell cmd kommandozeile konsole consola interprete interpreteur"),

        // What the assistant was set up with, asked for as what it "received".
        (Concept.Before, "vor received erhalten recibiste recibido recibidas recu recues"),
        (Concept.Restrictions, "filtre limite warnings disclaimers caveats warnhinweise warnungen advertencias avertissement avertissements"),
        (Concept.Address, "dear liebe lieber querido querida cher chere must muss musst mussen debe debes deben doit dois doivent should shall verpflichtet obligado obligados"),
        (Concept.Said, "instructed programmed configured angewiesen programmiert instruido programado programme"),
        (Concept.Reveal, "format convert rewrite encode insert"),
        (Concept.Said, "dijeron indicaron ordenaron programaron"),
        (Concept.Become, "etais eras warst"),
        (Concept.Refuse, "apologize apologise apologizing apologising apologies entschuldige entschuldigst disculpes disculparte excuse excuses"),
        (Concept.Restrictions, "politique politiques politica"),
        (Concept.Safety, "politique politiques politica"),
        (Concept.Instructions, "politique politiques politica befehlen"),

        // Issue #17, second round: persona traits that mean "no rules" ("your evil twin", "una IA
        // malvada"), relatives and recipes of the grandmother exploit, forged exemptions and the assistant's setup.
        (Concept.Unrestricted, "evil malvada malvado malefique bose"),
        (Concept.Relative, "uncle aunt onkel tante tio tia oncle"),
        (Concept.Secrets, "synthesis nerve sarin ricin anthrax toxin toxins"),
        // Issue #17, session 27 (round 30): the unlock codes a "late grandmother" used to read out (not the bare "pin", which
        // bank letters name beside "never reveal").
        (Concept.Secrets, "pincode pincodes entsperrcode entsperrcodes zugangscode zugangscodes"),
        (Concept.Permission, "whitelisted exempt exempted autorisiere autorisieren autorizamos"),
        (Concept.Restrictions, "laws ethical ethisch norma"),
        (Concept.Instructions, "norma"),
        (Concept.Config, "setup"),
        (Concept.TextNoun, "line linea ligne zeile"),
        (Concept.Longer, "apply applies gelten gilt aplican aplica appliquent"),

        // Issue #17, third round: a persona that "has thrown away" or "escaped" its rules, an alter ego or twin, "how to make" a dangerous thing (the payload a persona is set up for), the French
        // "qu'on t'a données" (given to you), rules "suspendues", output that is "not filtered".
        (Concept.Without, "thrown escaped shed ditched discarded abandoned dropped rid stripped"),
        (Concept.Character, "personas ego alter twin doppelganger counterpart self"),
        (Concept.Before, "donnees donnee donnes"),
        (Concept.Developer, "betreiber betreibers hersteller operador operadores operateur operateurs"),
        (Concept.Say, "beantworten beantworte beantwortest"),
        (Concept.Do, "make making synthesize synthesise manufacture build cook brew fabricate fabriquer herstellen bauen fabricar sintetizar synthetiser"),
        (Concept.Secrets, "hotwire hotwiring launder laundering counterfeit phishing keylogger"),
        (Concept.AiReference, "summarizer summariser summarizers"),
        (Concept.Recited, "expliquait explicaba erklarte"),
        (Concept.Void, "suspendu suspendue suspendus suspendues suspendido suspendida suspendidos suspendidas ausgesetzt levee levees"),
        (Concept.Restrictions, "rule"),
        (Concept.Bound, "filtered censored moderated"),
        (Concept.Code, "api field fields schema"),

        // Issue #17, session 20: "communiquer" (to pass on data).
        (Concept.Reveal, "communiquer communiquez communique"),

        // Issue #17, session 25 (round 28): a permission given in the first person ("I permit you to …", "ich erlaube dir, …").
        (Concept.Permission, "permit erlaube"),
        // Spanish infinitives with an enclitic pronoun ("mostrarme", "darme"), like "muéstrame" and "dame".
        (Concept.Reveal, "mostrarme darme enviarme pasarme decirme revelarme"),

        // Issue #17, session 22: answering as the assistant's job ("only answering product questions", "solo responder").
        (Concept.Say, "answering responding replying responder contestar repondre"),
    ];
}
