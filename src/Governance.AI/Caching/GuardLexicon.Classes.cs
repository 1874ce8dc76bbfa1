using System.Collections.Frozen;

namespace Governance.AI.Caching;

/// <summary>
/// The word classes whose members must agree between two prompts for a hit: quantities, tasks, output formats, output
/// languages, units and the roles of direction words. Each maps a word (lowercase, en/de/es/fr) to its class member, so
/// that "every"/"all" or "km"/"kilometers" compare equal while "all"/"some" or "summarize"/"translate" do not.
/// </summary>
internal static partial class GuardLexicon
{
    /// <summary>The task a prompt asks for when it names none (a question), which "explain", "tell" or "write" also name.</summary>
    public const string InformTask = "inform";

    /// <summary>Gets quantity and frequency words and the quantity they name.</summary>
    public static FrozenDictionary<string, string> Quantities { get; } = Classes(
        ("all", "all every each alle alles jeder jede jedes jeden sämtliche todo toda todos todas cada tout toute tous toutes chaque"),
        // "Do some birds fly?" is not "Do birds fly?": an added or removed quantifier narrows the question.
        ("some", "some any certain einige manche algún alguno alguna algunos algunas ciertos ciertas certains certaines quelques"),
        ("few", "few wenige pocos pocas peu"),
        ("many", "many numerous lots plenty viele muchos nombreux nombreuses"),
        ("most", "most meisten meiste mayoría plupart"),
        // "multiple" before the things counted is "several" ("multiple JOINs"); as a noun ("a multiple of 3") it is in both prompts or neither.
        ("several", "several multiple múltiples multiples mehrere varios varias plusieurs"),
        ("both", "both beide beiden ambos ambas"),
        ("more", "more mehr más"),
        ("less", "less fewer weniger menos moins"),
        ("least", "least"),
        ("enough", "enough sufficient adequate genug suficiente suficientes assez"),
        // How often is a quantity too: "why do cats rarely drink" is not "why do cats drink".
        ("always", "always immer siempre toujours"), ("often", "often frequently oft häufig souvent fréquemment frecuentemente"),
        ("sometimes", "sometimes occasionally manchmal parfois"), ("rarely", "rarely seldom hardly barely selten rarement"),
        // How exact: "exactly 5" is not "roughly 5".
        ("exactly", "exactly precisely exact precise genau exactamente exacto exacta exactement"),
        ("roughly", "roughly approximately approx nearly almost circa ungefähr aproximadamente casi environ presque"));

    /// <summary>Gets the items an answer is made of: "some" or "a few" before one of them names no quantity ("any tips?").</summary>
    public static FrozenSet<string> AnswerItems { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "tip", "idea", "advice", "suggestion", "example", "recommendation", "option", "way", "step",
        "resource", "pointer", "hint", "trick", "thought", "information", "info", "detail", "help", "guidance", "insight",
        "feedback", "fact", "consejo", "idee", "tipp", "conseil");

