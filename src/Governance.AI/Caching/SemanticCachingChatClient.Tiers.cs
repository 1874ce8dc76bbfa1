using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>The cache policy's lookups (both tiers, coalesced misses) and stores.</summary>
public sealed partial class SemanticCachingChatClient
{
    /// <summary>
    /// Serves a hit, or decides a miss: an exact hit first; then identical concurrent misses coalesce (one leads, the
    /// others wait for its answer) before the semantic tier is searched, so neither tier's misses stampede.
    /// </summary>
    private async ValueTask<Decision> DecideAsync(CachePlan plan, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        long writesBefore = _exactTier.Writes;
        if (settings.EnableExactTier && await ExactLookupAsync(plan, cancellationToken).ConfigureAwait(false) is { } exact)
        {
            return Decision.Served(Hit(exact, SemanticCacheProperties.TierExact, 1f), null);
        }

        // A request that may not store its answer leads no flight (it would have nothing to share); it still waits
        // for an identical request in the air, whose answer it may read.
        CacheFlights.Flight? lead = null;
        CacheFlights.Flight? awaited = null;
        if (plan.NoStore)
        {
            _flights.TryFind(plan.FlightKey!, out awaited);
        }
        else if (_flights.Join(plan.FlightKey!, out CacheFlights.Flight flight))
        {
            lead = flight;
        }
        else
        {
            awaited = flight;
        }

        if (awaited is not null && await awaited.WaitAsync(cancellationToken).ConfigureAwait(false) is { } shared)
        {
            return Decision.Served(Hit(shared.Answer, shared.Tier, shared.Similarity), null);
        }

        // Without a shared answer (the leader failed or may not store its response), a waiter goes on alone.
        try
        {
            // An answer may have landed between the exact lookup and the join: look again, unless no write
            // through this tier completed since (answers land before their flights do).
            if (lead is not null && settings.EnableExactTier && _exactTier.Writes != writesBefore
                && await ExactLookupAsync(plan, cancellationToken).ConfigureAwait(false) is { } landed)
            {
                lead.Complete(new FlightResult(landed, SemanticCacheProperties.TierExact, 1f));
                return Decision.Served(Hit(landed, SemanticCacheProperties.TierExact, 1f), null);
            }

            Lookup lookup = await SemanticLookupAsync(plan, settings, cancellationToken).ConfigureAwait(false);
            if (lookup.Entry is { } entry)
            {
                CachedAnswer answer = CachedAnswer.FromEntry(entry);
                lead?.Complete(new FlightResult(answer, SemanticCacheProperties.TierSemantic, lookup.Similarity));
                return Decision.Served(Hit(answer, SemanticCacheProperties.TierSemantic, lookup.Similarity), entry.Id);
            }

            return new Decision(null, null, lookup, lead);
        }
        catch
        {
            lead?.Complete(null);
            throw;
        }
    }

    private ValueTask<CachedAnswer?> ExactLookupAsync(CachePlan plan, CancellationToken cancellationToken) =>
        _exactTier.GetAsync(plan.FlightKey!, _time.GetUtcNow(), cancellationToken);

