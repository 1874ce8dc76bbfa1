using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Sixteenth round: a request's direction flipped while the words stay almost the same, enumerated by construction in
/// en/de/fr/es (swapped endpoints around to / from / into / than / over / instead of, opposite verbs, active and passive,
/// arrows, "X in Y", the role a question word asks about, subject and predicate of "to be"), each with counterparts that
/// differ only in surface noise. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardSixteenthRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("Convert Celsius to Fahrenheit", "Convert Fahrenheit to Celsius")]
    [InlineData("Translate 'good night' from French into German", "Translate 'good night' from German into French")]
    [InlineData("Cheapest flights from Paris to Rome in May", "Cheapest flights from Rome to Paris in May")]
    [InlineData("Is a cheetah faster than a lion?", "Is a lion faster than a cheetah?")]
    [InlineData("How do I migrate from MySQL to PostgreSQL?", "How do I migrate PostgreSQL to MySQL?")]
    [InlineData("USD → EUR rate today", "EUR → USD rate today")]
    [InlineData("How many cups are in a liter?", "How many liters are in a cup?")]
    [InlineData("How do I encrypt a file with GPG?", "How do I decrypt a file with GPG?")]
    [InlineData("Sort a list in ascending order in Python", "Sort a list in descending order in Python")]
    [InlineData("Did Rome conquer Carthage?", "Was Rome conquered by Carthage?")]
    [InlineData("Flights to Madrid this weekend", "Flights from Madrid this weekend")]
    [InlineData("Subtract 3 from 10", "Subtract 10 from 3")]
    [InlineData("Can I replace butter with oil in brownies?", "Can I replace oil with butter in brownies?")]
    [InlineData("Should I use tabs instead of spaces?", "Should I use spaces instead of tabs?")]
    [InlineData("Wie rechne ich Meilen in Kilometer um?", "Wie rechne ich Kilometer in Meilen um?")]
    [InlineData("Comment convertir des euros en dollars ?", "Comment convertir des dollars en euros ?")]
    [InlineData("¿Cuánto dura el vuelo de Madrid a Lima?", "¿Cuánto dura el vuelo de Lima a Madrid?")]
    [InlineData("Peut-on remplacer le beurre par de l'huile ?", "Peut-on remplacer l'huile par du beurre ?")]
    public void Swapped_endpoints_and_opposite_verbs_are_different_requests(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("Who did Spain beat in the 2010 final?", "Who beat Spain in the 2010 final?")]
    [InlineData("Who taught Aristotle?", "Who did Aristotle teach?")]
    [InlineData("Who succeeded Obama as president?", "Who did Obama succeed as president?")]
    [InlineData("Which team did Brazil knock out?", "Which team knocked out Brazil?")]
    [InlineData("What did the snake eat?", "What ate the snake?")]
    [InlineData("What can a python eat?", "What can eat a python?")]
    [InlineData("Who is Anna dating?", "Who is dating Anna?")]
    [InlineData("Wen hat Spanien im Finale besiegt?", "Wer hat Spanien im Finale besiegt?")]
    [InlineData("¿Quién venció a España en la final?", "¿A quién venció España en la final?")]
    [InlineData("Qui a battu l'Espagne en finale ?", "Qui l'Espagne a-t-elle battu en finale ?")]
    public void The_question_word_asking_for_another_role_is_a_different_question(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("Is a tomato a fruit?", "Is a fruit a tomato?")]
    [InlineData("Are all squares rectangles?", "Are all rectangles squares?")]
    [InlineData("Is every dolphin a mammal?", "Is every mammal a dolphin?")]
    [InlineData("What percentage of the ocean is salt?", "What percentage of salt is the ocean?")]
    [InlineData("¿Es el tomate una fruta?", "¿Es la fruta un tomate?")]
    [InlineData("Combien de cuillères à café dans une cuillère à soupe ?", "Combien de cuillères à soupe dans une cuillère à café ?")]
    public void Subject_and_predicate_of_to_be_swapped_are_a_different_question(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("Who did Spain beat in the 2010 final?", "who did spain beat in the 2010 final")]
    [InlineData("Who beat Spain in the 2010 final?", "Who beat Spain in the 2010 final, by the way?")]
    [InlineData("What did Shakespeare write?", "What was written by Shakespeare?")]
    [InlineData("What kind of dog should I get?", "What dog should I get?")]
    [InlineData("Which team won the 2010 World Cup?", "which team won the 2010 world cup??")]
    [InlineData("Wer hat das Telefon erfunden?", "wer hat das Telefon erfunden")]
    [InlineData("Who will win the election?", "Who's going to win the election?")]
    [InlineData("What can a dog eat?", "What can a dog eat??")]
    [InlineData("Qui a inventé le téléphone ?", "qui a inventé le téléphone")]
    [InlineData("Is a tomato a fruit?", "is a tomato a fruit")]
    [InlineData("Is a tomato a fruit or a vegetable?", "Is a tomato a vegetable or a fruit?")]
    [InlineData("Which is bigger, Canada or Russia?", "Which is bigger, Russia or Canada?")]
    [InlineData("Cheapest flights from Paris to Rome in May", "Cheapest flights to Rome from Paris in May")]
    [InlineData("USD → EUR rate today", "USD to EUR rate today")]
    [InlineData("Did Rome conquer Carthage?", "Was Carthage conquered by Rome?")]
    [InlineData("How do I get to the airport from downtown?", "How do I get from downtown to the airport?")]
    [InlineData("What is the difference between a crocodile and an alligator?", "What is the difference between an alligator and a crocodile?")]
    [InlineData("What are the differences between baking soda and baking powder?", "What are the differences between baking powder and baking soda?")]
    public void The_same_direction_with_surface_noise_is_one_request(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(asked, cached, out reason), reason);
    }

    [Theory]
    [InlineData("ok one more thing: what is the formula for the area of a circle?", "what is the formula for the area of a circle?")]
    [InlineData("One last thing, how do I renew a passport?", "how do I renew a passport?")]
    public void A_lead_in_that_only_announces_another_question_is_removed(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(PromptFraming.NormalizeAndStrip(prompt)), ignoreCase: true);
}
