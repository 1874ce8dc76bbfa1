using System.Text;

namespace Governance.AI.Tests.Pipeline;

/// <summary>
/// Message texts' hashes and UTF-8 lengths are remembered per string instance. These tests pin that a remembered value
/// is always the value of the text's content: the same as computed afresh, for short and long texts, other instances
/// of the same content, and after more texts than the table holds.
/// </summary>
public sealed class TextDigestsTests
{
    private const string Long = "Question 7: I am writing about the quarterly report that our team prepared for the regional planning meeting.";

    [Fact]
    public void A_remembered_hash_is_the_hash_of_the_content()
    {
        TextDigests digests = TextDigests.Current;
        UInt128 expected = TextDigests.Hash(Long.AsSpan());

        Assert.Equal(expected, digests.HashOf(Long));
        Assert.Equal(expected, digests.HashOf(Long));
        Assert.Equal(expected, digests.HashOf(new string(Long.AsSpan())));
        Assert.Equal(TextDigests.Hash("short".AsSpan()), digests.HashOf("short"));
        Assert.NotEqual(expected, digests.HashOf(Long + "."));
    }

    [Fact]
    public void A_remembered_utf8_length_is_the_length_of_the_content()
    {
        TextDigests digests = TextDigests.Current;
        string[] texts = [Long, "Grüße aus Zürich, 東京 и Москва: " + Long, "\uD800 a lone surrogate " + Long, "é", string.Empty];
        foreach (string text in texts)
        {
            Assert.Equal(Encoding.UTF8.GetByteCount(text), digests.Utf8LengthOf(text));
            Assert.Equal(Encoding.UTF8.GetByteCount(text), digests.Utf8LengthOf(text));
        }
    }

    [Fact]
    public void A_hash_and_a_length_remembered_for_one_instance_are_both_right()
    {
        TextDigests digests = TextDigests.Current;
        string text = "Ünïcode " + Long;

        Assert.Equal(Encoding.UTF8.GetByteCount(text), digests.Utf8LengthOf(text));
        Assert.Equal(TextDigests.Hash(text.AsSpan()), digests.HashOf(text));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), digests.Utf8LengthOf(text));
    }

    [Fact]
    public void More_texts_than_the_table_holds_still_get_their_own_values()
    {
        TextDigests digests = TextDigests.Current;
        var texts = new string[TextDigests.Capacity * 3];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = $"{Long} {new string('x', i % 7)}{i}";
        }

        for (int round = 0; round < 2; round++)
        {
            foreach (string text in texts)
            {
                Assert.Equal(TextDigests.Hash(text.AsSpan()), digests.HashOf(text));
                Assert.Equal(Encoding.UTF8.GetByteCount(text), digests.Utf8LengthOf(text));
            }
        }
    }

    [Fact]
    public void Each_thread_has_its_own_table()
    {
        TextDigests here = TextDigests.Current;
        TextDigests? there = null;
        var thread = new Thread(() => there = TextDigests.Current);
        thread.Start();
        thread.Join();

        Assert.Same(here, TextDigests.Current);
        Assert.NotNull(there);
        Assert.NotSame(here, there);
    }
}
