using Governance.AI.Caching;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Embeddings;

/// <summary>
/// An exact cache of embeddings per input value on <see cref="HybridCache"/> (L1 in process, L2 the application's
/// <c>IDistributedCache</c>): in a batch of ten with seven cached, only the three misses go to the provider, and the
/// result is reassembled in the caller's order.
/// </summary>
/// <remarks>
/// <para>A value's key is a SHA-256 (<c>KeyHash</c>, as the chat cache's exact tier) over the cache name, the
/// caller's partition (the tenant unless <see cref="EmbeddingCacheOptions.ShareAcrossTenants"/>; one partition for
/// callers without a tenant), the model, the dimensions, the provider-specific
/// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> (an <c>input_type</c> embeds a query and a document
/// differently; the pipeline's own <c>governance.*</c> keys are left out) and the value's text as it reaches the cache
/// — after redaction when the redaction policy runs. A request whose options cannot be compared (a
/// <see cref="EmbeddingGenerationOptions.RawRepresentationFactory"/> the caller does not describe with
/// <see cref="SemanticCacheProperties.RawRepresentationKey"/>, or a provider option with no JSON form) bypasses the
/// cache; a described factory's description joins the key. Entries carry their own expiry, checked on the policy's
/// clock.</para>
/// <para><see cref="GovernanceProperties.NoCache"/> skips the cache; <see cref="GovernanceProperties.NoStore"/>
/// reads it but stores nothing. The result reports <see cref="GovernanceProperties.CacheStatus"/> (<c>hit</c> when
/// every value was cached, else <c>miss</c>) and <see cref="CacheHitsKey"/>; its
/// <see cref="GeneratedEmbeddings{TEmbedding}.Usage"/> is the provider's for the misses only.</para>
/// </remarks>
public sealed class CachingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Response key: how many of the batch's values were served from the cache (an <see cref="int"/>).</summary>
    public const string CacheHitsKey = "governance.cache.embedding_hits";

    private const string KeyPrefix = "governance:embeddings:";

    // Read without a factory: misses go to the provider together, as one smaller batch.
    private static readonly HybridCacheEntryOptions LookupOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private readonly IPolicyOptionsSource<EmbeddingCacheOptions> _options;
    private readonly TimeProvider _time;
    private readonly CallerContextResolver _callers;
    private readonly HybridCache _cache;
    private readonly ServiceProvider? _ownedServices;

    /// <summary>Initializes a new instance of the <see cref="CachingEmbeddingGenerator"/> class with fixed options.</summary>
    /// <param name="innerGenerator">The next generator towards the provider.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="cache">The cache; a private in-process <see cref="HybridCache"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock entries expire on; the system clock by default.</param>
    /// <param name="callerResolver">Finds the caller of a request; <see cref="CallerContextResolver.Default"/> by default.</param>
    public CachingEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        EmbeddingCacheOptions options,
        HybridCache? cache = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : this(innerGenerator, PolicyOptionsSource.Validated(options, "AiGovernance:" + EmbeddingCacheOptions.SectionName), cache, timeProvider, callerResolver)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CachingEmbeddingGenerator"/> class with options read per request.</summary>
    /// <param name="innerGenerator">The next generator towards the provider.</param>
    /// <param name="options">The source of the current, validated options.</param>
    /// <param name="cache">The cache; a private in-process <see cref="HybridCache"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock entries expire on; the system clock by default.</param>
    /// <param name="callerResolver">Finds the caller of a request; <see cref="CallerContextResolver.Default"/> by default.</param>
    public CachingEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        IPolicyOptionsSource<EmbeddingCacheOptions> options,
        HybridCache? cache = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : base(innerGenerator)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _callers = callerResolver ?? CallerContextResolver.Default;
        if (cache is not null)
        {
            _cache = cache;
            return;
        }

        var services = new ServiceCollection();
        services.AddSingleton(_time);
        services.AddMemoryCache(memory => memory.SizeLimit = options.Current.MaxLocalBytes);
        services.AddHybridCache().AddSerializer<CachedEmbedding, CachedEmbeddingSerializer>();
        _ownedServices = services.BuildServiceProvider();
        _cache = _ownedServices.GetRequiredService<HybridCache>();
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options.IsSet(GovernanceProperties.NoCache) || RequestKey(options) is not { } request)
        {
            return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }

        EmbeddingCacheOptions settings = _options.Current;
        IReadOnlyList<string> batch = values as IReadOnlyList<string> ?? [.. values];
        string partition = Partition(_callers.ResolveCaller(options, GovernancePolicyNames.Cache, requireTenant: false), settings);
        DateTimeOffset now = _time.GetUtcNow();
        var keys = new string[batch.Count];
        var embeddings = new Embedding<float>?[batch.Count];
        List<string>? missValues = null;
        for (int i = 0; i < batch.Count; i++)
        {
            keys[i] = Key(partition, request, batch[i]);
            CachedEmbedding? stored = await _cache.GetOrCreateAsync<CachedEmbedding?>(keys[i], static _ => ValueTask.FromResult<CachedEmbedding?>(null), LookupOnly, null, cancellationToken)
                .ConfigureAwait(false);
            embeddings[i] = stored is not null && stored.ExpiresTicks > now.UtcTicks ? new Embedding<float>(stored.Vector) { ModelId = options?.ModelId } : null;
            if (embeddings[i] is null)
            {
                (missValues ??= new List<string>(batch.Count - i)).Add(batch[i]);
            }
        }

        int hits = batch.Count - (missValues?.Count ?? 0);
        GeneratedEmbeddings<Embedding<float>>? generated = null;
        if (missValues is not null)
        {
            generated = await base.GenerateAsync(missValues, options, cancellationToken).ConfigureAwait(false);
            if (generated.Count != missValues.Count)
            {
                throw new InvalidOperationException($"The embedding generator returned {generated.Count} embeddings for {missValues.Count} values.");
            }

            bool store = !options.IsSet(GovernanceProperties.NoStore);
            var entry = new HybridCacheEntryOptions { Expiration = settings.TimeToLive, LocalCacheExpiration = settings.TimeToLive };
            for (int i = 0, next = 0; i < embeddings.Length; i++)
            {
                if (embeddings[i] is not null)
                {
                    continue;
                }

                Embedding<float> fresh = generated[next++];
                embeddings[i] = fresh;
                if (store)
                {
                    await _cache.SetAsync(keys[i], new CachedEmbedding((now + settings.TimeToLive).UtcTicks, fresh.Vector.ToArray()), entry, null, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(embeddings!)
        {
            Usage = generated?.Usage,
            AdditionalProperties = generated?.AdditionalProperties is { } inner ? new AdditionalPropertiesDictionary(inner) : [],
        };
        result.AdditionalProperties[GovernanceProperties.CacheStatus] = missValues is null ? "hit" : "miss";
        result.AdditionalProperties[CacheHitsKey] = hits;
        return result;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedServices?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The caller scope of the keys: the tenant unless tenants share, one partition for callers without a tenant.</summary>
    private static string Partition(CallerContext caller, EmbeddingCacheOptions settings)
    {
        string scope = settings.ShareAcrossTenants ? "*" : caller.TenantId is { Length: > 0 } tenant ? "t:" + tenant : "\0anonymous";
        return settings.CacheName is { } name ? name + "\0" + scope : scope;
    }

    /// <summary>
    /// The options' part of every value's key: model, dimensions, the description of a raw-representation factory and
    /// the provider-specific properties; <see langword="null"/> when they cannot be compared (an undescribed factory is
    /// a delegate; a property may have no JSON form).
    /// </summary>
    private static string? RequestKey(EmbeddingGenerationOptions? options)
    {
        // As for chat (CacheKeys): two delegates cannot be compared, so a request with a factory bypasses the cache
        // unless the caller says what the factory stands for; the description then joins the key.
        string? stands = null;
        if (options?.RawRepresentationFactory is not null)
        {
            if (options.AdditionalProperties is not { } described ||
                !described.TryGetValue(SemanticCacheProperties.RawRepresentationKey, out object? value) || value is not string text)
            {
                return null;
            }

            stands = text;
        }

        using var hash = new KeyHash();
        hash.Add(options?.ModelId);
        hash.Add(options?.Dimensions);
        if (stands is not null)
        {
            // Only with a factory, so the keys of requests without one stay as they were. The two never meet: fields
            // are length-prefixed and the properties come in name/value pairs, so only a key with a factory has an
            // odd number of fields.
            hash.Add(stands);
        }

        if (options?.AdditionalProperties is { Count: > 0 } properties)
        {
            List<string>? names = null;
            foreach (KeyValuePair<string, object?> pair in properties)
            {
                if (!GovernanceProperties.IsGovernanceKey(pair.Key))
                {
                    (names ??= []).Add(pair.Key);
                }
            }

            if (names is not null)
            {
                names.Sort(StringComparer.Ordinal);
                foreach (string name in names)
                {
                    hash.Add(name);
                    hash.AddJson(properties[name]);
                }
            }
        }

        return hash.Finish();
    }

    private static string Key(string partition, string request, string value)
    {
        using var hash = new KeyHash();
        hash.Add(partition);
        hash.Add(request);
        hash.Add(value);
        return KeyPrefix + hash.Finish();
    }
}
