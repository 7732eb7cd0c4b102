using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Sources;

namespace Styrmodell.Json.Tests;

/// <summary>
/// Provenance in the format: a provenance object on any element that can carry one, read and written back unchanged;
/// and the older convention — a text starting "Illustrativt: " — still meaning illustrative, written back as it was.
/// </summary>
public class ProvenanceTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ModelJson.Schema);

    private static string Document(string version, string nodeExtra, string outcomeExtra, string decisionExtra = "", string unitExtra = "", string assessmentExtra = "", string description = "") =>
        "{\"formatVersion\":\"" + version + "\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
        "\"metadata\":{\"sources\":[{\"title\":\"Budget 2024\",\"provenance\":{\"source\":\"KF 2023-11-27 § 180\"}}]}," +
        "\"units\":[{\"id\":\"kf\",\"name\":\"Kommunfullmäktige\",\"kind\":\"KF\"" + unitExtra + "}]," +
        "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"},{\"id\":\"ind\",\"name\":\"Indikator\",\"role\":\"indicator\",\"parentLevelIds\":[\"mal\"]}]," +
        "\"nodes\":[{\"id\":\"m\",\"level\":\"mal\",\"title\":\"Mål\"" + description + ",\"owner\":\"kf\"" + nodeExtra + "},{\"id\":\"i\",\"level\":\"ind\",\"title\":\"Indikator\",\"parent\":\"m\"}]," +
        "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"higherIsBetter\",\"targets\":[{\"scope\":\"2024\",\"level\":{\"kind\":\"absolute\",\"value\":80},\"decision\":{\"date\":\"2023-11-27\",\"body\":\"KF\"" + decisionExtra + "}}]}]," +
        "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"value\":84" + outcomeExtra + "}]," +
        "\"assessments\":[{\"node\":\"m\",\"period\":\"2024\",\"category\":\"uppfyllt\",\"motivation\":\"Målet nås.\",\"author\":\"KS\",\"date\":\"2025-02-01\"" + assessmentExtra + "}]}";

    private static ReadResult Read(string json) => ModelJson.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void ProvenanceObjects_AreReadOnEveryElement_AndWrittenBackUnchanged_As12()
    {
        var json = Document("1.2",
            ",\"provenance\":{\"illustrative\":true}",
            ",\"source\":\"Kolada N15428\",\"provenance\":{\"source\":\"Kolada N15428 (retrieved 2024-08-30)\"}",
            ",\"provenance\":{\"illustrative\":true,\"source\":\"påhittat beslut\"}",
            ",\"provenance\":{\"illustrative\":true}",
            ",\"provenance\":{\"illustrative\":true}");

        var read = Read(json);

        Assert.Empty(read.Problems);
        var model = read.Model!;
        Assert.Equal(Provenance.Illustrative, model.GetNode("m").Provenance);
        Assert.Null(model.GetNode("i").Provenance);
        Assert.Equal(new Provenance { Source = "Kolada N15428 (retrieved 2024-08-30)" }, model.Outcomes.Single().Provenance);
        Assert.Equal(new Provenance { IsIllustrative = true, Source = "påhittat beslut" }, model.Indicators.Single().Targets.Single().Decision.Provenance);
        Assert.True(Provenance.Marks(model.Units.Single().Provenance));
        Assert.True(Provenance.Marks(model.Assessments.Single().Provenance));
        Assert.Equal("KF 2023-11-27 § 180", model.Metadata.Sources.Single().Provenance!.Source);
        Assert.Equal(json, Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(read.Document!)));
        var schema = Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(schema.IsValid, string.Join("; ", schema.Details.Where(d => d.HasErrors).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Fact]
    public void TheOlderTextPrefix_MeansIllustrative_AndIsWrittenBackAsItWas()
    {
        var json = Document("1.0", "", ",\"source\":\"Illustrativt: påhittat utfall\"",
            decisionExtra: ",\"reference\":\"Illustrativt: påhittat beslut\"", description: ",\"description\":\"Illustrativt: ett påhittat mål.\"").Replace("\"Målet nås.\"", "\"Illustrativt: påhittad bedömning.\"", StringComparison.Ordinal)
            .Replace("\"title\":\"Budget 2024\",\"provenance\":{\"source\":\"KF 2023-11-27 § 180\"}", "\"title\":\"Illustrativt: Budget 2024\"", StringComparison.Ordinal);

        var model = Read(json).Model!;

        Assert.True(Provenance.Marks(model.GetNode("m").Provenance));
        Assert.True(Provenance.Marks(model.Outcomes.Single().Provenance));
        Assert.True(Provenance.Marks(model.Indicators.Single().Targets.Single().Decision.Provenance));
        Assert.True(Provenance.Marks(model.Assessments.Single().Provenance));
        Assert.True(Provenance.Marks(model.Metadata.Sources.Single().Provenance));
        Assert.Equal(json, Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(model))); // still 1.0, no provenance objects added
    }

    [Fact]
    public void AnEmptyProvenance_SaysNotIllustrative_EvenBesideThePrefix()
    {
        var json = Document("1.2", ",\"provenance\":{}", "", description: ",\"description\":\"Illustrativt: ordet står i titeln men målet är verkligt.\"");

        var node = Read(json).Model!.GetNode("m");

        Assert.False(Provenance.Marks(node.Provenance));
        Assert.NotNull(node.Provenance);
    }

    [Fact]
    public void UnknownPropertiesInAProvenance_AreReportedAtTheirPaths()
    {
        var json = Document("1.2", ",\"provenance\":{\"invented\":true}", ",\"provenance\":{\"illustrative\":true,\"by\":\"x\"}");

        var read = Read(json);

        Assert.Null(read.Document);
        Assert.Equal(["$.nodes[0].provenance.invented", "$.outcomes[0].provenance.by"],
            read.Problems.Where(p => p.Code == JsonProblemCodes.UnknownProperty).Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFinancialYear_IsIllustrativeByItsProvenance_OrByItsSourcesOlderPrefix()
    {
        static string WithFinance(string years) => Document("1.2", "", "")[..^1] + ",\"finance\":{\"unit\":\"millions\",\"years\":[" + years + "]}}";
        var json = WithFinance(
            "{\"fiscalYear\":2023,\"result\":1,\"source\":\"Illustrativt: påhittade belopp\"}," +
            "{\"fiscalYear\":2024,\"result\":2,\"source\":\"Årsredovisning 2024\",\"provenance\":{\"illustrative\":true}}," +
            "{\"fiscalYear\":2025,\"result\":3,\"source\":\"Årsredovisning 2025\"}");

        var read = Read(json);

        Assert.Empty(read.Problems);
        Assert.Equal([true, true, false], read.Document!.Finance!.Years.Select(y => Provenance.Marks(y.Provenance)));
        Assert.Equal(json, Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(read.Document)));
    }
}

/// <summary>
/// Follow-up elements carry provenance like the model's elements: read from a <c>provenance</c> object or from the older
/// "Illustrativt: " prefix of their describing text, written back unchanged, at format 1.2 only when an object is needed.
/// </summary>
public class FollowUpProvenanceTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ModelJson.Schema);

    private static string Document(string version, string followUp) =>
        "{\"formatVersion\":\"" + version + "\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
        "\"units\":[{\"id\":\"kf\",\"name\":\"Kommunfullmäktige\",\"kind\":\"KF\"}]," +
        "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}]," +
        "\"nodes\":[{\"id\":\"m\",\"level\":\"mal\",\"title\":\"Mål\",\"owner\":\"kf\"}]," +
        "\"followUp\":" + followUp + "}";

    private const string Assignment =
        "{\"id\":\"su-1\",\"title\":\"Utred lokalbehovet\",\"description\":\"DESC\",\"issuer\":\"kf\",\"owners\":[\"kf\"],\"decisionDate\":\"2024-01-15\"," +
        "\"firstYear\":2024,\"lastYear\":2024,\"funding\":{\"kind\":\"withinFrame\"}EXTRA}";

    private const string Analysis =
        "{\"node\":\"m\",\"period\":\"2024\",\"author\":\"KS\",\"date\":\"2025-02-01\",\"text\":\"TEXT\"EXTRA}";

    private static ReadResult Read(string json) => ModelJson.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void ProvenanceObjects_OnFollowUpElements_AreRead_AndWrittenBackUnchanged_As12()
    {
        var json = Document("1.2", "{\"specialAssignments\":[" + Assignment.Replace("DESC", "Uppdrag i budget 2024", StringComparison.Ordinal)
            .Replace("EXTRA", ",\"reports\":[{\"period\":\"2024\",\"date\":\"2024-12-31\",\"status\":\"done\",\"provenance\":{\"illustrative\":true}}],\"provenance\":{\"source\":\"KF 2024-01-15 § 3\"}", StringComparison.Ordinal) +
            "],\"analysisTexts\":[" + Analysis.Replace("TEXT", "Målet nås.", StringComparison.Ordinal).Replace("EXTRA", ",\"provenance\":{\"illustrative\":true}", StringComparison.Ordinal) + "]}");

        var read = Read(json);

        Assert.Empty(read.Problems);
        var followUp = read.Document!.FollowUp;
        Assert.Equal(new Provenance { Source = "KF 2024-01-15 § 3" }, followUp.SpecialAssignments.Single().Provenance);
        Assert.True(Provenance.Marks(followUp.SpecialAssignments.Single().Reports.Single().Provenance));
        Assert.True(Provenance.Marks(followUp.AnalysisTexts.Single().Provenance));
        Assert.Equal(json, Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(read.Document)));
        Assert.True(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void TheOlderPrefix_OnAFollowUpText_MeansIllustrative_AndTheDocumentStays11()
    {
        var json = Document("1.1", "{\"specialAssignments\":[" + Assignment.Replace("DESC", "Illustrativt: påhittat uppdrag", StringComparison.Ordinal).Replace("EXTRA", "", StringComparison.Ordinal) +
            "],\"analysisTexts\":[" + Analysis.Replace("TEXT", "Illustrativt: påhittad analys", StringComparison.Ordinal).Replace("EXTRA", "", StringComparison.Ordinal) + "]}");

        var read = Read(json);

        Assert.Empty(read.Problems);
        Assert.True(Provenance.Marks(read.Document!.FollowUp.SpecialAssignments.Single().Provenance));
        Assert.True(Provenance.Marks(read.Document.FollowUp.AnalysisTexts.Single().Provenance));
        Assert.Equal(json, Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(read.Document)));
    }

    [Fact]
    public void UnknownPropertiesInAFollowUpProvenance_AreReportedAtTheirPaths()
    {
        var json = Document("1.2", "{\"specialAssignments\":[" + Assignment.Replace("DESC", "Uppdrag", StringComparison.Ordinal)
            .Replace("EXTRA", ",\"reports\":[{\"period\":\"2024\",\"date\":\"2024-12-31\",\"status\":\"done\",\"provenance\":{\"by\":\"x\"}}],\"provenance\":{\"invented\":true}", StringComparison.Ordinal) + "]}");

        var read = Read(json);

        Assert.Equal(["$.followUp.specialAssignments[0].provenance.invented", "$.followUp.specialAssignments[0].reports[0].provenance.by"],
            read.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
