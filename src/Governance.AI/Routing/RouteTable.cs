using System.Collections.Frozen;
using System.Numerics;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <summary>A request as the router sees it: what it asks for and needs, computed once per call.</summary>
internal struct RouteRequest
{
    /// <summary>The requested model, or <see langword="null"/>.</summary>
    public string? Model;

    /// <summary>The cheaper model the request was downgraded to, if any.</summary>
    public string? DowngradedTo;

    /// <summary>The estimated prompt tokens (0 when no rule, limit or cost needs them).</summary>
    public int PromptTokens;

    /// <summary>The output tokens assumed for cost estimates.</summary>
    public int OutputTokens;

    /// <summary>The capabilities the request uses.</summary>
    public BackendCapabilities Needs;

    /// <summary>The candidates serving the (possibly downgraded) model.</summary>
    public ulong GroupMask;

    /// <summary>The backends of the matching content rule, or 0.</summary>
    public ulong RuleMask;

    /// <summary>The hash of the sticky key, or 0 without one.</summary>
    public ulong StickyHash;

    /// <summary>A draw in [0, 100) deciding the canary split (per conversation when sticky).</summary>
    public double CanaryDraw;

    /// <summary>Whether the request prefers a cheaper model and was not downgraded by a mapping.</summary>
    public bool PreferCheapest;
}

/// <summary>A thread-safe, seedable SplitMix64 generator: deterministic for a given seed and sequence of calls, allocation-free.</summary>
internal sealed class RouterRandom(ulong seed)
{
    private ulong _state = seed;

    public static RouterRandom Create(int? seed) =>
        new(seed is { } s ? (ulong)(uint)s * 0x9E3779B97F4A7C15UL : (ulong)Random.Shared.NextInt64());

    public ulong NextUInt64() => Mix(Interlocked.Add(ref _state, 0x9E3779B97F4A7C15UL));

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a over UTF-16 code units, then mixed): the same in every process.</summary>
    public static ulong Hash(string value)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash) | 1;
    }
}

/// <summary>A content rule compiled to masks.</summary>
internal sealed record CompiledRule(string? Model, int MinPromptTokens, int MaxPromptTokens, BackendCapabilities RequestUses, string? TagKey, string? TagValue, ulong Targets);

/// <summary>
/// The router's options compiled for fast decisions: backends in arrays, candidate sets as 64-bit masks, prices per
/// token. Rebuilt when the options change; backend state carries over by name.
/// </summary>
internal sealed class RouteTable
{
    private static readonly FrozenDictionary<string, ulong> NoModels = FrozenDictionary<string, ulong>.Empty;

    private RouteTable(RoutingOptions options, BackendRuntime[] backends, RoutingBackendOptions[] settings, string[] roles)
    {
        Options = options;
        Backends = backends;
        Count = backends.Length;
        Settings = settings;
        Roles = roles;
        Weights = new double[Count];
        Priorities = new int[Count];
        Capabilities = new BackendCapabilities[Count];
        MaxPromptTokens = new int[Count];
        RequestsPerMinute = new long[Count];
        TokensPerMinute = new long[Count];
        InputPrice = new double[Count];
        OutputPrice = new double[Count];
        CanaryPercent = new double[Count];
        ShadowPercent = new double[Count];
        BackendHashes = new ulong[Count];
    }

    public RoutingOptions Options { get; }

    public int Count { get; }

    public BackendRuntime[] Backends { get; }

    public RoutingBackendOptions[] Settings { get; }

    public string[] Roles { get; }

    public double[] Weights { get; }

    public int[] Priorities { get; }

    public BackendCapabilities[] Capabilities { get; }

    public int[] MaxPromptTokens { get; }

    public long[] RequestsPerMinute { get; }

    public long[] TokensPerMinute { get; }

    public double[] InputPrice { get; }

    public double[] OutputPrice { get; }

    public double[] CanaryPercent { get; }

    public double[] ShadowPercent { get; }

    public ulong[] BackendHashes { get; }

    /// <summary>Backends that take real traffic (primaries and canaries).</summary>
    public ulong RoutableMask { get; private set; }

    public ulong CanaryMask { get; private set; }

    public ulong ShadowMask { get; private set; }

    /// <summary>Routable backends without a model: they serve any model.</summary>
    public ulong AnyModelMask { get; private set; }

