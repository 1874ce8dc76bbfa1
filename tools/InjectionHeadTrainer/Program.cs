using System.Globalization;
using Governance.AI.Safety;
using Governance.AI.Safety.Lexical;
using InjectionHeadTrainer;
using InjectionModelTrainer;

// Trains the injection head (a logistic regression over all-MiniLM-L6-v2 embeddings and the lexical model's logit) shipped
// in Governance.AI as src/Governance.AI/Safety/Head/injection-head-minilm.bin (training/injection/README.md).
// Usage: dotnet run --project tools/InjectionHeadTrainer -c Release -- --cache file --lexical-dump scores.tsv [--cv]
//        [--check dir]... [--epochs N] [--lr X] [--l2 X] [--seed N] [--dump file.tsv] [--write head.bin]
string? cachePath = null;
string? lexicalDump = null;
string? dump = null;
string? writePath = null;
var crossValidate = false;
var checks = new List<string>();
var settings = HeadSettings.Shipped;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--cache": cachePath = args[++i]; break;
        case "--cv": crossValidate = true; break;
        case "--check": checks.Add(args[++i]); break;
        case "--lexical-dump": lexicalDump = args[++i]; break;
        case "--dump": dump = args[++i]; break;
        case "--write": writePath = args[++i]; break;
        case "--epochs": settings = settings with { Epochs = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--lr": settings = settings with { LearningRate = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--l2": settings = settings with { L2 = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--seed": settings = settings with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        default:
            Console.Error.WriteLine("Unknown argument: " + args[i]);
            return 2;
    }
}

var folder = TrainingExample.FindFolder(Environment.CurrentDirectory);
var rows = TrainingExample.ReadFolder(folder);
var lexical = File.ReadAllLines(lexicalDump ?? throw new ArgumentException("--lexical-dump is required: the lexical trainer's --cv --dump output (left-out scores of every row)."));
if (lexical.Length != rows.Count)
{
    throw new InvalidDataException($"The lexical dump has {lexical.Length} lines for {rows.Count} rows: rerun the lexical trainer with --cv --dump on this data.");
}

Console.WriteLine($"{rows.Count} rows ({rows.Count(r => r.IsAttack)} attacks) from {folder}; {settings}");

// A training row's lexical feature is its left-out logit (field 4 of the dump), as a check set's is the shipped model's:
// a logit of a model that saw the row would be overconfident and the head would learn to trust it too much.
var cache = EmbeddingCache.Open(cachePath);
var embedded = Embed(rows, i => double.Parse(lexical[i].Split('\t')[4], CultureInfo.InvariantCulture));
var (prompt, untrusted) = (InjectionHeadOptions.DefaultPromptThreshold, InjectionHeadOptions.DefaultUntrustedThreshold);
if (crossValidate)
{
    var scores = HeadCrossValidation.Run(rows, embedded, lexical, settings);
    (prompt, untrusted) = HeadCrossValidation.ChooseThresholds(scores);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Thresholds from left-out groups: prompt {prompt:0.000}, untrusted {untrusted:0.000}\n"));
    Console.WriteLine(HeadCrossValidation.Report(scores, prompt, s => s.Row.Group));
    Console.WriteLine(HeadCrossValidation.Report(scores, prompt, s => (s.Row.IsAttack ? "attack " : "benign ") + s.Row.Family));
    Console.WriteLine(HeadCrossValidation.Report(scores, prompt, s => s.Row.Language));
    if (dump is not null)
    {
        File.WriteAllLines(dump, scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Row.Group}\t{(s.Row.IsAttack ? 1 : 0)}\t{(s.RulesAsPrompt ? 1 : 0)}\t{(s.RulesAsUntrusted ? 1 : 0)}\t{s.Lexical:R}\t{s.Head:R}\t{s.Row.Family}\t{s.Row.Language}\t{s.Row.Text.Length}\t{s.Row.Source}")));
    }
}

if (checks.Count > 0 || writePath is not null)
{
    // Stacked on the shipped lexical model: the dump must come from the lexical trainer's shipped settings on this data.
    var model = LexicalInjectionModel.Default;
    var head = HeadTrainer.Train(embedded, settings, model.Fingerprint);
    if (writePath is not null)
    {
        File.WriteAllBytes(writePath, head.ToBytes());
        Console.WriteLine($"Wrote {writePath} ({new FileInfo(writePath).Length} bytes).");
    }

    foreach (var check in checks)
    {
        // A check set scored as the pipeline would: the shipped detector (rules and lexical model at their defaults) for
        // the row's origin, the head trained on every row at the threshold for the origin.
        var set = TrainingExample.ReadFolder(check);
        var detector = new PromptInjectionDetector(new PromptInjectionDetectorOptions());
        var vectors = Embed(set, i => model.ScoreWindows(set[i].Text).MaxWindowLogit);
        var scores = set.Select((r, i) => new HeadScore(
            r,
            detector.Scan(r.Text, r.Untrusted ? SafetyContentOrigin.UntrustedContent : SafetyContentOrigin.UserPrompt).IsDetected,
            false,
            0,
            vectors[i].Score(head) >= (r.Untrusted ? untrusted : prompt) ? 1 : 0)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n## {check}: shipped detector vs detector or head (prompt {prompt:0.000}, untrusted {untrusted:0.000})\n"));
        Console.WriteLine(HeadCrossValidation.CheckReport(scores, 1, s => (s.Row.IsAttack ? "attack " : "benign ") + s.Row.Family));
        Console.WriteLine(HeadCrossValidation.CheckReport(scores, 1, s => s.Row.Language));
    }
}

return 0;

List<EmbeddedRow> Embed(IReadOnlyList<TrainingExample> set, Func<int, double> lexicalLogit) => EmbeddedRow.Of(set, cache, lexicalLogit, Console.Out);
