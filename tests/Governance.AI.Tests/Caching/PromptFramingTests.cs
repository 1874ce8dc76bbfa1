using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

public sealed class PromptFramingTests
{
    [Theory]
    [InlineData("Hey, could you please   summarize this report? Thanks!", "summarize this report?")]
    [InlineData("Hi,\n\nplease  list the   planets", "list the planets")]
    [InlineData("  Thanks  ", "Thanks")]
    [InlineData("  What is\tthe capital of France?  ", "What is the capital of France?")]
    [InlineData("I was just curious, why is the sky blue?", "why is the sky blue?")]
    [InlineData("Do you know when the Berlin Wall fell?", "when the Berlin Wall fell?")]
    [InlineData("Would you mind explaining what a mortgage is?", "explaining what a mortgage is?")]
    [InlineData("Excuse me, how do I get to the station?", "how do I get to the station?")]
    // Social sentences and clauses go whole, by structure; request frames before the question are stripped.
    [InlineData("Hope you're well. Explain how compound interest works.", "Explain how compound interest works.")]
    [InlineData("Sorry to bother you, but how do I change a flat tire?", "how do I change a flat tire?")]
    [InlineData("How do I unclog a sink? I'd really appreciate it \U0001F64F", "How do I unclog a sink?")]
    [InlineData("Dear assistant, why is the sky blue? Kind regards", "why is the sky blue?")]
    [InlineData("Wie koche ich Reis? Vielen Dank im Voraus.", "Wie koche ich Reis?")]
    [InlineData("Désolé de vous déranger, qu'est-ce qu'un trou noir ?", "qu'est-ce qu'un trou noir ?")]
    [InlineData("Can I ask you something? What is the Pythagorean theorem?", "What is the Pythagorean theorem?")]
    [InlineData("I was just wondering whether you could explain tides.", "explain tides.")]
    [InlineData("Any idea why bread goes stale?", "why bread goes stale?")]
    [InlineData("Hi ChatGPT, does anyone know why cats purr? Have a nice day :)", "why cats purr?")]
    [InlineData("Any help would be greatly appreciated! How do I descale a kettle?", "How do I descale a kettle?")]
    // Added meaning stays: a sentence with a content word is not social, a quotation is left as sent.
    [InlineData("How do I bake bread? For a beginner.", "How do I bake bread? For a beginner.")]
    [InlineData("What should I cook? This evening!", "What should I cook? This evening!")]
    [InlineData("Alright, so basically, explain recursion.", "explain recursion.")]
    [InlineData("What should I cook? Good evening!", "What should I cook?")]
    [InlineData("What's the best pizza in Rome? Is it good?", "What's the best pizza in Rome? Is it good?")]
    [InlineData("Translate \"Hello, thanks\" into Spanish", "Translate \"Hello, \" into Spanish")]
    public void NormalizeAndStrip_NormalizesThenRemovesFraming(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));

    [Fact]
    public void NormalizeAndStrip_ComposesCombiningAccents_WhereTheRuntimeCanNormalize()
    {
        // Without ICU (InvariantGlobalization) .NET cannot compose to NFC: the text stays as typed (Caching README).
        string expected = Governance.AI.Pipeline.UnicodeDecomposition.RuntimeNormalizes ? "Café" : "Cafe\u0301";
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip("Cafe\u0301 please"));
    }

    [Fact]
    public void NormalizeAndStrip_ReturnsTheTextItself_WhenAlreadyNormalizedAndUnframed()
    {
        const string prompt = "What is the capital of France?";
        Assert.Same(prompt, PromptFraming.NormalizeAndStrip(prompt));
    }
}
