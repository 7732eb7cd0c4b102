using System.Text;
using System.Text.Json.Nodes;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;

namespace Styrmodell.Json.Tests;

/// <summary>Every preset, and every option the presets use, is expressible in the document's evaluation section.</summary>
public class EvaluationPresetJsonTests
{
    private static readonly global::Json.Schema.JsonSchema Schema = global::Json.Schema.JsonSchema.FromText(ModelJson.Schema);

    private static SteeringModel Vansbro() => Styrmodell.Samples.SampleDocuments.Read("vansbro").Model!;

    public static TheoryData<string> Presets => ["okr", "okr-unclamped", "points", "points-planned", "average", "growth", "pooled"];

    private static EvaluationOptions Preset(string name) => name switch
    {
        "okr" => EvaluationPresets.OkrProgress(),
        "okr-unclamped" => EvaluationPresets.OkrProgress(clamp: false),
        "points" => EvaluationPresets.PointsScoring(["utvecklingsmal"]),
        "points-planned" => EvaluationPresets.PointsScoring(["utvecklingsmal"], PointsShare.Planned),
        "average" => EvaluationPresets.AverageWithMissingAsZero(),
        "growth" => EvaluationPresets.GrowthOnTrack(),
        _ => EvaluationPresets.PooledPercentages(),
    };

    private static (ReadResult Read, bool SchemaValid) RoundTrip(EvaluationOptions options)
    {
        var bytes = ModelJson.ToUtf8Bytes(ExchangeDocument.Create(Vansbro(), evaluation: options), indented: true);
        return (ModelJson.Read(bytes), Schema.Evaluate(JsonNode.Parse(bytes)).IsValid);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_RoundTrips_AndIsValidUnderTheSchema(string name)
    {
        var (read, valid) = RoundTrip(Preset(name));

        Assert.Empty(read.Problems);
        Assert.Equal(Preset(name), read.Document!.Evaluation);
        Assert.True(valid);
    }

    [Fact]
    public void EveryNewOption_RoundTrips()
    {
        var options = new EvaluationOptions
        {
            DefaultRule = new PointsRule(shareOutNotConcerned: true),
            Rules = [RuleAssignment.ForLevel("utvecklingsmal", new MeanRule()) with { MissingData = MissingDataPolicy.CountAsZero }],
            ScoreBasis = ScoreBasis.GrowthRate,
            MissingOutcome = MissingOutcomePolicy.AtBaseline,
            ClampScores = false,
            Statuses = [AssessmentStatus.WithShare("klar", "Klar", 1), AssessmentStatus.WithShare("halvvags", "Halvvägs", 0.5), AssessmentStatus.NotConcerned("ej-aktuell", "Ej aktuell")],
            OptionalInputs = ["um-1"],
            ZeroDenominator = ZeroDenominatorPolicy.Zero,
            Growth = new GrowthSettings { ZeroSubstitute = 0.01m, Curve = [new(-1, 0), new(0, 0.4), new(1, 1)], LatestYearWithData = true },
            DefaultDirection = Styrmodell.Targets.Direction.LowerIsBetter,
            QuantityRoundings = [new(PresentedQuantity.Progress, new Rounding(RoundingMode.HalfAwayFromZero, 2)), new(PresentedQuantity.Points, Rounding.None)],
            Rounding = new Rounding(RoundingMode.HalfToEven, 3),
        };

        var (read, valid) = RoundTrip(options);

        Assert.Empty(read.Problems);
        Assert.Equal(options, read.Document!.Evaluation);
        Assert.True(valid);
    }

    private const string Head = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},\"evaluation\":";

