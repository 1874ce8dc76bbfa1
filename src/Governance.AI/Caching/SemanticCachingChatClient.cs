using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;

namespace Governance.AI.Caching;

/// <summary>
/// The semantic cache policy (<see cref="GovernanceStage.Cache"/>): serves a stored response for an identical
/// request (exact tier, on <see cref="HybridCache"/>) or for a similar one that passes the hit guard (semantic tier),
/// always within the caller's partition, and stores cacheable responses of misses.
/// </summary>
/// <remarks>
/// <para>
/// Identity: the cache name (the pipeline, <see cref="SemanticCacheOptions.CacheName"/>), the caller scope (tenant,
/// or <see cref="SemanticCacheOptions.TenantlessCallers"/> without one), model, system prompt, instructions, tools,
/// response format, generation settings, configured vary-by values and the conversation around the embedded text
/// are hashed into the partition key; every content part (text, images and other binary data by their bytes, URIs,
/// tool calls and results) is hashed into the exact key. Identical prompts from two tenants or two pipelines never
/// share an entry unless <see cref="SemanticCacheOptions.ShareAcrossTenants"/> or a common cache name says so.
/// </para>
/// <para>
/// Stampedes: identical concurrent misses coalesce, in streaming and non-streaming calls alike: one calls the
/// provider, the others wait and are served its answer.
/// </para>
/// <para>
/// Never stored: responses calling a tool not listed in <see cref="SemanticCacheOptions.IdempotentTools"/>, answers
/// of a cheaper model under a budget downgrade, errors, content-filtered or length-truncated responses, background
/// responses, aborted or failed streams, and calls with <see cref="GovernanceProperties.NoStore"/> or
/// <see cref="GovernanceProperties.NoCache"/>.
/// </para>
/// <para>
/// Visible: every response carries <see cref="GovernanceProperties.CacheStatus"/> (<c>hit</c>, <c>miss</c>,
/// <c>bypass</c>) and, for hits, <see cref="SemanticCacheProperties.Tier"/>, <see cref="GovernanceProperties.CacheSimilarity"/>,
/// <see cref="GovernanceProperties.CacheTokensSaved"/>, <see cref="SemanticCacheProperties.CostSavedUsd"/> and
/// <see cref="SemanticCacheProperties.CachedUsage"/>; a streamed response carries them on its first update. A hit's
/// <see cref="ChatResponse.Usage"/> is zero (a streamed hit's last update carries it): nothing was billed.
/// </para>
/// </remarks>
public sealed class SemanticCachingChatClient : DelegatingChatClient
{
    private static readonly JsonTypeInfo<ChatResponse> ResponseTypeInfo =
        (JsonTypeInfo<ChatResponse>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse));

    private readonly IPolicyOptionsSource<SemanticCacheOptions> _options;
    private readonly ISemanticCacheStore _store;
    private readonly ExactTier _exactTier;
    private readonly CacheFlights _flights = new();
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;
    private readonly ISemanticHitGuard? _customGuard;
    private readonly TimeProvider _time;
    private readonly CallerContextResolver _callers;
    private readonly ModelPriceTable _prices;
    private GuardForOptions? _defaultGuard;

    /// <summary>Initializes a new instance of the <see cref="SemanticCachingChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="store">The semantic tier's store; an <see cref="InMemorySemanticCacheStore"/> with <see cref="SemanticCacheOptions.Store"/> limits when <see langword="null"/>.</param>
    /// <param name="embeddingGenerator">The embedder of the semantic tier; without one, only the exact tier works.</param>
    /// <param name="hitGuard">The hit guard; a <see cref="PromptDifferenceGuard"/> with <see cref="SemanticCacheOptions.Guard"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="callers">Resolves the caller; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="prices">The prices for the cost a hit saved; <see cref="ModelPriceTable.Default"/> when <see langword="null"/>.</param>
    /// <param name="exactTierCache">The exact tier's cache; a private in-process <see cref="HybridCache"/> when <see langword="null"/>.</param>
    public SemanticCachingChatClient(
        IChatClient innerClient,
        SemanticCacheOptions options,
        ISemanticCacheStore? store = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ISemanticHitGuard? hitGuard = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callers = null,
        ModelPriceTable? prices = null,
        HybridCache? exactTierCache = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options ?? throw new ArgumentNullException(nameof(options)), "AiGovernance:" + SemanticCacheOptions.SectionName), store, embeddingGenerator, hitGuard, timeProvider, callers, prices, exactTierCache)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SemanticCachingChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The source of the current options, read per request.</param>
    /// <param name="store">The semantic tier's store; an <see cref="InMemorySemanticCacheStore"/> with the current <see cref="SemanticCacheOptions.Store"/> limits when <see langword="null"/>.</param>
    /// <param name="embeddingGenerator">The embedder of the semantic tier; without one, only the exact tier works.</param>
    /// <param name="hitGuard">The hit guard; a <see cref="PromptDifferenceGuard"/> with <see cref="SemanticCacheOptions.Guard"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="callers">Resolves the caller; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="prices">The prices for the cost a hit saved; <see cref="ModelPriceTable.Default"/> when <see langword="null"/>.</param>
    /// <param name="exactTierCache">The exact tier's cache; a private in-process <see cref="HybridCache"/> when <see langword="null"/>.</param>
    public SemanticCachingChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<SemanticCacheOptions> options,
        ISemanticCacheStore? store = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ISemanticHitGuard? hitGuard = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callers = null,
        ModelPriceTable? prices = null,
        HybridCache? exactTierCache = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _store = store ?? new InMemorySemanticCacheStore(options.Current.Store, _time);
        _exactTier = new ExactTier(exactTierCache, _time);
        _embeddings = embeddingGenerator;
        _customGuard = hitGuard;
        _callers = callers ?? CallerContextResolver.Default;
        _prices = prices ?? ModelPriceTable.Default;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        SemanticCacheOptions settings = _options.Current;
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        CachePlan plan = Plan(list, options, settings);
        if (plan.BypassReason is { } bypass)
        {
            ChatResponse passed = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            Mark(passed.AdditionalProperties ??= [], SemanticCacheProperties.StatusBypass, bypass);
            SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusBypass, null, bypass, null, 0);
            return passed;
        }

        Decision decision = await DecideAsync(plan, settings, cancellationToken).ConfigureAwait(false);
        if (decision.Hit is { } hit)
        {
            return hit;
        }

        FlightResult? shared = null;
        try
        {
            ChatResponse response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            (string? notStored, shared) = await TryStoreAsync(plan, decision.Lookup, response, settings, cancellationToken).ConfigureAwait(false);
            string? reason = notStored ?? decision.Lookup.Reason;
            Mark(response.AdditionalProperties ??= [], SemanticCacheProperties.StatusMiss, reason);
            SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusMiss, null, reason, null, 0);
            return response;
        }
        finally
        {
            decision.Flight?.Complete(shared);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        SemanticCacheOptions settings = _options.Current;
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        CachePlan plan = Plan(list, options, settings);
        if (plan.BypassReason is { } bypass)
        {
            SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusBypass, null, bypass, null, 0);
            bool firstBypass = true;
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
            {
                if (firstBypass)
                {
                    Mark(update.AdditionalProperties ??= [], SemanticCacheProperties.StatusBypass, bypass);
                    firstBypass = false;
                }

                yield return update;
            }

            yield break;
        }

        Decision decision = await DecideAsync(plan, settings, cancellationToken).ConfigureAwait(false);
        if (decision.Hit is { } hit)
        {
            foreach (ChatResponseUpdate update in Replay(hit, decision.HitId!, settings.ReplayChunkCharacters))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return update;
            }

            yield break;
        }

        // A miss streams through; it is stored only if the stream ends normally (no exception, not abandoned).
        // Waiting identical requests are released in every case, with the answer only when it was stored.
        FlightResult? shared = null;
        try
        {
            var updates = new List<ChatResponseUpdate>();
            bool first = true;
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
            {
                updates.Add(update);
                if (first)
                {
                    Mark(update.AdditionalProperties ??= [], SemanticCacheProperties.StatusMiss, decision.Lookup.Reason);
                    first = false;
                }

                yield return update;
            }

            (string? notStored, shared) = await TryStoreAsync(plan, decision.Lookup, updates.ToChatResponse(), settings, cancellationToken).ConfigureAwait(false);
            SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusMiss, null, notStored ?? decision.Lookup.Reason, null, 0);
        }
        finally
        {
            decision.Flight?.Complete(shared);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _exactTier.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Mark(AdditionalPropertiesDictionary properties, string status, string? reason)
    {
        properties[GovernanceProperties.CacheStatus] = status;
        if (reason is not null)
        {
            properties[SemanticCacheProperties.Reason] = reason;
        }
    }

    private CachePlan Plan(IReadOnlyList<ChatMessage> messages, ChatOptions? options, SemanticCacheOptions settings)
    {
        if (GovernanceProperties.Get<bool>(options, GovernanceProperties.NoCache))
        {
            return CachePlan.Bypass(SemanticCacheReasons.NoCache);
        }

        if (options?.ConversationId is not null || options?.ContinuationToken is not null)
        {
            return CachePlan.Bypass(SemanticCacheReasons.ServerConversation);
        }

        int conversation = 0;
        int lastUser = -1;
        for (int i = 0; i < messages.Count; i++)
        {
            if (messages[i].Role != ChatRole.System)
            {
                conversation++;
            }

            if (messages[i].Role == ChatRole.User)
            {
                lastUser = i;
            }
        }

        if (conversation > settings.MaxConversationMessages)
        {
            return CachePlan.Bypass(SemanticCacheReasons.ConversationTooLong);
        }

        CallerContext caller = _callers.Resolve(options, GovernancePolicyNames.Cache, settings.RequireTenant);
        if (CallerScope(caller, settings) is not { } callerScope)
        {
            return CachePlan.Bypass(SemanticCacheReasons.TenantlessCaller);
        }

        string? embedText = null;
        int embedded = -1;
        if (settings.EnableSemanticTier && _embeddings is not null)
        {
            // Only text is embedded: a message that also carries an image, a file or a tool call is served by the
            // exact tier alone, or two different images asked "what is this?" would match.
            if (settings.EmbeddingInput == CacheEmbeddingInput.LastUserMessage && lastUser >= 0 && IsTextOnly(messages[lastUser]))
            {
                embedText = messages[lastUser].Text;
                embedded = lastUser;
            }
            else if (settings.EmbeddingInput == CacheEmbeddingInput.AllMessages)
            {
                var joined = new System.Text.StringBuilder();
                foreach (ChatMessage message in messages)
                {
                    if (message.Role == ChatRole.System)
                    {
                        continue;
                    }

                    if (!IsTextOnly(message))
                    {
                        joined.Clear();
                        break;
                    }

                    joined.Append(joined.Length > 0 ? "\n" : string.Empty).Append(message.Text);
                }

                embedText = joined.ToString();
                embedded = int.MaxValue;
            }

            embedText = string.IsNullOrWhiteSpace(embedText) || embedText.Length > settings.MaxEmbeddingTextLength ? null : CacheKeys.NormalizeText(embedText);
        }

        // Without an embedded text, the whole conversation scopes the partition; with one, all but the embedded message.
        string? partition = CacheKeys.Partition(callerScope, caller, messages, options, settings, embedText is null ? -1 : embedded == int.MaxValue ? -1 : embedded);
        string? exactKey = partition is null ? null : CacheKeys.Exact(messages, options);
        if (partition is null || exactKey is null)
        {
            return CachePlan.Bypass(SemanticCacheReasons.UnhashableRequest);
        }
        double threshold = settings.SimilarityThreshold;
        if (RequestedThreshold(options) is { } requested && requested > threshold)
        {
            threshold = Math.Min(requested, 1.0);
        }

        return new CachePlan(null, partition, exactKey, ExactTier.Key(partition, exactKey), embedText, (float)threshold, GovernanceProperties.Get<bool>(options, GovernanceProperties.NoStore), options?.ModelId);
    }

    /// <summary>Whose entries a caller may be served: its tenant's, everyone's when shared, or for a caller without a tenant what the options say; <see langword="null"/> for no cache.</summary>
    private static string? CallerScope(CallerContext caller, SemanticCacheOptions settings)
    {
        if (caller.TenantId is { } tenant)
        {
            return settings.ShareAcrossTenants ? "*" : "t:" + tenant;
        }

        return settings.TenantlessCallers switch
        {
            CacheTenantlessCallers.PartitionByUser => caller.UserId is { } user ? "u:" + user : null,
            CacheTenantlessCallers.Bypass => null,
            _ => settings.ShareAcrossTenants ? "*" : "\0anonymous",
        };
    }

    private static bool IsTextOnly(ChatMessage message)
    {
        foreach (AIContent content in message.Contents)
        {
            if (content is not TextContent)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The per-request threshold, as any numeric type or an invariant-culture string; malformed values are ignored.</summary>
    private static double? RequestedThreshold(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.TryGetValue(SemanticCacheProperties.SimilarityThreshold, out object? value))
        {
            return null;
        }

        return value switch
        {
            double d when double.IsFinite(d) => d,
            float f when float.IsFinite(f) => f,
            decimal m => (double)m,
            int i => i,
            string text when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double parsed) && double.IsFinite(parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>
    /// Serves a hit, or decides a miss: an exact hit first; then identical concurrent misses coalesce (one leads, the
    /// others wait for its answer) before the semantic tier is searched, so neither tier's misses stampede.
    /// </summary>
    private async ValueTask<Decision> DecideAsync(CachePlan plan, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        if (settings.EnableExactTier && await ExactHitAsync(plan, cancellationToken).ConfigureAwait(false) is { } exact)
        {
            return exact;
        }

        CacheFlights.Flight? lead = null;
        if (_flights.Join(plan.FlightKey!, out CacheFlights.Flight flight))
        {
            lead = flight;
        }
        else if (await flight.WaitAsync(cancellationToken).ConfigureAwait(false) is { } shared)
        {
            return Decision.Served(Hit(shared.Answer, shared.Tier, shared.Similarity), plan.ExactKey!);
        }

        // Without a shared answer (the leader failed or may not store its response), a waiter goes on alone.
        try
        {
            // The flight before this one may have landed between the exact lookup and the join: look again.
            if (lead is not null && settings.EnableExactTier && await ExactHitAsync(plan, cancellationToken).ConfigureAwait(false) is { } landed)
            {
                lead.Complete(null);
                return landed;
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

    private async ValueTask<Decision?> ExactHitAsync(CachePlan plan, CancellationToken cancellationToken)
    {
        CachedAnswer? answer = await _exactTier.GetAsync(plan.FlightKey!, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return answer is null ? null : Decision.Served(Hit(answer, SemanticCacheProperties.TierExact, 1f), plan.ExactKey!);
    }

    private async Task<Lookup> SemanticLookupAsync(CachePlan plan, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        if (plan.EmbedText is null || _embeddings is null)
        {
            return new Lookup(null, null, 0f, null, null);
        }

        float[]? vector;
        try
        {
            GeneratedEmbeddings<Embedding<float>> generated = await _embeddings
                .GenerateAsync([plan.EmbedText], cancellationToken: cancellationToken).ConfigureAwait(false);
            vector = generated.Count == 1 ? generated[0].Vector.ToArray() : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Lookup(null, null, 0f, null, SemanticCacheReasons.EmbeddingFailed);
        }

        if (vector is null || !VectorKernels.TryNormalize(vector, vector))
        {
            return new Lookup(null, null, 0f, null, null);
        }

        IReadOnlyList<SemanticCacheMatch> matches = await _store
            .FindSimilarAsync(plan.Partition!, vector, plan.Threshold, settings.MaxCandidates, cancellationToken).ConfigureAwait(false);
        string? rejected = null;
        ISemanticHitGuard? guard = settings.EnableHitGuard ? GuardFor(settings) : null;
        foreach (SemanticCacheMatch match in matches)
        {
            if (match.Similarity < plan.Threshold || match.Entry.PromptText is not { } cachedPrompt
                || !string.Equals(match.Entry.Partition, plan.Partition, StringComparison.Ordinal))
            {
                continue;
            }

            if (guard is not null && !guard.IsSafeHit(cachedPrompt, plan.EmbedText, out string? reason))
            {
                rejected ??= reason;
                continue;
            }

            return new Lookup(match.Entry, SemanticCacheProperties.TierSemantic, match.Similarity, vector, null);
        }

        return new Lookup(null, null, 0f, vector, rejected);
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

    private ChatResponse Hit(CachedAnswer answer, string tier, float similarity)
    {
        ChatResponse response = JsonSerializer.Deserialize(answer.Json.Span, ResponseTypeInfo)
            ?? throw new InvalidOperationException("A cache entry holds no response.");
        UsageDetails? usage = response.Usage;
        long saved = usage is null ? answer.TokensSaved : (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0);
        decimal? cost = usage is null ? null : _prices.Cost(answer.ModelId ?? response.ModelId, usage.InputTokenCount ?? 0, 0, usage.OutputTokenCount ?? 0);

        // Nothing was billed for this answer; what the original call reported stays visible beside it.
        response.Usage = new UsageDetails { InputTokenCount = 0, OutputTokenCount = 0, TotalTokenCount = 0 };
        AdditionalPropertiesDictionary properties = response.AdditionalProperties ??= [];
        if (usage is not null)
        {
            properties[SemanticCacheProperties.CachedUsage] = usage;
        }

        properties[GovernanceProperties.CacheStatus] = SemanticCacheProperties.StatusHit;
        properties[SemanticCacheProperties.Tier] = tier;
        properties[GovernanceProperties.CacheSimilarity] = (double)similarity;
        properties[GovernanceProperties.CacheTokensSaved] = saved;
        properties[GovernanceProperties.CostUsd] = 0m;
        if (cost is { } value)
        {
            properties[SemanticCacheProperties.CostSavedUsd] = value;
        }

        SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusHit, tier, null, similarity, saved);
        return response;
    }

    private static IEnumerable<ChatResponseUpdate> Replay(ChatResponse response, string entryId, int chunkCharacters)
    {
        bool first = true;
        for (int m = 0; m < response.Messages.Count; m++)
        {
            ChatMessage message = response.Messages[m];
            string messageId = message.MessageId ?? $"cache-{entryId}-{m}";
            var nonText = new List<AIContent>();
            foreach (AIContent content in message.Contents)
            {
                if (content is not TextContent text)
                {
                    nonText.Add(content);
                    continue;
                }

                foreach (string chunk in Chunk(text.Text, chunkCharacters))
                {
                    ChatResponseUpdate update = NewUpdate(response, message, messageId, [new TextContent(chunk)]);
                    if (first)
                    {
                        update.AdditionalProperties = new AdditionalPropertiesDictionary(response.AdditionalProperties!);
                        first = false;
                    }

                    yield return update;
                }
            }

            if (nonText.Count > 0)
            {
                yield return NewUpdate(response, message, messageId, nonText);
            }
        }

        // The zero usage of a hit rides on the last update, where providers put usage.
        ChatResponseUpdate final = NewUpdate(response, null, null, response.Usage is { } usage ? [new UsageContent(usage)] : []);
        final.FinishReason = response.FinishReason;
        if (first)
        {
            final.AdditionalProperties = new AdditionalPropertiesDictionary(response.AdditionalProperties!);
        }

        yield return final;
    }

    private static ChatResponseUpdate NewUpdate(ChatResponse response, ChatMessage? message, string? messageId, IList<AIContent> contents) =>
        new(message?.Role ?? ChatRole.Assistant, contents)
        {
            AuthorName = message?.AuthorName,
            MessageId = messageId,
            ResponseId = response.ResponseId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
        };

    /// <summary>Splits text into chunks of about <paramref name="size"/> characters, at white space when one is near, never inside a surrogate pair.</summary>
    internal static IEnumerable<string> Chunk(string text, int size)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + size);
            if (end < text.Length)
            {
                int space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start + (size / 2))
                {
                    end = space + 1;
                }
                else if (char.IsHighSurrogate(text[end - 1]))
                {
                    end--;
                }
            }

            yield return text[start..end];
            start = end;
        }
    }

    /// <summary>Stores a cacheable response in the exact tier and, with a semantic key, in the store; returns why not, or what waiting identical requests may be served.</summary>
    private async Task<(string? NotStored, FlightResult? Shared)> TryStoreAsync(CachePlan plan, Lookup lookup, ChatResponse response, SemanticCacheOptions settings, CancellationToken cancellationToken)
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
        try
        {
            if (settings.EnableExactTier)
            {
                await _exactTier.SetAsync(plan.FlightKey!, answer, settings.TimeToLive, cancellationToken).ConfigureAwait(false);
            }

            // The store serves the semantic tier; without a semantic key an entry could only be found exactly.
            if (lookup.Vector is not null)
            {
                await _store.SetAsync(
                    new SemanticCacheEntry
                    {
                        Id = Guid.NewGuid().ToString("N"),
                        Partition = plan.Partition!,
                        ExactKey = plan.ExactKey!,
                        Embedding = lookup.Vector ?? ReadOnlyMemory<float>.Empty,
                        PromptText = lookup.Vector is null ? null : plan.EmbedText,
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
            // The caller has the response already; a failing store must not fail the call.
            return (SemanticCacheReasons.StoreFailed, null);
        }

        return (null, new FlightResult(answer, SemanticCacheProperties.TierExact, 1f));
    }

    private sealed record CachePlan(string? BypassReason, string? Partition, string? ExactKey, string? FlightKey, string? EmbedText, float Threshold, bool NoStore, string? ModelId)
    {
        public static CachePlan Bypass(string reason) => new(reason, null, null, null, null, 0f, false, null);
    }

    /// <summary>A hit to serve (with the id its streamed replay is named by), or a miss with its lookup and, for the leader of identical misses, the flight to land.</summary>
    private sealed record Decision(ChatResponse? Hit, string? HitId, Lookup Lookup, CacheFlights.Flight? Flight)
    {
        public static Decision Served(ChatResponse hit, string id) => new(hit, id, default, null);
    }

    private sealed record GuardForOptions(SemanticCacheOptions Options, ISemanticHitGuard Guard);

    private readonly record struct Lookup(SemanticCacheEntry? Entry, string? Tier, float Similarity, float[]? Vector, string? Reason);
}
