using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Governance.AI.Tests.HeldOut;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// Recall and precision on the held-out PII sets (HeldOut/pii-*.jsonl), measured through the public pipeline at default
/// options: each sentence goes through <c>UseRedaction(new RedactionOptions())</c> to a recording fake model, and only
/// what the model received is judged.
/// </summary>
/// <remarks>
/// <para>Recall: the share of <c>pii</c> values that do not occur in what the model received. Keep-precision: the share
/// of <c>keep</c> look-alikes that arrive intact. Span precision: every stretch of the sentence the pipeline replaced
/// is found by aligning the received text with the original; a replaced stretch that overlaps no <c>pii</c> value is a
/// false positive (this also counts changes to words that are neither <c>pii</c> nor <c>keep</c>).</para>
/// <para>The dev half was tuned on (a regression set), so its failures are printed. The test half is held out: only its
/// aggregate numbers are printed, never a sentence or a value, so nobody tunes on it by reading this output.</para>
/// </remarks>
public sealed partial class HeldOutPiiTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("pii-dev.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-test.jsonl", false, 0.99, 0.98)]
    [InlineData("secrets-dev.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-dev3.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-dev4.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-dev5.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-dev6.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-dev7.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-dev8.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-heldout28.jsonl", true, 0.99, 0.98)]
    [InlineData("pii-heldout29.jsonl", true, 0.99, 0.98)]
    public async Task Default_pipeline_meets_the_recall_and_precision_floors(string file, bool showFailures, double recallFloor, double precisionFloor)
    {
        Score score = await Evaluate(file, showFailures);

        output.WriteLine(score.Report);
        Assert.True(score.Recall >= recallFloor, $"{file}: recall {score.Recall:P2} is below the floor {recallFloor:P0}");
        Assert.True(score.KeepPrecision >= precisionFloor, $"{file}: keep precision {score.KeepPrecision:P2} is below the floor {precisionFloor:P0}");
        Assert.True(score.SpanPrecision >= precisionFloor, $"{file}: span precision {score.SpanPrecision:P2} is below the floor {precisionFloor:P0}");
    }

    [Fact]
    public void The_alignment_finds_each_replaced_stretch()
    {
        // Guards the measurement itself: a stretch replaced by a placeholder is found at its exact position.
        List<(int Start, int End, string Type)> spans = ReplacedSpans("Mail a@b.io or call 555 now.", "Mail <EMAIL_1> or call <PHONE_1> now.");

        Assert.Equal([(5, 11, "EMAIL"), (20, 23, "PHONE")], spans);
    }

    private async Task<Score> Evaluate(string file, bool showFailures)
    {
        var perType = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        var failures = new StringBuilder();
        int found = 0, total = 0, kept = 0, keepTotal = 0, truePositiveSpans = 0, spans = 0;
        foreach (JsonElement row in HeldOutSet.Read(file))
        {
            string text = row.GetProperty("text").GetString()!;
            string received = await Received(text);
            var pii = row.GetProperty("pii").EnumerateArray()
                .Select(p => (Type: p.GetProperty("type").GetString()!, Value: p.GetProperty("value").GetString()!))
                .ToList();

            foreach ((string type, string value) in pii)
            {
                bool hidden = !received.Contains(value, StringComparison.Ordinal);
                total++;
                found += hidden ? 1 : 0;
                perType[type] = (perType.GetValueOrDefault(type).Found + (hidden ? 1 : 0), perType.GetValueOrDefault(type).Total + 1);
                if (!hidden && showFailures)
                {
                    failures.AppendLine($"  MISSED {type} '{value}' in: {text}");
                }
            }

            foreach (JsonElement keep in row.GetProperty("keep").EnumerateArray())
            {
                string value = keep.GetString()!;
                bool intact = received.Contains(value, StringComparison.Ordinal);
                keepTotal++;
                kept += intact ? 1 : 0;
                if (!intact && showFailures)
                {
                    failures.AppendLine($"  CHANGED keep '{value}' in: {text} => {received}");
                }
            }

            foreach ((int start, int end, string type) in ReplacedSpans(text, received))
            {
                spans++;
                bool overlapsPii = pii.Any(p => Occurrences(text, p.Value).Any(s => s < end && start < s + p.Value.Length));
                truePositiveSpans += overlapsPii ? 1 : 0;
                if (!overlapsPii && showFailures)
                {
                    failures.AppendLine($"  FALSE {type} '{text[start..end]}' in: {text}");
                }
            }
        }

        var score = new Score(
            Recall: (double)found / total,
            KeepPrecision: keepTotal == 0 ? 1 : (double)kept / keepTotal,
            SpanPrecision: spans == 0 ? 1 : (double)truePositiveSpans / spans,
            Report: string.Empty);
        var report = new StringBuilder();
        report.AppendLine($"{file}: recall {score.Recall:P2} ({found}/{total}), keep precision {score.KeepPrecision:P2} ({kept}/{keepTotal}), span precision {score.SpanPrecision:P2} ({truePositiveSpans}/{spans})");
        foreach ((string type, (int typeFound, int typeTotal)) in perType)
        {
            report.AppendLine($"  {type,-12} {typeFound,3}/{typeTotal,-3} {(double)typeFound / typeTotal:P1}");
        }

        report.Append(failures);
        return score with { Report = report.ToString() };
    }

    private static async Task<string> Received(string text)
    {
        GovernanceTestHarness h = GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()));
        h.Model.Responder = static _ => FakeReply.Text("ok");
        await h.Client.GetResponseAsync([new ChatMessage(ChatRole.User, text)]);
        return h.Model.Requests[0].LastUserText;
    }

    /// <summary>The stretches of <paramref name="original"/> that placeholders replaced in <paramref name="received"/>:
    /// the literal text between placeholders is matched in order against the original.</summary>
    private static List<(int Start, int End, string Type)> ReplacedSpans(string original, string received)
    {
        var spans = new List<(int, int, string)>();
        int originalAt = 0;
        int receivedAt = 0;
        foreach (Match placeholder in Placeholder().Matches(received))
        {
            string literalBefore = received[receivedAt..placeholder.Index];
            Assert.True(string.CompareOrdinal(original, originalAt, literalBefore, 0, literalBefore.Length) == 0, "the received text does not align with the original");
            int start = originalAt + literalBefore.Length;
            receivedAt = placeholder.Index + placeholder.Length;
            Match nextPlaceholder = placeholder.NextMatch();
            string literalAfter = received[receivedAt..(nextPlaceholder.Success ? nextPlaceholder.Index : received.Length)];
            int end = !nextPlaceholder.Success
                ? original.Length - literalAfter.Length
                : original.IndexOf(literalAfter, start + 1, StringComparison.Ordinal);
            Assert.True(end > start, "the received text does not align with the original");
            spans.Add((start, end, placeholder.Groups[1].Value));
            originalAt = end;
        }

        return spans;
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    [GeneratedRegex(@"<([A-Z][A-Z0-9_]*)_[0-9]+>")]
    private static partial Regex Placeholder();

    private sealed record Score(double Recall, double KeepPrecision, double SpanPrecision, string Report);
}
