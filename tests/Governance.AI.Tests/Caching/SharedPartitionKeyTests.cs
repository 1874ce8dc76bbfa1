using Governance.AI.Caching;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The request key's computation hands out the partition key from the same canonical fields (the partition's fields
/// lead the request's), so a miss does not walk them a second time. The invariant: whenever it gives a partition key,
/// that key is the one <see cref="CacheKeys.Partition"/> computes on its own; it gives none only when the partition's
/// fields hold a large binary part, and then the cache computes it as before.
/// </summary>
public sealed class SharedPartitionKeyTests
{
    public static TheoryData<string> Requests() => ["plain", "embedded", "history", "options", "tools", "large image", "after a large image"];

    [Theory]
    [MemberData(nameof(Requests))]
    public void The_partition_key_given_with_the_request_key_is_the_one_computed_on_its_own(string request)
    {
        PartitionFields fields = FieldsOf(request);

        string? key = CacheKeys.Request(fields, "test:", out string? partition);

        Assert.NotNull(key);
        Assert.Equal(CacheKeys.Request(fields, "test:", out _), key);
        if (request is "large image")
        {
            // A 64 KB image in the system message streams the partition's fields out of the buffer: computed later.
            Assert.Null(partition);
            return;
        }

        Assert.NotNull(partition);
        Assert.Equal(CacheKeys.Partition(fields), partition);
    }

    [Fact]
    public void Requests_that_differ_only_in_the_embedded_message_share_the_partition_key_but_not_the_request_key()
    {
        string? keyA = CacheKeys.Request(FieldsOf("embedded"), "test:", out string? partitionA);
        string? keyB = CacheKeys.Request(FieldsOf("embedded", lastUser: "a different question"), "test:", out string? partitionB);

        Assert.NotEqual(keyA, keyB);
        Assert.NotNull(partitionA);
        Assert.Equal(partitionA, partitionB);
    }

    [Fact]
    public void A_request_without_a_stable_hash_gets_neither_key()
    {
        ChatMessage[] messages = [new(ChatRole.User, [new CustomContent()])];
        var fields = new PartitionFields("t:contoso", CallerContext.ForTenant("contoso"), messages, null, new SemanticCacheOptions(), -1);

        Assert.Null(CacheKeys.Request(fields, "test:", out string? partition));
        Assert.Null(partition);
    }

    private static PartitionFields FieldsOf(string request, string lastUser = "What is our refund policy for damaged parcels?")
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, "You are a support assistant.") };
        ChatOptions? options = null;
        int embedded = -1;
        switch (request)
        {
            case "embedded":
                embedded = 1;
                break;
            case "history":
                messages.Add(new ChatMessage(ChatRole.User, "Hello"));
                messages.Add(new ChatMessage(ChatRole.Assistant, "Hi, how can I help?"));
                embedded = 3;
                break;
            case "options":
                options = new ChatOptions { ModelId = "gpt-4o", Temperature = 0.2f, MaxOutputTokens = 300, Instructions = "Be brief." };
                (options.AdditionalProperties ??= [])["provider_setting"] = "x";
                break;
            case "tools":
                options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => city, "weather", "Gets the weather.")] };
                break;
            case "large image":
                // The system message's image is part of the partition: 64 KB streams the fields out of the buffer.
                messages[0] = new ChatMessage(ChatRole.System, [new TextContent("Describe images."), new DataContent(new byte[64 * 1024], "image/png")]);
                break;
            case "after a large image":
                // A large part after the partition's fields: they were keyed before it streamed the buffer out.
                messages.Add(new ChatMessage(ChatRole.User, [new DataContent(new byte[64 * 1024], "image/png")]));
                break;
        }

        messages.Add(new ChatMessage(ChatRole.User, lastUser));
        return new PartitionFields("t:contoso", CallerContext.ForTenant("contoso"), messages, options, new SemanticCacheOptions(), embedded);
    }

    private sealed class CustomContent : AIContent;
}
