using System.Text;
using System.Text.Json;

namespace Governance.AI.Tests.Tokenization;

/// <summary>The committed corpus and the ids the npm package tiktoken produced for it (tools/tiktoken-reference/).</summary>
internal static class TokenizerCorpus
{
    private static readonly Lazy<string> s_directory = new(FindDirectory);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_documents = new(LoadDocuments);
    private static readonly Lazy<Reference> s_reference = new(LoadReference);

    public static string Directory => s_directory.Value;

    /// <summary>Documents by '/'-separated path relative to Corpus/, read as exact UTF-8 (a BOM is kept as text).</summary>
    public static IReadOnlyDictionary<string, string> Documents => s_documents.Value;

    public static Reference ReferenceIds => s_reference.Value;

    public sealed record Reference(string Package, string Version, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int[]>> IdsByEncoding);

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Governance.AI.Tests", "Tokenization");
            if (File.Exists(Path.Combine(candidate, "tiktoken-reference.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Governance.AI.Tests/Tokenization not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyDictionary<string, string> LoadDocuments()
    {
        string root = Path.Combine(Directory, "Corpus");
        return System.IO.Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'),
                path => Encoding.UTF8.GetString(File.ReadAllBytes(path)),
                StringComparer.Ordinal);
    }

    private static Reference LoadReference()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory, "tiktoken-reference.json")));
        JsonElement root = json.RootElement;
        var byEncoding = new Dictionary<string, IReadOnlyDictionary<string, int[]>>(StringComparer.Ordinal);
        foreach (string encoding in new[] { "o200k_base", "cl100k_base" })
        {
            var ids = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (JsonElement document in root.GetProperty("documents").EnumerateArray())
            {
                ids[document.GetProperty("name").GetString()!] = document.GetProperty(encoding).EnumerateArray().Select(e => e.GetInt32()).ToArray();
            }

            byEncoding[encoding] = ids;
        }

        return new Reference(root.GetProperty("package").GetString()!, root.GetProperty("version").GetString()!, byEncoding);
    }
}
