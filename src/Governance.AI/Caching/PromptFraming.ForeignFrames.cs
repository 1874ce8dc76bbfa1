using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// German, Spanish and French question frames, rewritten within their language: a definition, a meaning, a reason, a
// way, a comparison, and a request frame that only says "answer this" before the question.
internal static partial class PromptFraming
{
    [GeneratedRegex(@"^(?:wie heißt|was versteht man unter) ", FrameOptions)]
    private static partial Regex GermanDefinitionPattern();

    [GeneratedRegex(@"^was bedeutet (?<term>[^?]+?)\??$", FrameOptions)]
    private static partial Regex GermanMeanPattern();

    // "Erklär mir, wie …", "Sag mir, warum …", "Ich möchte verstehen, wie …", "Ich muss wissen, ob …": the question follows.
    [GeneratedRegex(@"^(?:erkläre?n?(?: mir| uns)?|(?:mir |uns )erklären|sag(?:e|t|en sie)? (?:mir|uns)|erinnere mich(?: daran)?|ich (?:möchte|will|muss|würde|wüsste)(?: gerne?)? (?:wissen|verstehen|erfahren|herausfinden)|ich wüsste gerne?),? (?=(?:wie|warum|wieso|weshalb|was|wann|wo|wer|welche|welcher|welches|ob)\b)", FrameOptions)]
    private static partial Regex GermanExplainWhPattern();

    [GeneratedRegex(@"^erkläre?(?: mir| uns)? (?!(?:wie|warum|was|wann|wo|wer|welche|das|dies)\b)", FrameOptions)]
    private static partial Regex GermanExplainThingPattern();

    [GeneratedRegex(@"^(?:aus welchem grund|wieso|weshalb) ", FrameOptions)]
    private static partial Regex GermanReasonPattern();

    [GeneratedRegex(@"^welche (?<thing>\p{L}+) (?:hat|haben) (?<owner>[^?]+?)\??$", FrameOptions)]
    private static partial Regex GermanWhichHasPattern();

    // "¿Cuál es la (mejor) manera de …?", "¿Cómo debo / puedo / hay que …?": a method, "cómo" and the infinitive, as
    // "what's the best way to" and "how should I" are "how do I" in English.
    [GeneratedRegex(@"^¿?(?:cuál es (?:la|el) (?:mejor )?(?:forma|manera|modo|método) (?:de|para) |cómo (?:debo|debería|puedo|podría|tengo que|hay que|se debe|se puede) )", FrameOptions)]
    private static partial Regex SpanishWayPattern();

    // "¿Es posible …?", "¿Puedo …?", "¿Se puede …?" before an infinitive: whether it can be done, one frame ("is it
    // possible to" / "can I" in English).
    [GeneratedRegex(@"^¿?(?:es posible|se puede|puedo|podemos) (?=\p{L}+(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?\b)", FrameOptions)]
    private static partial Regex SpanishPossiblePattern();

    // The opening "¿" of a Spanish question a frame rewrote, kept: it marks the text as Spanish for the spelling corrector.
    private static string SpanishOpening(Match match) => match.Value.StartsWith('¿') ? "¿" : string.Empty;

    [GeneratedRegex(@"^¿?(?:cuál es (?:la razón|el motivo) (?:por (?:la|el) (?:que|cual)|de que)|por qué razón) ", FrameOptions)]
    private static partial Regex SpanishReasonPattern();

    [GeneratedRegex(@"^¿?qué significa ", FrameOptions)]
    private static partial Regex SpanishMeanPattern();

    // "Explícame cómo …", "Necesito saber si …", "Me gustaría entender por qué …", "Recuérdame qué …": the question follows.
    [GeneratedRegex(@"^(?:expl[ií]ca(?:me|nos)?|explicar(?:me|nos)|dec[ií]r(?:me|nos)?|dime|decidme|recu[eé]rda(?:me|nos)|(?:necesito|quiero|quisiera|me gustar[ií]a|me encantar[ií]a|tengo que) (?:saber|entender|comprender|averiguar)),? ¿?(?=(?:cómo|qué|por qué|cuál|cuáles|cuándo|cuánto|cuánta|cuántos|cuántas|dónde|quién|quiénes|si)\b)", FrameOptions)]
    private static partial Regex SpanishExplainWhPattern();

    [GeneratedRegex(@"^expl[ií]ca(?:me|nos)? (?!(?:cómo|qué|por|cuál|cuándo|dónde|quién|esto|eso)\b)", FrameOptions)]
    private static partial Regex SpanishExplainThingPattern();

