using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>The cache policy's non-streamed answers: a bypass, and a miss answered by the inner client and stored.</summary>
public sealed partial class SemanticCachingChatClient
{
    private async Task<ChatResponse> BypassAsync(IReadOnlyList<ChatMessage> list, ChatOptions? options, string bypass, CancellationToken cancellationToken)
    {
        ChatResponse passed = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        Mark(passed.AdditionalProperties ??= [], SemanticCacheProperties.StatusBypass, bypass);
        _telemetry.Report(SemanticCacheProperties.StatusBypass, null, bypass, null, 0);
        return passed;
    }

    private async Task<ChatResponse> DecideThenAnswerAsync(
        ValueTask<Decision> deciding, CachePlan plan, IReadOnlyList<ChatMessage> list, ChatOptions? options, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        Decision decision = await deciding.ConfigureAwait(false);
        return decision.Hit ?? await Answer(decision, plan, list, options, settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers a miss from the inner client, stores the answer and lands the flight (with what waiting identical
    /// requests may be served, or nothing when the call failed); on the spot when everything completed synchronously.
    /// </summary>
    private Task<ChatResponse> Answer(
        Decision decision, CachePlan plan, IReadOnlyList<ChatMessage> list, ChatOptions? options, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        Task<ChatResponse> inner;
        try
        {
            inner = base.GetResponseAsync(list, options, cancellationToken);
        }
        catch (Exception ex)
        {
            decision.Flight?.Complete(null);
            return ResponseTasks.Failed(ex);
        }

        if (!inner.IsCompletedSuccessfully)
        {
            return AnswerAsync(decision, plan, inner, null, settings, cancellationToken);
        }

        // An async method: it reports its failures through the value task, never by throwing here.
        ValueTask<(string? NotStored, FlightResult? Shared)> storing = TryStoreAsync(plan, decision.Lookup, inner.Result, settings, cancellationToken);
        if (!storing.IsCompletedSuccessfully)
        {
            return AnswerAsync(decision, plan, inner, storing, settings, cancellationToken);
        }

        (string? notStored, FlightResult? shared) = storing.Result;
        try
        {
            MarkMiss(inner.Result, notStored ?? decision.Lookup.Reason);
        }
        finally
        {
            decision.Flight?.Complete(shared);
        }

        return inner;
    }

    /// <summary>Finishes <see cref="Answer"/> once the inner call (and, if started, the store) completes.</summary>
    private async Task<ChatResponse> AnswerAsync(
        Decision decision,
        CachePlan plan,
        Task<ChatResponse> inner,
        ValueTask<(string? NotStored, FlightResult? Shared)>? storing,
        SemanticCacheOptions settings,
        CancellationToken cancellationToken)
    {
        FlightResult? shared = null;
        try
        {
            ChatResponse response = await inner.ConfigureAwait(false);
            (string? notStored, shared) = storing is { } started
                ? await started.ConfigureAwait(false)
                : await TryStoreAsync(plan, decision.Lookup, response, settings, cancellationToken).ConfigureAwait(false);
            MarkMiss(response, notStored ?? decision.Lookup.Reason);
            return response;
        }
        finally
        {
            decision.Flight?.Complete(shared);
        }
    }

    private void MarkMiss(ChatResponse response, string? reason)
    {
        Mark(response.AdditionalProperties ??= [], SemanticCacheProperties.StatusMiss, reason);
        _telemetry.Report(SemanticCacheProperties.StatusMiss, null, reason, null, 0);
    }
}