    [Theory]
    [InlineData("{\"statuses\":[{\"id\":\"x\",\"label\":\"X\",\"share\":1,\"notConcerned\":true}]}", "$.evaluation.statuses[0]")]
    [InlineData("{\"statuses\":[{\"id\":\"x\",\"label\":\"X\"}]}", "$.evaluation.statuses[0]")]
    [InlineData("{\"statuses\":[{\"id\":\"x\",\"label\":\"X\",\"share\":1.5}]}", "$.evaluation.statuses[0]")]
    [InlineData("{\"rounding\":{\"mode\":\"up\"}}", "$.evaluation.rounding.mode")]
    [InlineData("{\"rounding\":{\"mode\":\"halfToEven\",\"decimals\":12}}", "$.evaluation.rounding.decimals")]
    [InlineData("{\"growth\":{\"curve\":[{\"measure\":0,\"score\":0.5}]}}", "$.evaluation.growth")]
    [InlineData("{\"growth\":{\"zeroSubstitute\":0}}", "$.evaluation.growth")]
    [InlineData("{\"defaultRule\":{\"type\":\"points\"}}", "$.evaluation.defaultRule.type")]
    [InlineData("{\"missingOutcome\":\"atStart\"}", "$.evaluation.missingOutcome")]
    [InlineData("{\"zeroDenominator\":\"one\"}", "$.evaluation.zeroDenominator")]
    [InlineData("{\"defaultDirection\":\"sideways\"}", "$.evaluation.defaultDirection")]
    [InlineData("{\"quantityRoundings\":[{\"quantity\":\"tasks\",\"mode\":\"none\"}]}", "$.evaluation.quantityRoundings[0].quantity")]
    [InlineData("{\"quantityRoundings\":[{\"quantity\":\"points\",\"mode\":\"none\",\"decimals\":11}]}", "$.evaluation.quantityRoundings[0].decimals")]
    [InlineData("{\"defaultDirection\":\"withinRange\"}", "$.evaluation.defaultDirection")]
    [InlineData("{\"growth\":{\"latestYearWithData\":\"yes\"}}", "$.evaluation.growth.latestYearWithData")]
    [InlineData("{\"statuses\":[{\"id\":\"x\",\"label\":\"X\",\"share\":1,\"colour\":\"red\"}]}", "$.evaluation.statuses[0].colour")]
    public void BadValue_IsReportedAtItsPath_AndRejectedByTheSchema(string evaluation, string path)
    {
        var json = Head + evaluation + "}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Contains(path, read.Problems.Select(p => p.Path));
        Assert.False(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void IndicatorWithoutDirection_ReadsAsUnstated_AndIsWrittenBackWithout()
    {
        var bytes = ModelJson.ToUtf8Bytes(ExchangeDocument.Create(Vansbro(), evaluation: EvaluationPresets.GrowthOnTrack()), indented: true);
        var node = JsonNode.Parse(bytes)!;
        var first = node["indicators"]![0]!.AsObject();
        first.Remove("direction");
        var json = node.ToJsonString();

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.True(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
        var id = (string)first["node"]!;
        Assert.Equal(Styrmodell.Targets.Direction.Unstated, read.Document!.Model!.FindIndicator(id)!.Direction);
        var written = JsonNode.Parse(ModelJson.ToUtf8Bytes(read.Document, indented: false))!;
        Assert.Null(written["indicators"]![0]!["direction"]);
    }

    [Fact]
    public void RatioOutcome_WithDenominator0_IsReadAsReported_AndWrittenBack()
    {
        // Akvo RSR accepts an update with a denominator of 0; the evaluation's zeroDenominator decides what it counts as.
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},"
            + "\"levels\":[{\"id\":\"ind\",\"name\":\"Indikator\",\"role\":\"indicator\"}],"
            + "\"nodes\":[{\"id\":\"p\",\"level\":\"ind\",\"title\":\"P\"}],"
            + "\"indicators\":[{\"node\":\"p\",\"unit\":\"ratio\",\"direction\":\"higherIsBetter\",\"ratio\":{\"numerator\":\"n\",\"denominator\":\"d\",\"scale\":100}}],"
            + "\"outcomes\":[{\"indicator\":\"p\",\"period\":\"2024\",\"numerator\":5,\"denominator\":0}]}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.True(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
        var value = read.Document!.Model!.OutcomesOf("p").Single().Value!.Value;
        Assert.Equal((5m, 0m, true), (value.Numerator, value.Denominator, value.HasZeroDenominator));
        var again = ModelJson.Read(ModelJson.ToUtf8Bytes(read.Document, indented: false));
        Assert.Equal(value, again.Document!.Model!.OutcomesOf("p").Single().Value);
    }
}
