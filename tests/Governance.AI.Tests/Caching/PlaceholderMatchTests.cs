using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// A semantic hit requires the same multiset of redaction placeholders in the stored prompt and the new one, whatever
/// the hit guard says: the stored answer's placeholders are restored to the new caller's values by name.
/// </summary>
public sealed class PlaceholderMatchTests
{
    [Theory]
    [InlineData("who handles refunds", "who handles refunds for <EMAIL_1>")]
    [InlineData("send it to <EMAIL_1>", "send it today")]
    [InlineData("send it to <EMAIL_1>", "send it to <EMAIL_1> and <EMAIL_2>")]
    [InlineData("mail <EMAIL_1> and <EMAIL_1>", "mail <EMAIL_1> and <EMAIL_2>")]
    [InlineData("call <PHONE_NUMBER_1>", "call <EMAIL_1>")]
    public void Prompts_with_different_placeholders_do_not_match(string stored, string current)
    {
        Assert.False(SemanticCachingChatClient.SamePlaceholders(stored, current));
        Assert.False(SemanticCachingChatClient.SamePlaceholders(current, stored));
    }

    [Theory]
    [InlineData("who handles refunds", "who is in charge of refunds")]
    [InlineData("send the receipt to <EMAIL_1>", "mail the receipt to <EMAIL_1>")]
    [InlineData("<EMAIL_2> then <EMAIL_1>", "<EMAIL_1> and <EMAIL_2>")]
    [InlineData("is 3 < 4", "is 3 less than 4")]
    [InlineData("compare <b> tags", "compare <i> tags")]
    public void Prompts_with_the_same_placeholders_match(string stored, string current)
    {
        Assert.True(SemanticCachingChatClient.SamePlaceholders(stored, current));
        Assert.True(SemanticCachingChatClient.SamePlaceholders(current, stored));
    }
}
