using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Samples;

namespace Styrmodell.Json.Tests;

/// <summary>The shipped schema and the reader agree: what one accepts the other accepts, for shape and values.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ModelJson.Schema);

    private static bool SchemaAccepts(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    public static TheoryData<string> Samples => [.. SampleDocuments.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleDocument_IsValidUnderTheSchema(string name) =>
        Assert.True(SchemaAccepts(File.ReadAllText(SampleDocuments.PathOf(name))));

    [Fact]
    public void Schema_IsTheFileInDocs()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "../../../../../docs/schema/styrmodell-1.0.schema.json");

        Assert.Equal(File.ReadAllText(path), ModelJson.Schema);
    }

    private const string Head = """{"formatVersion":"1.0","municipality":{"name":"T","code":"0001"},""";

    [Theory]
    [InlineData("{\"formatVersion\":\"2.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"}}")]
    [InlineData("{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"123\"}}")]
    [InlineData(Head + "\"extra\":1}")]
    [InlineData(Head + "\"levels\":[{\"id\":\"v\",\"name\":\"V\",\"role\":\"visionär\"}]}")]
    [InlineData(Head + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024-T4\",\"value\":1}]}")]
    [InlineData(Head + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024-01..2024-05\",\"value\":1}]}")]
    [InlineData(Head + "\"assessments\":[{\"node\":\"v\",\"period\":\"2024\",\"category\":\"c\",\"motivation\":\"m\",\"author\":\"a\",\"date\":\"2024-13-01\"}]}")]
    [InlineData(Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"weight\":-1}]}")]
    [InlineData(Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\"}]}")]
    [InlineData(Head + "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"up\"}]}")]
    // An id must have a non-space character; the model rejects an empty one and the schema says so with \S.
    [InlineData(Head + "\"units\":[{\"id\":\" \",\"name\":\"KF\",\"kind\":\"council\"}]}")]
    [InlineData(Head + "\"levels\":[{\"id\":\"\",\"name\":\"V\",\"role\":\"vision\"}]}")]
    [InlineData(Head + "\"rules\":[{\"id\":\" \",\"type\":\"nodesPerOwner\",\"levelId\":\"v\",\"ownerKind\":\"council\",\"minimum\":1}]}")]
    [InlineData(Head + "\"levels\":[{\"id\":\"v\",\"name\":\"V\",\"role\":\"vision\"}],\"nodes\":[{\"id\":\" \",\"level\":\"v\",\"title\":\"V\"}]}")]
    [InlineData(Head + "\"followUp\":{\"planLevels\":[{\"id\":\" \",\"name\":\"Flerårsplan\",\"horizonYears\":3}]}}")]
    // A cardinality rule's bounds are counts: 0 ≤ minimum ≤ maximum (the order of the two is beyond a schema).
    [InlineData(Head + "\"levels\":[{\"id\":\"v\",\"name\":\"V\",\"role\":\"vision\"}],\"rules\":[{\"id\":\"r\",\"type\":\"nodesPerOwner\",\"levelId\":\"v\",\"ownerKind\":\"council\",\"minimum\":-1}]}")]
    [InlineData(Head + "\"levels\":[{\"id\":\"v\",\"name\":\"V\",\"role\":\"vision\"}],\"rules\":[{\"id\":\"r\",\"type\":\"nodesPerOwner\",\"levelId\":\"v\",\"ownerKind\":\"council\",\"maximum\":-1}]}")]
    [InlineData(Head + "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"higherIsBetter\",\"targets\":[{\"scope\":\"2024\",\"level\":{\"kind\":\"absolute\"},\"decision\":{\"date\":\"2022-11-28\",\"body\":\"KF\"}}]}]}")]
    [InlineData(Head + "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"higherIsBetter\",\"firstYear\":99999999999}]}")]
    public void InvalidDocument_IsRejectedByBothSchemaAndReader(string json)
    {
        Assert.False(SchemaAccepts(json));
        Assert.False(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Succeeded);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-T3")]
    [InlineData("2024-12")]
    [InlineData("2024-01..2024-06")]
    [InlineData("2023/24")]
    [InlineData("2023/24@09")]
    [InlineData("2024-02-15..2024-06-30")]
    public void PeriodIds_TheReaderParses_TheSchemaAccepts(string id)
    {
        var json = Head + $$"""
            "levels":[{"id":"m","name":"M","role":"goal"},{"id":"i","name":"I","role":"indicator","parentLevelIds":["m"]}],
            "nodes":[{"id":"m","level":"m","title":"M"},{"id":"i","level":"i","title":"I","parent":"m"}],
            "indicators":[{"node":"i","unit":"count","direction":"higherIsBetter"}],
            "outcomes":[{"indicator":"i","period":"{{id}}","value":1}]}
            """;

        Assert.True(SchemaAccepts(json));
        Assert.True(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Succeeded, string.Join("; ", ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems));
    }
}
