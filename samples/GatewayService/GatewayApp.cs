using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Idempotency;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StackExchange.Redis;

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
        builder.Services.AddHealthChecks();
        AiGovernanceBuilder governance = builder.Services
            .AddAiGovernance(CreateUpstream, builder.Configuration)
            .UseCallerContextAccessor<ApiKeyCallerAccessor>()
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting();
        UseRedisFromConfiguration(governance, builder.Configuration);

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
        app.MapGet("/usage", HandleUsageAsync);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return app;
    }

    /// <summary>
    /// Shares budgets, cache and ledger through Redis when <c>AiGovernance:Redis:ConnectionString</c> or
    /// <c>ConnectionStrings:redis</c> is set. The connection starts even while Redis is down, and calls fail fast
    /// during an outage, so the stores' fallbacks answer instead of callers waiting on Redis timeouts.
    /// </summary>
    private static void UseRedisFromConfiguration(AiGovernanceBuilder governance, IConfiguration configuration)
    {
        string? connectionString = configuration["AiGovernance:Redis:ConnectionString"] ?? configuration.GetConnectionString("redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        ConfigurationOptions redis = ConfigurationOptions.Parse(connectionString);
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        governance.UseRedis(o => o.Configuration = redis);
    }

    /// <summary><c>/usage</c>, answering 503 with a reason while the ledger's Redis is unreachable (usage is still queued).</summary>
    private static async Task<IResult> HandleUsageAsync(HttpContext http, IUsageLedger ledger, TimeProvider clock, string? format = null)
    {
        try
        {
            return await UsageEndpoint.HandleAsync(http, ledger, clock, format);
        }
        catch (Exception error) when ((error is RedisException or RedisTimeoutException) && !http.Response.HasStarted)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "usage_unavailable",
                detail: "The usage ledger's store (Redis) is unreachable; usage is still recorded and will be written when it returns.");
        }
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description });
        return http.Response.WriteAsJsonAsync(new { status = report.Status.ToString().ToLowerInvariant(), checks });
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
