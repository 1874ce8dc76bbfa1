using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Governance.AI.Telemetry;

/// <summary>Exports usage records as CSV (RFC 4180) or JSON, from any <see cref="IUsageLedger"/>.</summary>
public static class UsageLedgerExport
{
    private static readonly string[] Columns =
    [
        "timestamp", "tenant_id", "user_id", "application_id", "cost_center", "model", "backend", "response_id",
        "input_tokens", "cached_input_tokens", "output_tokens", "cost_usd", "cache_hit", "tokens_saved", "cost_saved_usd",
        "streaming", "latency_ms", "outcome", "reason_code", "error_type",
    ];

    /// <summary>Writes the records of a period as CSV with a header row.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="period">The period.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of records written.</returns>
    public static Task<int> ExportCsvAsync(this IUsageLedger ledger, UsagePeriod period, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return WriteCsvAsync(ledger.ReadAsync(period, cancellationToken), writer, cancellationToken);
    }

    /// <summary>Writes the records of a period as a UTF-8 JSON array.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="period">The period.</param>
    /// <param name="utf8Json">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of records written.</returns>
    public static Task<int> ExportJsonAsync(this IUsageLedger ledger, UsagePeriod period, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return WriteJsonAsync(ledger.ReadAsync(period, cancellationToken), utf8Json, cancellationToken);
    }

    /// <summary>
    /// Writes records as CSV with a header row. Fields are quoted when needed, and a text field that starts with
    /// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is prefixed with <c>'</c> so spreadsheets do not evaluate it.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of records written.</returns>
    public static async Task<int> WriteCsvAsync(IAsyncEnumerable<UsageRecord> records, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(string.Join(',', Columns).AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken).ConfigureAwait(false);
        int count = 0;
        var line = new StringBuilder(256);
        await foreach (UsageRecord r in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            line.Clear();
            Text(line, r.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), first: true);
            Text(line, r.TenantId);
            Text(line, r.UserId);
            Text(line, r.ApplicationId);
            Text(line, r.CostCenter);
            Text(line, r.Model);
            Text(line, r.Backend);
            Text(line, r.ResponseId);
            Number(line, r.InputTokens.ToString(CultureInfo.InvariantCulture));
            Number(line, r.CachedInputTokens.ToString(CultureInfo.InvariantCulture));
            Number(line, r.OutputTokens.ToString(CultureInfo.InvariantCulture));
            Number(line, r.CostUsd.ToString(CultureInfo.InvariantCulture));
            Number(line, r.CacheHit ? "true" : "false");
            Number(line, r.TokensSaved.ToString(CultureInfo.InvariantCulture));
            Number(line, r.CostSavedUsd.ToString(CultureInfo.InvariantCulture));
            Number(line, r.Streaming ? "true" : "false");
            Number(line, r.Latency.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture));
            Number(line, OutcomeName(r.Outcome));
            Text(line, r.ReasonCode);
            Text(line, r.ErrorType);
            line.Append("\r\n");
            await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            count++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes records as a UTF-8 JSON array of objects with snake_case properties.</summary>
    /// <param name="records">The records.</param>
    /// <param name="utf8Json">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of records written.</returns>
    public static async Task<int> WriteJsonAsync(IAsyncEnumerable<UsageRecord> records, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(utf8Json);
        int count = 0;
        var json = new Utf8JsonWriter(utf8Json);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartArray();
            await foreach (UsageRecord r in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteString("timestamp", r.Timestamp.ToUniversalTime());
                json.WriteString("tenant_id", r.TenantId);
                json.WriteString("user_id", r.UserId);
                json.WriteString("application_id", r.ApplicationId);
                json.WriteString("cost_center", r.CostCenter);
                json.WriteString("model", r.Model);
                json.WriteString("backend", r.Backend);
                json.WriteString("response_id", r.ResponseId);
                json.WriteNumber("input_tokens", r.InputTokens);
                json.WriteNumber("cached_input_tokens", r.CachedInputTokens);
                json.WriteNumber("output_tokens", r.OutputTokens);
                json.WriteNumber("cost_usd", r.CostUsd);
                json.WriteBoolean("cache_hit", r.CacheHit);
                json.WriteNumber("tokens_saved", r.TokensSaved);
                json.WriteNumber("cost_saved_usd", r.CostSavedUsd);
                json.WriteBoolean("streaming", r.Streaming);
                json.WriteNumber("latency_ms", Math.Round(r.Latency.TotalMilliseconds, 3));
                json.WriteString("outcome", OutcomeName(r.Outcome));
                json.WriteString("reason_code", r.ReasonCode);
                json.WriteString("error_type", r.ErrorType);
                json.WriteEndObject();
                count++;
                if (json.BytesPending > 16 * 1024)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    internal static string OutcomeName(UsageOutcome outcome) => outcome switch
    {
        UsageOutcome.Success => "success",
        UsageOutcome.Rejected => "rejected",
        UsageOutcome.Failed => "failed",
        UsageOutcome.Cancelled => "cancelled",
        _ => "unknown",
    };

    private static void Number(StringBuilder line, string value) => line.Append(',').Append(value);

    private static void Text(StringBuilder line, string? value, bool first = false)
    {
        if (!first)
        {
            line.Append(',');
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        bool formula = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        bool quote = formula || value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (!quote)
        {
            line.Append(value);
            return;
        }

        line.Append('"');
        if (formula)
        {
            line.Append('\'');
        }

        line.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
