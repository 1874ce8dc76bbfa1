using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

public sealed class PromptFramingTests
{
    [Theory]
    [InlineData("Hey, could you please   summarize this report? Thanks!", "summarize this report? !")]
    [InlineData("Hi,\n\nplease  list the   planets", "list the planets")]
    [InlineData("Cafe\u0301 please", "Café")]
    [InlineData("  Thanks  ", "Thanks")]
    [InlineData("  What is\tthe capital of France?  ", "What is the capital of France?")]
    [InlineData("I was just curious, why is the sky blue?", "why is the sky blue?")]
    [InlineData("Do you know when the Berlin Wall fell?", "when the Berlin Wall fell?")]
    [InlineData("Would you mind explaining what a mortgage is?", "explaining what a mortgage is?")]
    [InlineData("Excuse me, how do I get to the station?", "how do I get to the station?")]
    public void NormalizeAndStrip_NormalizesThenRemovesFraming(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));

    [Fact]
    public void NormalizeAndStrip_ReturnsTheTextItself_WhenAlreadyNormalizedAndUnframed()
    {
        const string prompt = "What is the capital of France?";
        Assert.Same(prompt, PromptFraming.NormalizeAndStrip(prompt));
    }
}
