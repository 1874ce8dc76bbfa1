using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <content>Streaming: output counted as it arrives, the cut-off at the reserved allowance, and the charge of a stream however it ends.</content>
public sealed partial class BudgetChatClient
{
    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (BudgetAdmission? admission, ChatOptions? sendOptions) = await AdmitAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (admission is null)
        {
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        using var upstreamCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        IAsyncEnumerator<ChatResponseUpdate>? upstream = null;
        var received = new StringBuilder();
        long receivedTokens = 0;

        // Without the provider's usage, a tool call or reasoning the model wrote is charged as its text is.
        long writtenBesideText = 0;
        bool delivered = false;
        bool closed = false;
        Exception? failure = null;
        UsageDetails? usage = null;
        string? responseId = null;
        string? modelId = null;
        bool cutOff = admission.OutputBounded && admission.Budget.Enforce;

        // An exact counter cuts at the allowance. An estimate may over-count a stream the provider keeps within
        // MaxOutputTokens, so it cuts only past a tolerance: 10 % of the allowance plus 16 tokens.
        long cutAbove = admission.Counter.IsExact ? admission.OutputAllowance : admission.OutputAllowance + (admission.OutputAllowance / 10) + 16;
        try
        {
            bool cut = false;
            while (true)
            {
                try
                {
                    upstream ??= base.GetStreamingResponseAsync(messages, sendOptions, upstreamCancellation.Token).GetAsyncEnumerator(upstreamCancellation.Token);
                    if (!await upstream.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }

                ChatResponseUpdate update = upstream.Current;
                responseId ??= update.ResponseId;
                modelId ??= update.ModelId;
                long updateBesideText = 0;
                foreach (AIContent content in update.Contents)
                {
                    if (content is UsageContent usageContent)
                    {
                        // A stream may carry several usage updates (a function-invocation loop streams one per round
                        // trip); M.E.AI sums them, so the charge does too. A fresh total leaves the provider's copy untouched.
                        usage ??= new UsageDetails();
                        usage.Add(usageContent.Details);
                    }
                    else
                    {
                        updateBesideText += ChatTokenFormula.CountWrittenBesideText(admission.Counter, content);
                    }
                }

                string text = update.Text;
                if (text.Length > 0)
                {
                    received.Append(text);
                    long tokens = admission.Counter.CountTokens(text);
                    if (cutOff && receivedTokens + tokens > cutAbove)
                    {
                        // Chunk-by-chunk counts can exceed the count of the whole text; near the limit, count exactly.
                        long exact = admission.Counter.CountTokens(received.ToString());
                        if (exact > cutAbove)
                        {
                            received.Length -= text.Length;
                            cut = true;
                            break;
                        }

                        receivedTokens = exact;
                    }
                    else
                    {
                        receivedTokens += tokens;
                    }
                }

                writtenBesideText += updateBesideText;
                delivered = true;
                yield return update;
            }

            var final = new ChatResponseUpdate
            {
                Role = ChatRole.Assistant,
                ResponseId = responseId,
                MessageId = responseId,
                ModelId = modelId,
                AdditionalProperties = ResponseProperties.Create(SettlementKeys),
            };
            closed = true;
            if (cut)
            {
                await upstreamCancellation.CancelAsync().ConfigureAwait(false);
                await upstream.DisposeAsync().ConfigureAwait(false);
                upstream = null;
                _ledger.Telemetry.CutOffs.Add(1);
                Activity.Current?.AddEvent(new ActivityEvent("governance.budget.stream_cut_off"));
                final.FinishReason = ChatFinishReason.Length;
                final.AdditionalProperties[BudgetProperties.CutOff] = true;
                long input = admission.CountPromptExactly();
                long output = admission.Counter.CountTokens(received.ToString()) + writtenBesideText;
                ReportCounted(final.AdditionalProperties, null, input, output);
                await _ledger.SettleAsync(admission, new BudgetCharge(input, 0, output, modelId), [], final.AdditionalProperties).ConfigureAwait(false);
            }
            else
            {
                _ledger.Calibrate(admission, usage?.InputTokenCount);
                long input = usage?.InputTokenCount ?? admission.CountPromptExactly();
                long output = usage?.OutputTokenCount ?? admission.Counter.CountTokens(received.ToString()) + writtenBesideText;
                ReportCounted(final.AdditionalProperties, usage, input, output);
                await _ledger.SettleAsync(admission, new BudgetCharge(input, usage?.CachedInputTokenCount ?? 0, output, modelId), [], final.AdditionalProperties).ConfigureAwait(false);
            }

            yield return final;
        }
        finally
        {
            if (upstream is not null)
            {
                await upstream.DisposeAsync().ConfigureAwait(false);
            }

            if (!closed)
            {
                // Failed, cancelled or abandoned by the caller: at least what the caller received is charged.
                long receivedOutput = delivered ? admission.Counter.CountTokens(received.ToString()) + writtenBesideText : 0;
                await _ledger.SettleFailureAsync(admission, failure, usage, receivedOutput, modelId).ConfigureAwait(false);
            }
        }
    }
}
