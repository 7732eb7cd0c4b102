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
        var json = OneOutcome(id, "1");

        Assert.True(SchemaAccepts(json));
        Assert.True(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Succeeded, string.Join("; ", ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems));
    }

    /// <summary>
    /// Numbers beyond decimal's range: the reader refuses them; the schema bounds them. JsonSchema.Net 7 cannot
    /// evaluate a bound on such a number (it converts the instance to decimal and throws), so the bounds are checked
    /// where the schema states them.
    /// </summary>
    [Theory]
    [InlineData("\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"value\":1e29}]}", "$.outcomes[0].value", "/properties/outcomes/items/properties/value")]
    [InlineData("\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"numerator\":-79228162514264337593543950336,\"denominator\":1}]}", "$.outcomes[0].numerator", "/properties/outcomes/items/properties/numerator")]
    public void BeyondDecimal_TheReaderRefuses_TheSchemaBounds(string rest, string path, string schemaPath)
    {
        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(Head + rest)).Problems);
        var bounds = schemaPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(JsonNode.Parse(ModelJson.Schema)!, (node, key) => node[key]!);

        Assert.Equal((path, JsonProblemCodes.InvalidJson), (problem.Path, problem.Code));
        Assert.Equal((decimal.MinValue, decimal.MaxValue), (bounds["minimum"]!.GetValue<decimal>(), bounds["maximum"]!.GetValue<decimal>()));
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void DecimalLimits_TheReaderReads_TheSchemaAccepts(string value)
    {
        var json = OneOutcome("2024", value);

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(SchemaAccepts(json));
        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), read.Model!.Outcomes[0].Value!.Value.Value);
    }

    /// <summary>A valid document with one indicator and one outcome of <paramref name="value"/> for <paramref name="period"/>.</summary>
    private static string OneOutcome(string period, string value) => Head + $$"""
        "levels":[{"id":"m","name":"M","role":"goal"},{"id":"i","name":"I","role":"indicator","parentLevelIds":["m"]}],
        "nodes":[{"id":"m","level":"m","title":"M"},{"id":"i","level":"i","title":"I","parent":"m"}],
        "indicators":[{"node":"i","unit":"count","direction":"higherIsBetter"}],
        "outcomes":[{"indicator":"i","period":"{{period}}","value":{{value}}}]}
        """;
}
