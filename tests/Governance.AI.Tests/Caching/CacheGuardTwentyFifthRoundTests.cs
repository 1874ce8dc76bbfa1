using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-fifth round: numbers as written (a minus sign, an operator between numbers, superscripts and vulgar
/// fractions, a decimal comma, trailing zeros of a version), British and American spellings of one word, a question
/// left in the word order of a removed frame ("explain what X does", "erkläre mir, wie X funktioniert", "explique-moi ce
/// qu'est X"), a method asked in the passive or as a noun ("how is X used", "what is the calculation for X"), a time
/// after a passive's stranded "by", two words typed as one ("everytime"), Spanish "por que" typed without its accent,
/// a quotation typed without its accents, and a vowel dropped inside a long word of another language. Each with near
/// misses that must keep missing. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardTwentyFifthRoundTests
{
    [Theory]
    // The same number, written another way.
    [InlineData("Is version 2.0 of the library stable?", "Is version 2 of the library stable?")]
    [InlineData("How much is 1,500 dollars in euros?", "How much is 1500 dollars in euros?")]
    [InlineData("Is -5 °C too cold for tomatoes?", "Is −5 °C too cold for tomatoes?")]
    [InlineData("Wie viel sind 2,5 kg in Pfund?", "Wie viel sind 2.5 kg in Pfund?")]
    [InlineData("What is 15 + 3?", "what is 15+3")]
    // British and American spellings.
    [InlineData("What colour should I paint a north-facing room?", "What color should I paint a north-facing room?")]
    [InlineData("How do I become a theatre critic?", "How do I become a theater critic?")]
    [InlineData("How do I organise my pantry to maximise space?", "How do I organize my pantry to maximize space?")]
    [InlineData("What causes anaemia in runners?", "What causes anemia in runners?")]
    [InlineData("Are my tyres too worn for winter?", "Are my tires too worn for winter?")]
    [InlineData("Is travelling alone in Peru safe?", "Is traveling alone in Peru safe?")]
    [InlineData("Where do I renew my fishing licence?", "Where do I renew my fishing license?")]
    [InlineData("Which programme is best for learning statistics?", "Which program is best for learning statistics?")]
    [InlineData("What is my favourite neighbour's behaviour called?", "What is my favorite neighbor's behavior called?")]
    // A question left in the order of a removed frame.
    [InlineData("Explain what a reverse proxy does.", "What does a reverse proxy do?")]
    [InlineData("Tell me how a heat exchanger works.", "How does a heat exchanger work?")]
    [InlineData("Explain what idempotency means.", "What does idempotency mean?")]
    [InlineData("Can you explain what a Roth IRA is?", "What is a Roth IRA?")]
    [InlineData("Erkläre mir, wie ein Kühlschrank funktioniert.", "Wie funktioniert ein Kühlschrank?")]
    [InlineData("Explique-moi ce qu'est une variable globale.", "Qu'est-ce qu'une variable globale ?")]
    // A method in the passive or as a noun; a time after a stranded "by".
    [InlineData("How is the subjunctive used in Spanish?", "How do I use the subjunctive in Spanish?")]
    [InlineData("How is a mortgage rate calculated?", "How do I calculate a mortgage rate?")]
    [InlineData("What is the calculation for body mass index?", "How do I calculate body mass index?")]
    [InlineData("Who was the treaty signed by in 1648?", "Who signed the treaty in 1648?")]
    // Two words typed as one; "por que" without its accent; a quotation without its accents.
    [InlineData("Why does my dog bark everytime someone knocks?", "Why does my dog bark every time someone knocks?")]
    [InlineData("¿Qué es el efecto invernadero y por qué importa?", "que es el efecto invernadero y por que importa")]
    [InlineData("Quelle est la différence entre « développer » et « élaborer » ?", "quelle est la difference entre developper et elaborer")]
    // The items of a list in another order.
    [InlineData("Compare Python, Java and Go for web servers.", "Compare Go, Python and Java for web servers.")]
    [InlineData("Plan a weekend in Lisbon that covers Belém, Alfama and Sintra.", "Plan a weekend in Lisbon that covers Sintra, Belém, and Alfama.")]
    [InlineData("Make a monthly budget for rent, groceries, fuel and a gym membership.", "Make a monthly budget for a gym membership, fuel, rent and groceries.")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // A changed sign, operator, power, fraction, decimal or version.
    [InlineData("Is 5 °C too cold for tomatoes?", "Is -5 °C too cold for tomatoes?")]
    [InlineData("Is 5°C too cold for tomatoes?", "Is −5°C too cold for tomatoes?")]
    [InlineData("What is 15 + 3?", "What is 15 - 3?")]
    [InlineData("What is 15 * 3?", "What is 15 / 3?")]
    [InlineData("What is 2^8?", "What is 2*8?")]
    [InlineData("Is x > 10 in this loop?", "Is x < 10 in this loop?")]
    [InlineData("Simplify x² + x.", "Simplify x³ + x.")]
    [InlineData("How much is ½ cup of sugar in grams?", "How much is ¾ cup of sugar in grams?")]
    [InlineData("How much paint covers 20 m² of wall?", "How much paint covers 20 m of wall?")]
    [InlineData("How do I install Python 3.10 on Debian?", "How do I install Python 3.1 on Debian?")]
    [InlineData("What changed in release 1.20?", "What changed in release 1.2?")]
    [InlineData("Wie viel wiegen 2,5 kg Mehl in Pfund?", "Wie viel wiegen 25 kg Mehl in Pfund?")]
    [InlineData("Kostet ein Flug nach Rom 1.000 Euro?", "Kostet ein Flug nach Rom 1 Euro?")]
    // Two words, not two spellings of one.
    [InlineData("Is filing the paperwork hard?", "Is filling the paperwork hard?")]
    [InlineData("What does timbre mean in music?", "What does timber mean in music?")]
    [InlineData("What is your favourite colour?", "What is your favourite flavour?")]
    [InlineData("How do I organise a party?", "How do I organize a parade?")]
    [InlineData("Are my tyres too worn for winter?", "Are my brakes too worn for winter?")]
    // Another thing or another kind of question behind the removed frame.
    [InlineData("Explain what a reverse proxy does.", "What does a load balancer do?")]
    [InlineData("Tell me how a heat exchanger works.", "Why does a heat exchanger work?")]
    [InlineData("Explain what idempotency means.", "What does immutability mean?")]
    [InlineData("Erkläre mir, wie ein Kühlschrank funktioniert.", "Wie funktioniert ein Gefrierschrank?")]
    [InlineData("Explique-moi ce qu'est une variable globale.", "Qu'est-ce qu'une variable locale ?")]
    // Making is not using; another language, another verb, another year.
    [InlineData("How is cheese made?", "How do I make cheese?")]
    [InlineData("How is the subjunctive used in Spanish?", "How do I use the subjunctive in Italian?")]
    [InlineData("How is a mortgage rate calculated?", "How is a mortgage rate regulated?")]
    [InlineData("What is the calculation for body mass index?", "Why do I calculate body mass index?")]
    [InlineData("Who was the treaty signed by in 1648?", "Who signed the treaty in 1748?")]
    // A quantity that the joined words carry; another question after "y"; another quoted word.
    [InlineData("Why does my dog bark everytime someone knocks?", "Why does my dog bark sometimes when someone knocks?")]
    [InlineData("¿Qué es el efecto invernadero y cómo funciona?", "que es el efecto invernadero y por que importa")]
    [InlineData("Quelle est la différence entre « développer » et « élaborer » ?", "quelle est la difference entre developper et elever")]
    // Another item; terms exchanged around a list; a condition before the comma is no list item.
    [InlineData("Compare Python, Java and Go for web servers.", "Compare Python, Java and Rust for web servers.")]
    [InlineData("Is a tomato a fruit, a vegetable or a berry?", "Is a fruit a tomato, a vegetable or a berry?")]
    [InlineData("What is the flight time from London to Paris, Rome and Madrid?", "What is the flight time from Paris to London, Rome and Madrid?")]
    [InlineData("If it rains in Paris, should I visit the Louvre or Versailles?", "If it rains in Versailles, should I visit the Louvre or Paris?")]
    [InlineData("If my son is 12, can he fly alone and with a pet?", "If my son is 15, can he fly alone and with a pet?")]
    [InlineData("Compare the price of gold in 2010 and silver in 2020.", "Compare the price of silver in 2010 and gold in 2020.")]
    [InlineData("Should Anna pay Bob, Carl and Dora back?", "Should Dora pay Bob, Carl and Anna back?")]
    // A dash after a number is no subtraction, and no operator makes two numbers one.
    [InlineData("Our parents are in their 70s - what should we see in Kyoto?", "Our parents are in their 60s - what should we see in Kyoto?")]
    public void Near_misses_still_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("Wie beantrage ich eine Krankenversicherung?", "Wie beantrage ich eine Krankenversichrung?")]
    [InlineData("¿Cómo se calcula la indemnización por despido?", "¿Cómo se calcula la indemnizción por despido?")]
    public void A_vowel_dropped_inside_a_long_word_is_a_typo(string cached, string asked) =>
        Assert.True(PromptDifferenceGuard.Default.IsSafeHit(GuardPairAssert.Semantic(cached), GuardPairAssert.Semantic(asked), out string? reason), reason);

    [Theory]
    [InlineData("¿Dónde puedo comprar un billete de tren?", "¿Dónde puedo comparar un billete de tren?")]
    [InlineData("Wie beantrage ich eine Krankenversicherung?", "Wie beantrage ich eine Krankenversichrerung?")]
    public void Other_edits_of_a_word_without_a_word_list_still_miss(string cached, string asked) =>
        Assert.False(PromptDifferenceGuard.Default.IsSafeHit(GuardPairAssert.Semantic(cached), GuardPairAssert.Semantic(asked), out _));

    [Theory]
    [InlineData("how old the universe is")]
    [InlineData("what time it is in Lima")]
    [InlineData("what colour the sky is")]
    public void An_embedded_clause_that_could_be_read_otherwise_stays_as_written(string clause) =>
        Assert.Equal(clause, PromptFraming.CanonicalQuestion(clause));
}
