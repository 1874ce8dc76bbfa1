using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Embeddings;

/// <summary>
/// A provider for embedding tests: deterministic vectors (<see cref="FakeEmbeddingGenerator.Embed"/>), every batch
/// and options it received recorded, usage reported as one token per character unless told otherwise, and optional
/// failure or a gate that holds calls until released.
/// </summary>
internal sealed class RecordingEmbeddingGenerator(int dimensions = 16, string modelId = "house-embedding") : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly FakeEmbeddingGenerator _vectors = new(dimensions);

    public ConcurrentQueue<(string[] Values, EmbeddingGenerationOptions? Options)> Calls { get; } = new();

    /// <summary>Gets or sets the usage to report for a batch; one input token per character by default, <see langword="null"/> to report none.</summary>
    public Func<IReadOnlyList<string>, UsageDetails?> Usage { get; set; } = values => new UsageDetails { InputTokenCount = CharCount(values) };

    /// <summary>Gets or sets a failure to throw for a batch, after recording it.</summary>
    public Func<IReadOnlyList<string>, Exception?> Failure { get; set; } = _ => null;

    /// <summary>Gets or sets a task every call awaits (with the call's cancellation token) before answering.</summary>
    public Task? Gate { get; set; }

    /// <summary>Gets a signal set when a call is waiting at the gate.</summary>
    public TaskCompletionSource AtGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static long CharCount(IReadOnlyList<string> values)
    {
        long count = 0;
        foreach (string value in values)
        {
            count += value.Length;
        }

        return count;
    }

    public float[] Embed(string value) => _vectors.Embed(value);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        string[] batch = [.. values];
        Calls.Enqueue((batch, options));
        if (Gate is { } gate)
        {
            AtGate.TrySetResult();
            await gate.WaitAsync(cancellationToken);
        }

        if (Failure(batch) is { } failure)
        {
            throw failure;
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(batch.Length) { Usage = Usage(batch) };
        foreach (string value in batch)
        {
            result.Add(new Embedding<float>(_vectors.Embed(value)) { ModelId = options?.ModelId ?? modelId });
        }

        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata)
            ? new EmbeddingGeneratorMetadata("recording", null, modelId, _vectors.Dimensions)
            : serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}

internal static class EmbeddingTestKit
{
    public static EmbeddingGenerationOptions For(string tenant, string? model = null) =>
        new EmbeddingGenerationOptions { ModelId = model }.ForCaller(tenant);

    /// <summary>What a tenant's daily token counter holds, reservations in flight included.</summary>
    public static async Task<long> UsedTokensAsync(IBudgetStore store, string tenant, FakeTimeProvider clock)
    {
        DateTimeOffset now = clock.GetUtcNow();
        long bucket = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        IReadOnlyList<long> used = await store.GetUsedAsync([new BudgetCounterRef("tenant:" + tenant + "|tokens|1d", bucket)]);
        return used[0];
    }

    public static BudgetOptions DailyTenantTokens(long tokens)
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = tokens });
        return options;
    }
}
