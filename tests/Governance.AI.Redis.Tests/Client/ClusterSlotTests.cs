using System.Text;

namespace Governance.AI.Redis.Tests.Client;

public sealed class ClusterSlotTests
{
    [Fact]
    public void Matches_the_CRC16_XMODEM_check_value()
    {
        // CRC-16/XMODEM of "123456789" is 0x31C3 (the catalogue check value); 0x31C3 mod 16384 = 12739.
        Assert.Equal(0x31C3 & 0x3FFF, ClusterSlot.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Theory]
    [InlineData("{user1000}.following", "{user1000}.followers", true)]
    [InlineData("{user1000}.following", "user1000", true)]
    [InlineData("foo{}{bar}", "foo{}{bar}x", false)]
    [InlineData("foo{{bar}}zap", "{bar", true)]
    [InlineData("foo{bar}{zap}", "bar", true)]
    public void Hash_tags_follow_the_cluster_specification(string a, string b, bool sameSlot)
    {
        Assert.Equal(sameSlot, ClusterSlot.Compute(a) == ClusterSlot.Compute(b));
    }

    [Fact]
    public void Long_keys_hash_like_short_ones()
    {
        string tag = "{tenant-7}";
        string longKey = tag + new string('x', 2000);
        Assert.Equal(ClusterSlot.Compute(tag[1..^1]), ClusterSlot.Compute(longKey));
    }
}
