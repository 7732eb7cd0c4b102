#:project ../../src/Styrmodell.Json/Styrmodell.Json.csproj
#:project ../../src/Styrmodell.Reporting/Styrmodell.Reporting.csproj
#:project RepositoryFiles/RepositoryFiles.csproj
// Compares the four sample municipalities' goal fulfilment: each document evaluated for its latest period, the
// share of goals in each category per municipality, and each target area's result.

using System.Globalization;
using Styrmodell.Analysis;
using Styrmodell.Evaluation;
using Styrmodell.Json;
using Styrmodell.Model;
using Styrmodell.Reporting;

// %% Find the sample documents (run from anywhere inside the repository, or from this file's folder).
var models = RepositoryFiles.Find(Path.Combine("samples", "models"));
string[] names = ["vasteras", "strangnas", "vansbro", "arboga"];

// %% Evaluate each document for its latest period, with its own evaluation settings.
var results = new List<EvaluationResult>();
foreach (var name in names)
{
    var read = ModelJson.Read(File.ReadAllBytes(Path.Combine(models, name + ".json")));
    var document = read.Document ?? throw new InvalidDataException($"{name}: {read.Problems[0]}");
    results.Add(document.EvaluateLatest().Goals);
}

// %% Share of goals per category: every node of a level with the goal role, whoever owns it.
string Percent(int part, int whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";

Console.WriteLine($"{"municipality",-18} {"period",-6} {"goals",5} {"met",6} {"partly",7} {"not met",8} {"n/a",6}");
foreach (var result in results)
{
    var goals = result.Model.Nodes.Where(n => result.Model.LevelOf(n.Id).Role == LevelRole.Goal)
        .Select(n => result.CategoryOf(n.Id).Id).ToList();
    int Count(string id) => goals.Count(c => c == id);
    Console.WriteLine($"{result.Model.Municipality.Name,-18} {result.Period.Id,-6} {goals.Count,5} " +
        $"{Percent(Count("uppfyllt"), goals.Count),6} {Percent(Count("delvis-uppfyllt"), goals.Count),7} " +
        $"{Percent(Count("ej-uppfyllt"), goals.Count),8} {Percent(Count("ej-bedomt"), goals.Count),6}");
}

// %% Each target area's result: the municipalities' own top level under the vision.
Console.WriteLine();
foreach (var result in results)
{
    Console.WriteLine(result.Model.Municipality.Name);
    foreach (var area in result.Model.Nodes.Where(n => result.Model.LevelOf(n.Id).Role == LevelRole.TargetArea))
    {
        var node = result[area.Id];
        var score = node.Score is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "–";
        Console.WriteLine($"  {area.Title,-80} {node.Category.Label,-16} score {score}, coverage {node.Coverage.ToString("0%", CultureInfo.InvariantCulture)}");
    }
}

Console.WriteLine();
Console.WriteLine("Targets and most outcomes after 2022 are illustrative (see samples/models/README.md); compare the method, not the municipalities.");
