using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Governance.AI.Testing;

/// <summary>
/// Fakes wired together for testing governance policies: a <see cref="FakeTimeProvider"/>, a
/// <see cref="FakeChatClient"/> on that clock, a <see cref="FakeEmbeddingGenerator"/>, and the governed client built
/// over them — in one line.
/// </summary>
/// <example>
/// <code>
/// var harness = GovernanceTestHarness.Create(pipeline => pipeline.UseBudgets(options));
/// harness.Model.Enqueue(FakeReply.Text("hi", inputTokens: 10, outputTokens: 2));
/// await harness.Client.GetResponseAsync("Hello");
/// </code>
/// </example>
public sealed class GovernanceTestHarness : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    private GovernanceTestHarness(IChatClient? model, FakeTimeProvider? clock)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Model = model as FakeChatClient ?? new FakeChatClient(Clock);
        InnerClient = model ?? Model;
        Embeddings = new FakeEmbeddingGenerator();
        Add<TimeProvider>(Clock);
        Add<IEmbeddingGenerator<string, Embedding<float>>>(Embeddings);
    }

    /// <summary>Gets the fake clock every policy and the fake model run on.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Gets the fake model (when the harness was created over another client, an unused one).</summary>
    public FakeChatClient Model { get; }

    /// <summary>Gets the client the policies wrap: <see cref="Model"/> unless another was given.</summary>
    public IChatClient InnerClient { get; }

    /// <summary>Gets the fake embedding generator offered to policies that need one.</summary>
    public FakeEmbeddingGenerator Embeddings { get; }

    /// <summary>Gets the governed client.</summary>
    public IChatClient Client { get; private set; } = null!;

    /// <summary>Creates the fakes and builds the governed client over them.</summary>
    /// <param name="configure">Adds the policies under test.</param>
    /// <param name="innerClient">The client to govern; a <see cref="FakeChatClient"/> on the fake clock by default.</param>
    /// <param name="clock">The clock; a new <see cref="FakeTimeProvider"/> by default.</param>
    /// <param name="services">Extra services offered to the policies (for example stores), by service type.</param>
    /// <returns>The harness.</returns>
    public static GovernanceTestHarness Create(
        Action<GovernancePipelineBuilder>? configure = null,
        IChatClient? innerClient = null,
        FakeTimeProvider? clock = null,
        IReadOnlyDictionary<Type, object>? services = null)
    {
        var harness = new GovernanceTestHarness(innerClient, clock);
        if (services is not null)
        {
            foreach (KeyValuePair<Type, object> service in services)
            {
                harness._services[service.Key] = service.Value;
            }
        }

        var pipeline = new GovernancePipelineBuilder(harness.InnerClient);
        configure?.Invoke(pipeline);
        harness.Client = pipeline.Build(harness);
        return harness;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return _services.TryGetValue(serviceType, out object? service) ? service : null;
    }

    private void Add<T>(T service)
        where T : class => _services[typeof(T)] = service;
}
