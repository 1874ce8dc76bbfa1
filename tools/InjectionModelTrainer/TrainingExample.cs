using System.Text.Json;

namespace InjectionModelTrainer;

/// <summary>One labelled row of a training file.</summary>
/// <param name="Source">The file it comes from.</param>
/// <param name="Text">The text.</param>
/// <param name="IsAttack">Whether it is an attack.</param>
/// <param name="Family">The attack or benign family.</param>
/// <param name="Untrusted">Whether the text is untrusted content (a document or tool result), not a prompt.</param>
/// <param name="Language">The row's <c>lang</c> (empty when it has none), for per-language reports.</param>
internal sealed record TrainingExample(string Source, string Text, bool IsAttack, string Family, bool Untrusted, string Language = "")
{
    /// <summary>
    /// Gets the author group the row is held out with in cross-validation: an independent author's files are named
    /// <c>&lt;topic&gt;-&lt;letter&gt;-*.jsonl</c> (<c>chat-a-*</c>, <c>docs-b-*</c>, ..., <c>mixed-g-*</c>) and are one group,
    /// so that no author's other files stay in training; every other file is its own group.
    /// </summary>
    public string Group
    {
        get
        {
            var dash = Source.IndexOf('-', StringComparison.Ordinal);
            var isAuthorFile = dash > 0 && Source.Length > dash + 2 && char.IsAsciiLetterLower(Source[dash + 1]) && Source[dash + 2] == '-';
            return isAuthorFile ? Source[..(dash + 2)] + "-*" : Source;
        }
    }

    /// <summary>
    /// Gets a value indicating whether the row comes from a used-up evaluation set (files named <c>heldout&lt;n&gt;-*</c> or
    /// <c>dev&lt;n&gt;-*</c>): written to the brief of the fresh sets the detector is measured on, by helpers who had seen
    /// neither the detector nor its data, so their benign rows are a realistic mix rather than hard negatives asked for.
    /// </summary>
    public bool IsEvaluationSet =>
        (Source.StartsWith("heldout", StringComparison.Ordinal) && Source.Length > 7 && char.IsAsciiDigit(Source[7]))
        || (Source.StartsWith("dev", StringComparison.Ordinal) && Source.Length > 3 && char.IsAsciiDigit(Source[3]));

    /// <summary>Reads every <c>*.jsonl</c> file of a folder, files in ordinal name order, rows in file order.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<TrainingExample> ReadFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.jsonl");
        Array.Sort(files, (a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        var rows = new List<TrainingExample>();
        foreach (var file in files)
        {
            var source = Path.GetFileName(file);
            var line = 0;
            foreach (var text in File.ReadLines(file))
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                var label = root.GetProperty("label").GetString();
                if (label is not ("attack" or "benign"))
                {
                    throw new InvalidDataException($"{source}:{line}: label must be \"attack\" or \"benign\".");
                }

                rows.Add(new TrainingExample(
                    source,
                    root.GetProperty("text").GetString() ?? string.Empty,
                    label == "attack",
                    root.TryGetProperty("family", out var family) || root.TryGetProperty("kind", out family) ? family.GetString() ?? string.Empty : string.Empty,
                    root.TryGetProperty("origin", out var origin) && origin.GetString() == "untrusted",
                    root.TryGetProperty("lang", out var language) ? language.GetString() ?? string.Empty : string.Empty));
            }
        }

        return rows;
    }

    /// <summary>Finds the repository's <c>training/injection</c> folder above a directory.</summary>
    /// <param name="start">Where to start looking.</param>
    /// <returns>The folder.</returns>
    public static string FindFolder(string start)
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "training", "injection");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("training/injection was not found above " + start);
    }
}
