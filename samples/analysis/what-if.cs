#:project ../../src/Styrmodell.Json/Styrmodell.Json.csproj
#:project ../../src/Styrmodell.Reporting/Styrmodell.Reporting.csproj
#:project RepositoryFiles/RepositoryFiles.csproj
// What if one outcome were different? Changes one indicator's outcome in a sample document, re-evaluates only what
// it feeds (EvaluationResult.WithOutcome), and shows every node whose result moved, with the explanation before and after.

using System.Globalization;
using Styrmodell.Analysis;
using Styrmodell.Evaluation;
using Styrmodell.Json;
using Styrmodell.Reporting;
using Styrmodell.Targets;

// %% The scenario: Vansbro's year-9 eligibility (Kolada N15428) was 64.9 % in 2022; what if it had been 80 %?
// Change these four to try another document, indicator, period or value.
var document = "vansbro";
var indicatorId = "ui-1";
var periodId = "2022";
var newValue = 80m;

// %% Evaluate the document as it is.
var read = ModelJson.Read(File.ReadAllBytes(RepositoryFiles.Find(Path.Combine("samples", "models", document + ".json"))));
var loaded = read.Document ?? throw new InvalidDataException($"{document}: {read.Problems[0]}");
var model = loaded.Model;
var period = Styrmodell.Time.ReportingPeriod.Parse(periodId);
var before = loaded.Evaluate(period).Goals;

// %% Replace the outcome and re-evaluate only the indicator and the nodes it feeds.
var old = model.OutcomesOf(indicatorId).FirstOrDefault(o => o.Period == period && !o.IsForecast && o.Gender == Gender.Total);
var after = before.WithOutcome(new Outcome(indicatorId, period, MeasuredValue.Of(newValue)) { Source = "what-if" });
Console.WriteLine($"{model.Municipality.Name}, {period.Id}: {model.GetNode(indicatorId).Title}");
Console.WriteLine($"  outcome {(old?.Value is { } v ? v.Value.ToString(CultureInfo.InvariantCulture) : "none")} → {newValue.ToString(CultureInfo.InvariantCulture)}");
Console.WriteLine();

// %% Every node whose category or score moved, in the model's order, with why.
string Score(double? score) => score is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "–";

var moved = 0;
foreach (var node in model.Nodes)
{
    var (was, now) = (before[node.Id], after[node.Id]);
    if (was.Category == now.Category && was.Score == now.Score)
    {
        continue;
    }

    moved++;
    var change = was.Category == now.Category ? "score only" : $"{was.Category.Label} → {now.Category.Label}";
    Console.WriteLine($"[{model.LevelOf(node.Id).Name}] {node.Title}: {change} (score {Score(was.Score)} → {Score(now.Score)})");
    Console.WriteLine($"    before: {ExplanationText.Render(was, before.Options.Scale, before.Options.Rounding, ReportLanguage.English)}");
    Console.WriteLine($"    after:  {ExplanationText.Render(now, after.Options.Scale, after.Options.Rounding, ReportLanguage.English)}");
}

Console.WriteLine();
Console.WriteLine($"{moved} of {model.Nodes.Count} nodes moved; only {indicatorId} and the nodes it feeds were recomputed, the rest was shared.");
