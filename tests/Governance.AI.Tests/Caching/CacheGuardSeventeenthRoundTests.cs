using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Seventeenth round: two terms that exchange their places while every other term stays where it was, in en/de/fr/es —
/// two common nouns across clauses ("when the doctor is late, should the nurse …"), a name of several words exchanged
/// with a one-word name ("3 pm in New York … in Paris"), two terms around a relational word — each with counterparts
/// that differ only in surface noise or move whole phrases. Written from those descriptions, not taken from any
/// evaluation set.
/// </summary>
public sealed class CacheGuardSeventeenthRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("When the doctor is late, should the nurse start the meeting?", "When the nurse is late, should the doctor start the meeting?")]
    [InlineData("If a student misses the exam, can the teacher fail them?", "If a teacher misses the exam, can the student fail them?")]
    [InlineData("When my manager is on leave, who approves my colleague's expenses?", "When my colleague is on leave, who approves my manager's expenses?")]
    [InlineData("If the roommate breaks the lease, does the owner keep the deposit?", "If the owner breaks the lease, does the roommate keep the deposit?")]
    [InlineData("Wenn der Arzt krank ist, darf die Pflegerin die Visite machen?", "Wenn die Pflegerin krank ist, darf der Arzt die Visite machen?")]
    [InlineData("Quand le locataire veut partir, combien de préavis doit-il donner au propriétaire ?", "Quand le propriétaire veut partir, combien de préavis doit-il donner au locataire ?")]
    [InlineData("Cuando el inquilino quiere irse, ¿cuánto aviso debe dar al casero?", "Cuando el casero quiere irse, ¿cuánto aviso debe dar al inquilino?")]
    public void Two_common_nouns_that_trade_places_across_clauses_are_a_different_request(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("If it's 9 am in Los Angeles, what time is it in Berlin?", "If it's 9 am in Berlin, what time is it in Los Angeles?")]
    [InlineData("When it is midnight in Sydney, what time is it in New York City?", "When it is midnight in New York City, what time is it in Sydney?")]
    [InlineData("Did Real Madrid beat Barcelona in the final?", "Did Barcelona beat Real Madrid in the final?")]
    [InlineData("Is Mount Everest taller than Kilimanjaro?", "Is Kilimanjaro taller than Mount Everest?")]
    [InlineData("Wenn es in New York 15 Uhr ist, wie spät ist es in Berlin?", "Wenn es in Berlin 15 Uhr ist, wie spät ist es in New York?")]
    [InlineData("S'il est 15 h à New York, quelle heure est-il à Paris ?", "S'il est 15 h à Paris, quelle heure est-il à New York ?")]
    [InlineData("Si son las 3 de la tarde en Buenos Aires, ¿qué hora es en Madrid?", "Si son las 3 de la tarde en Madrid, ¿qué hora es en Buenos Aires?")]
    public void A_name_of_several_words_that_trades_places_with_another_name_is_a_different_request(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("When the doctor is late, should the nurse start the meeting?", "when the doctor is late should the nurse start the meeting")]
    [InlineData("When the doctor is late, should the nurse start the meeting?", "Should the nurse start the meeting when the doctor is late?")]
    [InlineData("When it is midnight in Sydney, what time is it in New York City?", "What time is it in New York City when it is midnight in Sydney?")]
    [InlineData("If it's 9 am in Los Angeles, what time is it in Berlin?", "if its 9 am in los angeles what time is it in berlin")]
    [InlineData("In Paris, for a week, what should I pack?", "What should I pack for a week in Paris?")]
    [InlineData("Compare New York and Boston for a family trip", "Compare Boston and New York for a family trip")]
    [InlineData("Is Mount Everest taller than Kilimanjaro?", "is mount everest taller than kilimanjaro??")]
    [InlineData("Did General Motors acquire Cruise?", "Was Cruise acquired by General Motors?")]
    [InlineData("Wenn es in New York 15 Uhr ist, wie spät ist es in Berlin?", "Wie spät ist es in Berlin, wenn es in New York 15 Uhr ist?")]
    [InlineData("S'il est 15 h à New York, quelle heure est-il à Paris ?", "Quelle heure est-il à Paris s'il est 15 h à New York ?")]
    [InlineData("Cuando el inquilino quiere irse, ¿cuánto aviso debe dar al casero?", "cuando el inquilino quiere irse, cuanto aviso debe dar al casero")]
    public void The_same_roles_with_surface_noise_or_moved_phrases_are_one_request(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(asked, cached, out reason), reason);
    }
}
