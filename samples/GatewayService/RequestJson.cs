using System.Globalization;
using System.Text.Json;

namespace GatewayService;

/// <summary>Typed reading of request JSON: every wrong type, range or text is an <see cref="InvalidRequestException"/> naming the field.</summary>
internal static class RequestJson
{
    /// <summary>Refuses unknown fields (so a misspelt option is not silently dropped) and fields the gateway cannot forward.</summary>
    public static void CheckFields(JsonElement element, string prefix, HashSet<string> known, HashSet<string> unsupported)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name = SafeName(property, prefix);
            if (unsupported.Contains(name))
            {
                throw new InvalidRequestException(prefix + name, $"'{name}' is not supported by this gateway.");
            }

            if (!known.Contains(name))
            {
                throw new InvalidRequestException(prefix + name, $"Unrecognized field '{name}'.");
            }
        }
    }

    public static string SafeName(JsonProperty property, string prefix = "")
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException(prefix.Length == 0 ? "body" : prefix.TrimEnd('.'), "A field name is not valid UTF-8 or UTF-16 text.");
        }
    }

    public static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out JsonElement value)
            ? value
            : throw new InvalidRequestException(path + "." + name, $"'{name}' is required.");

    public static void RequireKind(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new InvalidRequestException(path, $"'{path}' must be {what}.");
        }
    }

    /// <summary>Reads a string, refusing lone surrogates and invalid UTF-8 (which cannot become a .NET string safely).</summary>
    public static string RequireString(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.String, path, "a string");
        string value;
        try
        {
            value = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException(path, $"'{path}' is not valid Unicode (invalid UTF-8 or a lone surrogate).");
        }

        // Escaped lone surrogates (\ud800) decode without error; policies and the upstream must never see them.
        if (HasLoneSurrogate(value))
        {
            throw new InvalidRequestException(path, $"'{path}' is not valid Unicode (a lone surrogate).");
        }

        return value;
    }

    public static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    public static string RequireText(JsonElement element, string path)
    {
        string value = RequireString(element, path);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidRequestException(path, $"'{path}' must not be empty.");
        }

        return value;
    }

    public static float? ReadNumber(JsonElement root, string name, double min, double max)
    {
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireKind(element, JsonValueKind.Number, name, "a number");
        double value = element.GetDouble();
        if (value < min || value > max)
        {
            throw new InvalidRequestException(name, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between {min} and {max}."));
        }

        return (float)value;
    }

    public static int? ReadInteger(JsonElement root, string name, int min, int max) =>
        root.TryGetProperty(name, out JsonElement element) && element.ValueKind != JsonValueKind.Null
            ? RequireInteger(element, name, min, max)
            : null;

    public static int RequireInteger(JsonElement element, string path, int min, int max)
    {
        RequireKind(element, JsonValueKind.Number, path, "an integer");
        if (!element.TryGetInt32(out int value) || value < min || value > max)
        {
            throw new InvalidRequestException(path, string.Create(CultureInfo.InvariantCulture, $"'{path}' must be an integer between {min} and {max}."));
        }

        return value;
    }

    public static long? ReadLong(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireKind(element, JsonValueKind.Number, name, "an integer");
        return element.TryGetInt64(out long value) ? value : throw new InvalidRequestException(name, $"'{name}' must be a 64-bit integer.");
    }

    public static bool? ReadBool(JsonElement element, string name, string? path = null)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidRequestException(path ?? name, $"'{path ?? name}' must be true or false."),
        };
    }
}
