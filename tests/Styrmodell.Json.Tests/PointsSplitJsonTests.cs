using System.Text;
using System.Text.Json.Nodes;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>
/// Statuses with a split, détaillé statuses and the split a manual assessment gives them (territoires-en-transitions'
/// <c>avancementDetaille</c>): read, written back, checked, and valid under the schema.
/// </summary>
public class PointsSplitJsonTests
{
    private static readonly global::Json.Schema.JsonSchema Schema = global::Json.Schema.JsonSchema.FromText(ModelJson.Schema);

    private const string Model = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},"
        + "\"levels\":[{\"id\":\"a\",\"name\":\"Action\",\"role\":\"goal\"},{\"id\":\"t\",\"name\":\"Tâche\",\"role\":\"activity\",\"parentLevelIds\":[\"a\"]}],"
        + "\"nodes\":[{\"id\":\"eci_1\",\"level\":\"a\",\"title\":\"A\"},{\"id\":\"eci_1.1\",\"level\":\"t\",\"title\":\"T1\",\"parent\":\"eci_1\",\"weight\":10},"
        + "{\"id\":\"eci_1.2\",\"level\":\"t\",\"title\":\"T2\",\"parent\":\"eci_1\",\"weight\":20}],";

    private const string Statuses = "\"evaluation\":{\"assessedRoles\":[\"goal\",\"activity\"],\"defaultRule\":{\"type\":\"points\",\"shareOutNotConcerned\":true},\"statuses\":["
        + "{\"id\":\"fait\",\"label\":\"Fait\",\"split\":{\"done\":1,\"planned\":0,\"notDone\":0},\"scored\":\"done\"},"
        + "{\"id\":\"detaille\",\"label\":\"Détaillé\",\"detailed\":true,\"scored\":\"planned\"},"
        + "{\"id\":\"nc\",\"label\":\"Non concerné\",\"notConcerned\":true}]}}";

    private static string Assessment(string category, string split) =>
        "\"assessments\":[{\"node\":\"eci_1.1\",\"period\":\"2024\",\"category\":\"" + category + "\",\"motivation\":\"M\",\"author\":\"A\",\"date\":\"2025-01-15\""
        + (split.Length == 0 ? "" : ",\"split\":" + split) + "}],";

    [Fact]
    public void SplitStatuses_AndAnAssessmentsSplit_RoundTrip_UnderTheSchema()
    {
        var json = Model + Assessment("detaille", "{\"done\":0.2,\"planned\":0.7,\"notDone\":0.1}") + Statuses;

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.True(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
        var options = read.Document!.Evaluation!;
        Assert.Equal(AssessmentStatus.WithSplit("fait", "Fait", PointsSplit.AllDone, PointsShare.Done), options.Statuses[0]);
        Assert.Equal(AssessmentStatus.Detailed("detaille", "Détaillé", PointsShare.Planned), options.Statuses[1]);
        Assert.Equal(new PointsSplit(0.2, 0.7, 0.1), read.Document.Model!.Assessments[0].Split);
        var again = ModelJson.Read(ModelJson.ToUtf8Bytes(read.Document, indented: false));
        Assert.Empty(again.Problems);
        Assert.Equal(options, again.Document!.Evaluation);
        Assert.Equal(read.Document.Model.Assessments[0], again.Document.Model!.Assessments[0]);
    }

    [Theory]
    // The split given with a status that does not take it, a détaillé status without one, shares that do not sum to 1.
    [InlineData("fait", "{\"done\":0.2,\"planned\":0.5,\"notDone\":0.3}")]
    [InlineData("detaille", "")]
    [InlineData("detaille", "{\"done\":0.5,\"planned\":0.5,\"notDone\":0.5}")]
    public void BadSplit_IsAProblemOfTheAssessment(string category, string split)
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Model + Assessment(category, split) + Statuses));

        var problem = Assert.Single(read.Problems);
        Assert.Equal(ProblemCodes.InvalidSplit, problem.Code);
        Assert.Equal("$.assessments[0]", problem.Path[..Math.Min(problem.Path.Length, 16)]);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"label\":\"X\",\"split\":{\"done\":1,\"planned\":0,\"notDone\":0}}", "$.evaluation.statuses[0]")]
    [InlineData("{\"id\":\"x\",\"label\":\"X\",\"detailed\":true,\"scored\":\"half\"}", "$.evaluation.statuses[0].scored")]
    [InlineData("{\"id\":\"x\",\"label\":\"X\",\"split\":{\"done\":1.5,\"planned\":0,\"notDone\":0},\"scored\":\"done\"}", "$.evaluation.statuses[0].split")]
    [InlineData("{\"id\":\"x\",\"label\":\"X\",\"share\":1,\"scored\":\"done\"}", "$.evaluation.statuses[0]")]
    [InlineData("{\"id\":\"x\",\"label\":\"X\",\"detailed\":true,\"split\":{\"done\":1,\"planned\":0,\"notDone\":0},\"scored\":\"done\"}", "$.evaluation.statuses[0]")]
    public void BadStatus_IsReportedAtItsPath_AndRejectedByTheSchema(string status, string path)
    {
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},\"evaluation\":{\"statuses\":[" + status + "]}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Contains(path, read.Problems.Select(p => p.Path));
        Assert.False(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void StatusSplitNotSummingTo1_IsReportedByTheReader()
    {
        // A sum is beyond what the schema states, so only the reader finds it.
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},\"evaluation\":{\"statuses\":["
            + "{\"id\":\"x\",\"label\":\"X\",\"split\":{\"done\":0.6,\"planned\":0.6,\"notDone\":0},\"scored\":\"done\"}]}}";

        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal("$.evaluation.statuses[0].split", problem.Path);
        Assert.Contains("sum to 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeactivatedNodes_NotConcernedSubtrees_AndPotentialFactors_RoundTrip_UnderTheSchema()
    {
        var json = Model + "\"evaluation\":{\"deactivatedNodes\":[\"eci_1.2\"],\"notConcernedSubtrees\":true,\"potentialFactors\":[{\"node\":\"eci_1\",\"factor\":0.2}]}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.True(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
        Assert.Equal(["eci_1.2"], read.Document!.Evaluation!.DeactivatedNodes);
        Assert.True(read.Document.Evaluation.NotConcernedSubtrees);
        Assert.Equal([new PotentialFactor("eci_1", 0.2)], read.Document.Evaluation.PotentialFactors);
        Assert.Equal(read.Document.Evaluation, ModelJson.Read(ModelJson.ToUtf8Bytes(read.Document, indented: false)).Document!.Evaluation);
    }

    [Fact]
    public void UnknownDeactivatedNode_IsReportedAtItsPath()
    {
        var json = Model + "\"evaluation\":{\"deactivatedNodes\":[\"eci_9\"]}}";

        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal("$.evaluation.deactivatedNodes[0]", problem.Path);
    }

    [Theory]
    [InlineData("[{\"node\":\"eci_1\",\"factor\":-1}]", "$.evaluation.potentialFactors[0].factor")]
    [InlineData("[{\"node\":\"eci_9\",\"factor\":1}]", "$.evaluation.potentialFactors[0].node")]
    public void BadPotentialFactor_IsReportedAtItsPath(string factors, string path)
    {
        var json = Model + "\"evaluation\":{\"potentialFactors\":" + factors + "}}";

        Assert.Contains(path, ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => p.Path));
    }
}
