using System.Text.Json;

namespace Governance.AI.Tokenization;

/// <summary>Maps OpenAI model ids to their tiktoken encoding.</summary>
internal static class ModelEncodingMap
{
    // Longest prefixes first, so gpt-4o / gpt-4.1 / gpt-4.5 win over gpt-4.
    private static readonly (string Prefix, string Encoding)[] s_prefixes =
    [
        ("text-embedding-3", TiktokenEncoding.Cl100kBaseName),
        ("gpt-3.5-turbo", TiktokenEncoding.Cl100kBaseName),
        ("gpt-35-turbo", TiktokenEncoding.Cl100kBaseName),
        ("chatgpt-4o", TiktokenEncoding.O200kBaseName),
        ("gpt-4.1", TiktokenEncoding.O200kBaseName),
        ("gpt-4.5", TiktokenEncoding.O200kBaseName),
        ("gpt-oss", TiktokenEncoding.O200kBaseName),
        ("gpt-4o", TiktokenEncoding.O200kBaseName),
        ("gpt-5", TiktokenEncoding.O200kBaseName),
        ("gpt-4", TiktokenEncoding.Cl100kBaseName),
        ("o1", TiktokenEncoding.O200kBaseName),
        ("o3", TiktokenEncoding.O200kBaseName),
        ("o4", TiktokenEncoding.O200kBaseName),
    ];

    private static readonly Lazy<Dictionary<string, string>> s_exact = new(Load);

    /// <summary>Gets the encoding name of a model, or <see langword="null"/> when it has no public tokenizer.</summary>
    public static string? GetEncodingName(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return null;
        }

        ReadOnlySpan<char> id = modelId.AsSpan().Trim();

        // Fine-tuned models ("ft:gpt-4o-mini-2024-07-18:org::id") use their base model's encoding.
        if (id.StartsWith("ft:", StringComparison.OrdinalIgnoreCase))
        {
            id = id[3..];
        }

        // Routed names such as "openai/gpt-4o" or "azure/openai/gpt-4.1".
        int slash = id.LastIndexOf('/');
        if (slash >= 0)
        {
            id = id[(slash + 1)..];
        }

        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> exact = s_exact.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (exact.TryGetValue(id, out string? encoding))
        {
            return encoding;
        }

        foreach ((string prefix, string name) in s_prefixes)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IsBoundary(id, prefix))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsBoundary(ReadOnlySpan<char> id, string prefix)
    {
        if (id.Length == prefix.Length)
        {
            return true;
        }

        char next = id[prefix.Length];

        // "gpt-4.7" is not gpt-4; the o200k families also accept a minor version ("gpt-5.1", "o3.5").
        return next is '-' or ':' or '@' or '_' || (next == '.' && prefix != "gpt-4");
    }

    private static Dictionary<string, string> Load()
    {
        const string resource = "Governance.AI.Tokenization.Data.model_to_encoding.json";
        using Stream stream = typeof(ModelEncodingMap).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded model map '{resource}' is missing.");
        using JsonDocument document = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty model in document.RootElement.EnumerateObject())
        {
            map[model.Name] = model.Value.GetString() ?? throw new InvalidDataException($"Model '{model.Name}' has no encoding.");
        }

        return map;
    }
}
