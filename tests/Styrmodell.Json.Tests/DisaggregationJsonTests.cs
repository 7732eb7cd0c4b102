using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Targets;

namespace Styrmodell.Json.Tests;

/// <summary>An indicator's <c>disaggregations</c> and <c>contributors</c> and an outcome's <c>disaggregation</c>: read, written back, schema, problems.</summary>
public class DisaggregationJsonTests
{
    private static string Document(string disaggregation, string extraIndicator = "", string evaluation = "") => $$"""
        {
          "formatVersion": "1.0",
          "municipality": { "name": "Strängnäs kommun", "code": "0486" },
          {{evaluation}}
          "units": [{ "id": "kf", "name": "Kommunfullmäktige", "kind": "KF" }],
          "levels": [{ "id": "mal", "name": "Mål", "role": "goal" }, { "id": "ind", "name": "Indikator", "role": "indicator", "parentLevelIds": ["mal"] }],
          "nodes": [{ "id": "m", "level": "mal", "title": "Mål", "owner": "kf" }, { "id": "i", "level": "ind", "title": "I arbete", "parent": "m" },
                    { "id": "c", "level": "ind", "title": "I arbete, område norr", "parent": "m" }],
          "indicators": [
            { "node": "i", "unit": "count", "direction": "higherIsBetter", "contributors": ["c"],
              "disaggregations": [{ "id": "age", "label": "Ålder", "values": [{ "id": "15-24", "label": "15–24 år" }, { "id": "25-64" }] }] },
            { "node": "c", "unit": "count", "direction": "higherIsBetter"{{extraIndicator}} }
          ],
          "outcomes": [
            { "indicator": "i", "period": "2024", "value": 100 },
            { "indicator": "i", "period": "2024", "value": 30, "disaggregation": {{disaggregation}} }
          ]
        }
        """;

    [Fact]
    public void Read_Disaggregations_GivesThemToTheModel_AndWritesThemBack()
    {
        var json = Document("""{ "dimension": "age", "value": "15-24" }""");

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        var indicator = read.Model!.FindIndicator("i")!;
        Assert.Equal(["c"], indicator.Contributors);
        var age = Assert.Single(indicator.Dimensions);
        Assert.Equal(("age", "Ålder"), (age.Id, age.Label));
        Assert.Equal([("15-24", "15–24 år"), ("25-64", "25-64")], age.Values.Select(v => (v.Id, v.Label)));
        Assert.Equal(new Disaggregation("age", "15-24"), read.Model.Outcomes.Single(o => o.Value!.Value.Value == 30m).Disaggregation);
        Assert.True(read.Model.Outcomes.Single(o => o.Value!.Value.Value == 100m).IsTotal);
        var written = ModelJson.ToUtf8Bytes(read.Model);
        Assert.Equal(read.Model, ModelJson.Read(written).Model);
        Assert.Null(JsonNode.Parse(written)!["indicators"]![0]!["disaggregations"]![0]!["values"]![1]!["label"]); // a label equal to its id is left out
        Assert.True(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid);
        Assert.True(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(written)).IsValid);
    }

    [Fact]
    public void Read_UnknownValue_AndTheSchemaRefusesAMissingDimension()
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document("""{ "dimension": "age", "value": "65+" }""")));

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("$.outcomes[1].disaggregation", "dangling-reference"), (problem.Path, problem.Code));
        Assert.False(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(Document("""{ "value": "15-24" }"""))).IsValid);
        Assert.False(ModelJson.Read(Encoding.UTF8.GetBytes(Document("""{ "value": "15-24" }"""))).Succeeded);
    }

    [Fact]
    public void Read_ContributorOfAnotherUnit_IsAProblemAtItsPath()
    {
        var json = Document("""{ "dimension": "age", "value": "15-24" }""").Replace("\"unit\": \"count\", \"direction\": \"higherIsBetter\" }", "\"unit\": \"kronor\", \"direction\": \"higherIsBetter\" }", StringComparison.Ordinal);

        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal(("$.indicators[0].contributors[0]", "unit-mismatch"), (problem.Path, problem.Code));
    }

    [Fact]
    public void IncludeOwnOutcome_RoundTripsInTheEvaluationSection()
    {
        var json = Document("""{ "dimension": "age", "value": "15-24" }""", evaluation: """ "evaluation": { "includeOwnOutcome": false }, """);

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.False(read.Document!.Evaluation.IncludeOwnOutcome);
        Assert.False(ModelJson.Read(ModelJson.ToUtf8Bytes(read.Document)).Document!.Evaluation.IncludeOwnOutcome);
        Assert.True(new Styrmodell.Evaluation.EvaluationOptions().IncludeOwnOutcome);
        Assert.True(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid);
    }
}
