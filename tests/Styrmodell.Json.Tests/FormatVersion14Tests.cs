using System.Text.Json.Nodes;
using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Json.Tests;

/// <summary>
/// A writer states the lowest format version whose properties the document uses (docs/format.md): each property 1.4
/// added raises a document to 1.4, so that a 1.3 reader refuses it by its version rather than by an unknown property.
/// </summary>
public class FormatVersion14Tests
{
    private static SteeringModel Model(Func<SteeringModelBuilder, SteeringModelBuilder>? add = null)
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", "KF"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", "Mål") { OwnerId = "kf" })
            .AddNode(new Node("i", "ind", "I") { ParentId = "m" })
            .AddNode(new Node("c", "ind", "C") { ParentId = "m" })
            .AddIndicator(new Indicator("c", MeasureUnit.Count, Direction.HigherIsBetter));
        return (add ?? (b => b.AddIndicator(new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter))))(builder).Build();
    }

    private static string VersionOf(ExchangeDocument document) => (string)JsonNode.Parse(ModelJson.ToUtf8Bytes(document))!["formatVersion"]!;

    [Fact]
    public void AModelWithoutThem_KeepsItsLowerVersion() =>
        Assert.Equal("1.0", VersionOf(ExchangeDocument.Create(Model())));

    [Fact]
    public void AContributingIndicator_IsVersion14() =>
        Assert.Equal("1.4", VersionOf(ExchangeDocument.Create(Model(b => b.AddIndicator(new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter) { Contributors = ["c"] })))));

    [Fact]
    public void ADisaggregatedOutcome_IsVersion14_AlsoInAnOutcomeDocument()
    {
        var model = Model(b => b
            .AddIndicator(new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter) { Dimensions = [new DisaggregationDimension("age", "Ålder") { Values = [new DisaggregationValue("young", "Unga")] }] })
            .AddOutcome(new Outcome("i", ReportingPeriod.Year(2024), MeasuredValue.Of(3m)) { Disaggregation = new Disaggregation("age", "young") }));
        using var outcomes = new MemoryStream();
        ModelJson.WriteOutcomes(model.Municipality, model.Outcomes, outcomes);

        Assert.Equal("1.4", VersionOf(ExchangeDocument.Create(model)));
        Assert.Equal("1.4", (string)JsonNode.Parse(outcomes.ToArray())!["formatVersion"]!);
    }

    [Fact]
    public void ThePointsPreset_WhoseStatusesCarryTheirSplit_IsVersion14() =>
        Assert.Equal("1.4", VersionOf(ExchangeDocument.Create(Model()).WithEvaluation(EvaluationPresets.PointsScoring(["mal"]))));

    [Fact]
    public void AnOptionLeftAtItsDefault_DoesNotRaiseTheVersion() =>
        Assert.Equal("1.0", VersionOf(ExchangeDocument.Create(Model()).WithEvaluation(EvaluationOptions.Default with { IncludeOwnOutcome = EvaluationOptions.Default.IncludeOwnOutcome, ClampScores = !EvaluationOptions.Default.ClampScores })));
}
