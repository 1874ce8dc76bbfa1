using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// The vault keeps its first two entries per map in fields and shares placeholder names across requests; these tests
/// pin that lookups, replacement, order and numbering are those of a dictionary, and that a shared name never carries
/// another request's value.
/// </summary>
public sealed class RedactionVaultStorageTests
{
    [Fact]
    public void The_map_agrees_with_a_dictionary_across_the_switch_to_one()
    {
        // Random adds, replacements and lookups over a small key space, so every path (fields, dictionary, misses) runs.
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var map = default(VaultMap<string>);
            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            var order = new List<string>();
            for (int op = 0; op < 12; op++)
            {
                string key = "k" + random.Next(6);
                string value = "v" + op;
                map.Set(key, value);
                if (!expected.ContainsKey(key))
                {
                    order.Add(key);
                }

                expected[key] = value;
                string probe = "k" + random.Next(8);
                Assert.Equal(expected.TryGetValue(probe, out string? want), map.TryGetValue(probe.AsSpan(), out string? got));
                Assert.Equal(want, got);
                Assert.Equal(expected.Count, map.Count);
            }

            var seen = new List<string>();
            foreach (KeyValuePair<string, string> entry in map)
            {
                seen.Add(entry.Key);
                Assert.Equal(expected[entry.Key], entry.Value);
            }

            Assert.Equal(order, seen);
        }
    }

    [Fact]
    public void Placeholder_names_are_numbered_per_type_and_shared_up_to_the_bound()
    {
        Assert.Equal("<EMAIL_3>", PlaceholderNames.Get("EMAIL", 3));
        Assert.Same(PlaceholderNames.Get("EMAIL", 3), PlaceholderNames.Get("EMAIL", 3));
        Assert.Equal("<EMAIL_17>", PlaceholderNames.Get("EMAIL", PlaceholderNames.MaxNumber + 1));
        Assert.Equal("<IP_ADDRESS_1>", PlaceholderNames.Get("IP_ADDRESS", 1));
    }

    [Fact]
    public void The_counts_of_one_type_are_a_read_only_snapshot_that_later_values_do_not_change()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        var vault = new RedactionVault();
        engine.Redact("Write to a@example.com today.", vault);

        IReadOnlyDictionary<string, int> first = vault.EntityCounts;
        engine.Redact("And to b@example.com tomorrow.", vault);

        Assert.Equal(new Dictionary<string, int> { ["EMAIL"] = 1 }, first);
        Assert.Equal(new Dictionary<string, int> { ["EMAIL"] = 2 }, vault.EntityCounts);
        Assert.True(Assert.IsAssignableFrom<IDictionary<string, int>>(first).IsReadOnly);
        Assert.Empty(new RedactionVault().EntityCounts);
    }

    [Fact]
    public void Many_values_of_many_types_get_their_own_placeholders_and_restore_from_their_own_vault()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        const string Text = "Mail a@example.com, b@example.com, c@example.com and A@EXAMPLE.COM; call +1 415 555 0134 or "
            + "+1 212 555 0188; the server is 10.1.2.3.";
        var vault = new RedactionVault();

        string redacted = engine.Redact(Text, vault);

        // The upper-case spelling is the first address normalized: one placeholder for both.
        Assert.Equal("Mail <EMAIL_1>, <EMAIL_2>, <EMAIL_3> and <EMAIL_1>; call <PHONE_1> or <PHONE_2>; the server is <IP_ADDRESS_1>.", redacted);
        Assert.Equal(4, vault.EntityCounts["EMAIL"]);
        Assert.Equal(2, vault.EntityCounts["PHONE"]);
        Assert.Equal(1, vault.EntityCounts["IP_ADDRESS"]);
        Assert.Equal(6, vault.RestorableCount);
        Assert.Equal("Mail a@example.com, b@example.com, c@example.com and a@example.com; call +1 415 555 0134 or +1 212 555 0188; the server is 10.1.2.3.",
            vault.Restore(redacted));

        // Another request numbers the same names for its own values: nothing of the first vault is restored.
        var other = new RedactionVault();
        Assert.Equal("Write to <EMAIL_1>.", engine.Redact("Write to z@example.org.", other));
        Assert.Equal("Write to z@example.org. <EMAIL_2> <PHONE_1>", other.Restore("Write to <EMAIL_1>. <EMAIL_2> <PHONE_1>"));
    }
}
