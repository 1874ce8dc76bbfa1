using Governance.AI.Caching;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// A request sent again in the same message instances has its keys recalled by identity (texts compared by
/// reference, the other fields byte for byte) instead of normalizing and hashing its texts again. The invariant: a
/// recalled key is always the key the request's content gives on its own (computed here from copies in new string
/// instances, which identity cannot serve), whatever was changed in place between the calls.
/// </summary>
public sealed class RecalledRequestKeyTests
{
    private const string Prefix = "test:";

    [Fact]
    public void A_request_sent_again_in_the_same_instances_gets_the_keys_its_content_gives()
    {
        List<ChatMessage> messages = Conversation(UniqueText("recall"));
        PartitionFields fields = Fields(messages, new ChatOptions { ModelId = "gpt-4o" });
        (string Key, string Partition) expected = KeysOfCopy(fields);

        // Enough calls for the content to be remembered, the identity entry made and then served.
        for (int call = 0; call < 5; call++)
        {
            Assert.Equal(expected.Key, CacheKeys.Request(fields, Prefix, out string? partition));
            Assert.Equal(expected.Partition, partition);
            Assert.Equal(CacheKeys.Partition(fields), partition);
        }
    }

    [Fact]
    public void A_text_changed_in_place_in_the_same_message_changes_the_key()
    {
        List<ChatMessage> messages = Conversation(UniqueText("changed text"));
        PartitionFields fields = Fields(messages, null);
        string? before = null;
        for (int call = 0; call < 4; call++)
        {
            before = CacheKeys.Request(fields, Prefix, out _);
        }

        // The same message and content instances, a new text: the identity entry must not serve the old key.
        var content = (TextContent)messages[^1].Contents[0];
        content.Text = content.Text + " Please answer in French.";
        string? after = CacheKeys.Request(fields, Prefix, out string? partition);

        Assert.NotEqual(before, after);
        Assert.Equal(KeysOfCopy(fields).Key, after);
        Assert.Equal(CacheKeys.Partition(fields), partition);
    }

    [Fact]
    public void An_option_or_a_system_prompt_changed_in_place_changes_the_keys()
    {
        List<ChatMessage> messages = Conversation(UniqueText("changed option"));
        var options = new ChatOptions { ModelId = "gpt-4o", Temperature = 0.2f };
        PartitionFields fields = Fields(messages, options);
        for (int call = 0; call < 4; call++)
        {
            CacheKeys.Request(fields, Prefix, out _);
        }

        options.Temperature = 0.9f;
        string? afterOption = CacheKeys.Request(fields, Prefix, out string? optionPartition);
        Assert.Equal(KeysOfCopy(fields), (afterOption!, optionPartition!));

        messages[0].Contents[0] = new TextContent("You answer in one sentence.");
        string? afterSystem = CacheKeys.Request(fields, Prefix, out string? systemPartition);
        Assert.Equal(KeysOfCopy(fields), (afterSystem!, systemPartition!));
        Assert.NotEqual(optionPartition, systemPartition);
    }

    [Fact]
    public void The_same_content_in_new_instances_every_call_gets_the_same_keys()
    {
        string text = UniqueText("new instances");
        (string Key, string Partition)? first = null;
        for (int call = 0; call < 6; call++)
        {
            PartitionFields fields = Fields(Conversation(new string(text.AsSpan())), null);
            string? key = CacheKeys.Request(fields, Prefix, out string? partition);
            first ??= (key!, partition!);
            Assert.Equal(first, (key!, partition!));
        }
    }

    [Fact]
    public void A_large_binary_part_after_deferred_texts_keeps_both_keys_equal_to_the_content_path()
    {
        List<ChatMessage> messages = Conversation(UniqueText("binary"));
        messages.Add(new ChatMessage(ChatRole.User, [new DataContent(new byte[64 * 1024], "image/png")]));
        PartitionFields fields = Fields(messages, null);

        for (int call = 0; call < 3; call++)
        {
            string? key = CacheKeys.Request(fields, Prefix, out string? partition);
            Assert.Equal(KeysOfCopy(fields), (key!, partition!));
        }
    }

    [Fact]
    public void A_key_made_after_other_requests_on_the_same_thread_equals_one_made_on_a_fresh_thread()
    {
        // The request key's hash object is kept per thread and reused: whatever the thread's earlier requests left
        // in it (no stable form, a streamed binary part, deferred texts), the next key is the one a new object gives.
        PartitionFields fields = Fields(Conversation(UniqueText("reused hash")), new ChatOptions { ModelId = "gpt-4o", Temperature = 0.3f });
        (string? Key, string? Partition) fresh = OnNewThread(() => (CacheKeys.Request(fields, Prefix, out string? partition), partition));

        List<ChatMessage> unhashable = Conversation(UniqueText("unhashable"));
        unhashable.Add(new ChatMessage(ChatRole.User, [new CustomContent()]));
        Assert.Null(CacheKeys.Request(Fields(unhashable, null), Prefix, out _));
        Assert.Equal(fresh, (CacheKeys.Request(fields, Prefix, out string? afterUnhashable), afterUnhashable));

        List<ChatMessage> binary = Conversation(UniqueText("streamed"));
        binary.Add(new ChatMessage(ChatRole.User, [new DataContent(new byte[64 * 1024], "image/png")]));
        Assert.NotNull(CacheKeys.Request(Fields(binary, null), Prefix, out _));
        Assert.Equal(fresh, (CacheKeys.Request(fields, Prefix, out string? afterBinary), afterBinary));

        Assert.NotNull(CacheKeys.Request(Fields(Conversation(UniqueText("other text")), null), Prefix, out _));
        Assert.Equal(fresh, (CacheKeys.Request(fields, Prefix, out string? afterOther), afterOther));
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    private static string UniqueText(string topic) =>
        $"Question about {topic} {Guid.NewGuid():N}:   what\tis our refund policy for damaged parcels?  ";

    private static List<ChatMessage> Conversation(string lastUser) =>
    [
        new(ChatRole.System, "You are a support assistant."),
        new(ChatRole.User, "Hello"),
        new(ChatRole.Assistant, "Hi, how can I help?"),
        new(ChatRole.User, lastUser),
    ];

    private static PartitionFields Fields(List<ChatMessage> messages, ChatOptions? options) =>
        new("t:contoso", CallerContext.ForTenant("contoso"), messages, options, new SemanticCacheOptions(), messages.Count - 1);

    /// <summary>The keys of the same request rebuilt from copies: new message instances with texts in new string instances.</summary>
    private static (string Key, string Partition) KeysOfCopy(PartitionFields fields)
    {
        var copies = new List<ChatMessage>();
        foreach (ChatMessage message in fields.Messages)
        {
            var contents = new List<AIContent>();
            foreach (AIContent content in message.Contents)
            {
                contents.Add(content is TextContent text ? new TextContent(new string(text.Text.AsSpan())) : content);
            }

            copies.Add(new ChatMessage(message.Role, contents));
        }

        PartitionFields copy = fields with { Messages = copies };
        string key = CacheKeys.Request(copy, Prefix, out string? partition) ?? throw new InvalidOperationException("No key.");
        return (key, partition ?? CacheKeys.Partition(copy)!);
    }

    /// <summary>A content part of the application's own: no stable form, so the request has no key.</summary>
    private sealed class CustomContent : AIContent;
}
