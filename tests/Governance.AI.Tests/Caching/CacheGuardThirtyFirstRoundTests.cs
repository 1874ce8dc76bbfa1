using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Issue #17 item 3, thirty-first round (session 28): an owner moved to another thing both prompts name (a false hit
/// of the cross-check set, in sentences of our own), an adjective negated by its prefix ("unable" = "not able"), a lone
/// "it" / "them" exchanged with the noun phrase it stands for, method and possibility frames in de/es/fr, and Spanish
/// irregular first persons. The cases a new rule reads were probed on the code before the round (served there, or missed
/// for the reason the rule removes); the controls passed before and still do.
/// </summary>
public sealed class CacheGuardThirtyFirstRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    // What the semantic tier hands the guard: the request without its framing, in its canonical frame.
    private static bool IsSafeHit(string cached, string prompt, out string? reason) =>
        Guard.IsSafeHit(Semantic(cached), Semantic(prompt), out reason);

    private static string Semantic(string text) => PromptFraming.CanonicalQuestion(PromptFraming.NormalizeAndStrip(text));

    [Theory]
    [InlineData("Does my neighbour's home insurance pay for my damaged car?", "Does my home insurance pay for my neighbour's damaged car?")]
    [InlineData("Can my sister's dog play with my cat?", "Can my dog play with my sister's cat?")]
    [InlineData("Will the company's lawyer read my contract?", "Will my lawyer read the company's contract?")]
    public void Rejects_an_owner_moved_to_another_named_thing(string cached, string prompt)
    {
        Assert.False(IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(SemanticCacheReasons.GuardOrder, reason);
    }

    [Theory]
    [InlineData("Does my neighbour's insurance pay for my damaged car?", "Does the insurance of my neighbour pay for my damaged car?")]
    [InlineData("What is the capital of Peru and the currency of Chile?", "What is Peru's capital and Chile's currency?")]
    public void Accepts_the_same_owner_written_either_way(string cached, string prompt) =>
        Assert.True(IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    [InlineData("Why is my phone unable to find the hotel wifi?", "Why isn't my phone able to find the hotel wifi?")]
    [InlineData("Is it impossible to recover a deleted photo?", "Is it not possible to recover a deleted photo?")]
    [InlineData("¿Por qué mi impresora es incapaz de imprimir en color?", "¿Por qué mi impresora no es capaz de imprimir en color?")]
    [InlineData("Pourquoi mon imprimante est-elle incapable d'imprimer en couleur ?", "Pourquoi mon imprimante n'est-elle pas capable d'imprimer en couleur ?")]
    [InlineData("Warum ist es unmöglich, die Datei zu speichern?", "Warum ist es nicht möglich, die Datei zu speichern?")]
    public void Accepts_a_prefix_negation_as_the_negation(string cached, string prompt) =>
        Assert.True(IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    [InlineData("Why is my phone unable to find the hotel wifi?", "Why is my phone able to find the hotel wifi?")]
    [InlineData("Is it impossible to recover a deleted photo?", "Is it possible to recover a deleted photo?")]
    [InlineData("¿Por qué mi impresora es incapaz de imprimir en color?", "¿Por qué mi impresora es capaz de imprimir en color?")]
    [InlineData("Warum ist es unmöglich, die Datei zu speichern?", "Warum ist es möglich, die Datei zu speichern?")]
    public void Rejects_a_prefix_negation_against_the_plain_adjective(string cached, string prompt) =>
        Assert.False(IsSafeHit(cached, prompt, out _));

    [Theory]
    [InlineData("Before painting a wooden fence, should I sand it?", "Should I sand a wooden fence before painting it?")]
    [InlineData("After cooking the lentils, should I rinse them?", "Should I rinse the lentils after cooking them?")]
    [InlineData("Before washing a silk blouse, should I turn it inside out?", "Should I turn a silk blouse inside out before washing it?")]
    public void Accepts_a_pronoun_exchanged_with_its_noun_phrase(string cached, string prompt) =>
        Assert.True(IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    // "it" comes first without a moved clause: it names something else ("sell [my old car] before buying a new car").
    [InlineData("Should I sell it before buying a new car?", "Should I sell a new car before buying it?")]
    // Two noun phrases exchanged, no pronoun.
    [InlineData("Before selling my car, should I fix my bike?", "Should I fix my car before selling my bike?")]
    // Another verb as well.
    [InlineData("Before painting a wooden fence, should I sand it?", "Should I wash a wooden fence before painting it?")]
    public void Rejects_what_is_no_pronoun_exchange(string cached, string prompt) =>
        Assert.False(IsSafeHit(cached, prompt, out _));

    [Theory]
    [InlineData("Comment dois-je nettoyer un four ?", "comment nettoyer un four ?")]
    [InlineData("Comment puis-je nettoyer un four ?", "comment nettoyer un four ?")]
    [InlineData("Est-il possible de congeler du riz cuit ?", "peut-on congeler du riz cuit ?")]
    [InlineData("Est-ce que je peux congeler du riz cuit ?", "peut-on congeler du riz cuit ?")]
    [InlineData("¿Cuál es la mejor manera de limpiar un horno?", "¿cómo limpiar un horno?")]
    [InlineData("¿Cómo debo limpiar un horno?", "¿cómo limpiar un horno?")]
    [InlineData("¿Es posible congelar el arroz cocido?", "¿se puede congelar el arroz cocido?")]
    [InlineData("¿Puedo congelar el arroz cocido?", "¿se puede congelar el arroz cocido?")]
    [InlineData("Was ist der beste Weg, einen Ofen zu reinigen?", "wie kann man einen Ofen reinigen?")]
    [InlineData("Wie sollte ich einen Ofen reinigen?", "wie kann man einen Ofen reinigen?")]
    public void Rewrites_method_and_possibility_frames_in_de_es_fr(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(prompt));

    [Theory]
    // The possibility frame needs an infinitive after it: "¿Puedo ir?" is read, "¿Puedo?" alone and a noun are not.
    [InlineData("¿Es posible el viaje en tren?")]
    [InlineData("Quelle est la meilleure façon de garder le pain frais ?")]
    public void Leaves_other_frames_as_written(string prompt) =>
        Assert.Equal(prompt, PromptFraming.CanonicalQuestion(prompt));

    [Theory]
    [InlineData("¿Es posible alquilar un piso sin tener contrato de trabajo?", "¿Puedo alquilar un piso si no tengo contrato de trabajo?")]
    [InlineData("¿Cómo puedo hacer pan sin levadura?", "¿Cómo hago pan sin levadura?")]
    public void Accepts_a_spanish_irregular_first_person_for_its_infinitive(string cached, string prompt) =>
        Assert.True(IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    [InlineData("¿Puedo congelar el arroz cocido?", "¿Es necesario congelar el arroz cocido?")]
    [InlineData("¿Cómo puedo hacer pan sin levadura?", "¿Cómo pongo pan sin levadura?")]
    public void Keeps_other_spanish_requests_apart(string cached, string prompt) =>
        Assert.False(IsSafeHit(cached, prompt, out _));
}
