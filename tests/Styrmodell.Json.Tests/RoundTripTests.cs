using System.Text;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Samples;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Json.Tests;

public class RoundTripTests
{
    public static TheoryData<string> Samples => [.. SampleDocuments.Names];

    private static SteeringModel Sample(string name) => SampleDocuments.Read(name).Model!;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ModelToJsonToModel_IsEqual(string name)
    {
        var model = Sample(name);

        var read = ModelJson.Read(ModelJson.ToUtf8Bytes(model));

        Assert.Empty(read.Problems);
        Assert.Equal(model, read.Model);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleDocument_AsCommitted_IsTheCanonicalIndentedOutput(string name)
    {
        // The committed sample documents are the single source of the samples; they must stay in the writer's
        // canonical form, so that reading and writing one back (evaluation and finance sections included) changes no byte.
        var committed = File.ReadAllBytes(SampleDocuments.PathOf(name));
        var read = ModelJson.Read(committed);

        var written = ModelJson.ToUtf8Bytes(read.Document!, indented: true);

        Assert.Equal(Encoding.UTF8.GetString(committed), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Write_SwedishLetters_AreNotEscaped()
    {
        var text = Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(SampleDocuments.Read("arboga").Document!));

        Assert.Contains("Inspirerande lärande och arbete", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E4", text, StringComparison.OrdinalIgnoreCase);
        // 1.3: the Arboga sample holds decision authority, a steering-document register and a budget, beside its Kolada KPIs (1.2) and follow-up data (1.1).
        Assert.StartsWith("{\"formatVersion\":\"1.3\",\"municipality\":{\"name\":\"Arboga kommun\",\"code\":\"1984\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Measurements_RoundTrip_WithExactDecimalsAndMissingOutcomes()
    {
        var kf = new Decision(new LocalDate(2022, 11, 28), "KF", "§ 150");
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("m", "mal", "Mål"))
            .AddNode(new Node("i", "ind", "Sjukfrånvaro") { ParentId = "m" })
            .AddNode(new Node("r", "ind", "Andel fossilfria fordon") { ParentId = "m", Weight = 0.5 })
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.LowerIsBetter)
            {
                Source = "N00090",
                Baseline = new Baseline(7.30m, ReportingPeriod.Year(2022)),
                Derivation = TargetDerivation.Linear,
                Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(6.0m), kf),
                    new TargetValue(TargetScope.Year(2024), new ChangeFromBaseline(-10m, true), kf)],
            })
            .AddIndicator(new Indicator("r", MeasureUnit.Ratio, Direction.HigherIsBetter)
            {
                Ratio = new RatioDefinition("fossilfria", "alla", 100m),
                Comparisons = [new ComparisonValue("riket", 2024, 41.2m)],
                Targets = [new TargetValue(TargetScope.Year(2024), new RelativeToComparison("riket", 0.5m), kf)],
            })
            .AddOutcome(new Outcome("i", ReportingPeriod.Year(2023), MeasuredValue.Of(7.1m)) { Source = "N00090" })
            .AddOutcome(new Outcome("i", ReportingPeriod.Year(2024), null))
            .AddOutcome(new Outcome("i", ReportingPeriod.Interim(2024, 8), MeasuredValue.Of(6.95m)) { IsForecast = true, Gender = Gender.Women, Status = OutcomeStatus.Preliminary })
            .AddOutcome(new Outcome("r", ReportingPeriod.Tertial(2024, 1), MeasuredValue.Ratio(12, 40)))
            .AddAssessment(new ManualAssessment("m", ReportingPeriod.Year(2024), "delvis-uppfyllt", "Två av tre delmål nådda.", "Kommundirektören", new LocalDate(2025, 2, 1)))
            .Build();

        var read = ModelJson.Read(ModelJson.ToUtf8Bytes(model));

        Assert.Empty(read.Problems);
        Assert.Equal(model, read.Model);
        Assert.Null(read.Model!.OutcomesOf("i")[1].Value);
        Assert.Equal(7.30m.ToString(System.Globalization.CultureInfo.InvariantCulture), read.Model.FindIndicator("i")!.Baseline!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_FromStream_GivesTheSameModel()
    {
        var model = Sample("vansbro");
        using var stream = new MemoryStream();
        ModelJson.Write(model, stream, indented: true);
        stream.Position = 0;

        Assert.Equal(model, ModelJson.Read(stream).Model);
    }
}

public class MetadataAndEvaluationTests
{
    [Fact]
    public void MetadataAndEvaluation_RoundTrip_AndValidateAgainstTheSchema()
    {
        var model = SampleDocuments.Read("vansbro").Model!.ToBuilder()
            .WithMetadata(new ModelMetadata
            {
                MandatePeriod = MandatePeriod.ForElectionYear(2022),
                Sources = [new SourceDocument("Styrning och ledning i Vansbro kommun, ver 3") { Date = new LocalDate(2022, 9, 26), Reference = "002_eeec7108aee5de8b.txt" }],
            })
            .Build();
        var evaluation = new EvaluationOptions
        {
            Scale = AssessmentScale.EightyPercentRule,
            Rules = [RuleAssignment.ForLevel("utvecklingsmal", new Styrmodell.Evaluation.Rules.ShareMetRule([new("uppfyllt", 0.75), new("delvis-uppfyllt", 0.5)])) with { MissingData = MissingDataPolicy.CountAsNotMet }],
            ManualMode = ManualAssessmentMode.Override,
            MinimumCoverage = 0.5,
        };

        var bytes = ModelJson.ToUtf8Bytes(ExchangeDocument.Create(model, evaluation: evaluation), indented: true);
        var read = ModelJson.Read(bytes);

        Assert.Empty(read.Problems);
        Assert.Equal(model, read.Model);
        Assert.Equal(model.Metadata, read.Model!.Metadata);
        Assert.Equal(evaluation, read.Document!.Evaluation);
        Assert.True(global::Json.Schema.JsonSchema.FromText(ModelJson.Schema).Evaluate(System.Text.Json.Nodes.JsonNode.Parse(bytes)).IsValid);
    }

    [Fact]
    public void Evaluation_BadValues_AreReportedAtTheirPaths()
    {
        var json = """{"formatVersion":"1.0","municipality":{"name":"T","code":"0001"},"evaluation":{"scoreBasis":"guess","rules":[{"rule":{"type":"worstOf"}}],"defaultRule":{"type":"shareMet"}}}""";

        var paths = ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => p.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["$.evaluation.defaultRule.type", "$.evaluation.rules[0]", "$.evaluation.scoreBasis"], paths);
    }
}
