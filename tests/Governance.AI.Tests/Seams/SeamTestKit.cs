using Governance.AI.Budgets;
using Governance.AI.Tests.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Seams;

/// <summary>Builds governed pipelines the way an application does: DI, configuration, a fake model and a fake clock.</summary>
internal static class SeamTestKit
{
    public static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    public static IConfigurationRoot Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    /// <summary>Services with the fake clock and the char-per-token counter, so that budgets are exact and readable.</summary>
    public static ServiceCollection Services(FakeTimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ITokenCounterProvider>(CharTokenCounter.Instance);
        return services;
    }

    public static ChatOptions For(CallerContext caller, string? model = null, int? maxOutputTokens = null) =>
        new ChatOptions { ModelId = model, MaxOutputTokens = maxOutputTokens }.ForCaller(caller);

    public static Task<decimal> UsedAsync(IServiceProvider provider, string limitName, string? model = null, CallerContext? caller = null) =>
        UsedAsync(provider.GetRequiredService<IChatClient>(), limitName, model, caller);

    public static async Task<decimal> UsedAsync(IChatClient client, string limitName, string? model = null, CallerContext? caller = null)
    {
        BudgetChatClient policy = client.GetService<BudgetChatClient>()!;
        IReadOnlyList<BudgetStatus> statuses = await policy.GetStatusAsync(caller ?? Contoso, model);
        return statuses.First(s => s.LimitName == limitName).Used;
    }
}

/// <summary>
/// A provider that does the work, and bills it, whatever the caller does: it ignores cancellation, waits at a gate
/// the test opens, and answers with usage. It signals when its caller gave up on it.
/// </summary>
internal sealed class BilledAnywayChatClient(string text, long inputTokens, long outputTokens) : IChatClient
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using CancellationTokenRegistration registration = cancellationToken.Register(() => Abandoned.TrySetResult());
        Entered.TrySetResult();
        await _gate.Task;
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = ChatFinishReason.Stop,
            ModelId = options?.ModelId,
            Usage = new UsageDetails { InputTokenCount = inputTokens, OutputTokenCount = outputTokens },
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
