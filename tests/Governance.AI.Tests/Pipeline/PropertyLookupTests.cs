using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

/// <summary>A small property dictionary is scanned instead of hashed: the answers must be the dictionary's own.</summary>
public sealed class PropertyLookupTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(12)]
    public void Lookups_answer_as_the_dictionary_does_ignoring_case(int keys)
    {
        var properties = new AdditionalPropertiesDictionary();
        for (int i = 0; i < keys - 1; i++)
        {
            properties["other." + i] = i;
        }

        var caller = CallerContext.ForTenant("contoso");
        properties["Governance.CALLER"] = caller;

        Assert.True(PropertyLookup.TryGetValue(properties, CallerChatOptionsExtensions.PropertyKey, out object? found));
        Assert.Same(caller, found);
        Assert.False(PropertyLookup.TryGetValue(properties, GovernanceProperties.NoStore, out object? absent));
        Assert.Null(absent);
        Assert.Same(caller, new ChatOptions { AdditionalProperties = properties }.GetCaller());
    }

    [Fact]
    public void A_key_of_the_same_length_but_other_text_is_not_found()
    {
        var properties = new AdditionalPropertiesDictionary { ["governance.callex"] = "x" };

        Assert.False(PropertyLookup.TryGetValue(properties, CallerChatOptionsExtensions.PropertyKey, out _));
        Assert.Throws<ArgumentNullException>(() => PropertyLookup.TryGetValue(properties, null!, out _));
    }
}
