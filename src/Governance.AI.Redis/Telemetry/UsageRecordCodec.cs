using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Governance.AI.Telemetry;

namespace Governance.AI.Redis.Telemetry;

/// <summary>Serializes usage records as compact JSON (with a unique id, so equal records stay distinct).</summary>
internal static class UsageRecordCodec
{
    public static byte[] Write(UsageRecord record, string id)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("ts", record.Timestamp.ToString("O", CultureInfo.InvariantCulture));
            WriteOptional(json, "tenant", record.TenantId);
            WriteOptional(json, "user", record.UserId);
            WriteOptional(json, "app", record.ApplicationId);
            WriteOptional(json, "cc", record.CostCenter);
            WriteOptional(json, "model", record.Model);
            WriteOptional(json, "backend", record.Backend);
            WriteOptional(json, "rid", record.ResponseId);
            json.WriteNumber("in", record.InputTokens);
            json.WriteNumber("cin", record.CachedInputTokens);
            json.WriteNumber("out", record.OutputTokens);
            json.WriteString("cost", record.CostUsd.ToString(CultureInfo.InvariantCulture));
            json.WriteBoolean("hit", record.CacheHit);
            json.WriteNumber("saved", record.TokensSaved);
            json.WriteString("csaved", record.CostSavedUsd.ToString(CultureInfo.InvariantCulture));
            json.WriteBoolean("stream", record.Streaming);
            json.WriteNumber("lat", record.Latency.Ticks);
            json.WriteNumber("outcome", (int)record.Outcome);
            WriteOptional(json, "reason", record.ReasonCode);
            WriteOptional(json, "err", record.ErrorType);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static UsageRecord Read(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        JsonElement root = document.RootElement;
        return new UsageRecord
        {
            Timestamp = DateTimeOffset.Parse(root.GetProperty("ts").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            TenantId = Optional(root, "tenant"),
            UserId = Optional(root, "user"),
            ApplicationId = Optional(root, "app"),
            CostCenter = Optional(root, "cc"),
            Model = Optional(root, "model"),
            Backend = Optional(root, "backend"),
            ResponseId = Optional(root, "rid"),
            InputTokens = root.GetProperty("in").GetInt64(),
            CachedInputTokens = root.GetProperty("cin").GetInt64(),
            OutputTokens = root.GetProperty("out").GetInt64(),
            CostUsd = decimal.Parse(root.GetProperty("cost").GetString()!, CultureInfo.InvariantCulture),
            CacheHit = root.GetProperty("hit").GetBoolean(),
            TokensSaved = root.GetProperty("saved").GetInt64(),
            CostSavedUsd = decimal.Parse(root.GetProperty("csaved").GetString()!, CultureInfo.InvariantCulture),
            Streaming = root.GetProperty("stream").GetBoolean(),
            Latency = TimeSpan.FromTicks(root.GetProperty("lat").GetInt64()),
            Outcome = (UsageOutcome)root.GetProperty("outcome").GetInt32(),
            ReasonCode = Optional(root, "reason"),
            ErrorType = Optional(root, "err"),
        };
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;
}
