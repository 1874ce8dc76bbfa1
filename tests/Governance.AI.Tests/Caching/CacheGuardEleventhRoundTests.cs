using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Eleventh round: direction read from roles, not from a list of directional words — who does what to whom (the
/// same terms swapped around a verb or another term that stays between them, names swapped side by side, a passive
/// read in active order), arrows, two words one lemma apart ("http" / "https"); and rewordings of a direction that keep
/// it (roles stated alike in either order, a converse comparison, "contains how many", "X is short for what", unit
/// conversions asked as "N X in Y"). The examples are written for the rules, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardEleventhRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("Did Edison sue Tesla?", "Did Tesla sue Edison?")]
    [InlineData("Did Microsoft buy GitHub?", "Did GitHub buy Microsoft?")]
    [InlineData("Why did the Spartans attack the Persians?", "Why did the Persians attack the Spartans?")]
    [InlineData("Does the cat chase the dog in the cartoon?", "Does the dog chase the cat in the cartoon?")]
    [InlineData("What time is it in Paris when it is 8pm in Sydney?", "What time is it in Sydney when it is 8pm in Paris?")]
    [InlineData("Hat Mozart Salieri beeinflusst?", "Hat Salieri Mozart beeinflusst?")]
    [InlineData("¿Venció Roma a Cartago?", "¿Venció Cartago a Roma?")]
    [InlineData("Was GitHub acquired by Microsoft?", "Did GitHub acquire Microsoft?")]
    [InlineData("Trains Oslo → Bergen on Friday?", "Trains Bergen → Oslo on Friday?")]
    [InlineData("Convert JSON -> YAML", "Convert YAML -> JSON")]
    [InlineData("How do I redirect ftp to ftps?", "How do I redirect ftps to ftp?")]
    public void Swapped_roles_are_different_questions(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out string? reason));
        Assert.NotNull(reason);
    }

    [Theory]
    [InlineData("Did Microsoft acquire GitHub?", "Was GitHub acquired by Microsoft?")]
    [InlineData("What is the difference between Python and Java?", "What is the difference between Java and Python?")]
    [InlineData("Trains from Oslo to Bergen on Friday?", "Trains to Bergen from Oslo on Friday?")]
    [InlineData("Buses to Bergen departing Oslo?", "Buses from Oslo to Bergen?")]
    [InlineData("Is a horse heavier than a pony?", "Is a pony lighter than a horse?")]
    [InlineData("How many grams are in a kilogram?", "A kilogram contains how many grams?")]
    [InlineData("What does NASA stand for?", "NASA is short for what?")]
    [InlineData("Convert 12 inches to centimeters", "What is 12 inches in centimeters?")]
    [InlineData("How many pounds is 40 kg?", "40 kg equals how many pounds?")]
    public void The_same_roles_said_another_way_are_one_question(string cached, string asked) =>
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);

    [Theory]
    [InlineData("Is a pony lighter than a horse?", "Is a pony heavier than a horse?")]
    [InlineData("Is a pony lighter than a horse?", "Is a horse lighter than a pony?")]
    [InlineData("How many grams are in a kilogram?", "A gram contains how many kilograms?")]
    [InlineData("Convert 12 inches to centimeters", "What is 12 centimeters in inches?")]
    [InlineData("Trains from Oslo to Bergen on Friday?", "Trains to Oslo from Bergen on Friday?")]
    public void A_rewording_of_the_other_direction_stays_apart(string cached, string asked) =>
        Assert.False(Guard.IsSafeHit(cached, asked, out _));

    [Theory]
    [InlineData("Is a lion slower than a cheetah?", "Is a cheetah faster than a lion")]
    [InlineData("A pound contains how many ounces?", "how many ounces are in A pound")]
    [InlineData("HTTP is short for what?", "what does HTTP stand for")]
    [InlineData("5 miles in kilometers?", "convert 5 miles to kilometers")]
    [InlineData("Is 5 smaller than the answer?", "Is the answer bigger than 5")]
    public void Rewordings_are_read_in_their_canonical_frame(string request, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(request));
}
