using Governance.AI.Safety;
using Governance.AI.Tests.HeldOut;
using Xunit.Abstractions;

namespace Governance.AI.Tests.Safety;

/// <summary>
/// The totals of the held-out injection test half (which the lexical model never trains on) with the layer off and on
/// (the default). Only totals are written, never rows.
/// </summary>
public sealed class LexicalModelHeldOutTests(ITestOutputHelper output)
{
    [Fact]
    public void The_layer_adds_detections_on_the_test_half_within_the_false_positive_ceiling()
    {
        var on = new PromptInjectionDetectorOptions();
        on.LexicalModel.Enabled = true;
        var withModel = new PromptInjectionDetector(on);

        // The default detector runs the layer too; the rules alone need it turned off.
        var rulesOnly = new PromptInjectionDetector(new PromptInjectionDetectorOptions { LexicalModel = { Enabled = false } });
        int attacks = 0, benign = 0, rulesDetected = 0, combinedDetected = 0, rulesFlagged = 0, combinedFlagged = 0;
        foreach (var row in HeldOutSet.Read("injection-test.jsonl"))
        {
            var text = row.GetProperty("text").GetString()!;
            var isAttack = row.GetProperty("label").GetString() == "attack";
            var rules = rulesOnly.Scan(text).IsDetected;
            var combined = withModel.Scan(text).IsDetected;

            // The layer only adds detections: either layer reaching its threshold is one.
            Assert.True(combined || !rules);
            if (isAttack)
            {
                attacks++;
                rulesDetected += rules ? 1 : 0;
                combinedDetected += combined ? 1 : 0;
            }
            else
            {
                benign++;
                rulesFlagged += rules ? 1 : 0;
                combinedFlagged += combined ? 1 : 0;
            }
        }

        output.WriteLine($"injection-test, rules only: {rulesDetected}/{attacks} attacks, {rulesFlagged}/{benign} benign flagged");
        output.WriteLine($"injection-test, rules or lexical model: {combinedDetected}/{attacks} attacks, {combinedFlagged}/{benign} benign flagged");
        Assert.True(combinedFlagged <= 0.02 * benign, $"{combinedFlagged}/{benign} benign flagged");
    }
}
