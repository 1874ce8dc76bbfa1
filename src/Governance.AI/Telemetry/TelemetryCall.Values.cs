using System.Collections;
using System.Text.Json;

namespace Governance.AI.Telemetry;

/// <summary>Reads the values policies put in response keys: CLR values in process, <see cref="JsonElement"/>s after a round trip through JSON.</summary>
internal sealed partial class TelemetryCall
{
    private static string? AsString(object value) => value switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };

    private static long? AsLong(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        uint u => u,
        ulong u => u > long.MaxValue ? long.MaxValue : (long)u,
        double d when !double.IsNaN(d) => (long)d,
        decimal m => (long)m,
        JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out long parsed) => parsed,
        _ => null,
    };

    private static double? AsDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        long l => l,
        int i => i,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
        _ => null,
    };

    private static decimal? AsDecimal(object value) => value switch
    {
        decimal m => m,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        long l => l,
        int i => i,
        JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetDecimal(out decimal parsed) => parsed,
        _ => null,
    };

    /// <summary>Whether <see cref="AsCounts"/> reads a value (without reading it).</summary>
    private static bool IsCounts(object? value) =>
        value is IEnumerable<KeyValuePair<string, int>> or IEnumerable<KeyValuePair<string, long>> or JsonElement { ValueKind: JsonValueKind.Object };

    private static List<KeyValuePair<string, int>>? AsCounts(object value)
    {
        var counts = new List<KeyValuePair<string, int>>();
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, int>> typed:
                foreach (KeyValuePair<string, int> pair in typed)
                {
                    counts.Add(pair);
                }

                break;
            case IEnumerable<KeyValuePair<string, long>> wide:
                foreach (KeyValuePair<string, long> pair in wide)
                {
                    counts.Add(new(pair.Key, (int)Math.Clamp(pair.Value, 0, int.MaxValue)));
                }

                break;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Value.TryGetInt32(out int count))
                    {
                        counts.Add(new(property.Name, count));
                    }
                }

                break;
            default:
                return null;
        }

        return counts;
    }

    private static List<string>? AsStrings(object value)
    {
        var strings = new List<string>();
        switch (value)
        {
            case string single:
                strings.Add(single);
                break;
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { } text)
                    {
                        strings.Add(text);
                    }
                }

                break;
            case IEnumerable enumerable:
                foreach (object? item in enumerable)
                {
                    if (item?.ToString() is { } text)
                    {
                        strings.Add(text);
                    }
                }

                break;
            default:
                return null;
        }

        return strings;
    }
}
