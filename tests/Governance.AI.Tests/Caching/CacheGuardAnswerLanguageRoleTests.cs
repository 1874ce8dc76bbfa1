namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-second round: the answer language as a family. A language the answer is asked in ("in French", "auf
/// Deutsch", "ins Englische", "en anglais", "the Spanish version", "lang=de", "answer in ES") is kept apart from a
/// language the prompt talks about ("a French chef", "German grammar", "the history of the German language"); written
/// standards of their own (Flemish, Bokmål, Nynorsk) and "C" / "C++" / "C#" are different targets. Each with near
/// misses that name the same language the same way. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardAnswerLanguageRoleTests
{
    [Theory]
    // The same language, once as the topic's attribute, once as the answer's language.
    [InlineData("Write a short profile of a Spanish painter.", "Write a short profile of a painter in Spanish.")]
    [InlineData("Explain the Russian Revolution.", "Explain the Revolution in Russian.")]
    [InlineData("Give me a list of Italian pasta shapes.", "Give me a list of pasta shapes in Italian.")]
    [InlineData("Summarize the Japanese constitution.", "Summarize the constitution in Japanese.")]
    [InlineData("Explain the history of the German language.", "Explain the history of the language in German.")]
    // A language added to one prompt only, in any position.
    [InlineData("In Portuguese, explain how solar panels work.", "Explain how solar panels work.")]
    [InlineData("Explain how solar panels work. Output language: Dutch.", "Explain how solar panels work.")]
    // German, Spanish and French forms of the target.
    [InlineData("Übersetze den Satz „Wir sind spät dran“ ins Englische.", "Übersetze den Satz „Wir sind spät dran“ ins Italienische.")]
    [InlineData("Erkläre den Begriff Inflation in englischer Sprache.", "Erkläre den Begriff Inflation in spanischer Sprache.")]
    [InlineData("Explica la inflación en lengua inglesa.", "Explica la inflación en lengua francesa.")]
    [InlineData("Explique l'inflation en langue anglaise.", "Explique l'inflation en langue espagnole.")]
    // Language codes in the answer language's place.
    [InlineData("describe the water cycle step by step with one example, answer in de", "describe the water cycle step by step with one example, answer in es")]
    [InlineData("describe the water cycle step by step with one example, answer in fr", "describe the water cycle step by step with one example")]
    [InlineData("Describe the water cycle, lang=de", "Describe the water cycle, lang=pt")]
    [InlineData("Describe the water cycle. Language: en", "Describe the water cycle. Language: ru")]
    // Written standards and varieties of their own.
    [InlineData("Translate this notice into Nynorsk.", "Translate this notice into Bokmål.")]
    [InlineData("Translate this notice into Flemish.", "Translate this notice into Dutch.")]
    // Programming languages whose names differ by a sign only.
    [InlineData("Port this sorting routine to C.", "Port this sorting routine to C++.")]
    [InlineData("Port this sorting routine to C.", "Port this sorting routine to C#.")]
    [InlineData("Write a tiny parser in F#.", "Write a tiny parser in F.")]
    public void A_different_or_added_answer_language_misses(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    // The same language named the same way, around surface noise and clause order.
    [InlineData("Write a short profile of a painter in Spanish.", "Please write a short profile of a painter in Spanish.")]
    [InlineData("In Portuguese, explain how solar panels work.", "Explain how solar panels work in Portuguese.")]
    [InlineData("Explain how solar panels work. Output language: Dutch.", "Output language: Dutch. Explain how solar panels work.")]
    [InlineData("Übersetze den Satz „Wir sind spät dran“ ins Englische.", "Übersetze bitte den Satz „Wir sind spät dran“ ins Englische.")]
    [InlineData("Explica la inflación en lengua inglesa.", "Por favor, explica la inflación en lengua inglesa.")]
    [InlineData("describe the water cycle step by step with one example, answer in de", "Describe the water cycle step by step with one example. Answer in DE.")]
    [InlineData("What's the Italian word for \"spoon\"?", "What is the Italian word for \"spoon\"?")]
    // A language as the topic, named the same way.
    [InlineData("Explain the history of the German language.", "Explain the history of the German language, please.")]
    [InlineData("Why is English spelling so irregular?", "why is english spelling so irregular")]
    [InlineData("What are common mistakes in Spanish grammar?", "What are common mistakes in Spanish grammar")]
    [InlineData("Is Swedish similar to Norwegian?", "is swedish similar to norwegian")]
    [InlineData("Port this sorting routine to C++.", "Please port this sorting routine to C++.")]
    [InlineData("Write a tiny parser in F#.", "write a tiny parser in F#")]
    public void The_same_answer_language_named_the_same_way_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);
}
