using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using Governance.AI.Budgets;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Governance.AI.Tests.Ecosystem;

/// <summary>
/// The composition the ecosystem issue asks for, end to end over HTTP: the official OpenAI .NET client against a
/// local OpenAI-compatible stub, wrapped with <c>AsIChatClient()</c>, registered with <c>AddChatClient</c> (or
/// <c>AddKeyedChatClient</c>), function invocation outside governance and <c>UseOpenTelemetry</c> inside it.
/// </summary>
public sealed class OpenAiEcosystemAcceptanceTests
{
    private const string OpenTelemetrySource = "Governance.AI.Tests.Ecosystem.OpenTelemetry";
    private static readonly ActivitySource TestSource = new("Governance.AI.Tests.Ecosystem");

    public static TheoryData<bool, bool> KeyedAndStreaming() => new()
    {
        { false, false },
        { false, true },
        { true, false },
        { true, true },
    };

    [Theory]
    [MemberData(nameof(KeyedAndStreaming))]
    public async Task A_function_calling_turn_is_governed_on_every_model_round_trip_and_the_provider_never_sees_governance_keys(bool keyed, bool streaming)
    {
        await using OpenAiCompatibleStub stub = await OpenAiCompatibleStub.StartAsync();
        var providerOptions = new List<ChatOptions?>();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        ChatClientBuilder chatClient = keyed
            ? services.AddKeyedChatClient("support", OpenAiChatClient(stub))
            : services.AddChatClient(OpenAiChatClient(stub));
        Action<AiGovernanceBuilder> governance = g => g
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = 1_000_000 }))
            .AddSemanticCache();
        chatClient.UseFunctionInvocation();
        if (keyed)
        {
            chatClient.UseAiGovernance(services, "support", governance);
        }
        else
        {
            chatClient.UseAiGovernance(services, governance);
        }

        chatClient
            .UseOpenTelemetry(sourceName: OpenTelemetrySource)
            .Use((messages, options, next, cancellationToken) =>
            {
                // The last link before the OpenAI adapter: what the provider is given.
                lock (providerOptions)
                {
                    providerOptions.Add(options);
                }

                return next(messages, options, cancellationToken);
            });

        await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        IChatClient client = keyed ? provider.GetRequiredKeyedService<IChatClient>("support") : provider.GetRequiredService<IChatClient>();
        Assert.Single(services, d => d.ServiceType == typeof(IChatClient));

        var spans = new List<Activity>();
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(TestSource.Name, OpenTelemetrySource, GovernanceDiagnostics.SourceName)
            .AddInMemoryExporter(spans)
            .Build();

        ChatOptions options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => "sunny, 24 °C in " + city, OpenAiCompatibleStub.ToolName)] }
            .ForCaller("contoso", "alice");
        options.AdditionalProperties![GovernanceProperties.NoStore] = true;

        ActivityTraceId traceId;
        string answer;
        using (Activity turn = TestSource.StartActivity("turn")!)
        {
            traceId = turn.TraceId;
            answer = streaming
                ? (await client.GetStreamingResponseAsync("What is the weather in Paris?", options).ToChatResponseAsync()).Text
                : (await client.GetResponseAsync("What is the weather in Paris?", options)).Text;
        }

        tracing.ForceFlush();

        // The turn needed two model calls: the tool call, then the answer from the tool's result.
        Assert.Equal(OpenAiCompatibleStub.FinalAnswer, answer);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Contains(OpenAiCompatibleStub.ToolName, stub.Requests[0], StringComparison.Ordinal);
        Assert.Contains("\"role\":\"tool\"", stub.Requests[1], StringComparison.Ordinal);

        // The provider never sees governance keys or the caller, neither in its options nor on the wire.
        Assert.Equal(2, providerOptions.Count);
        Assert.All(providerOptions, o => Assert.DoesNotContain(o?.AdditionalProperties?.Keys ?? [], GovernanceProperties.IsGovernanceKey));
        Assert.All(stub.Requests, body =>
        {
            Assert.DoesNotContain("governance", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("contoso", body, StringComparison.Ordinal);
            Assert.DoesNotContain("alice", body, StringComparison.Ordinal);
        });

        // Budgets were charged for each model round trip of the turn, with the provider-reported usage.
        BudgetChatClient budget = client.GetService<BudgetChatClient>()!;
        IReadOnlyList<BudgetStatus> status = await budget.GetStatusAsync(CallerContext.ForTenant("contoso", "alice"), OpenAiCompatibleStub.Model);
        Assert.Equal(2, status.Single(s => s.LimitName == "requests").Used);
        Assert.Equal(2 * (OpenAiCompatibleStub.PromptTokens + OpenAiCompatibleStub.CompletionTokens), status.Single(s => s.LimitName == "tokens").Used);

        // One GenAI chat span per model call.
        Assert.Equal(2, ChatSpans(spans, traceId).Count);
    }

    // Verified un-skipped on this branch: every other assertion passes and the span count is 4 (each model call has
    // the telemetry stage's chat span besides UseOpenTelemetry's), which the telemetry de-duplication fixes.
    [Fact]
    public async Task With_the_governance_telemetry_stage_too_there_is_still_one_GenAI_chat_span_per_model_call()
    {
        await using OpenAiCompatibleStub stub = await OpenAiCompatibleStub.StartAsync();
        var services = new ServiceCollection();
        services.AddChatClient(OpenAiChatClient(stub))
            .UseFunctionInvocation()
            .UseAiGovernance(services, g => g.AddTelemetry().AddBudgets())
            .UseOpenTelemetry(sourceName: OpenTelemetrySource);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        var spans = new List<Activity>();
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(TestSource.Name, OpenTelemetrySource, GovernanceDiagnostics.SourceName)
            .AddInMemoryExporter(spans)
            .Build();

        ActivityTraceId traceId;
        using (Activity turn = TestSource.StartActivity("turn")!)
        {
            traceId = turn.TraceId;
            await client.GetResponseAsync(
                "What is the weather in Paris?",
                new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => "sunny in " + city, OpenAiCompatibleStub.ToolName)] }.ForCaller("contoso"));
        }

        tracing.ForceFlush();
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(2, ChatSpans(spans, traceId).Count);
    }

    private static IChatClient OpenAiChatClient(OpenAiCompatibleStub stub)
    {
        // The router (when used) retries; the SDK's own retries are off so one call is one HTTP request.
        var clientOptions = new OpenAIClientOptions { Endpoint = stub.Endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        return new OpenAIClient(new ApiKeyCredential("test-key"), clientOptions).GetChatClient(OpenAiCompatibleStub.Model).AsIChatClient();
    }

    private static List<Activity> ChatSpans(List<Activity> spans, ActivityTraceId traceId)
    {
        lock (spans)
        {
            return [.. spans.Where(s => s.TraceId == traceId && s.GetTagItem("gen_ai.operation.name") as string == "chat")];
        }
    }
}
