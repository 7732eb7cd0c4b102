using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>The followUp section (format 1.1): round trips, the version written, and problems at their JSON paths.</summary>
public class FollowUpJsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ModelJson.Schema);

    private static bool SchemaAccepts(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    private static string Document(string followUp) =>
        Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(FollowUpJsonFixture.Base().Build()))[..^1] + ",\"followUp\":" + followUp + "}";

    [Fact]
    public void Write_ThenRead_GivesAnEqualModelAndTheSameBytes()
    {
        var model = FollowUpJsonFixture.Model();

        var bytes = ModelJson.ToUtf8Bytes(model, indented: true);
        var read = ModelJson.Read(bytes);

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(model, read.Document);
        Assert.Equal(bytes, ModelJson.ToUtf8Bytes(read.Document!, indented: true));
    }

    [Fact]
    public void Write_WithFollowUp_IsVersion11_AndWithoutIt_StaysVersion10()
    {
        var with = JsonNode.Parse(ModelJson.ToUtf8Bytes(FollowUpJsonFixture.Model()))!;
        var without = JsonNode.Parse(ModelJson.ToUtf8Bytes(FollowUpJsonFixture.Base().Build()))!;

        Assert.Equal("1.1", (string?)with["formatVersion"]);
        Assert.Equal("1.4", ModelJson.FormatVersion); // the newest: derived indicators' formulas
        Assert.Equal("1.0", (string?)without["formatVersion"]);
        Assert.Null(without["followUp"]);
    }

    [Fact]
    public void Write_LeavesOutDefaults_AndWritesAmountsExactly()
    {
        var json = JsonNode.Parse(ModelJson.ToUtf8Bytes(FollowUpJsonFixture.Model()))!["followUp"]!["specialAssignments"]!;

        Assert.Equal("{\"kind\":\"addedBudget\",\"amount\":1500000.50}", json[0]!["funding"]!.ToJsonString());
        Assert.Equal("{\"kind\":\"withinFrame\"}", json[1]!["funding"]!.ToJsonString());
        Assert.Null(json[1]!["reports"]);
        Assert.Null(json[1]!["goals"]);
    }

    [Fact]
    public void WrittenDocument_IsValidUnderTheSchema() =>
        Assert.True(SchemaAccepts(Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(FollowUpJsonFixture.Model()))));

    private const string Assignment = "{\"id\":\"su-1\",\"title\":\"T\",\"issuer\":\"kf\",\"owners\":[\"bun\"],\"decisionDate\":\"2023-11-27\",\"firstYear\":2024,\"lastYear\":2025,";

    private const string Plan = "{\"internalControlPlans\":[{\"id\":\"ik\",\"owner\":\"ks\",\"year\":2024,\"scale\":{\"steps\":4,\"bands\":[{\"id\":\"lag\",\"label\":\"Låg\",\"colour\":\"green\",\"minimumValue\":1}]},";
    private const string Control = "{\"id\":\"c1\",\"what\":\"W\",\"how\":\"H\",\"responsible\":\"R\",\"frequency\":\"yearly\"";

    private const string Levels = "\"planLevels\":[{\"id\":\"ap\",\"name\":\"Arbetsplan\",\"horizonYears\":1}],";

    private const string ActionPlan = "{\"actionPlans\":[{\"id\":\"ap\",\"title\":\"T\",\"owner\":\"bun\",\"period\":\"2024-T1\",";

    public static TheoryData<string, string, string, string> Malformed => new()
    {
        { "{\"statusChecks\":[{\"unit\":\"bun\",\"period\":\"2024\",\"keyFigures\":[\"n1\"]}]}", "$.followUp.statusChecks[0].keyFigures[0]", ProblemCodes.NotAnIndicator, "no indicator definition" },
        { "{\"statusChecks\":[{\"unit\":\"bun\",\"period\":\"2024\",\"date\":\"20 feb\"}]}", "$.followUp.statusChecks[0].date", JsonProblemCodes.InvalidValue, "not an ISO date" },
        { ActionPlan + "\"node\":\"n1\",\"budgetLine\":\"Drift\"}]}", "$.followUp.actionPlans[0]", ProblemCodes.InvalidSubject, "names 2 subjects" },
        { ActionPlan + "\"node\":\"n1\",\"measures\":[{\"description\":\"D\",\"deadline\":\"2024-02-30\"}]}]}", "$.followUp.actionPlans[0].measures[0].deadline", JsonProblemCodes.InvalidValue, "not an ISO date" },
        { "{\"analysisTexts\":[{\"unit\":\"bun\",\"period\":\"2024\",\"author\":\"A\",\"date\":\"2025-02-10\",\"text\":\" \"}]}", "$.followUp.analysisTexts[0].text", ProblemCodes.MissingText, "has no text" },
        { "{\"analysisTexts\":[{\"node\":\"n9\",\"period\":\"2024\",\"author\":\"A\",\"date\":\"2025-02-10\",\"text\":\"T\"}]}", "$.followUp.analysisTexts[0].node", ProblemCodes.DanglingReference, "'n9'" },
        { "{" + Levels + "\"activities\":[{\"id\":\"a\",\"title\":\"T\",\"planLevel\":\"ap\",\"owner\":\"skola\",\"period\":\"2024/2025\"}]}", "$.followUp.activities[0].period", JsonProblemCodes.InvalidValue, "2024/2025" },
        { "{" + Levels + "\"activities\":[{\"id\":\"a\",\"title\":\"T\",\"planLevel\":\"ap\",\"owner\":\"skola\",\"period\":\"2024\",\"completionIndicator\":\"n1\"}]}", "$.followUp.activities[0].completionIndicator", ProblemCodes.NotACompletionIndicator, "not an indicator measured in per cent" },
        { "{" + Levels + "\"activities\":[{\"id\":\"a\",\"title\":\"T\",\"planLevel\":\"ap\",\"owner\":\"skola\",\"period\":\"2024-01-01..2025-06-30\"}]}", "$.followUp.activities[0].period", ProblemCodes.HorizonOutOfRange, "1-year horizon" },
        { "{\"planLevels\":[{\"id\":\"ap\",\"name\":\"A\",\"horizonYears\":1,\"parent\":\"vp\"}]}", "$.followUp.planLevels[0].parent", ProblemCodes.DanglingReference, "'vp'" },
        { Plan.Replace("\"minimumValue\":1", "\"minimumValue\":2", StringComparison.Ordinal) + "\"risks\":[]}]}", "$.followUp.internalControlPlans[0].scale", JsonProblemCodes.InvalidValue, "starts at value 1" },
        { Plan + "\"risks\":[{\"id\":\"r1\",\"title\":\"T\",\"probability\":1,\"consequence\":1,\"controls\":[" + Control.Replace("yearly", "weekly", StringComparison.Ordinal) + "}]}]}]}", "$.followUp.internalControlPlans[0].risks[0].controls[0].frequency", JsonProblemCodes.InvalidValue, "'weekly' is not one of: once, monthly" },
        { Plan + "\"risks\":[{\"id\":\"r1\",\"title\":\"T\",\"probability\":5,\"consequence\":1}]}]}", "$.followUp.internalControlPlans[0].risks[0].probability", ProblemCodes.RiskScoreOutOfRange, "scale is 1–4" },
        { Plan + "\"risks\":[{\"id\":\"r1\",\"title\":\"T\",\"probability\":1,\"consequence\":1,\"controls\":[" + Control + ",\"results\":[{\"date\":\"2024-04-15\",\"finding\":\"F\",\"actions\":[{\"id\":\"a1\",\"description\":\"D\",\"responsible\":\"R\",\"deadline\":\"2024-06-30\",\"status\":\"done\"}]}]}]}]}]}", "$.followUp.internalControlPlans[0].risks[0].controls[0].results[0].actions", ProblemCodes.ActionWithoutDeviation, "follows a deviation" },
        { Plan + "\"risks\":[{\"id\":\"r1\",\"title\":\"T\",\"probability\":1,\"consequence\":1,\"controls\":[" + Control + ",\"results\":[{\"date\":\"2024-04-15\",\"finding\":\"F\",\"deviation\":\"D\",\"actions\":[{\"id\":\"a1\",\"description\":\"D\",\"responsible\":\"R\",\"deadline\":\"2024-06-31\",\"status\":\"done\"}]}]}]}]}]}", "$.followUp.internalControlPlans[0].risks[0].controls[0].results[0].actions[0].deadline", JsonProblemCodes.InvalidValue, "not an ISO date" },
        // Shape and values: reported by the reader before the model is built.
        { "{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"gift\"}}]}", "$.followUp.specialAssignments[0].funding.kind", JsonProblemCodes.InvalidValue, "'gift' is not one of: withinFrame, addedBudget" },
        { "{\"specialAssignments\":[" + Assignment.Replace("2023-11-27", "2023-11-31", StringComparison.Ordinal) + "\"funding\":{\"kind\":\"withinFrame\"}}]}", "$.followUp.specialAssignments[0].decisionDate", JsonProblemCodes.InvalidValue, "not an ISO date" },
        { "{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"withinFrame\"},\"reports\":[{\"period\":\"2024-T4\",\"date\":\"2024-05-20\",\"status\":\"ongoing\"}]}]}", "$.followUp.specialAssignments[0].reports[0].period", JsonProblemCodes.InvalidValue, "T1, T2 or T3" },
        { "{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"withinFrame\"},\"reports\":[{\"period\":\"2024\",\"date\":\"2025-01-20\",\"status\":\"finished\"}]}]}", "$.followUp.specialAssignments[0].reports[0].status", JsonProblemCodes.InvalidValue, "notStarted, ongoing, done, delayed, cancelled" },
        { "{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"withinFrame\",\"source\":\"x\"}}]}", "$.followUp.specialAssignments[0].funding.source", JsonProblemCodes.UnknownProperty, "'source' is not a property" },
        { "{\"extra\":[]}", "$.followUp.extra", JsonProblemCodes.UnknownProperty, "'extra' is not a property" },
        // The model's own rules, mapped from element, position and member to the JSON path.
        { "{\"specialAssignments\":[" + Assignment.Replace("\"bun\"", "\"bun\",\"tn\"", StringComparison.Ordinal) + "\"funding\":{\"kind\":\"withinFrame\"}}]}", "$.followUp.specialAssignments[0].owners[1]", ProblemCodes.DanglingReference, "owner unit 'tn'" },
        { "{\"specialAssignments\":[" + Assignment.Replace("2025", "2027", StringComparison.Ordinal) + "\"funding\":{\"kind\":\"withinFrame\"}}]}", "$.followUp.specialAssignments[0].lastYear", ProblemCodes.HorizonOutOfRange, "one to 3 years" },
        { "{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"addedBudget\"}}]}", "$.followUp.specialAssignments[0].funding.amount", ProblemCodes.InvalidFunding, "positive amount" },
        { "{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"withinFrame\"},\"reports\":[{\"period\":\"2024\",\"date\":\"2025-01-20\",\"status\":\"done\",\"completion\":80}]}]}", "$.followUp.specialAssignments[0].reports[0].completion", ProblemCodes.StatusContradictsCompletion, "done means 100 %" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedFollowUp_ReportsPathCodeAndMessage(string followUp, string path, string code, string fragment)
    {
        var result = ModelJson.Read(Encoding.UTF8.GetBytes(Document(followUp)));

        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.Path == path && p.Code == code && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingRequiredProperty_IsInvalidJsonAtTheElement()
    {
        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(Document("{\"specialAssignments\":[{\"id\":\"su-1\"}]}"))).Problems);

        Assert.Equal(JsonProblemCodes.InvalidJson, problem.Code);
        Assert.Equal("$.followUp.specialAssignments[0]", problem.Path);
    }

    [Theory]
    [InlineData("{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"addedBudget\"}}]}")]
    [InlineData("{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"withinFrame\",\"amount\":5}}]}")]
    [InlineData("{\"specialAssignments\":[" + Assignment + "\"funding\":{\"kind\":\"withinFrame\"},\"reports\":[{\"period\":\"2024\",\"date\":\"2025-01-20\",\"status\":\"ongoing\",\"completion\":101}]}]}")]
    [InlineData("{\"specialAssignments\":[{\"id\":\"su-1\",\"title\":\"T\",\"issuer\":\"kf\",\"owners\":[],\"decisionDate\":\"2023-11-27\",\"firstYear\":2024,\"lastYear\":2025,\"funding\":{\"kind\":\"withinFrame\"}}]}")]
    [InlineData("{\"internalControlPlans\":[{\"id\":\"ik\",\"owner\":\"ks\",\"year\":2024,\"scale\":{\"steps\":11,\"bands\":[{\"id\":\"lag\",\"label\":\"Låg\",\"colour\":\"green\",\"minimumValue\":1}]}}]}")]
    [InlineData("{\"internalControlPlans\":[{\"id\":\"ik\",\"owner\":\"ks\",\"year\":2024,\"scale\":{\"steps\":4,\"bands\":[]}}]}")]
    [InlineData(Plan + "\"risks\":[{\"id\":\"r1\",\"title\":\"T\",\"probability\":0,\"consequence\":1}]}]}")]
    [InlineData("{\"planLevels\":[{\"id\":\"ap\",\"name\":\"A\",\"horizonYears\":0}]}")]
    [InlineData(ActionPlan + "\"node\":\"n1\",\"deficitYear\":2024}]}")]
    [InlineData(ActionPlan + "\"description\":\"D\"}]}")]
    [InlineData("{\"analysisTexts\":[{\"period\":\"2024\",\"author\":\"A\",\"date\":\"2025-02-10\",\"text\":\"T\"}]}")]
    [InlineData("{\"analysisTexts\":[{\"unit\":\"bun\",\"period\":\"2024\",\"author\":\"A\",\"date\":\"2025-02-10\",\"text\":\"\"}]}")]
    public void InvalidFollowUp_IsRejectedByBothSchemaAndReader(string followUp)
    {
        var json = Document(followUp);

        Assert.False(SchemaAccepts(json));
        Assert.False(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Succeeded);
    }

    [Theory]
    [InlineData(ActionPlan + "\"budgetLine\":\"Drift\",\"node\":null}]}")]
    [InlineData("{\"analysisTexts\":[{\"unit\":\"bun\",\"node\":null,\"period\":\"2024\",\"author\":\"A\",\"date\":\"2025-02-10\",\"text\":\"T\"}]}")]
    public void ExplicitNullForTheOtherSubject_IsAcceptedByBothSchemaAndReader(string followUp)
    {
        var json = Document(followUp);

        Assert.True(SchemaAccepts(json));
        Assert.True(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Succeeded);
    }

    [Fact]
    public void MinimalPlan_TheInvalidRowsStartFrom_IsAcceptedByBothSchemaAndReader()
    {
        var json = Document(Plan + "\"risks\":[{\"id\":\"r1\",\"title\":\"T\",\"probability\":1,\"consequence\":1}]}]}");

        Assert.True(SchemaAccepts(json));
        Assert.True(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Succeeded);
    }

    [Fact]
    public void ReadOutcomes_DocumentWithFollowUp_IsRefused()
    {
        var model = ExchangeDocument.Create(FollowUpJsonFixture.Base().Build());
        var json = "{\"formatVersion\":\"1.1\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},\"followUp\":{}}";

        var result = ModelJson.ReadOutcomes(new MemoryStream(Encoding.UTF8.GetBytes(json)), model);

        Assert.Contains(result.Problems, p => p.Path == "$.followUp");
    }

    [Fact]
    public void FormatDocFollowUpExample_AddedToTheSmallExample_IsValidForSchemaAndReader()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/format.md"));
        string Block(int from)
        {
            var start = doc.IndexOf("```json", from, StringComparison.Ordinal) + "```json".Length;
            return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)].Trim();
        }

        var followUp = Block(doc.IndexOf("## A follow-up section", StringComparison.Ordinal));
        var small = Block(doc.IndexOf("## A small complete example", StringComparison.Ordinal));
        var json = small[..small.LastIndexOf('}')].Replace("\"1.0\"", "\"1.1\"", StringComparison.Ordinal) + "," + followUp + "}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.True(SchemaAccepts(json));
        Assert.Equal(["su-1"], read.Document!.FollowUp.SpecialAssignments.Select(a => a.Id));
    }

    [Fact]
    public void Read_EmptyFollowUpSection_GivesEmptyFollowUpData()
    {
        var result = ModelJson.Read(Encoding.UTF8.GetBytes(Document("{}")));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(FollowUpData.Empty, result.Document!.FollowUp);
    }

    /// <summary>Rules that compare two values are beyond JSON Schema: the schema accepts, the reader reports at the path.</summary>
    [Theory]
    [InlineData(2024, 2023, "lastYear")]
    [InlineData(2024, 2027, "lastYear")]
    [InlineData(2022, 2023, "firstYear")]
    public void AssignmentYears_AreCheckedByTheReaderAlone(int firstYear, int lastYear, string member)
    {
        var assignment = Assignment.Replace("\"firstYear\":2024,\"lastYear\":2025", $"\"firstYear\":{firstYear},\"lastYear\":{lastYear}", StringComparison.Ordinal);
        var json = Document("{\"specialAssignments\":[" + assignment + "\"funding\":{\"kind\":\"withinFrame\"}}]}");

        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.True(SchemaAccepts(json));
        Assert.Equal(("$.followUp.specialAssignments[0]." + member, ProblemCodes.HorizonOutOfRange), (problem.Path, problem.Code));
    }
}
