using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Targets;

namespace Styrmodell.Json.Tests;

/// <summary>An indicator's <c>openData</c> (format 1.2): read, written back, version, schema and bad values.</summary>
public class OpenDataJsonTests
{
    private static string Document(string openData, string version = "1.2") => $$"""
        {
          "formatVersion": "{{version}}",
          "municipality": { "name": "Strängnäs kommun", "code": "0486" },
          "units": [{ "id": "kf", "name": "Kommunfullmäktige", "kind": "KF" }],
          "levels": [{ "id": "mal", "name": "Mål", "role": "goal" }, { "id": "ind", "name": "Indikator", "role": "indicator", "parentLevelIds": ["mal"] }],
          "nodes": [{ "id": "m", "level": "mal", "title": "Mål", "owner": "kf" }, { "id": "i", "level": "ind", "title": "Sjukfrånvaro", "parent": "m" }],
          "indicators": [{ "node": "i", "unit": "percent", "direction": "lowerIsBetter", "openData": {{openData}} }]
        }
        """;

    [Fact]
    public void Read_OpenData_GivesTheBinding_AndWritesBackAs12()
    {
        var json = Document("""{ "provider": "kolada", "series": "N00090", "genders": ["total", "women"], "area": "0000", "scale": 100 }""");

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(new OpenDataSeries("kolada", "N00090") { Genders = [Gender.Total, Gender.Women], AreaCode = "0000", Scale = 100m }, read.Model!.FindIndicator("i")!.OpenData);
        var written = ModelJson.ToUtf8Bytes(read.Model);
        Assert.Equal("1.2", (string?)JsonNode.Parse(written)!["formatVersion"]);
        Assert.Equal(read.Model, ModelJson.Read(written).Model);
        Assert.True(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void Write_DefaultsLeftOut()
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document("""{ "provider": "kolada", "series": "N00090" }""")));

        var openData = JsonNode.Parse(ModelJson.ToUtf8Bytes(read.Model!))!["indicators"]![0]!["openData"]!;

        Assert.Equal("""{"provider":"kolada","series":"N00090"}""", openData.ToJsonString());
    }

    [Fact]
    public void Read_BadOpenData_EveryProblemWithItsPath()
    {
        var json = Document("""{ "provider": "kolada", "series": " ", "genders": ["total", "total", "all"], "area": "486", "scale": 0, "kpi": "N00090" }""");

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Model);
        Assert.Equal(
            ["$.indicators[0].openData.kpi", "$.indicators[0].openData.series", "$.indicators[0].openData.area", "$.indicators[0].openData.scale", "$.indicators[0].openData.genders[2]", "$.indicators[0].openData.genders"],
            read.Problems.Select(p => p.Path));
        Assert.False(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid);
    }
}