    private async ValueTask<Lookup> SemanticLookupAsync(CachePlan plan, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        if (plan.EmbedText is null || _embeddings is null)
        {
            return new Lookup(null, null, 0f, null, null, null);
        }

        // A request that may not store its answer needs the embedding only to search: where the store knows the
        // partition holds no vector, nothing could match, so the semantic text, the embedder's call and the search
        // are skipped. The miss is reported as no_store as before; an embedder that would have failed is not asked,
        // so a streamed miss's first update no longer says embedding_failed there.
        if (plan.NoStore && _store is ISemanticPartitionProbe probe && probe.HasNoVectors(plan.Partition))
        {
            return new Lookup(null, null, 0f, null, null, null);
        }

        string semanticText = SemanticText(plan.EmbedText, out string? uncorrectedText);
        ReadOnlyMemory<float> embedded;
        try
        {
            GeneratedEmbeddings<Embedding<float>> generated = await _embeddings
                .GenerateAsync([semanticText], cancellationToken: cancellationToken).ConfigureAwait(false);
            embedded = generated.Count == 1 ? generated[0].Vector : ReadOnlyMemory<float>.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Lookup(null, null, 0f, null, null, SemanticCacheReasons.EmbeddingFailed);
        }

        if (embedded.IsEmpty)
        {
            return new Lookup(null, null, 0f, null, null, null);
        }

        // The normalized query is kept (and so allocated) only when the answer may be stored under it; a request
        // that may not store searches with a pooled copy.
        float[] normalized = plan.NoStore ? ArrayPool<float>.Shared.Rent(embedded.Length) : new float[embedded.Length];
        try
        {
            Memory<float> query = normalized.AsMemory(0, embedded.Length);
            if (!VectorKernels.TryNormalize(embedded.Span, query.Span))
            {
                return new Lookup(null, null, 0f, null, null, null);
            }

            float[]? kept = plan.NoStore ? null : normalized;
            IReadOnlyList<SemanticCacheMatch> matches;
            try
            {
                matches = await _store.FindSimilarAsync(plan.Partition, query, plan.Threshold, settings.MaxCandidates, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The cache only saves calls: a store that cannot answer makes a miss, as a failing embedder or a
                // failing write does, never a failed call. The answer is still offered to the store.
                return new Lookup(null, null, 0f, kept, semanticText, SemanticCacheReasons.LookupFailed);
            }

            string? rejected = null;
            ISemanticHitGuard? guard = settings.EnableHitGuard ? GuardFor(settings) : null;
            for (int i = 0; i < matches.Count; i++)
            {
                SemanticCacheMatch match = matches[i];
                if (match.Similarity < plan.Threshold || match.Entry.PromptText is not { } cachedPrompt
                    || !string.Equals(match.Entry.Partition, plan.Partition, StringComparison.Ordinal))
                {
                    continue;
                }

                // Whatever the guard setting: a placeholder the stored answer holds is restored to this caller's value
                // with that name, so the answer fits only a prompt with the same placeholders (a model-written one
                // numbered after the stored prompt's would otherwise become this caller's own value).
                if (!SamePlaceholders(cachedPrompt, semanticText))
                {
                    rejected ??= SemanticCacheReasons.PlaceholdersDiffer;
                    continue;
                }

                // A word the corrector changed may have been meant as a word of the stored prompt that is as near to it
                // ("collegue" is one edit from "college", which it is corrected into, and from "colleague"): the guard,
                // which reads typos against the other prompt's words, is asked again about the text as typed.
                if (guard is not null && !guard.IsSafeHit(cachedPrompt, semanticText, out string? reason)
                    && (uncorrectedText is null || !guard.IsSafeHit(cachedPrompt, uncorrectedText, out _)))
                {
                    rejected ??= reason;
                    continue;
                }

                return new Lookup(match.Entry, SemanticCacheProperties.TierSemantic, match.Similarity, kept, semanticText, null);
            }

            return new Lookup(null, null, 0f, kept, semanticText, rejected);
        }
        finally
        {
            if (plan.NoStore)
            {
                ArrayPool<float>.Shared.Return(normalized);
            }
        }
    }

    // The text the semantic tier embeds and the guard compares: the request without its framing, in the canonical frame of
    // its kind of question, typos corrected against the embedder's vocabulary when it offers a corrector.
    // uncorrected: the same text before the corrector when the corrector changed it, else null.
    private string SemanticText(string text, out string? uncorrected)
    {
        string request = PromptFraming.NormalizeAndStrip(text);
        // Frames before the corrector, which knows English words only and would "correct" a German or French frame
        // word, and again after it, for an English frame with a typo ("waht's the way to …").
        string canonical = PromptFraming.CanonicalQuestion(request);
        uncorrected = null;
        if (_spelling is null)
        {
            return canonical;
        }

        string corrected = _spelling.Correct(canonical);
        if (ReferenceEquals(corrected, canonical) || string.Equals(corrected, canonical, StringComparison.Ordinal))
        {
            return PromptFraming.CanonicalQuestion(corrected);
        }

        uncorrected = canonical;
        return PromptFraming.CanonicalQuestion(corrected);
    }

    /// <summary>Whether two prompts hold the same multiset of redaction placeholders (<c>&lt;EMAIL_1&gt;</c>).</summary>
    internal static bool SamePlaceholders(string stored, string current)
    {
        bool storedHas = stored.Contains('<', StringComparison.Ordinal);
        bool currentHas = current.Contains('<', StringComparison.Ordinal);
        if (!storedHas && !currentHas)
        {
            return true;
        }

        if (storedHas != currentHas)
        {
            // Only one side may hold a placeholder; it must then hold none.
            return PlaceholderCount(storedHas ? stored : current) == 0;
        }

        if (PlaceholderCount(stored) != PlaceholderCount(current))
        {
            return false;
        }

        // Equal totals: equal multisets when each placeholder of one occurs as often in the other (prompts hold few).
        int i = 0;
        while ((i = stored.IndexOf('<', i)) >= 0)
        {
            ReadOnlySpan<char> rest = stored.AsSpan(i);
            if (Redaction.RedactionVault.ScanPlaceholder(rest, out int length) != Redaction.RedactionVault.PlaceholderScan.Complete)
            {
                i++;
                continue;
            }

            ReadOnlySpan<char> placeholder = rest[..length];
            if (stored.AsSpan().Count(placeholder) != current.AsSpan().Count(placeholder))
            {
                return false;
            }

            i += length;
        }

        return true;
    }

    private static int PlaceholderCount(string text)
    {
        int count = 0;
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            if (Redaction.RedactionVault.ScanPlaceholder(text.AsSpan(i), out int length) == Redaction.RedactionVault.PlaceholderScan.Complete)
            {
                count++;
                i += length;
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    private ISemanticHitGuard GuardFor(SemanticCacheOptions settings)
    {
        if (_customGuard is not null)
        {
            return _customGuard;
        }

        // Options may be reloaded: build the default guard once per options instance.
        GuardForOptions? current = Volatile.Read(ref _defaultGuard);
        if (current is not null && ReferenceEquals(current.Options, settings))
        {
            return current.Guard;
        }

        var guard = new PromptDifferenceGuard(settings.Guard);
        Volatile.Write(ref _defaultGuard, new GuardForOptions(settings, guard));
        return guard;
    }

    /// <summary>Stores a cacheable response in the exact tier and, with a semantic key, in the store; returns why not, or what waiting identical requests may be served.</summary>
    private async ValueTask<(string? NotStored, FlightResult? Shared)> TryStoreAsync(CachePlan plan, Lookup lookup, ChatResponse response, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        if (plan.NoStore)
        {
            return (SemanticCacheReasons.NoStore, null);
        }

        if (StoredResponses.NotCacheable(response, settings) is { } reason)
        {
            return (reason, null);
        }

        DateTimeOffset now = _time.GetUtcNow();
        UsageDetails? usage = response.Usage;
        long tokens = usage is null ? 0 : (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0);
        string? modelId = response.ModelId ?? plan.ModelId;
        CachedAnswer answer = CachedAnswer.Create(
            JsonSerializer.SerializeToUtf8Bytes(StoredResponses.ForStorage(response), ResponseTypeInfo), now + settings.TimeToLive, tokens, modelId);
        var shared = new FlightResult(answer, SemanticCacheProperties.TierExact, 1f);
        bool exactStored = false;
        try
        {
            if (settings.EnableExactTier)
            {
                await _exactTier.SetAsync(plan.FlightKey!, answer, settings.TimeToLive, cancellationToken).ConfigureAwait(false);
                exactStored = true;
            }

            // The store serves the semantic tier; without a semantic key an entry could only be found exactly.
            if (lookup.Vector is not null)
            {
                await _store.SetAsync(
                    new SemanticCacheEntry
                    {
                        Id = Guid.NewGuid().ToString("N"),
                        Partition = plan.Partition,
                        ExactKey = plan.ExactKey!,
                        Embedding = lookup.Vector ?? ReadOnlyMemory<float>.Empty,
                        PromptText = lookup.Vector is null ? null : lookup.SemanticText,
                        Response = answer.Json,
                        TokensSaved = tokens,
                        ModelId = modelId,
                        CreatedAt = now,
                        ExpiresAt = answer.ExpiresAt,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The caller has the response already; a failing store must not fail the call. Waiting identical
            // requests are served what a later one would find.
            return (SemanticCacheReasons.StoreFailed, exactStored ? shared : null);
        }

        return (null, shared);
    }

    /// <summary>A hit to serve (with the id its streamed replay is named by: a semantic entry's, or <see langword="null"/>
    /// for the request's own key, made only when a replay needs it), or a miss with its lookup and, for the leader of
    /// identical misses, the flight to land.</summary>
    private readonly record struct Decision(ChatResponse? Hit, string? HitId, Lookup Lookup, CacheFlights.Flight? Flight)
    {
        public static Decision Served(ChatResponse hit, string? id) => new(hit, id, default, null);
    }

    private sealed record GuardForOptions(SemanticCacheOptions Options, ISemanticHitGuard Guard);

    /// <summary>A semantic lookup: the entry found, or why none; with the vector and the semantic text a stored answer is filed under.</summary>
    private readonly record struct Lookup(SemanticCacheEntry? Entry, string? Tier, float Similarity, float[]? Vector, string? SemanticText, string? Reason);
}
