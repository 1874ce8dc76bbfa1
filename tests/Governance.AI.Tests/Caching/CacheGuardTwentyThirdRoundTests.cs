namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-third round: the request frame as a family (the words that only say "answer this" — "explain", "tell me",
/// "remind me", "I need to know", "I'd like to understand", "I've always wanted to know" and their German, Spanish and
/// French forms — are neutral before the question they wrap), a question's lead-in that names its kind ("quick trivia
/// question:"), surface forms of one time or code ("4 p.m." / "4pm", "F-150" / "F150", "two-week" / "two weeks"),
/// "multiple" as "several", "the point of" as "the purpose of", and two words with a single sense ("sluggish",
/// "faucet"). Each with near misses that must stay as they were: a frame that changes the task, another question word
/// behind the frame, another number, another code. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardTwentyThirdRoundTests
{
    [Theory]
    // English statements of need and reminders before a question.
    [InlineData("How does a dishwasher dry the dishes?", "I need to know how a dishwasher dries the dishes.")]
    [InlineData("How does a dishwasher dry the dishes?", "I'd like to understand how a dishwasher dries the dishes.")]
    [InlineData("How does a dishwasher dry the dishes?", "I'm looking to understand how a dishwasher dries the dishes.")]
    [InlineData("Why do cats purr?", "I've always wanted to know why cats purr.")]
    [InlineData("What is the melting point of lead?", "Remind me what the melting point of lead is.")]
    [InlineData("What is the melting point of lead?", "Could you remind me what the melting point of lead is?")]
    [InlineData("Can a landlord keep a security deposit for cleaning?", "I need to know whether a landlord can keep a security deposit for cleaning.")]
    // German.
    [InlineData("Wie funktioniert ein Induktionsherd?", "Ich möchte verstehen, wie ein Induktionsherd funktioniert.")]
    [InlineData("Wie funktioniert ein Induktionsherd?", "Ich muss wissen, wie ein Induktionsherd funktioniert.")]
    [InlineData("Wie funktioniert ein Induktionsherd?", "Sag mir, wie ein Induktionsherd funktioniert.")]
    [InlineData("Wie funktioniert ein Induktionsherd?", "Ich würde gerne verstehen, wie ein Induktionsherd funktioniert.")]
    [InlineData("Darf man im Zug rauchen?", "Ich muss wissen, ob man im Zug rauchen darf.")]
    // Spanish.
    [InlineData("¿Cómo funciona una cocina de inducción?", "Necesito saber cómo funciona una cocina de inducción.")]
    [InlineData("¿Cómo funciona una cocina de inducción?", "Me gustaría entender cómo funciona una cocina de inducción.")]
    [InlineData("¿Cómo funciona una cocina de inducción?", "Quiero saber cómo funciona una cocina de inducción.")]
    [InlineData("¿Qué es una cocina de inducción?", "Recuérdame qué es una cocina de inducción.")]
    // French.
    [InlineData("Comment fonctionne une plaque à induction ?", "J'ai besoin de savoir comment fonctionne une plaque à induction.")]
    [InlineData("Comment fonctionne une plaque à induction ?", "J'aimerais comprendre comment fonctionne une plaque à induction.")]
    [InlineData("Comment fonctionne une plaque à induction ?", "Je veux comprendre comment fonctionne une plaque à induction.")]
    // A lead-in that names the kind of question.
    [InlineData("Who painted the Sistine Chapel ceiling?", "Quick trivia question: who painted the Sistine Chapel ceiling?")]
    // One time, one code, one number written two ways.
    [InlineData("Is it bad to eat after 9 p.m.?", "is it bad to eat after 9pm")]
    [InlineData("Is it bad to eat after 9 P.M.?", "Is it bad to eat after 9 pm?")]
    [InlineData("What tires fit a Ford F-150?", "what tires fit a ford f150")]
    [InlineData("Is COVID-19 airborne?", "Is COVID19 airborne?")]
    [InlineData("What should I pack for a two-week hike?", "What should I pack for a two week hike?")]
    // "multiple" counts as "several"; "the point of" is "the purpose of"; words with a single sense.
    [InlineData("Can I run several monitors from one laptop?", "Can I run multiple monitors from one laptop?")]
    [InlineData("What's the point of a credit freeze?", "What is the purpose of a credit freeze?")]
    [InlineData("What is the point in learning cursive?", "What's the purpose of learning cursive?")]
    [InlineData("Why is my laptop slow after an update?", "Why is my laptop sluggish after an update?")]
    [InlineData("How do I unclog a bathroom faucet?", "How do I unclog a bathroom tap?")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // A frame that changes the task, or another question behind the same frame.
    [InlineData("How does a dishwasher dry the dishes?", "Summarize in 30 words how a dishwasher dries the dishes.")]
    [InlineData("How does a dishwasher dry the dishes?", "Translate into Spanish: how does a dishwasher dry the dishes?")]
    [InlineData("How does a dishwasher dry the dishes?", "Compare how a dishwasher dries the dishes with how a towel does.")]
    [InlineData("How does a dishwasher dry the dishes?", "Explain to a child how a dishwasher dries the dishes.")]
    [InlineData("Why do cats purr?", "I need to know how cats purr.")]
    [InlineData("Why do cats purr?", "I've always wanted to know why dogs purr.")]
    [InlineData("Can a landlord keep a security deposit for cleaning?", "I need to know whether a landlord should keep a security deposit for cleaning.")]
    [InlineData("Wie funktioniert ein Induktionsherd?", "Ich muss wissen, warum ein Induktionsherd funktioniert.")]
    [InlineData("Wie funktioniert ein Induktionsherd?", "Fasse zusammen, wie ein Induktionsherd funktioniert.")]
    [InlineData("¿Cómo funciona una cocina de inducción?", "Necesito saber por qué funciona una cocina de inducción.")]
    [InlineData("¿Cómo funciona una cocina de inducción?", "Resume cómo funciona una cocina de inducción.")]
    [InlineData("Comment fonctionne une plaque à induction ?", "J'ai besoin de savoir pourquoi une plaque à induction fonctionne.")]
    [InlineData("Comment fonctionne une plaque à induction ?", "Traduis en anglais : comment fonctionne une plaque à induction ?")]
    // A lead-in that names a topic is content.
    [InlineData("Who painted the Sistine Chapel ceiling?", "Quick art question: who painted the Sistine Chapel ceiling?")]
    // Another time, code or number.
    [InlineData("Is it bad to eat after 9 p.m.?", "Is it bad to eat after 9 a.m.?")]
    [InlineData("What tires fit a Ford F-150?", "What tires fit a Ford F-250?")]
    [InlineData("What should I pack for a two-week hike?", "What should I pack for a three-week hike?")]
    [InlineData("What should I pack for a two-week hike?", "What should I pack for a week hike?")]
    [InlineData("Should I double-check my tax return?", "Should I check my tax return?")]
    // "multiple" is a quantity like "several", not a number or "many"; "the point of" elsewhere; other words.
    [InlineData("Can I run multiple monitors from one laptop?", "Can I run two monitors from one laptop?")]
    [InlineData("Can I run multiple monitors from one laptop?", "Can I run monitors from one laptop?")]
    [InlineData("Can I run multiple monitors from one laptop?", "Can I run many monitors from one laptop?")]
    [InlineData("What is the boiling point of ethanol?", "What is the purpose of ethanol?")]
    [InlineData("What's the point of view of the narrator?", "What's the purpose of the narrator?")]
    [InlineData("Why is my laptop slow after an update?", "Why is my laptop fast after an update?")]
    [InlineData("How do I unclog a bathroom faucet?", "How do I unclog a bathroom drain?")]
    public void Near_misses_still_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);
}
