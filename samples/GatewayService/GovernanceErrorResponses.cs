using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Routing;
using Microsoft.Extensions.AI;
using Polly.Timeout;
using StackExchange.Redis;

namespace GatewayService;

/// <summary>An error as the client sees it: status, OpenAI error type and code, a message without internals, a retry hint.</summary>
internal readonly record struct ErrorDescription(
    int Status,
    string Type,
    string Code,
    string Message,
    TimeSpan? RetryAfter = null,
    string? Param = null,
    string? Policy = null,
    string? Scope = null,
    string? CorrelationId = null);

/// <summary>
/// Maps errors to HTTP: a client's malformed request → 400 naming the field; governance errors → 429 with
/// <c>Retry-After</c> and <c>x-ratelimit-*</c> headers for budgets, 403 for blocked content, 503 when no backend is
/// healthy, 503 when a store without a fallback (Redis idempotency) is down; upstream errors → the matching status (401/403 from the upstream → 502, 429 → 429 with <c>Retry-After</c>);
/// anything else → 500 with a correlation id. Each as problem+json with the OpenAI error shape inside, never the
/// content, a stack trace or the upstream's credentials.
/// </summary>
internal static class GovernanceErrorResponses
{
    /// <summary>How long a client should wait before retrying a request that needed a store that is down.</summary>
    private static readonly TimeSpan StoreRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Describes an error the gateway expects; <see langword="null"/> for a bug (then <see cref="Unhandled"/>).</summary>
    public static ErrorDescription? Describe(Exception error, DateTimeOffset now)
    {
        switch (error)
        {
            case InvalidRequestException invalid:
                return new(StatusCodes.Status400BadRequest, "invalid_request_error", "invalid_request", invalid.Message, Param: invalid.Field);
            case BadHttpRequestException bad:
                return new(bad.StatusCode, "invalid_request_error", "invalid_request", "The HTTP request is malformed.");
            case NoHealthyBackendException noHealthy when ProviderErrors.Inspect(noHealthy.InnerException ?? noHealthy, now) is { StatusCode: 429 } throttled:
                // The router spent its retry budget on a throttled upstream: the client should back off, not see 503.
                return new(
                    StatusCodes.Status429TooManyRequests,
                    "rate_limit_error",
                    "upstream_rate_limited",
                    "The upstream model is rate limited; retry later.",
                    noHealthy.RetryAfter ?? throttled.RetryAfter ?? TimeSpan.FromSeconds(1),
                    Policy: noHealthy.Policy,
                    Scope: noHealthy.Scope);
            case GovernanceException governance:
                return new(governance.StatusCode, TypeFor(governance.StatusCode), governance.ReasonCode, governance.Message, governance.RetryAfter, Policy: governance.Policy, Scope: governance.Scope);
            case StreamInterruptedException:
                return new(StatusCodes.Status502BadGateway, "api_error", "stream_interrupted", "The upstream stream broke off; the answer is incomplete.");
            case RedisConnectionException or RedisTimeoutException:
                // A shared store without a local fallback (the idempotency store) is unreachable: an outage, not a bug.
                return new(StatusCodes.Status503ServiceUnavailable, "api_error", "store_unavailable", "A store the gateway needs for this request is unreachable; retry later.", StoreRetryAfter);
            case TimeoutRejectedException or TimeoutException:
                return new(StatusCodes.Status504GatewayTimeout, "api_error", "upstream_timeout", "The upstream model did not answer in time.");
            default:
                return DescribeUpstream(error, now);
        }
    }

    /// <summary>Logs an unexpected error under a correlation id and describes it as a 500 that says nothing else.</summary>
    public static ErrorDescription Unhandled(HttpContext http, Exception error)
    {
        string correlationId = http.TraceIdentifier;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("GatewayService")
            .LogError(error, "Unhandled error {CorrelationId} on {Method} {Path}", correlationId, http.Request.Method, http.Request.Path.Value);
        return new(
            StatusCodes.Status500InternalServerError,
            "server_error",
            "internal_error",
            "The gateway failed to process the request. Quote the correlation id to the operator.",
            CorrelationId: correlationId);
    }

