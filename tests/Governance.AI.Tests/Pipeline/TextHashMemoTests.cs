namespace Governance.AI.Tests.Pipeline;

public sealed class TextHashMemoTests
{
    private const string Text = "You are a careful assistant. Answer in English and keep answers short.";

    [Fact]
    public void A_value_is_found_only_under_its_own_text_length_and_tag()
    {
        var memo = new TextHashMemo<int, string>(64);
        UInt128 hash = TextDigests.Hash(Text);
        memo.Set(hash, Text.Length, 1, "one");

        Assert.True(memo.TryGet(TextDigests.Hash(Text.AsSpan().ToString()), Text.Length, 1, out string? found));
        Assert.Equal("one", found);
        Assert.False(memo.TryGet(hash, Text.Length, 2, out _));
        Assert.False(memo.TryGet(hash, Text.Length - 1, 1, out _));
        Assert.False(memo.TryGet(TextDigests.Hash(Text + "."), Text.Length + 1, 1, out _));
    }

    [Fact]
    public void A_text_stored_again_reads_its_latest_value()
    {
        // Storing a text again used to fill its set's other way, where the first value, read first, shadowed it.
        var memo = new TextHashMemo<int, string>(64);
        UInt128 hash = TextDigests.Hash(Text);
        memo.Set(hash, Text.Length, 1, "first");
        memo.Set(hash, Text.Length, 1, "second");

        Assert.True(memo.TryGet(hash, Text.Length, 1, out string? found));
        Assert.Equal("second", found);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void A_text_stored_again_with_the_same_value_keeps_its_entry_and_allocates_nothing()
    {
        var memo = new TextHashMemo<int, bool>(64);
        UInt128 hash = TextDigests.Hash(Text);
        memo.Set(hash, Text.Length, 1, true);

        // The first comparison of values makes the comparer: not part of what is measured.
        memo.Set(hash, Text.Length, 1, true);
        long before = GC.GetAllocatedBytesForCurrentThread();
        memo.Set(hash, Text.Length, 1, true);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        memo.Set(hash, Text.Length, 1, false);

        Assert.Equal(0, allocated);
        Assert.True(memo.TryGet(hash, Text.Length, 1, out bool found));
        Assert.False(found);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void The_number_of_entries_never_exceeds_the_capacity()
    {
        var memo = new TextHashMemo<int, int>(8);
        for (int i = 0; i < 200; i++)
        {
            string text = $"{Text} {i}";
            memo.Set(TextDigests.Hash(text), text.Length, 0, i);
            Assert.True(memo.Count <= memo.Capacity);
        }

        Assert.Equal(8, memo.Count);
    }
}
