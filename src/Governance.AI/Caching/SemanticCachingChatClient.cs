using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>
/// The semantic cache policy (<see cref="GovernanceStage.Cache"/>): serves a stored response for an identical
/// request (exact tier) or for a similar one that passes the hit guard (semantic tier), always within the caller's
/// partition, and stores cacheable responses of misses.
/// </summary>
/// <remarks>
/// <para>
/// Partitions: the tenant, model, system prompt, instructions, tools, response format, configured vary-by values and
/// the conversation around the embedded text are hashed into the partition key, so identical prompts from two
/// tenants never share an entry unless <see cref="SemanticCacheOptions.ShareAcrossTenants"/> is set.
/// </para>
/// <para>
/// Never stored: responses calling a tool not listed in <see cref="SemanticCacheOptions.IdempotentTools"/>, errors,
/// content-filtered or length-truncated responses, background responses, aborted or failed streams, and calls with
/// <see cref="GovernanceProperties.NoStore"/> or <see cref="GovernanceProperties.NoCache"/>.
/// </para>
/// <para>
/// Visible: every response carries <see cref="GovernanceProperties.CacheStatus"/> (<c>hit</c>, <c>miss</c>,
/// <c>bypass</c>) and, for hits, <see cref="SemanticCacheProperties.Tier"/>, <see cref="GovernanceProperties.CacheSimilarity"/>,
/// <see cref="GovernanceProperties.CacheTokensSaved"/> and <see cref="SemanticCacheProperties.CostSavedUsd"/>; a streamed
/// response carries them on its first update. A hit has no <see cref="ChatResponse.Usage"/>: it consumed no tokens.
/// </para>
/// </remarks>
public sealed class SemanticCachingChatClient : DelegatingChatClient
{
    private static readonly JsonTypeInfo<ChatResponse> ResponseTypeInfo =
        (JsonTypeInfo<ChatResponse>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse));

    private readonly IPolicyOptionsSource<SemanticCacheOptions> _options;
    private readonly ISemanticCacheStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;
    private readonly IPromptSpellingCorrector? _spelling;
    private readonly ISemanticHitGuard? _customGuard;
    private readonly TimeProvider _time;
    private readonly CallerContextResolver _callers;
    private readonly ModelPriceTable _prices;
    private GuardForOptions? _defaultGuard;

    /// <summary>Initializes a new instance of the <see cref="SemanticCachingChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="store">The store; an <see cref="InMemorySemanticCacheStore"/> with <see cref="SemanticCacheOptions.Store"/> limits when <see langword="null"/>.</param>
    /// <param name="embeddingGenerator">The embedder of the semantic tier; without one, only the exact tier works.</param>
    /// <param name="hitGuard">The hit guard; a <see cref="PromptDifferenceGuard"/> with <see cref="SemanticCacheOptions.Guard"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="callers">Resolves the caller; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="prices">The prices for the cost a hit saved; <see cref="ModelPriceTable.Default"/> when <see langword="null"/>.</param>
    public SemanticCachingChatClient(
        IChatClient innerClient,
        SemanticCacheOptions options,
        ISemanticCacheStore? store = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ISemanticHitGuard? hitGuard = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callers = null,
        ModelPriceTable? prices = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options ?? throw new ArgumentNullException(nameof(options)), "AiGovernance:" + SemanticCacheOptions.SectionName), store, embeddingGenerator, hitGuard, timeProvider, callers, prices)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SemanticCachingChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The source of the current options, read per request.</param>
    /// <param name="store">The store; an <see cref="InMemorySemanticCacheStore"/> with the current <see cref="SemanticCacheOptions.Store"/> limits when <see langword="null"/>.</param>
    /// <param name="embeddingGenerator">The embedder of the semantic tier; without one, only the exact tier works.</param>
    /// <param name="hitGuard">The hit guard; a <see cref="PromptDifferenceGuard"/> with <see cref="SemanticCacheOptions.Guard"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="callers">Resolves the caller; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="prices">The prices for the cost a hit saved; <see cref="ModelPriceTable.Default"/> when <see langword="null"/>.</param>
    public SemanticCachingChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<SemanticCacheOptions> options,
        ISemanticCacheStore? store = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ISemanticHitGuard? hitGuard = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callers = null,
        ModelPriceTable? prices = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _store = store ?? new InMemorySemanticCacheStore(options.Current.Store, _time);
        _embeddings = embeddingGenerator;
        _spelling = embeddingGenerator?.GetService<IPromptSpellingCorrector>();
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

        Lookup lookup = await LookupAsync(plan, settings, cancellationToken).ConfigureAwait(false);
        if (lookup.Entry is { } entry)
        {
            return Hit(entry, lookup);
        }

        ChatResponse response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        string? notStored = await TryStoreAsync(plan, lookup, response, settings, cancellationToken).ConfigureAwait(false);
        string? reason = notStored ?? lookup.Reason;
        Mark(response.AdditionalProperties ??= [], SemanticCacheProperties.StatusMiss, reason);
        SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusMiss, null, reason, null, 0);
        return response;
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

        Lookup lookup = await LookupAsync(plan, settings, cancellationToken).ConfigureAwait(false);
        if (lookup.Entry is { } entry)
        {
            foreach (ChatResponseUpdate update in Replay(Hit(entry, lookup), entry.Id, settings.ReplayChunkCharacters))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return update;
            }

            yield break;
        }

        // A miss streams through; it is stored only if the stream ends normally (no exception, not abandoned).
        var updates = new List<ChatResponseUpdate>();
        bool first = true;
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            if (first)
            {
                Mark(update.AdditionalProperties ??= [], SemanticCacheProperties.StatusMiss, lookup.Reason);
                first = false;
            }

            yield return update;
        }

        string? notStored = await TryStoreAsync(plan, lookup, updates.ToChatResponse(), settings, cancellationToken).ConfigureAwait(false);
        SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusMiss, null, notStored ?? lookup.Reason, null, 0);
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

            embedText = string.IsNullOrWhiteSpace(embedText) || embedText.Length > settings.MaxEmbeddingTextLength ? null : SemanticText(embedText);
        }

        // Without an embedded text, the whole conversation scopes the partition; with one, all but the embedded message.
        string partition = CacheKeys.Partition(caller, messages, options, settings, embedText is null ? -1 : embedded == int.MaxValue ? -1 : embedded);
        string exactKey = CacheKeys.Exact(messages, options);
        double threshold = settings.SimilarityThreshold;
        if (RequestedThreshold(options) is { } requested && requested > threshold)
        {
            threshold = Math.Min(requested, 1.0);
        }

        return new CachePlan(null, partition, exactKey, embedText, (float)threshold, GovernanceProperties.Get<bool>(options, GovernanceProperties.NoStore), options?.ModelId);
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

    private async Task<Lookup> LookupAsync(CachePlan plan, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        if (settings.EnableExactTier)
        {
            SemanticCacheEntry? exact = await _store.GetExactAsync(plan.Partition!, plan.ExactKey!, cancellationToken).ConfigureAwait(false);
            if (exact is not null)
            {
                return new Lookup(exact, SemanticCacheProperties.TierExact, 1f, null, null);
            }
        }

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

    // The text the semantic tier embeds and the guard compares: the request without its framing, typos corrected
    // against the embedder's vocabulary when it offers a corrector.
    private string SemanticText(string text)
    {
        string request = PromptFraming.Strip(CacheKeys.NormalizeText(text));
        return _spelling is null ? request : _spelling.Correct(request);
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

    private ChatResponse Hit(SemanticCacheEntry entry, Lookup lookup)
    {
        ChatResponse response = JsonSerializer.Deserialize(entry.Response.Span, ResponseTypeInfo)
            ?? throw new InvalidOperationException("A cache entry holds no response.");
        UsageDetails? usage = response.Usage;
        long saved = usage is null ? entry.TokensSaved : (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0);
        decimal? cost = usage is null ? null : _prices.Cost(entry.ModelId ?? response.ModelId, usage.InputTokenCount ?? 0, 0, usage.OutputTokenCount ?? 0);
        response.Usage = null;
        AdditionalPropertiesDictionary properties = response.AdditionalProperties ??= [];
        properties[GovernanceProperties.CacheStatus] = SemanticCacheProperties.StatusHit;
        properties[SemanticCacheProperties.Tier] = lookup.Tier;
        properties[GovernanceProperties.CacheSimilarity] = (double)lookup.Similarity;
        properties[GovernanceProperties.CacheTokensSaved] = saved;
        properties[GovernanceProperties.CostUsd] = 0m;
        if (cost is { } value)
        {
            properties[SemanticCacheProperties.CostSavedUsd] = value;
        }

        SemanticCacheTelemetry.Report(SemanticCacheProperties.StatusHit, lookup.Tier, null, lookup.Similarity, saved);
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

        ChatResponseUpdate final = NewUpdate(response, null, null, []);
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

    private async Task<string?> TryStoreAsync(CachePlan plan, Lookup lookup, ChatResponse response, SemanticCacheOptions settings, CancellationToken cancellationToken)
    {
        if (plan.NoStore)
        {
            return SemanticCacheReasons.NoStore;
        }

        if (NotCacheable(response, settings) is { } reason)
        {
            return reason;
        }

        DateTimeOffset now = _time.GetUtcNow();
        UsageDetails? usage = response.Usage;
        var entry = new SemanticCacheEntry
        {
            Id = Guid.NewGuid().ToString("N"),
            Partition = plan.Partition!,
            ExactKey = plan.ExactKey!,
            Embedding = lookup.Vector ?? ReadOnlyMemory<float>.Empty,
            PromptText = lookup.Vector is null ? null : plan.EmbedText,
            Response = JsonSerializer.SerializeToUtf8Bytes(ForStorage(response), ResponseTypeInfo),
            TokensSaved = usage is null ? 0 : (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0),
            ModelId = response.ModelId ?? plan.ModelId,
            CreatedAt = now,
            ExpiresAt = now + settings.TimeToLive,
        };

        try
        {
            await _store.SetAsync(entry, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The caller has the response already; a failing store must not fail the call.
            return SemanticCacheReasons.StoreFailed;
        }
    }

    private static string? NotCacheable(ChatResponse response, SemanticCacheOptions settings)
    {
        if (response.FinishReason == ChatFinishReason.Length)
        {
            return SemanticCacheReasons.Truncated;
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return SemanticCacheReasons.Blocked;
        }

        if (response.ContinuationToken is not null)
        {
            return SemanticCacheReasons.Empty;
        }

        bool hasContent = false;
        foreach (ChatMessage message in response.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                switch (content)
                {
                    case ErrorContent:
                        return SemanticCacheReasons.Error;
                    case FunctionCallContent call when !IsIdempotent(call.Name, settings):
                        return SemanticCacheReasons.ToolCalls;
                    case UsageContent:
                        break;
                    case TextContent text when string.IsNullOrEmpty(text.Text):
                        break;
                    default:
                        hasContent = true;
                        break;
                }
            }
        }

        return hasContent ? null : SemanticCacheReasons.Empty;
    }

    private static bool IsIdempotent(string name, SemanticCacheOptions settings)
    {
        foreach (string tool in settings.IdempotentTools)
        {
            if (string.Equals(tool, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy without per-call governance annotations (route, cost, cache status) and without the raw provider object.</summary>
    private static ChatResponse ForStorage(ChatResponse response)
    {
        var messages = new List<ChatMessage>(response.Messages.Count);
        foreach (ChatMessage message in response.Messages)
        {
            messages.Add(message.AdditionalProperties is { Count: > 0 } messageProperties && HasGovernanceKey(messageProperties)
                ? new ChatMessage(message.Role, message.Contents)
                {
                    AuthorName = message.AuthorName,
                    MessageId = message.MessageId,
                    CreatedAt = message.CreatedAt,
                    AdditionalProperties = WithoutGovernanceKeys(messageProperties),
                }
                : message);
        }

        var copy = new ChatResponse(messages)
        {
            ResponseId = response.ResponseId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
            Usage = response.Usage,
        };
        if (response.AdditionalProperties is { Count: > 0 } properties)
        {
            copy.AdditionalProperties = WithoutGovernanceKeys(properties);
        }

        return copy;
    }

    private static bool HasGovernanceKey(AdditionalPropertiesDictionary properties)
    {
        foreach (string key in properties.Keys)
        {
            if (GovernanceProperties.IsGovernanceKey(key))
            {
                return true;
            }
        }

        return false;
    }

    private static AdditionalPropertiesDictionary? WithoutGovernanceKeys(AdditionalPropertiesDictionary properties)
    {
        AdditionalPropertiesDictionary? kept = null;
        foreach (KeyValuePair<string, object?> property in properties)
        {
            if (!GovernanceProperties.IsGovernanceKey(property.Key))
            {
                (kept ??= [])[property.Key] = property.Value;
            }
        }

        return kept;
    }

    private sealed record CachePlan(string? BypassReason, string? Partition, string? ExactKey, string? EmbedText, float Threshold, bool NoStore, string? ModelId)
    {
        public static CachePlan Bypass(string reason) => new(reason, null, null, null, 0f, false, null);
    }

    private sealed record GuardForOptions(SemanticCacheOptions Options, ISemanticHitGuard Guard);

    private readonly record struct Lookup(SemanticCacheEntry? Entry, string? Tier, float Similarity, float[]? Vector, string? Reason);
}

/// <summary>The cache's metrics (on <see cref="Telemetry.GovernanceDiagnostics.Meter"/>) and span events; never prompt text.</summary>
internal static class SemanticCacheTelemetry
{
    private static readonly System.Diagnostics.Metrics.Counter<long> Requests =
        Telemetry.GovernanceDiagnostics.Meter.CreateCounter<long>("governance.cache.requests", "{request}", "Cache lookups by status (hit, miss, bypass), tier and reason.");

    private static readonly System.Diagnostics.Metrics.Counter<long> TokensSaved =
        Telemetry.GovernanceDiagnostics.Meter.CreateCounter<long>("governance.cache.tokens_saved", "{token}", "Tokens cache hits saved.");

    private static readonly System.Diagnostics.Metrics.Histogram<double> Similarity =
        Telemetry.GovernanceDiagnostics.Meter.CreateHistogram<double>("governance.cache.similarity", null, "Similarity of semantic cache hits.");

    public static void Report(string status, string? tier, string? reason, float? similarity, long tokensSaved)
    {
        var tags = new TagList { { "status", status } };
        if (tier is not null)
        {
            tags.Add("tier", tier);
        }

        if (reason is not null)
        {
            tags.Add("reason", reason);
        }

        Requests.Add(1, tags);
        if (tokensSaved > 0)
        {
            TokensSaved.Add(tokensSaved, tags);
        }

        if (similarity is { } value && tier == SemanticCacheProperties.TierSemantic)
        {
            Similarity.Record(value, tags);
        }

        if (Activity.Current is { } activity)
        {
            var eventTags = new ActivityTagsCollection { ["governance.cache.status"] = status };
            if (tier is not null)
            {
                eventTags["governance.cache.tier"] = tier;
            }

            if (reason is not null)
            {
                eventTags["governance.cache.reason"] = reason;
            }

            if (similarity is { } s)
            {
                eventTags["governance.cache.similarity"] = (double)s;
            }

            activity.AddEvent(new ActivityEvent("governance.cache", tags: eventTags));
        }
    }
}
