using System.Text;
using Governance.AI.Redaction;
using Governance.AI.Safety;

namespace Governance.AI.Tests.Streaming;

/// <summary>What the streaming policies hold back: exactly what could still become a finding, whatever the chunking.</summary>
public sealed class StreamingHoldbackTests
{
    private const string Sample =
        "Hi team, mail jane.doe@example.com or call (415) 555-0134 ext 12; card 4111 1111 1111 1111, " +
        "IBAN DE89 3704 0044 0532 0130 00, server 10.0.0.12, key AKIAIOSFODNN7EXAMPLE. Phone 020 7946 0958 is mine. Bye.";

    private static (string Streamed, List<string> Released) Stream(RedactionEngine engine, IEnumerable<string> chunks)
    {
        var redactor = new StreamingResponseRedactor(engine, new RedactionVault());
        var released = new List<string>();
        foreach (string chunk in chunks)
        {
            released.Add(redactor.Push(chunk));
        }

        released.Add(redactor.Flush());
        return (string.Concat(released), released);
    }

    [Fact]
    public void Every_two_chunk_split_redacts_like_the_whole_text()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        string expected = engine.RedactResponse(Sample, new RedactionVault());
        Assert.DoesNotContain("jane", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("0134", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", expected, StringComparison.Ordinal);
        for (int i = 0; i <= Sample.Length; i++)
        {
            Assert.Equal(expected, Stream(engine, [Sample[..i], Sample[i..]]).Streamed);
        }
    }

    [Fact]
    public void Word_by_word_and_character_by_character_streams_redact_like_the_whole_text()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        string expected = engine.RedactResponse(Sample, new RedactionVault());
        Assert.Equal(expected, Stream(engine, Sample.Select(c => c.ToString())).Streamed);
        Assert.Equal(expected, Stream(engine, Sample.Split(' ').Select((w, k) => k == 0 ? w : " " + w)).Streamed);
    }

    [Fact]
    public void Plain_words_are_released_at_once_and_only_the_word_being_written_is_held()
    {
        var redactor = new StreamingResponseRedactor(new RedactionEngine(new RedactionOptions()), new RedactionVault());
        Assert.Equal("Dear team, ", redactor.Push("Dear team, "));
        Assert.Equal("thanks ", redactor.Push("thanks for"));
        Assert.Equal("for ", redactor.Push(" the"));
        Assert.Equal("the", redactor.Flush());
    }

    [Fact]
    public void A_number_is_held_while_a_context_word_after_it_can_still_change_it()
    {
        // "4155550134" alone is below the confidence threshold; "phone" right after it makes it a phone number.
        var engine = new RedactionEngine(new RedactionOptions());
        Assert.Empty(engine.Analyze("Try 4155550134 on the "));
        string expected = engine.RedactResponse("Try 4155550134 on the phone today ", new RedactionVault());
        Assert.Equal("Try <PHONE_1> on the phone today ", expected);

        var redactor = new StreamingResponseRedactor(engine, new RedactionVault());
        Assert.Equal("Try ", redactor.Push("Try 4155550134 "));
        Assert.Equal(string.Empty, redactor.Push("on the "));
        Assert.Equal(expected, "Try " + redactor.Push("phone today ") + redactor.Flush());
    }

    [Fact]
    public void Text_far_from_any_value_is_not_held_back_by_a_fixed_window()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        (_, List<string> released) = Stream(engine, ["one ", "two ", "three ", "four "]);
        Assert.Equal(["one ", "two ", "three ", "four ", string.Empty], released);
    }

    [Fact]
    public void Safety_holds_only_a_possible_secret_canary_or_phrase_start()
    {
        var holdback = new OutputHoldback(new SafetyOptions());
        Assert.Equal(0, holdback.Measure("Hello world ", canary: null));
        Assert.Equal(0, holdback.Measure("Hello world", canary: null));
        Assert.Equal(5, holdback.Measure("key: sk-pr", canary: null));
        Assert.Equal(4, holdback.Measure("token=AKIA", canary: null));
        Assert.Equal("-----BEGIN RSA PRIV".Length, holdback.Measure("here -----BEGIN RSA PRIV", canary: null));
        Assert.Equal(6, holdback.Measure("marker GCY-3f", canary: "gcy-3f9a0011223344556677"));

        // Capped by StreamHoldback.
        Assert.Equal(64, holdback.Measure("x sk-" + new string('a', 100), canary: null));
        Assert.Equal(0, new OutputHoldback(new SafetyOptions { StreamHoldback = 0 }).Measure("x sk-pr", canary: null));
    }

    [Fact]
    public void Safety_holds_as_many_words_as_the_longest_denied_phrase_could_still_need()
    {
        var options = new SafetyOptions();
        options.DenyTerms.Add("project nightingale budget");
        var holdback = new OutputHoldback(options);
        Assert.Equal("project nightingale ".Length, holdback.Measure("about project nightingale ", canary: null));
        Assert.Equal("project nightingale bud".Length, holdback.Measure("about project nightingale bud", canary: null));
    }

    [Fact]
    public void Every_two_chunk_split_through_the_safety_holdback_keeps_the_text()
    {
        var holdback = new OutputHoldback(new SafetyOptions());
        const string text = "Use sk-abc and -----BEGIN KEY then words.";
        for (int i = 0; i <= text.Length; i++)
        {
            var held = new StringBuilder();
            var output = new StringBuilder();
            foreach (string chunk in new[] { text[..i], text[i..] })
            {
                held.Append(chunk);
                int hold = holdback.Measure(held.ToString(), canary: null);
                output.Append(held.ToString(0, held.Length - hold));
                held.Remove(0, held.Length - hold);
            }

            Assert.Equal(text, output.Append(held).ToString());
        }
    }
}
