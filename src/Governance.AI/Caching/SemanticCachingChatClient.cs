using System.Runtime.CompilerServices;
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
/// or <see cref="SemanticCacheOptions.TenantlessCallers"/> without one), model (the provider's default when the request names none), system prompt, instructions, tools,
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
public sealed partial class SemanticCachingChatClient : DelegatingChatClient
{
    private static readonly JsonTypeInfo<ChatResponse> ResponseTypeInfo =
        (JsonTypeInfo<ChatResponse>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse));

    // Boxed once: every exact hit reports the same similarity and cost (boxed values are immutable).
    private static readonly object BoxedFullSimilarity = 1.0;
    private static readonly object BoxedZeroCost = 0m;

    private readonly IPolicyOptionsSource<SemanticCacheOptions> _options;
    private readonly ISemanticCacheStore _store;
    private readonly ExactTier _exactTier;
    private readonly CacheFlights _flights = new();
    private readonly ResponseTemplates _templates = new();
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;
    private readonly string? _embedder;
    private readonly IPromptSpellingCorrector? _spelling;
    private readonly ISemanticHitGuard? _customGuard;
    private readonly TimeProvider _time;
    private readonly CallerContextResolver _callers;
    private readonly ModelPriceTable _prices;
    private GuardForOptions? _defaultGuard;
    private ProviderDefaultModel _defaultModel;

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
        _exactTier = new ExactTier(exactTierCache, _time, options.Current.Store.MaxMemoryBytes);
        _embeddings = embeddingGenerator;
        _embedder = EmbedderIdentity(embeddingGenerator);
        _spelling = embeddingGenerator?.GetService<IPromptSpellingCorrector>();
        _customGuard = hitGuard;
        _callers = callers ?? CallerContextResolver.Default;
        _prices = prices ?? ModelPriceTable.Default;
    }

    /// <summary>
    /// Sets a value indicating whether the exact tier's cache given to the constructor is one only this process writes
    /// (the library's own <see cref="HybridCache"/> without L2): the pipeline builders set it from the application's
    /// services, so that a miss skips HybridCache's miss path for keys no exact tier wrote.
    /// </summary>
    internal bool ExactTierCacheIsInProcess
    {
        init
        {
            if (value)
            {
                _exactTier.DeclareOnlyWrittenHere();
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// When the lookup, the inner call and the store complete synchronously (in-memory tiers, an in-memory answer)
    /// the call is finished on the spot and a miss returns the inner task itself, marked: no async state machine and
    /// no task of its own. Every failure still comes back through the returned task. Every response returned is the
    /// caller's to change: a hit is materialized for this request, a miss or bypass is the inner response annotated in
    /// place (the caller-side redaction step relies on this to add its counts without a copy).
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            SemanticCacheOptions settings = _options.Current;
            IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
            CachePlan plan = Plan(list, options, settings);
            if (plan.BypassReason is { } bypass)
            {
                return BypassAsync(list, options, bypass, cancellationToken);
            }

            ValueTask<Decision> deciding = DecideAsync(plan, settings, cancellationToken);
            if (!deciding.IsCompletedSuccessfully)
            {
                return DecideThenAnswerAsync(deciding, plan, list, options, settings, cancellationToken);
            }

            Decision decision = deciding.Result;
            return decision.Hit is { } hit ? Task.FromResult(hit) : Answer(decision, plan, list, options, settings, cancellationToken);
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
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
            _telemetry.Report(SemanticCacheProperties.StatusBypass, null, bypass, null, 0);
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
            foreach (ChatResponseUpdate update in Replay(hit, decision.HitId ?? plan.ExactKey!, settings.ReplayChunkCharacters))
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
            _telemetry.Report(SemanticCacheProperties.StatusMiss, null, notStored ?? decision.Lookup.Reason, null, 0);
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

    private ChatResponse Hit(CachedAnswer answer, string tier, float similarity)
    {
        ChatResponse response = _templates.Materialize(answer.Json);
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
        properties[GovernanceProperties.CacheSimilarity] = similarity == 1f ? BoxedFullSimilarity : (double)similarity;
        properties[GovernanceProperties.CacheTokensSaved] = saved;
        properties[GovernanceProperties.CostUsd] = BoxedZeroCost;
        if (cost is { } value)
        {
            properties[SemanticCacheProperties.CostSavedUsd] = value;
        }

        _telemetry.Report(SemanticCacheProperties.StatusHit, tier, null, similarity, saved);
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
}
