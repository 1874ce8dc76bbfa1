using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-sixth round: everyday synonyms and short forms the offline vectors do not relate ("substitute" /
/// "replacement", "vet" / "veterinarian"), French adjectives agreeing in gender ("meilleur" / "meilleure"), a leading
/// "now," and Spanish "¿me podría decir …?" as framing, a word named as a word ("what does the term X mean" → "what is
/// X"), "without using X" as "without X", and a hyphen between a word and a number ("carbon-14"). Each with near misses
/// that must keep missing. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardTwentySixthRoundTests
{
    [Theory]
    // Everyday synonyms and short forms.
    [InlineData("What's a good substitute for sour cream in a dip?", "What's a good replacement for sour cream in a dip?")]
    [InlineData("How do I cancel my streaming subscription?", "How do I terminate my streaming subscription?")]
    [InlineData("How often should I feed a goldfish?", "How frequently should I feed a goldfish?")]
    [InlineData("What are early signs of dementia in older adults?", "What are early signs of dementia in elderly people?")]
    [InlineData("Are flu shots free for senior citizens in Canada?", "Are flu shots free for elderly people in Canada?")]
    [InlineData("What is the altitude of Denver?", "What is the elevation of Denver?")]
    [InlineData("Can a tenant refuse a rent increase?", "Can a renter refuse a rent increase?")]
    [InlineData("Should I take my medicine with food?", "Should I take my medication with food?")]
    [InlineData("Does a red sky at night signify rain?", "Does a red sky at night mean rain?")]
    [InlineData("When should I take my cat to the vet?", "When should I take my cat to the veterinarian?")]
    [InlineData("How do I prepare for a statistics exam?", "How do I prepare for a stats examination?")]
    [InlineData("Wie ändere ich mein Passwort bei Outlook?", "Wie ändere ich mein Kennwort bei Outlook?")]
    [InlineData("¿Cuál es la mejor época para plantar tomates?", "¿Cuál es la mejor temporada para plantar tomates?")]
    [InlineData("Quel est le meilleur moment pour tailler un rosier ?", "Quelle est la meilleure période pour tailler un rosier ?")]
    // Framing: a leading "now,", a formal Spanish "can you tell me".
    [InlineData("Now, how do I merge two branches in git?", "How do I merge two branches in git?")]
    [InlineData("¿Me podría decir cómo se renueva el pasaporte?", "¿Cómo se renueva el pasaporte?")]
    [InlineData("¿Me puede decir dónde está la estación de tren?", "¿Dónde está la estación de tren?")]
    // A word named as a word; "without using"; a hyphen between a word and a number.
    [InlineData("What does the term 'opportunity cost' mean?", "What is opportunity cost?")]
    [InlineData("What does the word 'idempotent' mean in programming?", "What is idempotent in programming?")]
    [InlineData("What is the meaning of the term amortization?", "What is amortization?")]
    [InlineData("How do I reverse a string without using a loop?", "How do I reverse a string without a loop?")]
    [InlineData("How much omega-3 is in salmon?", "How much omega 3 is in salmon?")]
    // Leave as ability, a duty however it is asked, two things compared, "goes", subordinate clauses in another order.
    [InlineData("Is it OK to freeze cooked pasta?", "Can I freeze cooked pasta?")]
    [InlineData("Is it fine to charge a laptop overnight?", "Can I charge a laptop overnight?")]
    [InlineData("Do I need to tip in Portugal?", "Do I have to tip in Portugal?")]
    [InlineData("Do I need to register my bike?", "Must I register my bike?")]
    [InlineData("How do baking soda and baking powder differ?", "What's the difference between baking soda and baking powder?")]
    [InlineData("How are a crocodile and an alligator different?", "What is the difference between a crocodile and an alligator?")]
    [InlineData("Explain why milk goes sour.", "Why does milk go sour?")]
    [InlineData("Do I need a visa when I fly to Chile if I hold an Irish passport?", "Do I need a visa if I hold an Irish passport when I fly to Chile?")]
    [InlineData("Should I refinance, if rates drop, when my fixed term ends?", "Should I refinance when my fixed term ends if rates drop?")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // Another word, not another name for the same one.
    [InlineData("What's a good substitute for sour cream in a dip?", "What's a good substitute for yogurt in a dip?")]
    [InlineData("How do I cancel my streaming subscription?", "How do I renew my streaming subscription?")]
    [InlineData("How often should I feed a goldfish?", "How rarely should I feed a goldfish?")]
    [InlineData("Can a tenant refuse a rent increase?", "Can a landlord refuse a rent increase?")]
    [InlineData("What are early signs of dementia in older adults?", "What are early signs of dementia in children?")]
    [InlineData("Are older adults more prone to falls than younger adults?", "Are elderly people more prone to falls than children?")]
    [InlineData("When should I take my cat to the vet?", "When should I take my cat to the groomer?")]
    [InlineData("How do I prepare for a statistics exam?", "How do I prepare for a statistics interview?")]
    [InlineData("Wie ändere ich mein Passwort bei Outlook?", "Wie ändere ich mein Profilbild bei Outlook?")]
    [InlineData("Wie ändere ich mein Passwort bei Outlook?", "Wie ändere ich mein Passwort bei Gmail?")]
    [InlineData("Quel est le meilleur moment pour tailler un rosier ?", "Quel est le pire moment pour tailler un rosier ?")]
    [InlineData("Quel est le premier jour du printemps ?", "Quel est le dernier jour du printemps ?")]
    // "now" that names a time, and a Spanish frame around another question.
    [InlineData("How do I merge two branches in git now?", "How do I merge two branches in git?")]
    [InlineData("¿Me podría decir cómo se renueva el pasaporte?", "¿Cómo se solicita el pasaporte?")]
    // A meaning that is not a term's; "using" with another sense; a sign or a version.
    [InlineData("What is the meaning of life?", "What is life?")]
    [InlineData("What does the term 'opportunity cost' mean?", "What is sunk cost?")]
    [InlineData("What does the word 'gift' mean in German?", "What is gift?")]
    [InlineData("How do I reverse a string without using a loop?", "How do I reverse a string using a loop?")]
    [InlineData("Simplify x-5.", "Simplify x+5.")]
    [InlineData("What is new in GPT-4o?", "What is new in GPT-4?")]
    [InlineData("What is the half-life of carbon-14?", "What is the half-life of carbon-12?")]
    // Possible is not OK; "a fine to pay" is no leave; a duty is not advice or leave; another pair compared; clauses
    // that changed, or names exchanged within one.
    [InlineData("Is it OK to freeze cooked pasta?", "Is it possible to freeze cooked pasta?")]
    [InlineData("Is there a fine to pay for speeding in Italy?", "Can I pay for speeding in Italy?")]
    [InlineData("Do I need to tip in Portugal?", "Should I tip in Portugal?")]
    [InlineData("Do I need to tip in Portugal?", "Can I tip in Portugal?")]
    [InlineData("How do baking soda and baking powder differ?", "What's the difference between baking soda and yeast?")]
    [InlineData("How do baking soda and baking powder work?", "What's the difference between baking soda and baking powder?")]
    [InlineData("Why does milk go sour?", "Why does milk go bad?")]
    [InlineData("Do I need a visa when I fly to Chile if I hold an Irish passport?", "Do I need a visa when I fly to Ireland if I hold a Chilean passport?")]
    [InlineData("Do I need a visa when I fly to Chile if I hold an Irish passport?", "Do I need a visa when I fly to Chile unless I hold an Irish passport?")]
    [InlineData("What time is it in Lima when it is noon in Oslo if it is summer?", "What time is it in Oslo when it is noon in Lima if it is summer?")]
    public void Different_request_misses(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Fact]
    public void A_hyphen_between_a_word_and_a_number_is_a_space_in_the_request()
    {
        Assert.Equal("What is the half-life of carbon 14?", PromptFraming.NormalizeAndStrip("What is the half-life of carbon-14?"));
        Assert.Equal("Simplify x-5.", PromptFraming.NormalizeAndStrip("Simplify x-5."));
        Assert.Equal("Compare gpt-4o and Gpt 4.", PromptFraming.NormalizeAndStrip("Compare gpt-4o and Gpt-4."));
        Assert.Equal("Is COVID-19 airborne?", PromptFraming.NormalizeAndStrip("Is COVID-19 airborne?"));
    }
}
