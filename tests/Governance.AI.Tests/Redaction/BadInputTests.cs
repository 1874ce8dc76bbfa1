using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

public sealed class BadInputTests
{
    [Fact]
    public void Input_over_the_limit_is_rejected_with_a_typed_error()
    {
        var engine = new RedactionEngine(new RedactionOptions { MaxInputLength = 1000 });
        string text = new('a', 1001);
        RedactionInputTooLargeException ex = Assert.Throws<RedactionInputTooLargeException>(() => engine.Redact(text, new RedactionVault()));
        Assert.Equal(1001, ex.Length);
        Assert.Equal(1000, ex.MaxLength);
        Assert.Equal(413, ex.StatusCode);
        Assert.Equal(GovernanceReasonCodes.RequestTooLarge, ex.ReasonCode);

        Assert.Equal(new string('a', 1000), engine.Redact(new string('a', 1000), new RedactionVault()));
    }

    [Theory]
    [InlineData("\uD800jane@example.com\uDC00")]
    [InlineData("\uDC00\uD800 4111 1111 1111 1111\uD83D")]
    [InlineData("mail: j\uD800@example.com and x@\uDC00.com")]
    [InlineData("+44\uD800 20 7946 0958 \uD83D\uDE00 SSN 123-45-6789\uDFFF")]
    [InlineData("\u0000\uFFFE\uFFFF\u200B\u202E SSN 123-45-6789\u0301 x@y.com\u0301")]
    public void Lone_surrogates_and_odd_code_points_do_not_throw(string text)
    {
        var engine = new RedactionEngine(new RedactionOptions());
        var vault = new RedactionVault();
        string redacted = engine.Redact(text, vault);
        Assert.Equal(text, vault.Restore(redacted));
    }

    [Fact]
    public void Mask_never_splits_a_surrogate_pair()
    {
        var buffer = new PooledCharBuffer(4);
        try
        {
            RedactionEngine.AppendMask(ref buffer, "ab\uD83D\uDE00cd\uD83D\uDE01", keepLast: 2, '*');
            Assert.Equal("****d\uD83D\uDE01", buffer.ToString());
        }
        finally
        {
            buffer.Dispose();
        }
    }

    [Fact]
    public void Random_text_from_trigger_characters_never_throws_and_matches_stay_in_bounds()
    {
        // Deterministic fuzz: characters that trigger recognizers, separators and lone surrogates.
        const string alphabet = "0123456789@+-_:.()AJKISOeyzxbskphgt /=\n\uD800\uDC00é";
        var random = new Random(1234);
        var engine = new RedactionEngine(new RedactionOptions { MinimumConfidence = 0 });
        for (int round = 0; round < 2000; round++)
        {
            char[] chars = new char[random.Next(1, 200)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            IReadOnlyList<RedactionMatch> matches = engine.Analyze(text);
            int previousEnd = 0;
            foreach (RedactionMatch m in matches)
            {
                Assert.True(m.Start >= previousEnd && m.Length > 0 && m.End <= text.Length, text);
                previousEnd = m.End;
            }

            // Redacting and restoring gives the text back whenever no secret (never restored) was found.
            var vault = new RedactionVault();
            string restored = vault.Restore(engine.Redact(text, vault));
            if (!matches.Any(m => m.IsSecret))
            {
                Assert.Equal(text, restored);
            }
        }
    }

    [Theory]
    [InlineData("@")]
    [InlineData("a@")]
    [InlineData("1-")]
    [InlineData("eyJ.")]
    [InlineData("-----BEGIN PRIVATE KEY-----")]
    [InlineData("::")]
    [InlineData("+1 (")]
    [InlineData("sk-")]
    public void Adversarial_repetitions_complete(string unit)
    {
        // Linear scanners: a megabyte of a pathological unit is one pass (no timing is asserted here; the benchmark measures).
        var engine = new RedactionEngine(new RedactionOptions());
        string text = string.Concat(Enumerable.Repeat(unit, (512 * 1024) / unit.Length));
        IReadOnlyList<RedactionMatch> matches = engine.Analyze(text);
        Assert.All(matches, m => Assert.True(m.End <= text.Length));
    }
}