    public ulong LimitedMask { get; private set; }

    public FrozenDictionary<string, ulong> ModelMasks { get; private set; } = NoModels;

    public CompiledRule[] Rules { get; private set; } = [];

    public bool RulesNeedCaller { get; private set; }

    public bool NeedsPromptTokens { get; private set; }

    /// <summary>Gets a value indicating whether requests must be scanned: for prompt tokens, or for images because some backend or rule cares about vision.</summary>
    public bool NeedsMessageScan { get; private set; }

    public FrozenDictionary<string, string> Downgrades { get; private set; } = FrozenDictionary<string, string>.Empty;

    public bool HasShadows => ShadowMask != 0;

    /// <summary>Gets or sets the hedging pipeline, when hedging is on.</summary>
    public Polly.ResiliencePipeline<ChatResponse>? Hedging { get; set; }

    public bool IsLimited(int index) => (LimitedMask & (1UL << index)) != 0;

    /// <summary>Gets the candidates for a requested model: its backends plus the any-model ones.</summary>
    public ulong GroupOf(string? model) =>
        model is null ? RoutableMask
        : ModelMasks.TryGetValue(model, out ulong mask) ? mask | AnyModelMask
        : AnyModelMask;

    /// <summary>Builds the table, reusing the state of backends whose client and resilience settings did not change.</summary>
    public static RouteTable Build(
        RoutingOptions options,
        IChatClient innerClient,
        TimeProvider time,
        RouterRandom random,
        RouteTable? previous)
    {
        var settings = ResilienceSettings.From(options.Resilience);
        var names = new List<string>();
        var backendOptions = new List<RoutingBackendOptions>();
        foreach (KeyValuePair<string, RoutingBackendOptions> pair in options.Backends)
        {
            if (pair.Value.Enabled)
            {
                names.Add(pair.Key);
                backendOptions.Add(pair.Value);
            }
        }

        if (names.Count == 0 && options.Backends.Count == 0)
        {
            names.Add(RoutingOptions.DefaultBackendName);
            backendOptions.Add(new RoutingBackendOptions { Client = innerClient });
        }

        // A stable order: priority, then name, so that decisions do not depend on dictionary order.
        int[] order = new int[names.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byPriority = backendOptions[a].Priority.CompareTo(backendOptions[b].Priority);
            return byPriority != 0 ? byPriority : string.CompareOrdinal(names[a], names[b]);
        });

        var runtimes = new BackendRuntime[order.Length];
        var settingsArray = new RoutingBackendOptions[order.Length];
        string[] roles = new string[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            string name = names[order[k]];
            RoutingBackendOptions backend = backendOptions[order[k]];
            IChatClient client = backend.Client!;
            BackendRuntime? reused = null;
            if (previous is not null)
            {
                foreach (BackendRuntime old in previous.Backends)
                {
                    if (string.Equals(old.Name, name, StringComparison.OrdinalIgnoreCase) && ReferenceEquals(old.Client, client) && old.Settings == settings)
                    {
                        reused = old;
                        break;
                    }
                }
            }

            if (reused is not null)
            {
                reused.Inspector = options.ErrorInspector;
            }

            runtimes[k] = reused ?? new BackendRuntime(name, client, settings, time, random, options.ErrorInspector);
            settingsArray[k] = backend;
            roles[k] = backend.ShadowPercent > 0 ? "shadow" : backend.CanaryPercent > 0 ? "canary" : "primary";
        }

