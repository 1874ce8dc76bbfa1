using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Idempotency;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GatewayService;

/// <summary>Builds the gateway: the governed pipeline bound to <c>appsettings.json</c>, API-key callers, and the endpoints.</summary>
public static class GatewayApp
{
    /// <summary>Creates the web application.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Lets tests replace services or use a test server before the app is built.</param>
    /// <returns>The application, ready to run.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<GatewayOptions>().Bind(builder.Configuration.GetSection("Gateway"));
        builder.Services.AddHttpContextAccessor();

        // The semantic cache tier needs an embedder: the offline word-vector one, unless the app registers its own.
        builder.Services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new WordVectorEmbeddingGenerator());
        builder.Services
            .AddAiGovernance(CreateUpstream, builder.Configuration)
            .UseCallerContextAccessor<ApiKeyCallerAccessor>()
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting();

        // Outside the governance block, so a request retried with the same Idempotency-Key is answered once and charged once.
        builder.Services.AddSingleton(sp => new IdempotentChatClient(
            sp.GetRequiredService<IChatClient>(), sp.GetService<IIdempotencyStore>(), sp.GetService<CallerContextResolver>(), sp.GetService<TimeProvider>()));

        string? otlp = builder.Configuration["Gateway:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrEmpty(otlp))
        {
            builder.Services.AddOpenTelemetry()
                .WithTracing(t => t.AddSource(GovernanceDiagnostics.SourceName).AddOtlpExporter(o => o.Endpoint = new Uri(otlp)))
                .WithMetrics(m => m.AddMeter(GovernanceDiagnostics.SourceName).AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        configure?.Invoke(builder);

        // After configure: whether the classifier is on depends on the final configuration.
        ContentSafetyRegistration.AddContentSafety(builder);
        WebApplication app = builder.Build();

        app.Use(MapErrorsAsync);
        app.Use(AuthenticateAsync);
        app.MapPost("/v1/chat/completions", (HttpContext http, IdempotentChatClient chat, TimeProvider clock) => ChatCompletionsEndpoint.HandleAsync(http, chat, clock));
        app.MapGet("/usage", UsageEndpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Ok(new { status = "healthy" }));
        return app;
    }

    private static IChatClient CreateUpstream(IServiceProvider services)
    {
        UpstreamOptions upstream = services.GetRequiredService<IOptions<GatewayOptions>>().Value.Upstream;
        string? apiKey = upstream.ApiKey ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        return string.IsNullOrEmpty(upstream.Endpoint)
            ? new FakeChatClient(services.GetRequiredService<TimeProvider>(), upstream.Model) { StreamingChunks = 8 }
            : OpenAIUpstream.Create(new Uri(upstream.Endpoint), apiKey ?? "unused", upstream);
    }

    private static async Task AuthenticateAsync(HttpContext http, Func<Task> next)
    {
        if (!http.Request.Path.StartsWithSegments("/v1") && !http.Request.Path.StartsWithSegments("/usage"))
        {
            await next();
            return;
        }

        GatewayOptions options = http.RequestServices.GetRequiredService<IOptionsSnapshot<GatewayOptions>>().Value;
        string? header = http.Request.Headers.Authorization;
        string? key = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (key is null || !options.ApiKeys.TryGetValue(key, out ApiKeyCaller? caller) || string.IsNullOrEmpty(caller.TenantId))
        {
            await GovernanceErrorResponses.WriteAsync(http, new ErrorDescription(StatusCodes.Status401Unauthorized, "authentication_error", "invalid_api_key", "A valid API key is required (Authorization: Bearer <key>)."));
            return;
        }

        http.Items[ApiKeyCallerAccessor.ItemKey] = new CallerContext
        {
            TenantId = caller.TenantId,
            UserId = caller.UserId,
            ApplicationId = caller.ApplicationId,
            CostCenter = caller.CostCenter,
        };
        await next();
    }

    /// <summary>
    /// Turns every error before the response starts into problem+json: the client's mistakes into 4xx naming the
    /// field, governance and upstream errors into their statuses, bugs into a 500 with a correlation id (logged).
    /// </summary>
    private static async Task MapErrorsAsync(HttpContext http, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (Exception ex) when (!http.Response.HasStarted && !(ex is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            DateTimeOffset now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            ErrorDescription error = GovernanceErrorResponses.Describe(ex, now) ?? GovernanceErrorResponses.Unhandled(http, ex);
            http.Response.Clear();
            if (ex is BudgetExceededException budget)
            {
                GovernanceErrorResponses.AddBudgetHeaders(http.Response, budget);
            }

            await GovernanceErrorResponses.WriteAsync(http, error);
        }
    }
}
