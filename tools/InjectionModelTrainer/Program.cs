using System.Globalization;
using Governance.AI.Safety.Lexical;
using InjectionModelTrainer;

// Usage: dotnet run --project tools/InjectionModelTrainer -c Release [-- --cv] [--bits N] [--kinds words,pairs,stems,grams] [--epochs N] [--lr X] [--l2 X] [--seed N] [--attack-weight X] [--average N] [--benign-highest-window] [--seeds N] [--dropout X] [--no-write] [--score] [--dump scores.tsv] [--discounts]
var settings = TrainingSettings.Shipped;
var crossValidate = false;
var write = true;
double? reportThreshold = null;
var score = false;
string? dump = null;
var discounts = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--cv": crossValidate = true; break;
        case "--no-write": write = false; break;
        case "--threshold": reportThreshold = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--score": score = true; break;
        case "--dump": dump = args[++i]; break;
        case "--discounts": discounts = true; break;
        case "--bits": settings = settings with { Bits = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--epochs": settings = settings with { Epochs = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--lr": settings = settings with { LearningRate = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--l2": settings = settings with { L2 = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--seed": settings = settings with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--attack-weight": settings = settings with { AttackWeight = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--dropout": settings = settings with { Dropout = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--seeds": settings = settings with { Seeds = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--benign-highest-window": settings = settings with { BenignHighestWindow = true }; break;
        case "--average": settings = settings with { AveragedEpochs = int.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--kinds":
            var kinds = LexicalFeatureKinds.None;
            foreach (var kind in args[++i].Split(','))
            {
                kinds |= kind switch
                {
                    "words" => LexicalFeatureKinds.Words,
                    "pairs" => LexicalFeatureKinds.WordPairs,
                    "grams" => LexicalFeatureKinds.CharacterGrams,
                    "stems" => LexicalFeatureKinds.Stems,
                    _ => throw new ArgumentException("Unknown feature kind: " + kind),
                };
            }

            settings = settings with { Kinds = kinds };
            break;
        default:
            Console.Error.WriteLine("Unknown argument: " + args[i]);
            return 2;
    }
}

var folder = TrainingExample.FindFolder(Environment.CurrentDirectory);
var rows = TrainingExample.ReadFolder(folder);
Console.WriteLine($"{rows.Count} rows ({rows.Count(r => r.IsAttack)} attacks) from {folder}; {settings}");

if (score)
{
    // Prints, for each line of standard input ("\n" read as a line break), the probability under a model trained
    // on every row with the given settings (the shipped model when no setting is given).
    var scorer = LexicalModelTrainer.Train(rows, settings);
    for (var line = Console.ReadLine(); line is not null; line = Console.ReadLine())
    {
        var (maxWindowLogit, sentences) = scorer.ScoreWindows(line.Replace("\\n", "\n", StringComparison.Ordinal));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{LexicalInjectionModel.Probability(LexicalInjectionModel.DiscountedLogit(maxWindowLogit, sentences, LexicalInjectionModel.SentenceDiscount)):0.000}  {line}"));
    }

    return 0;
}

if (crossValidate)
{
    var scores = CrossValidation.Run(rows, settings);
    var (prompt, untrusted) = CrossValidation.ChooseThresholds(scores);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Thresholds from left-out files: prompt {prompt:0.000}, untrusted {untrusted:0.000}"));
    Console.WriteLine(CrossValidation.Report(scores, reportThreshold ?? prompt));
    if (discounts)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"A text's logit lowered by d·ln(sentences), up to {LexicalInjectionModel.MaxDiscountedSentences} sentences (shipped: d = {LexicalInjectionModel.SentenceDiscount:0.00}):"));
        Console.WriteLine(CrossValidation.DiscountReport(scores, [0, 0.25, 0.5, 0.75, 1]));
    }
    if (dump is not null)
    {
        // One line per row (group, label, left-out probability, rules as prompt, highest window logit, new sentences, file, rules as untrusted content,
        // the rules' score over their prompt threshold, the strongest rule as a prompt, the text's length, the rules' families as flags), for comparing variants at equal benign counts.
        File.WriteAllLines(dump, scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Row.Group}\t{(s.Row.IsAttack ? 1 : 0)}\t{s.Probability:R}\t{(s.RulesAsPrompt ? 1 : 0)}\t{s.MaxWindowLogit:R}\t{s.Sentences}\t{s.Row.Source}\t{(s.RulesAsUntrusted ? 1 : 0)}\t{s.RuleShare:R}\t{s.PrimaryRule}\t{s.Row.Text.Length}\t{(int)s.Categories}")));
    }
}

if (write)
{
    var model = LexicalModelTrainer.Train(rows, settings);
    var path = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(folder))!, "src", "Governance.AI", "Safety", "Lexical", "injection-lexical.bin");
    File.WriteAllBytes(path, model.ToBytes());
    Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length} bytes).");
}

return 0;