    // "Comment est-ce que je …", "comment dois-je / puis-je / faut-il …": a method, "comment" and the infinitive. "Quelle
    // est la meilleure façon de …" stays: without its frame words the text no longer reads as French to the spelling
    // corrector, which then turns words into English ones ("garder" → "grader"; a loss on the cross-check set).
    [GeneratedRegex(@"^(?:comment est-ce que (?:je |j['’]|on |l['’]on )|comment (?:dois-je|puis-je|devrais-je|pourrais-je|peut-on|doit-on|faut-il) )", FrameOptions)]
    private static partial Regex FrenchHowPattern();

    // "Est-il possible de …", "Puis-je …", "Peut-on …", "(Est-ce que) je peux …", "Pourrais-je …": whether it can be
    // done, one frame.
    [GeneratedRegex(@"^(?:(?:est-(?:il|ce)|est-ce qu['’]il est) possible (?:de |d['’])|(?:est-ce que |est-ce qu['’])?(?:je (?:peux|pourrais)|on (?:peut|pourrait)|l['’]on peut) |puis-je |pourrais-je |peut-on |pourrait-on )", FrameOptions)]
    private static partial Regex FrenchPossiblePattern();

    // "Was ist der beste Weg, einen Ofen zu reinigen?", "Wie sollte / kann ich einen Ofen reinigen?": a method, "wie" with
    // the verb at the end, one frame "wie kann man" ("wie kann man einen Ofen reinigen"; its words keep the text German for
    // the spelling corrector).
    [GeneratedRegex(@"^was ist (?:der|die) (?:beste |einfachste |richtige )?(?:weg|art|methode|möglichkeit),? (?<rest>[^,?]+?) zu (?<verb>\p{L}+)(?<end> ?[?.!])?$", FrameOptions)]
    private static partial Regex GermanWayPattern();

    [GeneratedRegex(@"^wie (?:sollte|soll|kann|könnte|muss) (?:ich|man) ", FrameOptions)]
    private static partial Regex GermanHowShouldPattern();

    [GeneratedRegex(@"^(?:c['’]est quoi|que (?:signifie|veut dire)|qu['’]est-ce que c['’]est que) ", FrameOptions)]
    private static partial Regex FrenchDefinitionPattern();

    // "Explique-moi comment …", "J'ai besoin de savoir si …", "J'aimerais comprendre pourquoi …", "Rappelle-moi quel …".
    [GeneratedRegex(@"^(?:expliquez?(?:-moi|-nous)?|(?:m'|m’|me |nous )?expliquer|(?:me |nous )?dire|dis-moi|dites-moi|rappelle(?:z)?-moi|(?:j['’]ai besoin de|je veux|je voudrais|j['’]aimerais|je cherche à|je souhaite|je souhaiterais|je dois) (?:savoir|comprendre)),? (?=(?:comment|pourquoi|ce qu|qu|quand|où|qui|quel|quelle|quels|quelles|combien|si|s['’]il)\b)", FrameOptions)]
    private static partial Regex FrenchExplainWhPattern();

    [GeneratedRegex(@"^expliquez?(?:-moi|-nous)? (?!(?:comment|pourquoi|ce|ça|cela|qu|quand|où|qui|quel)\b)", FrameOptions)]
    private static partial Regex FrenchExplainThingPattern();

    [GeneratedRegex(@"^(?:pour quelle raison|quelle est la raison pour laquelle) ", FrameOptions)]
    private static partial Regex FrenchReasonPattern();

    // "Wie unterscheiden sich X und Y?", "¿En qué se diferencian X y Y?", "En quoi X et Y diffèrent-ils ?" ask what "Was ist
    // der Unterschied zwischen X und Y?", "¿Cuál es la diferencia entre X y Y?", "Quelle est la différence entre X et Y ?" ask.
    [GeneratedRegex(@"^(?:(?<de>(?:wie|worin) unterscheiden sich (?<x>[^?,]+?) und (?<y>[^?,]+?))|(?<es>¿?(?:en qué se diferencian (?<x>[^?,]+?) y (?<y>[^?,]+?)|qué diferencias? hay entre (?<x>[^?,]+?) y (?<y>[^?,]+?)))|(?<fr>(?:en quoi (?<x>[^?,]+?) et (?<y>[^?,]+?) (?:diffèrent|se distinguent)(?:-t)?(?:-ils|-elles)?|quelle différence y a-t-il entre (?<x>[^?,]+?) et (?<y>[^?,]+?))))\s*\??$", FrameOptions)]
    private static partial Regex ForeignDifferPattern();

    private static string ForeignDifference(Match match) =>
        (match.Groups["de"].Success ? "was ist der unterschied zwischen " + match.Groups["x"].Value + " und "
        : match.Groups["es"].Success ? "cuál es la diferencia entre " + match.Groups["x"].Value + " y "
        : "quelle est la différence entre " + match.Groups["x"].Value + " et ") + match.Groups["y"].Value;
}