    public static async Task WriteAsync(HttpContext http, ErrorDescription error)
    {
        if (error.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (error.CorrelationId is { } correlationId)
        {
            http.Response.Headers["x-correlation-id"] = correlationId;
        }

        http.Response.StatusCode = error.Status;
        http.Response.ContentType = "application/problem+json";
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("type", "https://governance.ai/errors/" + error.Code);
        writer.WriteString("title", error.Code.Replace('_', ' '));
        writer.WriteNumber("status", error.Status);
        writer.WriteString("detail", error.Message);
        writer.WriteString("reasonCode", error.Code);
        WriteIfSet(writer, "param", error.Param);
        WriteIfSet(writer, "policy", error.Policy);
        WriteIfSet(writer, "scope", error.Scope);
        WriteIfSet(writer, "correlationId", error.CorrelationId);

        // The OpenAI error shape as well, so OpenAI clients show a useful message.
        writer.WriteStartObject("error");
        writer.WriteString("message", error.Message);
        writer.WriteString("type", error.Type);
        writer.WriteString("code", error.Code);
        if (error.Param is { } param)
        {
            writer.WriteString("param", param);
        }
        else
        {
            writer.WriteNull("param");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync();
    }

    /// <summary>Adds the budget's <c>x-ratelimit-*</c> headers to a budget rejection.</summary>
    public static void AddBudgetHeaders(HttpResponse response, BudgetExceededException budget)
    {
        string kind = budget.LimitName.Contains("request", StringComparison.OrdinalIgnoreCase) ? "requests" : "tokens";
        response.Headers[$"x-ratelimit-limit-{kind}"] = budget.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers[$"x-ratelimit-remaining-{kind}"] = budget.Remaining.ToString(CultureInfo.InvariantCulture);
        if (budget.RetryAfter is { } reset)
        {
            response.Headers[$"x-ratelimit-reset-{kind}"] = reset.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
        }
    }

    /// <summary>Copies the remaining budget the budget policy puts on a response into OpenAI-style rate-limit headers.</summary>
    public static void AddRateLimitHeaders(HttpResponse response, AdditionalPropertiesDictionary? properties)
    {
        if (properties is null)
        {
            return;
        }

        if (properties.TryGetValue(BudgetProperties.RemainingTokens, out object? tokens) && tokens is long remainingTokens)
        {
            response.Headers["x-ratelimit-remaining-tokens"] = remainingTokens.ToString(CultureInfo.InvariantCulture);
        }

        if (properties.TryGetValue(BudgetProperties.ResetTokens, out object? reset) && reset is TimeSpan resetTokens)
        {
            response.Headers["x-ratelimit-reset-tokens"] = resetTokens.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
        }

        if (properties.TryGetValue(BudgetProperties.RemainingRequests, out object? requests) && requests is long remainingRequests)
        {
            response.Headers["x-ratelimit-remaining-requests"] = remainingRequests.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// An upstream's own error, read the way the router reads it. The upstream's credentials are the gateway's, not the
    /// client's: a 401/403 is the gateway's fault (502), and its body — which may quote the key — is not passed on.
    /// </summary>
    private static ErrorDescription? DescribeUpstream(Exception error, DateTimeOffset now)
    {
        ProviderError provider = ProviderErrors.Inspect(error, now);
        if (provider.StatusCode is not { } status)
        {
            return error is HttpRequestException or IOException or TimeoutException
                ? new(StatusCodes.Status502BadGateway, "api_error", "upstream_unreachable", "The upstream model could not be reached.")
                : null;
        }

        return status switch
        {
            401 or 403 => new(StatusCodes.Status502BadGateway, "api_error", "upstream_auth_failed", "The upstream model rejected the gateway's credentials."),
            429 => new(StatusCodes.Status429TooManyRequests, "rate_limit_error", "upstream_rate_limited", "The upstream model is rate limited; retry later.", provider.RetryAfter ?? TimeSpan.FromSeconds(1)),
            >= 400 and < 500 => new(status, "invalid_request_error", "upstream_rejected", UpstreamMessage(error) ?? "The upstream model rejected the request."),
            _ => new(StatusCodes.Status502BadGateway, "api_error", "upstream_error", "The upstream model failed."),
        };
    }

    /// <summary>The message of an OpenAI-shaped error body (<c>{"error":{"message":…}}</c>), which explains a rejected request.</summary>
    private static string? UpstreamMessage(Exception error)
    {
        if (error is not ClientResultException { } result || result.GetRawResponse() is not { } response)
        {
            return null;
        }

        try
        {
            using JsonDocument body = JsonDocument.Parse(response.Content.ToMemory());
            return body.RootElement.ValueKind == JsonValueKind.Object &&
                body.RootElement.TryGetProperty("error", out JsonElement e) && e.ValueKind == JsonValueKind.Object &&
                e.TryGetProperty("message", out JsonElement message) && message.ValueKind == JsonValueKind.String
                ? "Upstream: " + message.GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string TypeFor(int status) => status switch
    {
        429 => "rate_limit_error",
        401 => "authentication_error",
        403 => "permission_error",
        >= 500 => "api_error",
        _ => "invalid_request_error",
    };

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
