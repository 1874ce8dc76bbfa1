using System.Buffers.Binary;
using System.Reflection;
using System.Text;
using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The cache stage remembers work on repeated input (a request's key, a prompt's stripped request). A remembered
/// result must be served only for input equal to the one it was made from: the memos find entries by a 128-bit hash,
/// so these tests plant entries that collide with an input (same hash, length and tag) but were made from other
/// input, and check that they are not served, then plant honest ones and check that they are (the memo is consulted).
/// </summary>
public sealed class RememberedCacheWorkTests
{
    private const string KeyPrefix = "test:";

    [Fact]
    public void A_remembered_request_key_is_served_only_for_the_very_fields_it_was_made_from()
    {
        string unique = Guid.NewGuid().ToString("N");
        string requestA = "request A " + unique;
        string requestB = "request B " + unique;
        string honestB = KeyOf(requestB);

        PlantKey(lookedUp: FieldsOf(requestB), madeFrom: FieldsOf(requestA), key: "forged");
        Assert.Equal(honestB, KeyOf(requestB));

        PlantKey(lookedUp: FieldsOf(requestB), madeFrom: FieldsOf(requestB), key: "remembered");
        Assert.Equal("remembered", KeyOf(requestB));
    }

    [Fact]
    public void A_repeated_request_gets_the_key_its_first_sighting_got()
    {
        string request = "a question asked three times " + Guid.NewGuid().ToString("N");
        string first = KeyOf(request);

        // Seen once (marked), seen again (remembered with its fields), then served from the memo.
        Assert.Equal(first, KeyOf(request));
        Assert.Equal(first, KeyOf(request));
        Assert.NotEqual(first, KeyOf(request + "."));
    }

    [Fact]
    public void A_remembered_request_is_served_only_for_the_very_prompt_it_was_stripped_from()
    {
        string unique = Guid.NewGuid().ToString("N");
        string prompt = "Please explain the ledger " + unique;
        string other = "Please explain the budget " + unique;

        PlantStripped(prompt, madeFrom: other, request: "forged");
        Assert.Equal("explain the ledger " + unique, PromptFraming.NormalizeAndStrip(prompt));

        PlantStripped(prompt, madeFrom: new string(prompt.AsSpan()), request: "remembered");
        Assert.Equal("remembered", PromptFraming.NormalizeAndStrip(prompt));
    }

    [Theory]
    [InlineData("Tell me the time por please favor", "Tell me the time")]
    [InlineData("Tell me the time s'il vous please plaît", "Tell me the time")]
    [InlineData("What is the rate, thank please you", "What is the rate, thank you")]
    public void A_courtesy_that_a_removal_joins_together_is_removed_when_it_comes_later_in_the_list(string prompt, string expected)
    {
        // "please" is removed before "por favor" and "s'il vous plaît" are looked for (so they are removed once
        // joined), and after "thank you" was (so it stays): what the one-at-a-time removal in list order leaves.
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));
    }

    [Theory]
    [InlineData(" a\u00A0\u2003b \n\n c\t", "a b c")]
    [InlineData("one  two", "one two")]
    [InlineData("\r\nalone\r\n", "alone")]
    [InlineData("already collapsed", "already collapsed")]
    public void Collapsing_trims_and_turns_each_white_space_run_into_one_space(string text, string expected) =>
        Assert.Equal(expected, CacheKeys.NormalizeText(text));

    private static string KeyOf(string field)
    {
        using var hash = new KeyHash();
        hash.Add(field);
        return hash.Finish(KeyPrefix)!;
    }

    // KeyHash.Add(string): the UTF-8 byte count (64-bit little-endian), then the UTF-8 bytes.
    private static byte[] FieldsOf(string field)
    {
        byte[] text = Encoding.UTF8.GetBytes(field);
        byte[] fields = new byte[sizeof(long) + text.Length];
        BinaryPrimitives.WriteInt64LittleEndian(fields, text.Length);
        text.CopyTo(fields, sizeof(long));
        return fields;
    }

    private static void PlantKey(byte[] lookedUp, byte[] madeFrom, string key)
    {
        object memo = typeof(KeyHash).GetField("RememberedKeys", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Type entryType = typeof(KeyHash).GetNestedType("RememberedKey", BindingFlags.NonPublic)!;
        Plant(memo, TextDigests.HashBytes(lookedUp), lookedUp.Length, KeyPrefix, Activator.CreateInstance(entryType, madeFrom, key, null)!);
    }

    private static void PlantStripped(string lookedUp, string madeFrom, string request)
    {
        object memo = typeof(PromptFraming).GetField("Remembered", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Type entryType = typeof(PromptFraming).GetNestedType("Stripped", BindingFlags.NonPublic)!;
        Plant(memo, TextDigests.Hash(lookedUp.AsSpan()), lookedUp.Length, (byte)0, Activator.CreateInstance(entryType, madeFrom, request)!);
    }

    private static void Plant(object memo, UInt128 hash, int length, object tag, object entry) =>
        memo.GetType().GetMethod("Set")!.Invoke(memo, [hash, length, tag, entry]);
}
