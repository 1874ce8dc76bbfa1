using System.Globalization;
using Governance.AI.Safety;
using Governance.AI.Safety.Lexical;
using InjectionHeadTrainer;
using InjectionModelTrainer;

// Measures a learned head over all-MiniLM-L6-v2 sentence embeddings beside the rules and the lexical model (not shipped;
// training/injection/README.md, session 14).
// Usage: dotnet run --project tools/InjectionHeadTrainer -c Release -- --cache file --lexical-dump scores.tsv [--cv] [--with-lexical]
//        [--check dir]... [--hidden N] [--epochs N] [--lr X] [--l2 X] [--seed N] [--dump file.tsv] [--write head.bin]
string? cachePath = null;
string? lexicalDump = null;
string? dump = null;
string? writePath = null;
var crossValidate = false;
var withLexical = false;
var checks = new List<string>();
var settings = HeadSettings.Shipped;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--cache": cachePath = args[++i]; break;
        case "--cv": crossValidate = true; break;
        case "--with-lexical": withLexical = true; break;
        case "--check": checks.Add(args[++i]); break;
        case "--lexical-dump": lexicalDump = args[++i]; break;
        case "--dump": dump = args[++i]; break;
        case "--write": writePath = args[++i]; break;
        case "--hidden": settings = settings with { Hidden = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
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
Console.WriteLine($"{rows.Count} rows ({rows.Count(r => r.IsAttack)} attacks) from {folder}; {settings}; lexical logit as a feature: {withLexical}");

// The whole text, trimmed as the similarity layer embeds it: MiniLM reads its first 512 word pieces (about 2 KB of English).
var cache = EmbeddingCache.Open(cachePath);
var embedded = Embed(rows, i => double.Parse(lexical[i].Split('\t')[4], CultureInfo.InvariantCulture));
if (crossValidate)
{
    var scores = HeadCrossValidation.Run(rows, embedded, lexical, settings);
    var (prompt, untrusted) = HeadCrossValidation.ChooseThresholds(scores);
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
    var head = HeadTrainer.Train(embedded, settings);
    if (writePath is not null)
    {
        File.WriteAllBytes(writePath, head.ToBytes());
    }

    foreach (var check in checks)
    {
        // A check set scored as the pipeline would: the shipped detector (rules and lexical model at their defaults), the head trained on every row.
        var set = TrainingExample.ReadFolder(check);
        var detector = new PromptInjectionDetector(new PromptInjectionDetectorOptions());
        var model = LexicalInjectionModel.Default;
        var vectors = Embed(set, i => model.ScoreWindows(set[i].Text).MaxWindowLogit);
        var scores = set.Select((r, i) => new HeadScore(r, detector.Scan(r.Text).IsDetected, false, 0, InjectionEmbeddingHead.Probability(head.Logit(vectors[i].Vector)))).ToList();
        foreach (var threshold in new[] { 0.95, 0.975, 0.99, 0.995 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n## {check}: shipped detector vs detector or head ≥ {threshold:0.000}\n"));
            Console.WriteLine(HeadCrossValidation.CheckReport(scores, threshold, s => (s.Row.IsAttack ? "attack " : "benign ") + s.Row.Family));
            Console.WriteLine(HeadCrossValidation.CheckReport(scores, threshold, s => s.Row.Language));
        }
    }
}

return 0;

List<EmbeddedRow> Embed(IReadOnlyList<TrainingExample> set, Func<int, double> lexicalLogit)
{
    var texts = set.Select(r => r.Text.Trim()).ToList();
    cache.Ensure(texts, Console.Out);

    // The logit is appended at 1/100 so that the vector stays almost unit-length (the head normalizes its input); the
    // training standardization scales it back.
    return [.. set.Select((r, i) => new EmbeddedRow(r.IsAttack, withLexical ? [.. cache[texts[i]], (float)(lexicalLogit(i) / 100)] : cache[texts[i]]))];
}
