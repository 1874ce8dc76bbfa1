using System.Globalization;
using System.Text.Json;
using Governance.AI;
using Microsoft.Extensions.AI;

namespace GatewayService;

/// <summary>
/// Maps governance errors to HTTP: 429 with <c>Retry-After</c> and <c>x-ratelimit-*</c> headers for budgets, 403 for
/// blocked content, 401 for an unknown caller, 503 when no backend is healthy — each with a problem+json body that
/// names the reason, the policy and the scope, never the content.
/// </summary>
internal static class GovernanceErrorResponses
{
    public static async Task WriteAsync(HttpContext http, GovernanceException error)
    {
        if (error.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (error is BudgetExceededException budget)
        {
            string kind = budget.LimitName.Contains("request", StringComparison.OrdinalIgnoreCase) ? "requests" : "tokens";
            http.Response.Headers[$"x-ratelimit-limit-{kind}"] = budget.Limit.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[$"x-ratelimit-remaining-{kind}"] = budget.Remaining.ToString(CultureInfo.InvariantCulture);
            if (budget.RetryAfter is { } reset)
            {
                http.Response.Headers[$"x-ratelimit-reset-{kind}"] = reset.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
            }
        }

        await WriteProblemAsync(http, error.StatusCode, error.ReasonCode, error.Message, error.Policy, error.Scope);
    }

    public static async Task WriteProblemAsync(HttpContext http, int status, string reasonCode, string detail, string? policy = null, string? scope = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json";
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("type", "https://governance.ai/errors/" + reasonCode);
        writer.WriteString("title", reasonCode.Replace('_', ' '));
        writer.WriteNumber("status", status);
        writer.WriteString("detail", detail);
        writer.WriteString("reasonCode", reasonCode);
        if (policy is not null)
        {
            writer.WriteString("policy", policy);
        }

        if (scope is not null)
        {
            writer.WriteString("scope", scope);
        }

        // The OpenAI error shape as well, so OpenAI clients show a useful message.
        writer.WriteStartObject("error");
        writer.WriteString("message", detail);
        writer.WriteString("type", reasonCode);
        writer.WriteString("code", reasonCode);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync();
    }

    public static (int Status, string Code, string Message) Describe(Exception error) => error switch
    {
        GovernanceException governance => (governance.StatusCode, governance.ReasonCode, governance.Message),
        _ => (StatusCodes.Status502BadGateway, "upstream_error", "The upstream model failed."),
    };

    /// <summary>Copies remaining-budget information that the budget policy puts on responses into rate-limit headers.</summary>
    public static void AddRateLimitHeaders(HttpResponse response, AdditionalPropertiesDictionary? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (pair.Key.StartsWith("governance.budget.remaining", StringComparison.Ordinal) && pair.Value is IConvertible value)
            {
                response.Headers["x-ratelimit-remaining-tokens"] = value.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
