using System.Text.Json;

namespace Governance.AI.Tests.HeldOut;

/// <summary>
/// Reads the held-out evaluation sets in this folder (JSON Lines, see README.md). They are read from the source tree,
/// not copied to the output, so that a set is never edited in one place and read from another.
/// </summary>
internal static class HeldOutSet
{
    /// <summary>Reads every line of a set as a JSON document.</summary>
    /// <param name="fileName">The file name, for example <c>cache-dev.jsonl</c>.</param>
    /// <returns>The parsed lines.</returns>
    public static IReadOnlyList<JsonElement> Read(string fileName)
    {
        string path = Path.Combine(Folder(), fileName);
        var rows = new List<JsonElement>();
        foreach (string line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                rows.Add(document.RootElement.Clone());
            }
        }

        return rows;
    }

    private static string Folder()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "Governance.AI.Tests", "HeldOut");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Governance.AI.Tests/HeldOut was not found above " + AppContext.BaseDirectory);
    }
}
