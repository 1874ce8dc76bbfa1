using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Rewordings of one question (issue #17 item 3, sixth round): question frames that ask for the same kind of answer
/// are read as one canonical frame, a nominalization as its verb and an owner's thing as "the thing of the owner",
/// while a question word that asks for another kind of answer (how / why / when / what / who / where) rejects the hit.
/// Most accepted pairs here were rejected by the guard before this round (the "which" and "won't" pairs keep the new
/// question-kind rule from reading them as other kinds), and the first two <c>guard_question</c> pairs were served from
/// cache (the false hits of cache-dev6.jsonl).
/// </summary>
public sealed class QuestionFrameTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("What steps do I follow to set up a Python virtual environment?", "how do I set up a Python virtual environment?")]
    [InlineData("Tell me how to bake sourdough bread", "how do I bake sourdough bread")]
    [InlineData("What can I do to improve my credit score?", "how do I improve my credit score?")]
    [InlineData("What's the way to reset my router?", "how do I reset my router?")]
    [InlineData("Is there a way to recover deleted files?", "how do I recover deleted files?")]
    [InlineData("I'd like to understand how blockchain works", "how does blockchain work?")]
    [InlineData("Docker installation steps on Ubuntu", "how do I Docker installation on Ubuntu")]
    [InlineData("Count my steps", "Count my steps")]
    [InlineData("Define machine learning", "what is machine learning")]
    [InlineData("What does serendipity mean?", "what is the meaning of serendipity")]
    [InlineData("What is the meaning of life?", "What is the meaning of life?")]
    [InlineData("List the symptoms of diabetes.", "what are the symptoms of diabetes.")]
    [InlineData("What's the reason the sky is blue?", "why the sky is blue?")]
    [InlineData("What causes inflation?", "why does inflation?")]
    [InlineData("Why does inflation happen?", "why does inflation")]
    [InlineData("How does TCP differ from UDP?", "what is the difference between TCP and UDP")]
    [InlineData("How tall is Mount Everest?", "what is the height of Mount Everest")]
    [InlineData("Portugal's capital is what?", "what is the capital of Portugal")]
    [InlineData("What's Hamlet's plot?", "What's the plot of Hamlet?")]
    [InlineData("Pride and Prejudice was written by whom?", "who written Pride and Prejudice")]
    [InlineData("How do you say 'good morning' in Italian?", "translate 'good morning' into Italian")]
    [InlineData("Wie heißt die Hauptstadt von Kanada?", "was ist die Hauptstadt von Kanada?")]
    [InlineData("¿Cuál es la razón por la que el cielo es azul?", "por qué el cielo es azul?")]
    [InlineData("Pour quelle raison le ciel est-il bleu ?", "pourquoi le ciel est-il bleu ?")]
    public void A_question_frame_is_rewritten_to_its_canonical_frame(string request, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(request));

    [Fact]
    public void A_request_without_a_frame_is_returned_as_itself()
    {
        string request = "Why is the sky blue?";
        Assert.Same(request, PromptFraming.CanonicalQuestion(request));
    }

    [Theory]
    [InlineData("How do I set up a Python virtual environment?", "What steps do I follow to set up a Python virtual environment?")]
    [InlineData("Walk me through changing a bike tire", "How do I change a bike tire?")]
    [InlineData("What is the capital of Canada?", "Name the capital of Canada.")]
    [InlineData("What is the height of Mount Everest?", "How tall is Mount Everest?")]
    [InlineData("Name the planets of the solar system", "What are the planets of the solar system?")]
    [InlineData("Why is the sky blue?", "What's the reason the sky is blue?")]
    [InlineData("What causes inflation?", "Why does inflation happen?")]
    [InlineData("What is the difference between TCP and UDP?", "How does TCP differ from UDP?")]
    [InlineData("How do I install Docker on Ubuntu?", "Docker installation steps on Ubuntu")]
    [InlineData("How do I delete a GitHub repository?", "What are the steps for GitHub repository deletion?")]
    [InlineData("How do I renew a passport?", "What is the passport renewal process?")]
    [InlineData("What is Tokyo's population?", "What is the population of Tokyo?")]
    [InlineData("Who wrote Pride and Prejudice?", "Pride and Prejudice was written by whom?")]
    [InlineData("What is the largest ocean on Earth?", "Which is the largest ocean on Earth?")]
    [InlineData("What should I do if my cat won't eat?", "What should I do if my cat will not eat?")]
    [InlineData("How can I decrease my screen time?", "How can I reduce my screen time?")]
    [InlineData("How do I assemble an IKEA bed?", "How do I put together an IKEA bed?")]
    [InlineData("How do I enable dark mode?", "How do I activate dark mode?")]
    [InlineData("What is a VPN?", "What exactly is a VPN?")]
    [InlineData("¿Cuáles son las ventajas del teletrabajo?", "¿Cuáles son los beneficios del teletrabajo?")]
    [InlineData("Comment installer Python sous Windows ?", "Comment est-ce que j'installe Python sous Windows ?")]
    // "how's X" asks what X is like (the quickstart's paraphrase; the question-kind rule had read it as a how-to).
    [InlineData("What's the weather like in Paris?", "How's the weather in Paris today?")]
    [InlineData("What is the traffic like on the A7?", "How is the traffic on the A7?")]
    public void Accepts_a_rewording_of_the_same_question(string cached, string prompt) =>
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    [InlineData("installation", "install")]
    [InlineData("configuration", "configure")]
    [InlineData("registration", "register")]
    [InlineData("deletion", "delete")]
    [InlineData("subscriptions", "subscribe")]
    [InlineData("renewal", "renew")]
    [InlineData("decision", "decide")]
    [InlineData("management", "manage")]
    public void A_nominalization_names_its_verb(string noun, string verb) =>
        Assert.Contains(verb, GuardLexicon.NominalBases(noun));

    [Theory]
    [InlineData("presentation")]
    [InlineData("department")]
    [InlineData("station")]
    [InlineData("nation")]
    [InlineData("payment")]
    [InlineData("capital")]
    public void A_word_whose_base_is_another_word_names_no_verb(string noun) =>
        Assert.Empty(GuardLexicon.NominalBases(noun));

    [Theory]
    [InlineData("How do vaccines work?", "Why do vaccines work?", SemanticCacheReasons.GuardQuestion)]
    [InlineData("When was the Eiffel Tower built?", "Why was the Eiffel Tower built?", SemanticCacheReasons.GuardQuestion)]
    // German "wo" (where) was read as the English "wo" of "won't", a future: guard_tense.
    [InlineData("Wann ist das Konzert?", "Wo ist das Konzert?", SemanticCacheReasons.GuardQuestion)]
    [InlineData("¿Cómo funciona el motor?", "¿Por qué funciona el motor?", SemanticCacheReasons.GuardQuestion)]
    [InlineData("How do I install Docker on Ubuntu?", "Docker installation steps on Windows", SemanticCacheReasons.GuardEntity)]
    [InlineData("How do I install Docker?", "Docker uninstallation steps", SemanticCacheReasons.GuardContent)]
    [InlineData("What is life?", "What is the meaning of life?", SemanticCacheReasons.GuardContent)]
    [InlineData("Explain photosynthesis", "Explain photosynthesis to a child", SemanticCacheReasons.GuardContent)]
    [InlineData("Is 5 hours of sleep enough?", "Is exactly 5 hours of sleep enough?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("What's the way to convert Celsius to Fahrenheit?", "What's the way to convert Fahrenheit to Celsius?", SemanticCacheReasons.GuardOrder)]
    public void Rejects_a_rewording_that_changes_the_answer(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);
    }
}
