using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-eighth round: a question asked with an infinitive ("when to X", "which Y to X", "whether to X") is the question
/// with "should I"; a lead-in that announces asking ("I just wanted to ask,") and one that asks for the reader's time
/// ("if you have a sec:", "si tienes un momento,") are filler; "lube" / "lubricate", "toxic" / "poisonous", "novice" /
/// "beginner" and "thaw" / "defrost" are one word; a method asked in the passive keeps a "from" phrase ("how is X
/// calculated from Y"). Each with near misses that must keep missing. Written from those descriptions, not taken from
/// any evaluation set.
/// </summary>
public sealed class CacheGuardTwentyEighthRoundTests
{
    [Theory]
    // A question asked with an infinitive asks what the asker should do.
    [InlineData("When to prune an apple tree?", "When should I prune an apple tree?")]
    [InlineData("Tell me which router to buy for a small flat.", "Which router should I buy for a small flat?")]
    [InlineData("Tell me whether to fix my old car or buy a new one.", "Should I fix my old car or buy a new one?")]
    [InlineData("How often to feed a goldfish?", "How often should I feed a goldfish?")]
    [InlineData("What to bring to a job interview?", "What should I bring to a job interview?")]
    [InlineData("Who to contact about a lost passport?", "Who should I contact about a lost passport?")]
    [InlineData("Could you tell me how much to tip a taxi driver in Rome?", "How much should I tip a taxi driver in Rome?")]
    // Lead-ins that announce asking or ask for the reader's time.
    [InlineData("Hi! I just wanted to ask, how do I descale a kettle?", "How do I descale a kettle?")]
    [InlineData("I'd like to ask: what is compound interest?", "What is compound interest?")]
    [InlineData("If you've got a minute, how do I reset a router?", "How do I reset a router?")]
    [InlineData("Quick one, if you have a sec: what is a hedge fund?", "What is a hedge fund?")]
    [InlineData("What is a hedge fund, if you have a moment?", "What is a hedge fund?")]
    [InlineData("Si tienes un minuto, ¿qué es una hipoteca?", "¿Qué es una hipoteca?")]
    [InlineData("Si vous avez un moment, comment détartrer une bouilloire ?", "Comment détartrer une bouilloire ?")]
    [InlineData("Wenn du kurz Zeit hast, wie entkalke ich einen Wasserkocher?", "Wie entkalke ich einen Wasserkocher?")]
    // One word, two spellings of it: a short form, a synonym with the same senses.
    [InlineData("How often should I lube my bike chain?", "How often should I lubricate my bicycle chain?")]
    [InlineData("Is chocolate toxic to cats?", "Is chocolate poisonous to cats?")]
    [InlineData("Which houseplants are toxic to dogs?", "Which houseplants are poisonous to dogs?")]
    [InlineData("What is a good first guitar for a novice?", "What is a good first guitar for a beginner?")]
    [InlineData("How long does it take to thaw a turkey in the fridge?", "How long does it take to defrost a turkey in the fridge?")]
    // A method asked in the passive, with where it starts from.
    [InlineData("How is BMI calculated from height and weight?", "How do you calculate BMI from height and weight?")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // "should" is not "can", a negation or another object is another question.
    [InlineData("Where to buy a used bike?", "Where can I buy a used bike?")]
    [InlineData("How often to feed a goldfish?", "How often can I feed a goldfish?")]
    [InlineData("What to bring to a job interview?", "What not to bring to a job interview?")]
    [InlineData("Which router to buy for a small flat?", "Which router to buy for a large house?")]
    [InlineData("When to prune an apple tree?", "When should I prune a pear tree?")]
    [InlineData("How long to boil an egg?", "How long should I boil a duck egg?")]
    // Time asked for as content, another object after the lead-in.
    [InlineData("If you have a second child, how much parental leave do I get?", "How much parental leave do I get?")]
    [InlineData("I just wanted to ask, how do I descale a kettle?", "How do I descale a coffee machine?")]
    [InlineData("If you've got a minute, how do I reset a router?", "How do I reset a modem?")]
    [InlineData("Si tienes un minuto, ¿qué es una hipoteca?", "¿Qué es un préstamo?")]
    // Another animal, another hazard, a word outside the group.
    [InlineData("Is chocolate toxic to cats?", "Is chocolate toxic to dogs?")]
    [InlineData("Is this spider venomous?", "Is this spider poisonous?")]
    [InlineData("Is lead paint toxic?", "Is lead paint flammable?")]
    [InlineData("How often should I lube my bike chain?", "How often should I clean my bike chain?")]
    [InlineData("What is a good first guitar for a novice?", "What is a good first guitar for an expert?")]
    [InlineData("How do I defrost a freezer?", "How do I clean a freezer?")]
    [InlineData("How long does it take to thaw a turkey in the fridge?", "How long does it take to cook a turkey in the oven?")]
    // The quantities exchanged, another input.
    [InlineData("How is BMI calculated from height and weight?", "How do you calculate height from BMI and weight?")]
    [InlineData("How is BMI calculated from height and weight?", "How do I calculate BMI from height and age?")]
    public void Different_request_misses(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Fact]
    public void Infinitive_questions_read_as_should_and_lead_ins_are_dropped()
    {
        Assert.Equal("when should I plant tulips?", GuardPairAssert.Semantic("when to plant tulips?"));
        Assert.Equal("should I refinance now?", GuardPairAssert.Semantic("whether to refinance now?"));
        // A determiner after "to" is no verb: "how long to the airport" stays as written.
        Assert.Equal("How long to the airport?", GuardPairAssert.Semantic("How long to the airport?"));
        Assert.Equal("how do I descale a kettle?", PromptFraming.NormalizeAndStrip("I just wanted to ask, how do I descale a kettle?"));
        Assert.Equal("what is a hedge fund?", PromptFraming.NormalizeAndStrip("If you have a sec: what is a hedge fund?"));
        // "if you have a second child" is no lead-in: only the phrase set off by a comma or a colon is.
        Assert.Equal("If you have a second child, how much leave do I get?", PromptFraming.NormalizeAndStrip("If you have a second child, how much leave do I get?"));
    }
}
