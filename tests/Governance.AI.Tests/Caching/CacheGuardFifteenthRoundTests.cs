using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Fifteenth round: properties that must stop a hit whatever the words (the same verb active in one prompt and passive
/// in the other with other roles; a function word written as an acronym, "the US", read as a name), and surface noise
/// that must not. The examples are written from general descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardFifteenthRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("What happens to staff when their employer acquires a rival employer?", "What happens to staff when their employer is acquired by a rival employer?")]
    [InlineData("Why did a startup I follow acquire a bigger startup?", "Why was a startup I follow acquired by a bigger startup?")]
    [InlineData("Is it cheaper to phone Brazil from the US?", "Is it cheaper to phone the US from Brazil?")]
    [InlineData("How do I ship a parcel to the US from Japan?", "How do I ship a parcel to Japan from the US?")]
    public void Other_roles_are_different_questions(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out string? reason));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
        Assert.NotNull(reason);
    }

    [Theory]
    [InlineData("In Oslo at noon, what time is it in Lima?", "In Lima at noon, what time is it in Oslo?")]
    [InlineData("When it is noon in Rome, what time is it in Denver?", "When it is noon in Denver, what time is it in Rome?")]
    [InlineData("Kann ich in Spanien im Sommer mit Euro zahlen?", "Kann ich in Spanien im Sommer mit Pfund zahlen?")]
    [InlineData("Wie kaufe ich Aktien?", "Wie verkaufe ich Aktien?")]
    [InlineData("¿Cómo comprar acciones?", "¿Cómo vender acciones?")]
    [InlineData("Comment importer des contacts ?", "Comment exporter des contacts ?")]
    [InlineData("¿Cómo comprar un seguro?", "¿Cómo comparar un seguro?")]
    [InlineData("How many calories are in exactly 5 eggs?", "How many calories are in 5 eggs?")]
    public void Names_traded_between_clauses_and_other_directions_are_different_questions(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("Was kann ich gegen Husten ohne Medikamente tun?", "Was kann ich ohne Medikamente gegen Husten tun?")]
    [InlineData("Welche Schuhe brauche ich im Herbst in Norwegen?", "Welche Schuhe brauche ich in Norwegen im Herbst?")]
    [InlineData("What is a hedge fund?", "What is a hedge fund, exactly?")]
    [InlineData("How do I configure Kubernetes on Debian?", "How do I configure Kuberentes on Debian?")]
    [InlineData("¿Qué requisitos necesito para el visado?", "¿Qué requsiitos necesito para el visado?")]
    [InlineData("Comment fonctionne une batterie ?", "Comment fonctione une batterie ?")]
    [InlineData("How do I deploy Grafana on Ubuntu?", "How do I deploy Garfana on Ubuntu?")]
    public void Phrases_moved_whole_emphasis_and_common_typos_are_one_question(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);
    }

    [Theory]
    [InlineData("How's a crocodile different from an alligator?", "what is the difference between a crocodile and an alligator")]
    // Session 21: the moved preposition keeps no capital of its own, and a clause of condition is read after the question.
    [InlineData("For a beginner, what is the best way to learn chess?", "how do I learn chess, for a beginner?")]
    [InlineData("Explain, for a teenager, how vaccines work.", "how vaccines work, for a teenager.")]
    [InlineData("If it rains, what should I wear?", "what should I wear if it rains?")]
    [InlineData("telling me how to bake bread", "how do I bake bread")]
    public void Fronted_phrases_asides_and_clitics_are_read_in_the_question_frame(string request, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(request));

    [Theory]
    [InlineData("Write a short thank you card for my aunt", "Write a short thank you card for my aunt")]
    [InlineData("How do I fix a flat tire? Thank you", "how do I fix a flat tire?")]
    [InlineData("Thanks for the help, how do I fix a flat tire?", "how do I fix a flat tire?")]
    [InlineData("If you don't mind me asking, what is a bond?", "what is a bond?")]
    [InlineData("Est-ce que vous pourriez me dire comment cuire du riz ?", "comment cuire du riz ?")]
    [InlineData("Ich hätte eine kleine Frage: Wie alt ist der Kölner Dom?", "Wie alt ist der Kölner Dom?")]
    public void Courtesy_is_removed_but_a_thank_you_note_stays(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(PromptFraming.NormalizeAndStrip(prompt)));

    [Theory]
    [InlineData("Cuánto cuesta un billete de tren", true)]
    [InlineData("How do I make a café latte?", false)]
    public void A_letter_with_a_diacritic_and_one_function_word_mark_another_language(string text, bool foreign) =>
        Assert.Equal(foreign, PromptDifferenceGuard.IsInAnotherLanguage(text));

    [Theory]
    [InlineData("When did Oracle acquire Sun?", "When was Sun acquired by Oracle?")]
    [InlineData("Did William Shakespeare write Macbeth?", "Was Macbeth written by William Shakespeare?")]
    [InlineData("Is it cheaper to phone Brazil from the US?", "is it cheaper to phone brazil from the us?")]
    [InlineData("What jobs are there in IT for graduates?", "What jobs are there in IT for graduates")]
    public void The_same_roles_are_one_question(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(asked, cached, out reason), reason);
    }
}
