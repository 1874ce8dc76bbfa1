using System.Runtime.CompilerServices;
using System.Text.Json;
using Governance.AI.Safety;

namespace Governance.AI.Tests.Safety;

/// <summary>Loads the committed labelled sets next to this file (Data/*.jsonl).</summary>
internal static class SafetyCorpus
{
    public sealed record Sample(string Text, string Language, SafetyContentOrigin Origin);

    public static IReadOnlyList<Sample> Injections => Load("injection.jsonl");

    public static IReadOnlyList<Sample> Benign => Load("benign.jsonl");

    /// <summary>Gets the names of the labelled set pairs: "" for injection/benign.jsonl, "fresh" for the *.fresh.jsonl pair.</summary>
    public static IReadOnlyList<string> SetNames { get; } = ["", "fresh"];

    public static IReadOnlyList<Sample> InjectionsOf(string set) => Load(FileName("injection", set));

    public static IReadOnlyList<Sample> BenignOf(string set) => Load(FileName("benign", set));

    private static string FileName(string kind, string set) => set.Length == 0 ? $"{kind}.jsonl" : $"{kind}.{set}.jsonl";

    private static string DataDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Data");

    private static List<Sample> Load(string file)
    {
        var samples = new List<Sample>();
        foreach (var line in File.ReadLines(Path.Combine(DataDirectory(), file)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var e = JsonDocument.Parse(line).RootElement;
            samples.Add(new Sample(
                e.GetProperty("text").GetString()!,
                e.GetProperty("lang").GetString()!,
                e.GetProperty("origin").GetString() == "untrusted" ? SafetyContentOrigin.UntrustedContent : SafetyContentOrigin.UserPrompt));
        }

        return samples;
    }
}
