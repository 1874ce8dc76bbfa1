using Governance.AI.Redaction;
using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings;

/// <summary>
/// Redacts personal data and secrets in the values to embed before they reach the rest of the pipeline (cache,
/// budget, provider), with the operators of <see cref="RedactionOptions"/>; an entity type whose operator is
/// <c>block</c> rejects the batch with a <see cref="SensitiveDataBlockedException"/>.
/// </summary>
/// <remarks>
/// An embedding has no text to restore, so placeholders stay in what is embedded. Each value is redacted on its own
/// (its own placeholder numbering), so a value redacts to the same text in any batch and at any position, which keeps
/// the cache's keys stable. The caller's list is never changed. The result's
/// <see cref="GeneratedEmbeddings{TEmbedding}.AdditionalProperties"/> carry the number of redacted values by entity
/// type under <see cref="GovernanceProperties.Redactions"/>, never the values.
/// </remarks>
public sealed class RedactingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly IPolicyOptionsSource<RedactionOptions> _options;
    private RedactionEngine? _engine;
    private System.Diagnostics.Metrics.IMeterFactory? _meterFactory;
    private RedactionTelemetry _telemetry = RedactionTelemetry.Shared;

    /// <summary>Initializes a new instance of the <see cref="RedactingEmbeddingGenerator"/> class with fixed options.</summary>
    /// <param name="innerGenerator">The next generator in the pipeline.</param>
    /// <param name="options">The options; validated here.</param>
    public RedactingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, RedactionOptions options)
        : this(innerGenerator, PolicyOptionsSource.Validated(options, "AiGovernance:" + RedactionOptions.SectionName))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RedactingEmbeddingGenerator"/> class with options that may reload.</summary>
    /// <param name="innerGenerator">The next generator in the pipeline.</param>
    /// <param name="optionsSource">The options source, read per request (the chat pipeline's, to share its configuration).</param>
    public RedactingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, IPolicyOptionsSource<RedactionOptions> optionsSource)
        : base(innerGenerator)
    {
        ArgumentNullException.ThrowIfNull(optionsSource);
        _options = optionsSource;
    }

    /// <summary>
    /// Gets or sets the meter factory the policy's instruments (<c>governance.redaction.entities</c>, <c>governance.redaction.blocked</c>)
    /// are created with: the pipeline builders set the one from the application's services, so its metrics belong to
    /// that service provider. <see langword="null"/> (the default) records on the process-wide
    /// <see cref="Telemetry.GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public System.Diagnostics.Metrics.IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _telemetry = RedactionTelemetry.For(value);
            _meterFactory = value;
        }
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        RedactionEngine engine = GetEngine();
        var redacted = values.TryGetNonEnumeratedCount(out int count) ? new List<string>(count) : [];
        Dictionary<string, int>? counts = null;
        RedactionVault vault = new();
        try
        {
            foreach (string value in values)
            {
                string result = engine.Redact(value, vault);
                redacted.Add(result);
                if (!ReferenceEquals(result, value))
                {
                    // A vault that numbered placeholders is not reused: the next value starts from 1 again.
                    Merge(ref counts, vault.EntityCounts);
                    vault = new RedactionVault();
                }
            }
        }
        catch (SensitiveDataBlockedException ex)
        {
            _telemetry.Block(ex);
            throw;
        }

        GeneratedEmbeddings<Embedding<float>> embeddings = await base.GenerateAsync(redacted, options, cancellationToken).ConfigureAwait(false);
        if (counts is not null)
        {
            _telemetry.Redacted(counts);
            (embeddings.AdditionalProperties ??= [])[GovernanceProperties.Redactions] = counts;
        }

        return embeddings;
    }

    private static void Merge(ref Dictionary<string, int>? counts, IReadOnlyDictionary<string, int> add)
    {
        foreach (KeyValuePair<string, int> entry in add)
        {
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            counts[entry.Key] = counts.GetValueOrDefault(entry.Key) + entry.Value;
        }
    }

    private RedactionEngine GetEngine()
    {
        RedactionOptions current = _options.Current;
        RedactionEngine? engine = Volatile.Read(ref _engine);
        if (engine is null || !ReferenceEquals(engine.Options, current))
        {
            engine = new RedactionEngine(current);
            Volatile.Write(ref _engine, engine);
        }

        return engine;
    }
}