        var table = new RouteTable(options, runtimes, settingsArray, roles);
        table.Compile(options);
        return table;
    }

    private void Compile(RoutingOptions options)
    {
        ModelPriceTable prices = options.Prices ?? ModelPriceTable.Default;
        var models = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        ulong routable = 0, canary = 0, shadow = 0, anyModel = 0, limited = 0;
        bool needsPromptTokens = options.Strategy == RoutingStrategy.CostOptimized || options.Downgrades.Count > 0;
        for (int i = 0; i < Count; i++)
        {
            RoutingBackendOptions backend = Settings[i];
            ulong bit = 1UL << i;
            Weights[i] = backend.Weight;
            Priorities[i] = backend.Priority;
            Capabilities[i] = backend.Capabilities;
            MaxPromptTokens[i] = backend.MaxPromptTokens ?? int.MaxValue;
            RequestsPerMinute[i] = backend.RequestsPerMinute ?? 0;
            TokensPerMinute[i] = backend.TokensPerMinute ?? 0;
            CanaryPercent[i] = backend.CanaryPercent;
            ShadowPercent[i] = backend.ShadowPercent;
            BackendHashes[i] = RouterRandom.Hash(Backends[i].Name.ToUpperInvariant());
            prices.TryGetPrice(backend.Model, out ModelPrice? listed);
            decimal? input = backend.InputPricePerMillion ?? listed?.InputPerMillion;
            decimal? output = backend.OutputPricePerMillion ?? listed?.OutputPerMillion;
            InputPrice[i] = input is { } inPrice ? (double)inPrice / 1_000_000 : double.PositiveInfinity;
            OutputPrice[i] = output is { } outPrice ? (double)outPrice / 1_000_000 : double.PositiveInfinity;
            needsPromptTokens |= backend.MaxPromptTokens is not null || backend.TokensPerMinute is not null;
            if (backend.RequestsPerMinute is not null || backend.TokensPerMinute is not null)
            {
                limited |= bit;
            }

            if (backend.ShadowPercent > 0)
            {
                shadow |= bit;
                continue;
            }

            routable |= bit;
            if (backend.CanaryPercent > 0)
            {
                canary |= bit;
            }

            bool hasModel = false;
            if (!string.IsNullOrEmpty(backend.Model))
            {
                models[backend.Model] = (models.TryGetValue(backend.Model, out ulong m) ? m : 0) | bit;
                hasModel = true;
            }

            foreach (string alias in backend.Aliases)
            {
                if (!string.IsNullOrEmpty(alias))
                {
                    models[alias] = (models.TryGetValue(alias, out ulong m) ? m : 0) | bit;
                    hasModel = true;
                }
            }

            if (!hasModel)
            {
                anyModel |= bit;
            }
        }

        var rules = new List<CompiledRule>(options.Rules.Count);
        foreach (RoutingRule rule in options.Rules)
        {
            ulong targets = 0;
            for (int i = 0; i < Count; i++)
            {
                bool byName = false;
                foreach (string name in rule.Backends)
                {
                    byName |= string.Equals(name, Backends[i].Name, StringComparison.OrdinalIgnoreCase);
                }

                bool byTag = false;
                if (!string.IsNullOrEmpty(rule.BackendTag))
                {
                    foreach (string tag in Settings[i].Tags)
                    {
                        byTag |= string.Equals(tag, rule.BackendTag, StringComparison.OrdinalIgnoreCase);
                    }
                }

                if (byName || byTag)
                {
                    targets |= 1UL << i;
                }
            }

            string? tagKey = null, tagValue = null;
            if (!string.IsNullOrEmpty(rule.CallerTag))
            {
                int eq = rule.CallerTag.IndexOf('=', StringComparison.Ordinal);
                tagKey = eq < 0 ? rule.CallerTag : rule.CallerTag[..eq];
                tagValue = eq < 0 ? null : rule.CallerTag[(eq + 1)..];
                RulesNeedCaller = true;
            }

            needsPromptTokens |= rule.MinPromptTokens is not null || rule.MaxPromptTokens is not null;
            rules.Add(new CompiledRule(rule.Model, rule.MinPromptTokens ?? 0, rule.MaxPromptTokens ?? int.MaxValue, rule.RequestUses, tagKey, tagValue, targets & routable));
        }

        RoutableMask = routable;
        CanaryMask = canary;
        ShadowMask = shadow;
        AnyModelMask = anyModel;
        LimitedMask = limited;
        ModelMasks = models.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Rules = [.. rules];
        NeedsPromptTokens = needsPromptTokens;
        bool visionMatters = false;
        for (int i = 0; i < Count; i++)
        {
            visionMatters |= (Capabilities[i] & BackendCapabilities.Vision) == 0;
        }

        foreach (CompiledRule rule in Rules)
        {
            visionMatters |= (rule.RequestUses & BackendCapabilities.Vision) != 0;
        }

        NeedsMessageScan = needsPromptTokens || visionMatters;
        Downgrades = options.Downgrades.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts the set bits of a mask (for diagnostics and tests).</summary>
    public static int CountOf(ulong mask) => BitOperations.PopCount(mask);
}
