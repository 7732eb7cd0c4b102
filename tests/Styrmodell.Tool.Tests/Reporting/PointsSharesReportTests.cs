using System.Text.Json.Nodes;
using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Time;
using OutputFormat = Json.Schema.OutputFormat;
using SchemaOptions = Json.Schema.EvaluationOptions;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>
/// Points done, planned and not done, a détaillé split and the task counts, in words and in the JSON output. The
/// example is territoires-en-transitions' <c>notation_when_one_tache_has_detailed_avancement</c>
/// (<c>apps/backend/src/referentiels/compute-score/scores.service.spec.ts</c>): a task of 10 points of an action of 30
/// détaillé [0.2, 0.7, 0.1] gives 2 done, 7 planned, 1 not done, 20 not reported; 1 of 2 tasks has a status.
/// </summary>
public class PointsSharesReportTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);

    private static EvaluationResult Evaluate(EvaluationOptions? options = null)
    {
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("action", "Action", LevelRole.Goal))
            .AddLevel(new LevelDefinition("sous-action", "Sous-action", LevelRole.Goal) { ParentLevelIds = ["action"] })
            .AddNode(new Node("eci_1", "action", "eci_1"))
            .AddNode(new Node("eci_1.1", "sous-action", "eci_1.1") { ParentId = "eci_1", Weight = 10 })
            .AddNode(new Node("eci_1.2", "sous-action", "eci_1.2") { ParentId = "eci_1", Weight = 20 })
            .AddAssessment(new ManualAssessment("eci_1.1", Year2024, "detaille", "Delvis klart.", "Import", new LocalDate(2025, 1, 15))
            {
                Split = new PointsSplit(0.2, 0.7, 0.1),
            })
            .Build();
        return GoalEvaluator.Evaluate(model, Year2024, new LocalDate(2025, 3, 31), options ?? EvaluationPresets.PointsScoring(["action"]));
    }

    private static string Render(string node, ReportLanguage language)
    {
        var result = Evaluate();
        return ExplanationText.Render(result[node], result.Options.Scale, result.Options.Rounding, language);
    }

    [Theory]
    // 2 of 30 = 6.67 %, shown to one decimal as the preset asks.
    [InlineData(ReportLanguage.Swedish, "2 av 30 poäng = 6,7 % (2 genomfört, 7 planerat, 1 inte genomfört), 20 poäng utan rapporterad status; 1 av 2 uppgifter med status (0,2 genomförda, 0,7 planerade, 0,1 inte genomförda, 0 ej berörda)")]
    [InlineData(ReportLanguage.English, "2 of 30 points = 6.7 % (2 done, 7 planned, 1 not done), 20 points without a reported status; 1 of 2 tasks with a status (0.2 done, 0.7 planned, 0.1 not done, 0 not concerned)")]
    public void PointsStep_NamesTheThreeSharesAndTheTasks(ReportLanguage language, string expected) =>
        Assert.Contains(expected, Render("eci_1", language), StringComparison.Ordinal);

    [Theory]
    // The split's shares as percentages, to the preset's one decimal.
    [InlineData(ReportLanguage.Swedish, "status Détaillé (andel 0,2), 20,0 % genomfört, 70,0 % planerat, 10,0 % inte genomfört rapporterad av Import 2025-01-15: Delvis klart.; 1 av 1 uppgifter med status")]
    [InlineData(ReportLanguage.English, "status Détaillé (share 0.2), 20.0 % done, 70.0 % planned, 10.0 % not done reported by Import on 2025-01-15: Delvis klart.; 1 of 1 tasks with a status")]
    public void DetailedStatus_NamesItsSplit(ReportLanguage language, string expected) =>
        Assert.Contains(expected, Render("eci_1.1", language), StringComparison.Ordinal);

    [Fact]
    public void JsonOutput_CarriesTheSharesTheSplitAndTheTasks_UnderItsSchema()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(EvaluationReport.Create(Evaluate()), stream);
        var json = JsonNode.Parse(stream.ToArray())!;

        var check = ReportChecks.Schema.Evaluate(json, new SchemaOptions { OutputFormat = OutputFormat.List });
        Assert.True(check.IsValid, string.Join("; ", check.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var text = json.ToJsonString();
        Assert.Contains("\"pointsDone\":2", text, StringComparison.Ordinal);
        Assert.Contains("\"pointsPlanned\":7", text, StringComparison.Ordinal);
        Assert.Contains("\"pointsNotDone\":1", text, StringComparison.Ordinal);
        Assert.Contains("\"tasks\":{\"total\":2,\"completed\":1,\"done\":0.2,\"planned\":0.7,\"notDone\":0.1,\"notConcerned\":0}", text, StringComparison.Ordinal);
        Assert.Contains("\"split\":{\"done\":0.2,\"planned\":0.7,\"notDone\":0.1}", text, StringComparison.Ordinal);
    }

    [Theory]
    // notation_when_one_action_is_reduced's factor: 30 points × 0.2 = 6; 2 × 0.2 = 0.4 done of 6.
    [InlineData(ReportLanguage.Swedish, "0,4 av 6 poäng = 6,7 % (anpassad potential: 30 poäng × 0,2)")]
    [InlineData(ReportLanguage.English, "0.4 of 6 points = 6.7 % (personalised potential: 30 points × 0.2)")]
    public void PersonalisedPotential_NamesTheFactorAndThePointsBefore(ReportLanguage language, string expected)
    {
        var result = Evaluate(EvaluationPresets.PointsScoring(["action"]) with { PotentialFactors = [new("eci_1", 0.2)] });

        Assert.Contains(expected, ExplanationText.Render(result["eci_1"], result.Options.Scale, result.Options.Rounding, language), StringComparison.Ordinal);
    }
}
