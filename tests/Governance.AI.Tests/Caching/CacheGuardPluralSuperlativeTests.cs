namespace Governance.AI.Tests.Caching;

/// <summary>
/// A superlative's head noun keeps its number: "the tallest building" asks for one, "the tallest buildings" for a
/// list, although plurals are folded everywhere else. Written from that description, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardPluralSuperlativeTests
{
    [Theory]
    [InlineData("What is the tallest building in Dubai?", "What are the tallest buildings in Dubai?")]
    [InlineData("Recommend the best book for learning SQL.", "Recommend the best books for learning SQL.")]
    [InlineData("Which is the oldest university in Europe?", "Which are the oldest universities in Europe?")]
    [InlineData("What is the worst mistake new landlords make?", "What are the worst mistakes new landlords make?")]
    [InlineData("Name the longest river in Africa.", "Name the longest rivers in Africa.")]
    public void One_or_several_superlatives_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("What are the best hiking trails near Denver?", "what are the best hiking trails near denver")]
    [InlineData("What's the latest news about the Mars mission?", "What is the latest news about the Mars mission?")]
    [InlineData("What is the best interest rate for a savings account?", "whats the best interest rate for a savings account")]
    [InlineData("Which are the cheapest months to fly to Japan?", "Which are the cheapest months to fly to Japan, please?")]
    public void The_same_number_still_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);
}