    /// <summary>Gets words that, right before a number, make it approximate ("about 5 km" is roughly 5 km).</summary>
    public static FrozenSet<string> ApproximatingWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "about", "around", "etwa", "rund", "unos", "unas", "environ");

    /// <summary>
    /// Gets English modal verbs and the modality they name: what is possible or allowed, what is advised, what is
    /// required. "Can I freeze rice?", "Should I freeze rice?" and "Must I freeze rice?" ask different things. Clitic
    /// stems (ca-n't) are included; "have to" and "has to" are read as <c>must</c> where they occur.
    /// </summary>
    public static FrozenDictionary<string, string> Modals { get; } = Classes(
        ("can", "can could may might ca cannot cant couldnt"), ("should", "should ought shouldnt"), ("must", "must mustnt"));

    /// <summary>
    /// Gets English auxiliaries and the time they place the question in: "When did the war end?" is not "When will the
    /// war end?". A question without an auxiliary ("When the war ended?") names no time of its own.
    /// </summary>
    public static FrozenDictionary<string, string> TenseAuxiliaries { get; } = Classes(
        ("present", "do does is are am dont doesnt isnt arent"), ("past", "did was were had didnt wasnt werent hadnt"),
        ("future", "will wo shall sha wont"));

    /// <summary>Gets English personal pronouns and possessives (not "you": it is also the generic "one") and their person.</summary>
    public static FrozenDictionary<string, string> Persons { get; } = Classes(
        ("first", "i me my mine myself we us our ours ourselves"), ("second", "your yours yourself yourselves"),
        ("third", "he him his himself she her hers herself they them their theirs themselves"));

    /// <summary>
    /// Gets the English pronouns whose form shows their case: "What should I feed my baby?" (the asker as subject) is
    /// not "What should my baby feed me?" (the asker as object). Possessives and "her" (object or possessive) show none.
    /// </summary>
    public static FrozenDictionary<string, string> PronounCases { get; } = Classes(
        ("subject", "i we he she they"), ("object", "me us him them"));

    /// <summary>Gets the verbs of a request to the assistant ("give me", "tell me", "show us"): the pronoun after one names who receives the answer.</summary>
    public static FrozenSet<string> RequestVerbs { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "give", "tell", "show", "help", "let", "send", "teach", "remind", "recommend", "suggest",
        "find", "get", "explain", "describe", "write", "make", "walk", "guide");

    /// <summary>Gets German words that follow the German "was" (what) or "wo" (where), so that neither is read as English ("was" as a past tense, "wo" as the stem of "won't").</summary>
    public static FrozenSet<string> GermanAfterWas { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "ist", "sind", "war", "waren", "bedeutet", "heißt", "kann", "kostet", "macht", "passiert",
        "ein", "eine", "einen", "der", "das", "du", "ich", "sie", "es", "wir", "man", "soll", "sollte", "muss",
        "liegt", "gibt", "finde", "finden", "bekomme", "kaufe", "wohnt", "befindet", "kommt");

    /// <summary>Gets the words that name what is to be done with the input, and the task they name.</summary>
    public static FrozenDictionary<string, string> Tasks { get; } = Classes(
        (InformTask, "explain describe tell define write compose create generate draft erkläre erklären beschreibe explica explicar describe escribe explique expliquer décris écris"),
        ("summarize", "summarize summarise summary summarization condense tldr resumir resumen résume résumer résumé zusammenfassung zusammenfassen"),
        ("translate", "translate translation übersetze übersetzen übersetzung traduce traducir traducción traduis traduire traduction"),
        ("rewrite", "rewrite rephrase reword paraphrase reformulate umformulieren reescribe reformula reformule réécris"),
        ("proofread", "proofread corrige corregir corriger korrigiere korrigieren"),
        ("shorten", "shorten abbreviate trim kürze acorta raccourcis"),
        ("expand", "expand elaborate lengthen"),
        ("simplify", "simplify simplifica simplifie vereinfache"),
        ("review", "review critique feedback"),
        ("reply", "reply respond answer responde réponds beantworte"),
        ("continue", "continue"),
        ("classify", "classify categorize categorise"),
        ("extract", "extract"),
        ("analyze", "analyze analyse analysis"),
        ("optimize", "optimize optimise"),
        ("refactor", "refactor"),
        ("debug", "debug"),
        ("outline", "outline"),
        ("compare", "compare comparison contrast"));

    /// <summary>Gets output-format words and the format they name. "List" is not one: a list is what a request without a format gets.</summary>
    public static FrozenDictionary<string, string> Formats { get; } = Classes(
        ("json", "json"), ("yaml", "yaml yml"), ("xml", "xml"), ("csv", "csv"), ("html", "html"), ("markdown", "markdown md"),
        ("sql", "sql"), ("table", "table tabelle tabla tableau"), ("checklist", "checklist"),
        ("bullet", "bullet bullets bulleted"), ("numbered", "numbered nummeriert numerada numérotée"),
        ("paragraph", "paragraph absatz párrafo paragraphe"), ("essay", "essay aufsatz ensayo dissertation"),
        ("poem", "poem gedicht poema poème"), ("haiku", "haiku"), ("limerick", "limerick"), ("sonnet", "sonnet soneto"),
        ("song", "song canción chanson"), ("story", "story geschichte cuento histoire"),
        ("email", "email e-mail mail correo courriel"), ("letter", "letter carta lettre"), ("tweet", "tweet"),
        ("diagram", "diagram diagramm diagrama diagramme flowchart"), ("chart", "chart graph graphique gráfico"),
        ("slide", "slide slides presentation"), ("timeline", "timeline"), ("script", "script"));

    /// <summary>Gets language names and the language they name: the language of the output must be the same.</summary>
    public static FrozenDictionary<string, string> Languages { get; } = Classes(
        ("english", "english englisch englische englischen englischer englisches inglés ingles inglesa anglais anglaise inglês"), ("german", "german deutsch deutsche deutschen deutscher deutsches alemán aleman alemana allemand allemande alemão"),
        ("french", "french französisch französische französischen französischer französisches francés frances francesa français francais française francaise francês"), ("spanish", "spanish spanisch spanische spanischen spanischer spanisches español espanol española espanola espagnol espagnole castellano castilian"),
        ("italian", "italian italienisch italienische italienischen italienischer italiano italiana italien italienne"), ("portuguese", "portuguese portugiesisch portugiesische portugiesischen portugués portuguesa portugais portugaise português portugues"),
        ("dutch", "dutch niederländisch niederländische niederländischen holandés holandesa néerlandais néerlandaise nederlands"),
        // Flemish, Bokmål and Nynorsk are written standards of their own: an answer in one is not served for another.
        ("flemish", "flemish vlaams flämisch flamand"), ("polish", "polnisch polaco polonais polski"),
        ("russian", "russian russisch russische russischen ruso rusa russe русский"), ("ukrainian", "ukrainian ukrainisch ucraniano ukrainien українська"),
        // Cantonese is a language of its own; Mandarin is standard written Chinese.
        ("chinese", "chinese mandarin chinesisch chinesische chinesischen chino chinois chinoise 中文 汉语 漢語 普通话"), ("cantonese", "cantonese kantonesisch cantonés cantonais 粵語 粤语"),
        ("japanese", "japanese japanisch japanische japanischen japonés japonesa japonais japonaise 日本語"),
        ("korean", "korean koreanisch coreano coréen 한국어"), ("arabic", "arabic arabisch árabe arabe العربية"), ("hindi", "hindi हिन्दी हिंदी"),
        ("turkish", "turkish türkisch turco turc türkçe"), ("greek", "greek griechisch griego grec ελληνικά"), ("swedish", "swedish schwedisch sueco suédois svenska"),
        ("norwegian", "norwegian norwegisch noruego norvégien norsk"), ("bokmål", "bokmål bokmal"), ("nynorsk", "nynorsk"), ("danish", "danish dänisch danés danois dansk"),
        ("finnish", "finnish finnisch finlandés finnois suomi"), ("czech", "czech tschechisch checo tchèque čeština"),
        ("hebrew", "hebrew hebräisch hebreo hébreu עברית"), ("latin", "latin latein latín"), ("catalan", "catalan katalanisch catalán"),
        ("vietnamese", "vietnamese vietnamesisch vietnamita vietnamien"), ("thai", "thai ไทย"), ("indonesian", "indonesian indonesisch indonesio indonésien"),
        ("romanian", "romanian rumänisch rumano roumain"), ("hungarian", "hungarian ungarisch húngaro hongrois magyar"),
        ("swahili", "swahili kiswahili suaheli suajili"), ("tagalog", "tagalog filipino"), ("bengali", "bengali bangla"),
        ("urdu", "urdu"), ("persian", "persian farsi persisch persa persan"), ("malay", "malay malaiisch malayo malais"),
        ("punjabi", "punjabi panjabi"), ("tamil", "tamil"), ("telugu", "telugu"), ("marathi", "marathi"), ("gujarati", "gujarati"),
        ("bulgarian", "bulgarian bulgarisch búlgaro bulgare"), ("croatian", "croatian kroatisch croata croate hrvatski"),
        ("serbian", "serbian serbisch serbio serbe srpski"), ("slovak", "slovak slowakisch eslovaco slovaque slovenčina"),
        ("slovenian", "slovenian slovene slowenisch esloveno slovène"), ("lithuanian", "lithuanian litauisch lituano lituanien"),
        ("latvian", "latvian lettisch letón letton"), ("estonian", "estonian estnisch estonio estonien"),
        ("icelandic", "icelandic isländisch islandés islandais"), ("irish", "irish irisch irlandés irlandais"),
        ("welsh", "welsh walisisch galés gallois"), ("afrikaans", "afrikaans"), ("zulu", "zulu"), ("xhosa", "xhosa"),
        ("amharic", "amharic"), ("yoruba", "yoruba"), ("hausa", "hausa"), ("somali", "somali"), ("nepali", "nepali"),
        ("sinhala", "sinhala sinhalese"), ("khmer", "khmer"), ("burmese", "burmese"), ("mongolian", "mongolian"),
        ("kazakh", "kazakh"), ("uzbek", "uzbek"), ("georgian", "georgian"), ("armenian", "armenian"),
        ("albanian", "albanian"), ("macedonian", "macedonian"), ("basque", "basque euskara"), ("galician", "galician galego"),
        ("esperanto", "esperanto"), ("yiddish", "yiddish"), ("maori", "maori"),
        ("malayalam", "malayalam"), ("kannada", "kannada"), ("pashto", "pashto"), ("kurdish", "kurdish"), ("belarusian", "belarusian"),
        ("bosnian", "bosnian"), ("maltese", "maltese"), ("luxembourgish", "luxembourgish"), ("azerbaijani", "azerbaijani azeri"),
        ("sanskrit", "sanskrit"), ("tibetan", "tibetan"), ("hawaiian", "hawaiian"), ("gaelic", "gaelic"), ("quechua", "quechua"),
        ("javanese", "javanese"), ("igbo", "igbo"), ("sindhi", "sindhi"), ("lao", "lao laotian"));

    /// <summary>Gets unit words and symbols and the unit they name: "km" and "kilometers" are one unit.</summary>
    public static FrozenDictionary<string, string> Units { get; } = Classes(
        ("kilometer", "km kms kilometer kilometers kilometre kilometres kilómetro kilómetros kilomètre kilomètres"),
        ("meter", "meter meters metre metres metro metros mètre mètres"), ("centimeter", "cm centimeter centimeters centimetre centimetres"),
        ("millimeter", "mm millimeter millimeters millimetre millimetres"), ("mile", "mi mile miles meile meilen milla millas"),
        ("foot", "ft foot feet"), ("inch", "inch inches zoll pulgada pulgadas pouce pouces"), ("yard", "yd yard yards"),
        ("kilogram", "kg kgs kilo kilos kilogram kilograms kilogramm kilogramo kilogramos kilogramme kilogrammes"),
        ("gram", "g gr gram grams gramm gramo gramos gramme grammes"), ("pound", "lb lbs pound pounds pfund libra libras"),
        ("ounce", "oz ounce ounces unze onza onzas"), ("liter", "l liter liters litre litres litro litros"),
        ("milliliter", "ml milliliter milliliters millilitre millilitres mililitro mililitros"), ("gallon", "gal gallon gallons galón galones"),
        ("cup", "cup cups tasse taza tazas"), ("tablespoon", "tbsp tablespoon tablespoons esslöffel"), ("teaspoon", "tsp teaspoon teaspoons teelöffel"),
        ("hour", "h hr hrs hour hours stunde stunden hora horas heure heures"), ("minute", "min mins minute minutes minuten minuto minutos"),
        ("percent", "% percent per-cent prozent porcentaje pourcent"), ("degree", "° degree degrees grad grado grados degré degrés"),
        ("usd", "$ usd dollar dollars dólar dólares"), ("eur", "€ eur euro euros"), ("gbp", "£ gbp sterling"), ("jpy", "¥ jpy yen"),
        ("celsius", "celsius centigrade"), ("fahrenheit", "fahrenheit"), ("kelvin", "kelvin"),
        ("byte", "byte bytes"), ("kilobyte", "kb kilobyte kilobytes"), ("megabyte", "mb megabyte megabytes"), ("gigabyte", "gb gigabyte gigabytes"),
        ("terabyte", "tb terabyte terabytes"), ("watt", "w watt watts"), ("kilowatt", "kw kilowatt kilowatts"), ("kwh", "kwh"),
        ("volt", "v volt volts"), ("calorie", "kcal cal calorie calories kalorien caloría calorías"), ("mph", "mph"), ("kmh", "kmh kph"),
        ("am", "am"), ("pm", "pm"), ("oclock", "uhr"));

    /// <summary>The role a direction word gives the next term: where something goes to, or comes from.</summary>
    public static FrozenDictionary<string, string> DirectionRoles { get; } = Classes(
        ("to", "to into onto toward towards nach zu zum zur hacia hasta al à au aux vers jusqu"),
        ("from", "from von vom aus ab desde del de depuis"));

    private static FrozenDictionary<string, string> Classes(params (string Member, string Words)[] classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string member, string words) in classes)
        {
            foreach (string word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(word, member);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
