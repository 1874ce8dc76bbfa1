using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Eighteenth round: social framing the cache now drops (a sign-off signed with a name, "best wishes", a greeting to a
/// support team, "hopefully this is an easy one:", "quick q —"), a phrase fronted before a listing request, a noun
/// before "steps" that belongs to a fronted phrase, and a role stated with "as" that the other prompt gives to the
/// other person. Each with a near miss that must stay as it was. Written from those descriptions, not taken from any
/// evaluation set.
/// </summary>
public sealed class CacheGuardEighteenthRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    private static string Semantic(string prompt) => PromptFraming.CanonicalQuestion(PromptFraming.NormalizeAndStrip(prompt));

    [Theory]
    [InlineData("How do I rotate an API key? Kind regards, Tomasz", "How do I rotate an API key?")]
    [InlineData("How do I rotate an API key? Thanks, Ana Ruiz", "How do I rotate an API key?")]
    [InlineData("How do I rotate an API key? Best wishes.", "How do I rotate an API key?")]
    [InlineData("Hello support team, how do I rotate an API key?", "how do I rotate an API key?")]
    [InlineData("Hi, hopefully this is an easy one: how do I rotate an API key?", "how do I rotate an API key?")]
    [InlineData("quick q — how do I rotate an API key? ty", "how do I rotate an API key?")]
    public void Social_framing_and_a_signed_name_are_dropped(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));

    [Theory]
    // Text to translate, a last sentence that asks, an acronym after the comma, an easy task, a team asked about.
    [InlineData("Translate into Spanish: Thanks, Maria", "Maria")]
    [InlineData("How do I rotate an API key? Thanks, and what about the AWS CLI", "AWS")]
    [InlineData("How do I rotate a key? Thanks, AWS", "AWS")]
    [InlineData("Hi, is there an easy way to rotate an API key?", "easy")]
    [InlineData("Which support team handles refunds?", "support team")]
    public void Requests_that_only_look_like_framing_keep_their_words(string prompt, string kept) =>
        Assert.Contains(kept, PromptFraming.NormalizeAndStrip(prompt), StringComparison.Ordinal);

    [Fact]
    public void A_sign_off_name_does_not_stop_a_hit_but_a_name_in_the_request_does()
    {
        Assert.True(Guard.IsSafeHit(Semantic("How do I export my contacts?"), Semantic("How do I export my contacts? Cheers, Priya"), out string? reason), reason);
        Assert.False(Guard.IsSafeHit(Semantic("Write a short note to thank my colleague."), Semantic("Write a short note to thank my colleague Priya."), out _));
    }

    [Theory]
    [InlineData("List the documents I need to rent a flat, including the deposit and the contract.", "Including the contract and the deposit, list the documents I need to rent a flat.")]
    [InlineData("For a beginner, list the tools to build a bookshelf.", "List the tools to build a bookshelf for a beginner.")]
    public void A_phrase_fronted_before_a_listing_request_is_read_after_it(string cached, string asked) =>
        Assert.True(Guard.IsSafeHit(Semantic(cached), Semantic(asked), out string? reason), reason);

    [Theory]
    [InlineData("For a beginner, list the tools to build a bookshelf.", "List the tools to build a bookshelf for an expert.")]
    [InlineData("Including the deposit, list the documents I need to rent a flat.", "List the documents I need to rent a flat, excluding the deposit.")]
    public void A_fronted_phrase_that_says_something_else_still_misses(string cached, string asked) =>
        Assert.False(Guard.IsSafeHit(Semantic(cached), Semantic(asked), out _));

    [Fact]
    public void A_noun_in_a_fronted_phrase_does_not_make_the_steps_a_method()
    {
        // "steps" after "the" names the steps; only "X installation steps" asks how to do X.
        Assert.DoesNotContain("how do I", PromptFraming.CanonicalQuestion("Including the registration fee, list the steps to open a company."), StringComparison.Ordinal);
        Assert.StartsWith("how do I", PromptFraming.CanonicalQuestion("Docker installation steps on Ubuntu"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What should I, as the landlord, tell the tenant?", "What should I, as the tenant, tell the landlord?")]
    [InlineData("As the team lead, what feedback should I give a new engineer?", "As a new engineer, what feedback should I give the team lead?")]
    [InlineData("How should I, as a seller, negotiate with the buyer?", "How should I, as the buyer, negotiate with a seller?")]
    public void A_stated_role_given_to_the_other_person_is_a_different_request(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }

    [Theory]
    [InlineData("As a beginner, which camera should I buy?", "Which camera should I buy as a beginner?")]
    [InlineData("What should I wear as a guest at a wedding?", "As a wedding guest, what should I wear?")]
    [InlineData("What should I, as the landlord, tell the tenant?", "what should i as the landlord tell the tenant")]
    [InlineData("Which languages such as Python and Go are fast?", "Which languages such as Go and Python are fast?")]
    public void The_same_stated_role_or_an_as_that_is_no_role_still_hits(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(asked, cached, out reason), reason);
    }

    [Theory]
    [InlineData("I want a soup that's spicy and creamy for a dinner party.", "I want a soup for a dinner party that's creamy and spicy.")]
    [InlineData("Suggest a laptop that's light and cheap for a student.", "Suggest a laptop for a student that's cheap and light.")]
    public void Two_terms_joined_as_equals_that_change_order_around_a_moved_phrase_still_hit(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(asked, cached, out reason), reason);
    }

    [Theory]
    [InlineData("Should the manager and the director interview the candidate?", "Should the candidate interview the manager and the director?")]
    [InlineData("Can a dog and a rabbit eat cat food?", "Can a cat and a rabbit eat dog food?")]
    public void Terms_swapped_around_a_verb_still_miss_when_one_is_coordinated(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out _));
        Assert.False(Guard.IsSafeHit(asked, cached, out _));
    }
}
