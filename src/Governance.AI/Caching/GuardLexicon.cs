using System.Collections.Frozen;

namespace Governance.AI.Caching;

/// <summary>The word lists behind the <see cref="PromptDifferenceGuard"/>: English, with the function words, negations and directional words of German, Spanish and French.</summary>
internal static partial class GuardLexicon
{
    /// <summary>
    /// Gets the words of the implicit present, function words in a question about a state ("how's the weather today")
    /// but content in a request for steps, where they set a deadline ("how do I renew my passport today").
    /// </summary>
    public static FrozenSet<string> ImplicitPresent { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "today", "now", "currently", "nowadays", "presently");

    /// <summary>
    /// Gets frequent German, Spanish and French function words that are not English words: two of them mark a prompt
    /// in one of those languages, whose words an English vocabulary does not know and must not "correct".
    /// </summary>
    public static FrozenSet<string> ForeignFunctionWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "der", "das", "und", "ist", "ich", "nicht", "ein", "eine", "einen", "einem", "mit", "wie", "sind", "wir", "ihr",
        "auf", "für", "von", "zu", "im", "dem", "den", "auch", "oder", "aber", "kann", "werde", "wird", "mein", "meine",
        "meinen", "es", "el", "la", "los", "las", "que", "qué", "por", "para", "del", "una", "unos", "con", "cómo", "cuál",
        "está", "pero", "y", "sin", "muy", "puedo", "hay", "le", "les", "des", "du", "est", "je", "une", "et", "pour",
        "pas", "qui", "sans", "avec", "dans", "sur", "mon", "mes", "ce", "cette", "vous", "nous", "peux", "quoi", "de", "en",
        "al", "à", "au", "aux", "vers", "nach", "zum", "zur");

    /// <summary>
    /// Gets German, Spanish and French function words that are also English content words ("son", "die", "hat",
    /// "man"): content in an English prompt ("a gift for my son" is not "a gift").
    /// </summary>
    public static FrozenSet<string> EnglishHomographs { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "son", "die", "hat", "bin", "man", "sin");

    /// <summary>Gets adverbs in "-ly" of a synonym group's adjective whose common sense is not the adjective's ("hardly" is not "with difficulty", "closely" not "shut").</summary>
    public static FrozenSet<string> DepartedAdverbs { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "hardly", "largely", "closely", "greatly");

    /// <summary>Gets function and filler words: they carry no content of their own.</summary>
    public static FrozenSet<string> FunctionWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        // Articles, pronouns, determiners.
        "a", "an", "the", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours", "he", "him",
        "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those",
        "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "whatever", "some", "any", "each", "every",
        "other", "another", "such", "own", "something", "anything", "everything", "someone", "anyone", "everyone", "thing",
        "things", "one", "ones",
        // Auxiliaries and modals (clitic stems included: do-n't → do, ca-n't → ca, wo-n't → wo).
        "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing", "have", "has", "had",
        "having", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "ca", "wo", "sha", "ai",
        // Prepositions and conjunctions (opposite pairs among them are checked separately).
        "of", "to", "for", "with", "at", "by", "from", "in", "on", "into", "onto", "about", "as", "than", "then", "so",
        "and", "or", "but", "if", "because", "while", "though", "although", "whether", "also", "too", "very", "really",
        "just", "only", "even", "still", "there", "here", "again", "up", "out", "off", "over", "under", "through",
        // Request and conversational fillers.
        "please", "kindly", "thanks", "thank", "hi", "hello", "hey", "tell", "give", "show", "explain", "describe", "let",
        "help", "know", "want", "need", "like", "would", "actually", "basically", "exactly", "quick", "quickly", "briefly",
        "question", "wondering", "wonder", "curious", "think", "way", "ways", "possible", "able",
        // The implicit present: a question without a time means now (in a request for steps they set a deadline instead:
        // see ImplicitPresent).
        "today", "now", "currently", "nowadays", "presently",
        // Spanish: articles, pronouns, question words, auxiliaries, prepositions, conjunctions, request fillers.
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "yo", "tú", "te", "mi", "mis", "tu", "tus",
        "su", "sus", "nos", "se", "le", "les", "me", "qué", "que", "cuál", "cuáles", "cómo", "como", "cuándo", "dónde",
        "donde", "quién", "por", "para", "de", "en", "con", "y", "o", "pero", "si", "es", "son", "está", "están", "ser",
        "estar", "hay", "puedo", "puede", "puedes", "podrías", "debo", "debería", "quiero", "necesito", "favor", "muy",
        "también", "oye", "hola", "pregunta",
        // French.
        "le", "les", "l", "une", "des", "du", "au", "aux", "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "leur", "ce", "cet", "cette", "ces",
        "quel", "quelle", "quels", "quelles", "quoi", "comment", "quand", "où", "qui", "pour", "dans", "avec", "sur",
        "et", "ou", "mais", "est", "sont", "être", "avoir", "peux", "peut", "pourrais", "pourriez", "dois", "veux",
        "voudrais", "très", "aussi", "s'il", "plaît", "bonjour", "salut", "moi", "toi", "qu", "d", "c",
        // German.
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "ich", "du", "er",
        "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch", "mein", "meine", "dein", "deine", "sein",
        "seine", "was", "wie", "wann", "wo", "wer", "welche", "welcher", "welches", "warum", "im", "am", "mit", "auf",
        "für", "und", "oder", "aber", "ist", "sind", "bin", "bist", "hat", "haben", "kann", "kannst", "könnte",
        "könntest", "muss", "soll", "sollte", "will", "möchte", "bitte", "sehr", "auch", "mal", "hallo", "man", "ob");

    /// <summary>
    /// Gets generic words that name what is asked without narrowing it ("the capital <i>city</i>", "this error
    /// <i>message</i>", "what <i>time</i>"): the only words one prompt may have beyond the other (as lemmas). The
    /// evaluative words among them ("a <i>good</i> way", "the <i>best</i> way", "a <i>simple</i> way", "the
    /// <i>right</i> way") only state what every answer aims at; a word that picks another referent ("a <i>cheap</i>
    /// laptop", "the <i>fastest</i> way", "<i>cold</i> coffee") is not generic and must be in both prompts.
    /// </summary>
    public static FrozenSet<string> GenericWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "city", "time", "way", "type", "kind", "sort", "thing", "place", "message", "word", "process", "method", "step",
        "option", "idea", "tip", "advice", "detail", "info", "information", "overview", "summary", "go", "about",
        "exactly", "basically", "generally", "usually", "typically", "actually", "really", "truly", "simply",
        "ok", "okay", "so", "well", "alright", "yo", "oye", "alors", "also", "bueno", "pues", "hey",
        "good", "best", "right", "proper", "correct", "simple", "effective", "recommended",
        // "Way" in de/es/fr: "la façon de", "la manera de", "die Art, … zu".
        "façon", "manière", "manera",
        // "Method" in de/es/fr: "la meilleure méthode pour", "el mejor método para", "die beste Methode, um".
        "méthode", "método", "methode",
        // Hedges: they soften the request and narrow nothing.
        "possibly", "perhaps", "maybe", "bit",
        // "City" in de/es/fr ("¿qué ciudad es la capital de Chile?").
        "ciudad", "stadt", "ville",
        // Discourse particles and hedges in de/es/fr, as "actually" / "really" in English.
        "eigentlich", "überhaupt", "realmente", "exactamente", "básicamente", "vraiment", "exactement");

    /// <summary>Gets words that negate.</summary>
    public static FrozenSet<string> NegationWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without", "cannot", "cant",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt",
        "havent", "hadnt", "mustnt", "neednt", "except", "excluding", "lack", "lacks", "lacking",
        "nunca", "jamás", "sin", "ni", "tampoco", "nada", "nadie", "ninguno", "ninguna",
        "ne", "n", "pas", "jamais", "sans", "aucun", "aucune", "rien",
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne", "nichts");

    /// <summary>Gets words whose order relative to the content words matters ("X to Y" is not "Y to X").</summary>
    public static FrozenSet<string> DirectionalWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "to", "from", "into", "onto", "than", "vs", "versus", "against", "over", "per", "before", "after", "minus", "divided", "times",
        "de", "a", "en", "del", "al", "desde", "hacia", "hasta", "que", "antes", "después", "du", "au", "aux", "vers",
        "depuis", "jusqu", "à", "avant", "après", "von", "vom", "nach", "zu", "zum", "zur", "aus", "bis", "als", "vor");

    /// <summary>Gets prepositions: a content word right after one qualifies the request ("in oslo", "for beginners").</summary>
    public static FrozenSet<string> Prepositions { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "in", "at", "on", "for", "from", "to", "into", "near", "about", "with", "without", "by", "during", "since",
        "until", "after", "before", "under", "over", "between", "among", "per", "via", "within", "across", "inside",
        "outside", "around", "against", "toward", "towards", "using",
        "en", "con", "sin", "para", "por", "sobre", "entre", "durante", "dans", "avec", "sans", "pour", "par", "sur",
        "chez", "pendant", "im", "mit", "ohne", "für", "bei", "über", "unter", "während", "auf", "gegen");

    /// <summary>Gets time words: like numbers, they must be the same.</summary>
    public static FrozenSet<string> TimeWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "weekend", "week", "weeks",
        "month", "months", "year", "years", "daily", "weekly", "monthly", "yearly", "annual", "annually", "hourly",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "spring", "summer",
        "autumn", "fall", "winter", "past", "future", "next", "last", "previous", "ago", "later", "earlier", "soon",
        "decade", "decades", "century", "centuries", "hour", "hours", "day", "days", "midnight", "noon", "recent", "recently",
        // German.
        "gestern", "morgen", "übermorgen", "vorgestern", "woche", "wochen", "wochenende", "monat", "monate", "jahr", "jahre",
        "jahren", "nächste", "nächsten", "nächster", "nächstes", "letzte", "letzten", "letzter", "letztes", "vorige", "vorigen",
        "abend", "abends", "nacht", "früh", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "frühling", "sommer", "herbst",
        // Spanish.
        "ayer", "mañana", "anteayer", "anoche", "semana", "semanas", "meses", "año", "años", "próximo", "próxima",
        "pasado", "pasada", "noche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
        "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "primavera", "verano", "otoño", "invierno",
        // French.
        "hier", "demain", "semaine", "semaines", "mois", "année", "années", "prochain", "prochaine", "dernier", "dernière",
        "soir", "matin", "nuit", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
        "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "printemps",
        "automne", "hiver");

    /// <summary>Gets number words and their values.</summary>
    public static FrozenDictionary<string, string> NumberWords { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6",
        ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
        ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17",
        ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30", ["forty"] = "40",
        ["fifty"] = "50", ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
        ["hundred"] = "100", ["thousand"] = "1000", ["million"] = "1000000", ["billion"] = "1000000000",
        ["dozen"] = "12", ["half"] = "0.5", ["quarter"] = "0.25", ["twice"] = "x2", ["double"] = "x2", ["triple"] = "x3",
        ["first"] = "1st", ["second"] = "2nd", ["third"] = "3rd", ["fourth"] = "4th", ["fifth"] = "5th",
        ["once"] = "x1", ["single"] = "x1", ["pair"] = "2", ["couple"] = "2",
        ["dos"] = "2", ["tres"] = "3", ["cuatro"] = "4", ["cinco"] = "5", ["seis"] = "6", ["siete"] = "7", ["ocho"] = "8",
        ["nueve"] = "9", ["diez"] = "10", ["deux"] = "2", ["trois"] = "3", ["quatre"] = "4", ["cinq"] = "5", ["sept"] = "7",
        ["huit"] = "8", ["neuf"] = "9", ["dix"] = "10", ["zwei"] = "2", ["drei"] = "3", ["vier"] = "4", ["fünf"] = "5",
        ["sechs"] = "6", ["sieben"] = "7", ["acht"] = "8", ["neun"] = "9", ["zehn"] = "10",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets prefixes that negate a word: lock/unlock, connect/disconnect, valid/invalid.</summary>
    public static string[] NegatingPrefixes { get; } = ["un", "dis", "in", "im", "il", "ir", "non", "non-", "anti", "de", "mis"];

    /// <summary>Gets opposite pairs, as <c>word|opposite</c>.</summary>
    public static string[] Opposites { get; } =
    [
        "on|off", "open|closed", "open|close", "opened|closed", "opens|closes", "opening|closing", "start|stop",
        "started|stopped", "starts|stops", "begin|end", "up|down", "in|out", "inside|outside", "yes|no", "true|false",
        "add|remove", "added|removed", "adding|removing", "increase|decrease", "raise|lower", "buy|sell", "bought|sold",
        "buying|selling", "allow|deny", "allow|block", "allowed|blocked", "accept|reject", "include|exclude", "min|max",
        "minimum|maximum", "before|after", "above|below", "over|under", "more|less", "more|fewer", "most|least",
        "high|low", "higher|lower", "highest|lowest", "hot|cold", "warm|cool", "big|small", "large|small", "long|short",
        "longer|shorter", "fast|slow", "faster|slower", "early|late", "earlier|later", "first|last", "best|worst",
        "better|worse", "good|bad", "win|lose", "won|lost", "import|export", "upload|download", "input|output",
        "push|pull", "show|hide", "visible|hidden", "public|private", "internal|external", "encrypt|decrypt",
        "encode|decode", "compress|decompress", "left|right", "north|south", "east|west", "plus|minus",
        "positive|negative", "always|never", "all|none", "with|without", "safe|dangerous", "safe|unsafe",
        "success|failure", "succeed|fail", "pass|fail", "online|offline", "inbound|outbound", "incoming|outgoing",
        "ascending|descending", "asc|desc", "sync|async", "synchronous|asynchronous", "read|write", "get|set",
        "send|receive", "sent|received", "give|take", "come|go", "arrive|depart", "arrival|departure", "male|female",
        "men|women", "man|woman", "boy|girl", "husband|wife", "father|mother", "son|daughter", "brother|sister",
        "he|she", "his|her", "summer|winter", "day|night", "morning|evening", "light|dark", "white|black", "rich|poor",
        "old|new", "old|young", "older|newer", "older|younger", "cheap|expensive", "easy|hard",
        "easy|difficult", "simple|complex", "love|hate", "same|different", "similar|different", "wet|dry",
        "full|empty", "heavy|light", "strong|weak", "thick|thin", "wide|narrow", "deep|shallow", "loud|quiet",
        "asleep|awake", "alive|dead", "present|absent", "enter|exit", "entry|exit", "login|logout", "upper|lower",
        "uppercase|lowercase", "top|bottom", "front|back", "forward|backward", "ahead|behind", "head|tail",
        "maximize|minimize", "maximise|minimise", "expand|collapse", "attach|detach", "mount|unmount", "grant|revoke",
        "approve|reject", "approve|deny", "create|delete", "insert|delete", "install|remove", "enable|disable",
        // "turn / switch on" is read as "enable" (FoldPhrases), and "turn off" as "switch off": they stay opposites.
        "enable|off", "enabled|disabled", "activate|deactivate", "on|down", "increment|decrement", "inhale|exhale", "debit|credit",
        "profit|loss", "gain|loss", "import|export", "buyer|seller", "lend|borrow", "borrow|return", "deposit|withdraw",
        "freeze|unfreeze", "join|leave", "hire|fire", "rise|fall", "rising|falling", "bull|bear", "bullish|bearish",
        "agree|disagree", "like|dislike", "legal|illegal", "correct|incorrect", "valid|invalid", "possible|impossible",
        "likely|unlikely", "necessary|unnecessary", "required|optional", "mandatory|optional", "sunrise|sunset",
        "celsius|fahrenheit", "metric|imperial", "kilometers|miles", "km|miles", "kg|lbs", "kilograms|pounds",
        "vertical|horizontal", "cause|effect", "question|answer", "pros|cons", "advantages|disadvantages",
        "benefits|risks", "odd|even", "even|odd", "prefix|suffix", "plural|singular", "past|future",
        "to|from", "into|from", "toward|away", "towards|away",

        // Requests of the opposite direction in German, Spanish and French (infinitives, and the buy/sell forms).
        "kaufen|verkaufen", "kauft|verkauft", "kaufe|verkaufe", "acheter|vendre", "achète|vend", "comprar|vender", "compra|vende",
        "compro|vendo", "importieren|exportieren", "importer|exporter", "importar|exportar", "senden|empfangen",
        "envoyer|recevoir", "enviar|recibir", "prêter|emprunter", "hochladen|herunterladen", "subir|descargar",
        "geben|nehmen", "donner|prendre", "dar|tomar", "ankommen|abfahren", "arriver|partir", "llegar|salir",
        "einzahlen|abheben", "déposer|retirer", "depositar|retirar", "gewinnen|verlieren", "gagner|perdre", "ganar|perder",
        "verschlüsseln|entschlüsseln", "chiffrer|déchiffrer", "cifrar|descifrar", "hinzufügen|entfernen",
        "ajouter|supprimer", "añadir|eliminar", "agregar|eliminar", "steigen|fallen", "monter|descendre", "subir|bajar",
        "erhöhen|senken", "augmenter|diminuer", "aumentar|disminuir", "einschalten|ausschalten", "allumer|éteindre",
        "encender|apagar", "öffnen|schließen", "ouvrir|fermer", "abrir|cerrar", "avant|après", "antes|después",
    ];

    /// <summary>
    /// Gets irregular past forms of common verbs and their base form, so that "Who wrote it?" and "It was written by
    /// whom?" name one verb (as "painted" and "paint" already do). Forms that are also another word are left out:
    /// "left" (a direction), "saw" (a tool), "found" (to found a company), "won" (a currency), "led" (a metal), "spoke" (of a wheel), "thought" (an idea),
    /// "frozen" (frozen food).
    /// </summary>
    public static FrozenDictionary<string, string> IrregularVerbForms { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wrote"] = "write", ["written"] = "write", ["built"] = "build", ["made"] = "make", ["sang"] = "sing", ["sung"] = "sing",
        ["drew"] = "draw", ["drawn"] = "draw", ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give",
        ["ate"] = "eat", ["eaten"] = "eat", ["began"] = "begin", ["begun"] = "begin", ["chose"] = "choose", ["chosen"] = "choose",
        ["spoken"] = "speak", ["stole"] = "steal", ["stolen"] = "steal", ["sold"] = "sell",
        ["bought"] = "buy", ["taught"] = "teach", ["wore"] = "wear", ["worn"] = "wear",
        ["flew"] = "fly", ["flown"] = "fly", ["grew"] = "grow", ["grown"] = "grow", ["knew"] = "know", ["known"] = "know",
        ["rode"] = "ride", ["ridden"] = "ride", ["hid"] = "hide", ["hidden"] = "hide",
        ["forgot"] = "forget", ["forgotten"] = "forget", ["understood"] = "understand",
        ["shook"] = "shake", ["shaken"] = "shake", ["threw"] = "throw", ["thrown"] = "throw", ["sent"] = "send", ["spent"] = "spend",
        ["lost"] = "lose", ["caught"] = "catch", ["brought"] = "bring", ["fought"] = "fight", ["sought"] = "seek",
        // Spanish first persons that are not stem + "o" ("¿puedo alquilar un piso si no tengo contrato?" / "sin tener
        // contrato"); forms that are also a common noun ("juego", "cuento", "recuerdo", "encuentro") are left out.
        ["tengo"] = "tener", ["hago"] = "hacer", ["pongo"] = "poner", ["salgo"] = "salir", ["vengo"] = "venir",
        ["digo"] = "decir", ["traigo"] = "traer", ["conozco"] = "conocer", ["quiero"] = "querer", ["puedo"] = "poder",
        ["pienso"] = "pensar", ["pido"] = "pedir", ["sigo"] = "seguir", ["elijo"] = "elegir", ["duermo"] = "dormir",
        ["vuelvo"] = "volver", ["empiezo"] = "empezar", ["entiendo"] = "entender", ["prefiero"] = "preferir",
        ["muestro"] = "mostrar", ["construyo"] = "construir", ["incluyo"] = "incluir", ["oigo"] = "oír", ["veo"] = "ver",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Gets groups of common request words that mean the same in a request, one group per string, base forms
    /// separated by spaces. A content word replaced by a member of its own group is not a substitution, and the offline
    /// embedder folds each member onto its group's first word before embedding. The groups are disjoint and hold only
    /// words that name the same request in every common sense they have: no category members (countries, languages,
    /// colors, units, days…), no opposites, no hypernyms ("car" / "vehicle"), no other degree ("big" / "huge", "decent" /
    /// "excellent"), and no word whose other common sense is a different request ("save money", "propose to her",
    /// "raise a child", "employ people", "a public holiday", "modern" / "contemporary" art): those must stay different.
    /// "pick" is not with "choose": its other senses ("pick a lock", "pick up", "pick apples") are different requests.
    /// </summary>
    public static string[] SynonymGroups { get; } =
    [
        "fix repair mend", "recommend suggest", "buy purchase", "start begin commence", "stop halt quit",
        "end finish", "choose select", "create make generate produce", "build construct",
        "remove eliminate", "delete erase", "change modify alter adjust", "edit revise", "obtain acquire",
        "find locate", "help assist aid", "use utilize utilise", "need require", "want desire", "try attempt",
        "improve enhance", "increase boost", "reduce lessen lower decrease", "explain clarify", "describe depict",
        "understand comprehend grasp", "learn study", "teach instruct", "tell inform", "answer reply respond",
        "ask inquire enquire", "verify confirm", "test evaluate assess", "calculate compute",
        "estimate approximate", "organize organise arrange", "keep retain store", "stay remain",
        "allow permit let", "prevent avoid", "protect guard shield", "clean wash cleanse", "speak talk converse",
        "write compose", "think believe", "consider contemplate", "wake awaken",
        "arrive reach", "connect link", "enable activate", "close shut", "install setup", "hide conceal",
        "rewrite rephrase reword paraphrase", "combine merge", "mix blend", "split separate",
        "remember recall recollect", "decide determine", "examine inspect", "cure heal", "hurt injure harm",
        "shout yell scream", "gather collect", "throw toss", "eat consume", "quick fast rapid speedy", "quicker faster speedier",
        "quickest fastest speediest", "big large", "huge enormous", "bigger larger", "biggest largest",
        "small little", "good nice", "great excellent", "easy simple straightforward", "easier simpler",
        "easiest simplest", "hard difficult", "cheap inexpensive affordable",
        "expensive costly pricey", "smart clever intelligent", "happy glad cheerful", "sad unhappy",
        "scared afraid frightened", "funny humorous amusing", "strange weird",
        "important significant crucial", "correct accurate", "wrong incorrect", "main primary principal",
        "whole entire", "healthy wholesome", "sick ill", "tired exhausted", "beautiful pretty lovely", "rich wealthy",
        "quiet silent", "loud noisy", "safe secure", "dangerous risky hazardous unsafe", "common usual typical frequent",
        "rare uncommon", "popular famous", "various different diverse", "enough sufficient adequate",
        "benefit advantage", "drawback disadvantage downside", "problem issue trouble",
        "error mistake", "idea thought notion", "way method approach technique", "goal aim objective purpose", "reason cause",
        "result outcome", "meaning definition", "job employment", "car automobile", "house home residence",
        "film movie", "picture image photo photograph", "kid child children", "mother mom mum", "father dad", "people persons", "doctor physician",
        "lawyer attorney", "company business", "price cost", "trip journey", "road street",
        "gift present", "sofa couch", "trash garbage rubbish", "flu influenza", "illness sickness",
        "overview synopsis", "guide tutorial walkthrough", "folder directory", "app application",
        "phone smartphone cellphone", "email e-mail", "bike bicycle", "fridge refrigerator",
        "baby infant", "teacher instructor", "student pupil", "luggage baggage", "pants trousers", "tv television",
        "colleague coworker", "dinner supper", "advisable wise sensible prudent",
        "polite courteous", "package parcel", "document paperwork", "say state",
        // Session 23: everyday words with one shared sense, and a word's common short form ("vet", "exam", "maths").
        "substitute replacement", "cancel terminate", "often frequently", "altitude elevation", "tenant renter",
        "medicine medication", "mean signify", "vet veterinarian", "math mathematics maths", "exam examination",
        "lab laboratory", "stats statistics", "ad advertisement advert", "lubricate lube", "toxic poisonous",
        "beginner novice newbie", "defrost thaw",
        // A word with one sense that is one sense of the other: nothing is "sluggish" or a "faucet" but in that sense.
        "slow sluggish", "tap faucet",
        // One drug under its international and its US (or older British) name.
        "paracetamol acetaminophen", "adrenaline epinephrine", "noradrenaline norepinephrine", "salbutamol albuterol",
        "lidocaine lignocaine", "pethidine meperidine",
        // German, Spanish and French request words (their inflections are read as the infinitive: "reparo" / "reparar").
        "reparar arreglar", "ventaja beneficio", "reduzieren verringern senken", "réduire diminuer",
        "passwort kennwort", "passwörter kennwörter", "unterlagen dokumente", "vorteil vorteile vorzug vorzüge", "época temporada", "moment période",
        // Session 27: the everyday synonyms of the English groups above in de/es/fr, each with one shared sense ("often" /
        // "frequently", "remove" / "eliminate", "use" / "utilize", "choose" / "select", "explain" / "clarify", "start" /
        // "begin", "delete" / "erase", "price" / "cost"). Left out: words with another common sense ("retirer" also
        // withdraws money, "débuter" is also to be a beginner, "aclarar" also rinses, "erhalten" also preserves, "móvil"
        // is also a motive, "emplear" / "employer" also hire, "cambiar" also exchanges).
        "oft häufig", "verwenden benutzen", "erklären erläutern", "aktivieren einschalten", "beginnen anfangen",
        "quitar eliminar", "empezar comenzar", "elegir escoger seleccionar", "usar utilizar", "precio costo coste",
        "souvent fréquemment", "supprimer effacer", "choisir sélectionner", "prix coût",
    ];
}
