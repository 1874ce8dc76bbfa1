using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>The cache policy's plan for a request: bypass, or its partition, exact key and semantic text.</summary>
public sealed partial class SemanticCachingChatClient
{
    private CachePlan Plan(IReadOnlyList<ChatMessage> messages, ChatOptions? options, SemanticCacheOptions settings)
    {
        // All switches in one pass over the request's keys: a separate lookup of the opt-out scanned them again.
        CacheSwitches switches = CacheSwitches.Read(options);
        if (switches.NoCache)
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
            ChatRoleKind role = ChatRoles.KindOf(messages[i].Role);
            if (role != ChatRoleKind.System)
            {
                conversation++;
            }

            if (role == ChatRoleKind.User)
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

            // As sent: the semantic form (normalized, framing removed) is built only on an exact-tier miss.
            embedText = string.IsNullOrWhiteSpace(embedText) || embedText.Length > settings.MaxEmbeddingTextLength ? null : embedText;
        }

        // Without an embedded text, the whole conversation scopes the partition; with one, all but the embedded message.
        var fields = new PartitionFields(
            callerScope, caller, messages, options, settings, embedText is null ? -1 : embedded == int.MaxValue ? -1 : embedded, options?.ModelId is null ? _defaultModel.Get(InnerClient) : null, switches.PrefersCheaperModel, _embedder);
        if (CacheKeys.Request(fields, ExactTier.KeyPrefix, out string? partition) is not { } flightKey)
        {
            return CachePlan.Bypass(SemanticCacheReasons.UnhashableRequest);
        }

        double threshold = settings.SimilarityThreshold;
        if (RequestedThreshold(switches.Threshold) is { } requested && requested > threshold)
        {
            threshold = Math.Min(requested, 1.0);
        }

        return new CachePlan(fields, flightKey, partition, embedText, (float)threshold, switches.NoStore);
    }

    /// <summary>
    /// The embedding model an embedder's vectors come from, as its <see cref="EmbeddingGeneratorMetadata"/> names it
    /// (provider, default model, default dimension; the embedder's type when it reports no provider), read once:
    /// part of the partition, so entries embedded by one model are never searched with another model's vectors.
    /// </summary>
    /// <param name="embedder">The embedder; <see langword="null"/> for none.</param>
    /// <returns>The identity, or <see langword="null"/> without an embedder.</returns>
    internal static string? EmbedderIdentity(IEmbeddingGenerator<string, Embedding<float>>? embedder)
    {
        if (embedder is null)
        {
            return null;
        }

        var metadata = embedder.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata;
        return string.Join(
            '\u001f',
            metadata?.ProviderName ?? embedder.GetType().FullName,
            metadata?.DefaultModelId,
            metadata?.DefaultModelDimensions?.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        // By index: enumerating the IList allocates an enumerator.
        IList<AIContent> contents = message.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is not TextContent)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The per-request threshold, as any numeric type or an invariant-culture string; malformed values are ignored.</summary>
    private static double? RequestedThreshold(object? value) => value switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => f,
        decimal m => (double)m,
        int i => i,
        string text when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double parsed) && double.IsFinite(parsed) => parsed,
        _ => null,
    };

    /// <summary>
    /// The request's no-cache and no-store switches, threshold and request for a cheaper model (which scopes the
    /// partition), read in one pass over its properties instead of one keyed lookup each (a lookup hashes its key
    /// ignoring case; a pass over the few properties a request carries compares lengths first).
    /// </summary>
    private readonly record struct CacheSwitches(bool NoCache, bool NoStore, bool PrefersCheaperModel, object? Threshold)
    {
        public static CacheSwitches Read(ChatOptions? options)
        {
            if (options?.AdditionalProperties is not { Count: > 0 } properties)
            {
                return default;
            }

            bool noCache = false;
            bool noStore = false;
            bool cheaper = false;
            object? threshold = null;
            // The dictionary's own enumerator (no allocation); its keys are unique ignoring case, as compared here.
            foreach (KeyValuePair<string, object?> pair in properties)
            {
                // No-store before no-cache: the two keys have one length, so a key is compared in full with the other
                // one before it; no-store is the one requests usually carry.
                if (string.Equals(pair.Key, GovernanceProperties.NoStore, StringComparison.OrdinalIgnoreCase))
                {
                    noStore = pair.Value is true;
                }
                else if (string.Equals(pair.Key, GovernanceProperties.NoCache, StringComparison.OrdinalIgnoreCase))
                {
                    noCache = pair.Value is true;
                }
                else if (string.Equals(pair.Key, GovernanceProperties.PreferCheaperModel, StringComparison.OrdinalIgnoreCase))
                {
                    cheaper = pair.Value is true;
                }
                else if (string.Equals(pair.Key, SemanticCacheProperties.SimilarityThreshold, StringComparison.OrdinalIgnoreCase))
                {
                    threshold = pair.Value;
                }
            }

            return new CacheSwitches(noCache, noStore, cheaper, threshold);
        }
    }

    /// <summary>A request's plan. The partition key comes with the request key, from the same canonical fields (the
    /// partition's lead the request's); when those were too large to keep, it is computed when a lookup or a store
    /// needs it.</summary>
    private sealed class CachePlan
    {
        private readonly PartitionFields _fields;
        private string? _partition;
        private string? _exactKey;

        public CachePlan(in PartitionFields fields, string flightKey, string? partition, string? embedText, float threshold, bool noStore)
        {
            _fields = fields;
            FlightKey = flightKey;
            _partition = partition;
            EmbedText = embedText;
            Threshold = threshold;
            NoStore = noStore;
            ModelId = fields.Options?.ModelId ?? fields.DefaultModel;
        }

        private CachePlan(string bypassReason)
        {
            BypassReason = bypassReason;
        }

        public string? BypassReason { get; }

        /// <summary>Gets the request key, the identity of a stored entry within its partition (the exact tier's key without its namespace).</summary>
        public string? ExactKey => FlightKey is null ? null : _exactKey ??= FlightKey[ExactTier.KeyPrefix.Length..];

        /// <summary>Gets the exact tier's key, which also names the request's flight.</summary>
        public string? FlightKey { get; }

        public string? EmbedText { get; }

        public float Threshold { get; }

        public bool NoStore { get; }

        public string? ModelId { get; }

        /// <summary>Gets the partition key (of a plan that is not a bypass).</summary>
        public string Partition => _partition ??= CacheKeys.Partition(_fields)
            ?? throw new InvalidOperationException("A part of the request changed while it was being cached: it no longer has a stable hash.");

        public static CachePlan Bypass(string reason) => new(reason);
    }
}
