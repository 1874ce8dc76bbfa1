using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Nineteenth round: the direction family reviewed as a whole (conversions, from / to, opposite verbs, before / after,
/// comparisons, swapped subject and object, en/de/es/fr), a hire verb whose side is read from whose thing it is,
/// "to" after a coordinator read as the infinitive's, the words that ask for advice read as "should", a few everyday
/// synonyms, and courtesy clauses with a negation. Each with near misses that must stay as they were. Written from
/// those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardNineteenthRoundTests
{
    [Theory]
    // Conversions and translations, the pair in either order, with "to", "into", "in", "as".
    [InlineData("How do I turn a JPEG into a PNG?", "How do I turn a PNG into a JPEG?")]
    [InlineData("What is 40 pounds in kilograms?", "What is 40 kilograms in pounds?")]
    [InlineData("How do I export a spreadsheet as a CSV?", "How do I export a CSV as a spreadsheet?")]
    [InlineData("Translate 'see you soon' from Italian into Dutch", "Translate 'see you soon' from Dutch into Italian")]
    [InlineData("How many teaspoons are in a tablespoon?", "How many tablespoons are in a teaspoon?")]
    // From / to, towards, the endpoints of a move.
    [InlineData("How do I switch from Windows to Linux?", "How do I switch from Linux to Windows?")]
    [InlineData("How do I sync notes from my tablet to my desktop?", "How do I sync notes to my tablet from my desktop?")]
    [InlineData("Which buses run from the harbour towards the old town?", "Which buses run from the old town towards the harbour?")]
    // Verbs and adverbs of opposite direction.
    [InlineData("How do I import bookmarks into Firefox?", "How do I export bookmarks from Firefox?")]
    [InlineData("How do I upload videos to Vimeo?", "How do I download videos from Vimeo?")]
    [InlineData("What should I check before I lend my drill to a neighbour?", "What should I check before I borrow a drill from a neighbour?")]
    [InlineData("What are the legal steps to hire a nanny?", "What are the legal steps to fire a nanny?")]
    [InlineData("Should I stretch before cycling?", "Should I stretch after cycling?")]
    [InlineData("Which planets orbit above the asteroid belt?", "Which planets orbit below the asteroid belt?")]
    [InlineData("Why do toddlers sleep more than adults?", "Why do toddlers sleep less than adults?")]
    // Comparisons and swapped subject and object.
    [InlineData("Is a violin louder than a cello?", "Is a cello louder than a violin?")]
    [InlineData("Which holds more water, a bathtub or a shower?", "Which holds less water, a bathtub or a shower?")]
    [InlineData("Can ferrets catch the flu from people?", "Can people catch the flu from ferrets?")]
    [InlineData("Why do owls hunt rabbits?", "Why do rabbits hunt owls?")]
    // German, Spanish, French.
    [InlineData("Wie rechne ich Zoll in Zentimeter um?", "Wie rechne ich Zentimeter in Zoll um?")]
    [InlineData("Wie lange dauert die Fahrt von Bremen nach Dresden?", "Wie lange dauert die Fahrt von Dresden nach Bremen?")]
    [InlineData("¿Cómo paso mis contactos del móvil al portátil?", "¿Cómo paso mis contactos del portátil al móvil?")]
    [InlineData("¿Qué como antes de nadar?", "¿Qué como después de nadar?")]
    [InlineData("Comment convertir des yens en livres ?", "Comment convertir des livres en yens ?")]
    [InlineData("Que faut-il savoir avant de prêter sa voiture ?", "Que faut-il savoir avant d'emprunter une voiture ?")]
    public void Direction_shapes_in_either_order_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("How do I turn a JPEG into a PNG?", "how do i turn a jpeg into a png")]
    [InlineData("How do I switch from Windows to Linux?", "How do I switch to Linux from Windows?")]
    [InlineData("Should I stretch before cycling?", "Before cycling, should I stretch?")]
    [InlineData("Is a violin louder than a cello?", "is a violin louder than a cello")]
    [InlineData("Wie lange dauert die Fahrt von Bremen nach Dresden?", "Von Bremen nach Dresden, wie lange dauert die Fahrt?")]
    [InlineData("Comment convertir des yens en livres ?", "comment convertir des yens en livres")]
    public void The_same_direction_said_with_surface_noise_still_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    [InlineData("What should I know before I rent my flat?", "What should I know before I rent a flat?")]
    [InlineData("What are the pitfalls of leasing our van?", "What are the pitfalls of leasing a van?")]
    [InlineData("¿Qué debo saber antes de alquilar mi casa?", "¿Qué debo saber antes de alquilar una casa?")]
    [InlineData("Que dois-je savoir avant de louer mon studio ?", "Que dois-je savoir avant de louer un studio ?")]
    [InlineData("What should I know before I rent out my flat?", "What should I know before I rent a flat?")]
    public void A_hire_verb_with_the_askers_own_thing_on_one_side_only_misses(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("What should I know before I rent my flat?", "What should I know before renting my flat?")]
    [InlineData("How do I rent a car in Portugal?", "How can I rent a car in Portugal?")]
    [InlineData("How do I clean my oven?", "How do I clean an oven?")]
    [InlineData("Can my landlord raise the rent every year?", "Can a landlord raise the rent every year?")]
    [InlineData("What should I know before I rent out my flat?", "What should I know before renting out my flat?")]
    public void A_hire_verb_on_the_same_side_or_another_verb_still_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    [InlineData("Is it better to rent or to buy a flat?", "Is it better to buy or to rent a flat?")]
    [InlineData("Is it healthier to walk or to cycle to work?", "Is it healthier to cycle or to walk to work?")]
    public void To_after_a_coordinator_is_no_direction(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    [InlineData("Is it better to move from Oslo to Bergen?", "Is it better to move from Bergen to Oslo?")]
    [InlineData("Are there night trains from Oslo and to Bergen?", "Are there night trains from Bergen and to Oslo?")]
    [InlineData("Should I fly from Oslo or to Bergen first?", "Should I fly from Bergen or to Oslo first?")]
    public void A_direction_next_to_a_coordinator_still_counts(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("Is it wise to repaint a rental flat?", "Is it sensible to repaint a rental flat?")]
    [InlineData("Is it advisable to prune roses in autumn?", "Should I prune roses in autumn?")]
    [InlineData("Is it better to walk or cycle to work?", "Should I walk or cycle to work?")]
    public void Words_that_ask_for_advice_ask_what_should_asks(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    [InlineData("Is it better to walk to work?", "Can I walk to work?")]
    [InlineData("Is it sensible to repaint a rental flat?", "Must I repaint a rental flat?")]
    [InlineData("Is there a better way to walk to work?", "Should I walk to work?")]
    public void Advice_stays_apart_from_ability_and_obligation(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("What are common side effects of antihistamines?", "What are frequent side effects of antihistamines?")]
    [InlineData("How do I give feedback to a colleague?", "How do I give feedback to a coworker?")]
    [InlineData("Suggest a quick supper with lentils.", "Suggest a quick dinner with lentils.")]
    public void Everyday_synonyms_name_the_same_request(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // Other degrees, another meal, another person, another length.
    [InlineData("Write a short thank-you note for my neighbour.", "Write a long thank-you note for my neighbour.")]
    [InlineData("What are common side effects of antihistamines?", "What are rare side effects of antihistamines?")]
    [InlineData("How do I give feedback to a colleague?", "How do I give feedback to a manager?")]
    [InlineData("Suggest a quick supper with lentils.", "Suggest a quick lunch with lentils.")]
    [InlineData("What should I do if a customer is angry?", "What should I do if a customer is furious?")]
    // "brief" / "short" stays out of the groups: "boxer briefs" are not "boxer shorts".
    [InlineData("Are boxer briefs better than trunks for running?", "Are boxer shorts better than trunks for running?")]
    public void Near_synonyms_that_change_the_answer_still_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("Hey! If you don't mind, explain how tides work. Thanks a bunch!", "explain how tides work.")]
    [InlineData("Hi, hope this isn't a silly question, but how do tides work?", "but how do tides work?")]
    public void Courtesy_clauses_with_a_negation_are_social(string prompt, string expected) =>
        Assert.Equal(GuardPairAssert.Semantic(expected), GuardPairAssert.Semantic(prompt));

    [Theory]
    // A negation or "mind" that belongs to the request keeps its words.
    [InlineData("If you don't have an oven, how do I bake bread?", "don't have an oven")]
    [InlineData("Sorry, my code is not working: why?", "not working")]
    [InlineData("Keep in mind the budget: which laptop should I buy?", "budget")]
    public void Requests_with_a_negation_keep_their_words(string prompt, string kept) =>
        Assert.Contains(kept, PromptFraming.NormalizeAndStrip(prompt), StringComparison.Ordinal);
}
