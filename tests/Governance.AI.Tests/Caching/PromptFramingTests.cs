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
    public void NormalizeAndStrip_NormalizesThenRemovesFraming(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));

    [Fact]
    public void NormalizeAndStrip_ReturnsTheTextItself_WhenAlreadyNormalizedAndUnframed()
    {
        const string prompt = "What is the capital of France?";
        Assert.Same(prompt, PromptFraming.NormalizeAndStrip(prompt));
    }
}
