using System.Text;
using System.Text.Json.Nodes;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;

namespace Styrmodell.Json.Tests;

/// <summary>The weighted-mapping rule (docs/format.md, <c>weightedMapping</c>) and the plan-progress preset in the document's evaluation section.</summary>
public class WeightedMappingJsonTests
{
    private static readonly global::Json.Schema.JsonSchema Schema = global::Json.Schema.JsonSchema.FromText(ModelJson.Schema);

    private const string Head = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"},\"evaluation\":";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rule_RoundTrips_PerLevelAndAsDefault_AndIsValidUnderTheSchema(bool leaveOut)
    {
        var preset = EvaluationPresets.PointsScoring(["utvecklingsmal"]);
        var options = preset with
        {
            DefaultRule = new WeightedMappingRule(leaveOut),
            Rules = [.. preset.Rules, RuleAssignment.ForLevel("utvecklingsomrade", new WeightedMappingRule(!leaveOut))],
        };
        var model = Styrmodell.Samples.SampleDocuments.Read("vansbro").Model!;
        var bytes = ModelJson.ToUtf8Bytes(Styrmodell.Exchange.ExchangeDocument.Create(model, evaluation: options), indented: true);

        var read = ModelJson.Read(bytes);

        Assert.Empty(read.Problems);
        Assert.Equal(options, read.Document!.Evaluation);
        Assert.True(Schema.Evaluate(JsonNode.Parse(bytes)).IsValid);
    }

    [Fact]
    public void Rule_WithoutLeaveOutNotConcerned_CountsNotConcernedOrigins()
    {
        // The default reading is territoires-en-transitions' score computation: not-concerned origins stay in the total.
        var json = Head + "{\"defaultRule\":{\"type\":\"weightedMapping\"}}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.Problems);
        Assert.Equal(new WeightedMappingRule(leaveOutNotConcerned: false), read.Document!.Evaluation!.DefaultRule);
        Assert.True(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void Rule_WithANonBooleanFlag_IsReportedAtItsPath_AndRejectedByTheSchema()
    {
        var json = Head + "{\"defaultRule\":{\"type\":\"weightedMapping\",\"leaveOutNotConcerned\":\"yes\"}}}";

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Contains(read.Problems, p => p.Path.StartsWith("$.evaluation.defaultRule", StringComparison.Ordinal));
        Assert.False(Schema.Evaluate(JsonNode.Parse(json)).IsValid);
    }

    [Fact]
    public void PlanProgressPreset_RoundTrips_AndIsValidUnderTheSchema()
    {
        var model = Styrmodell.Samples.SampleDocuments.Read("vansbro").Model!;
        var bytes = ModelJson.ToUtf8Bytes(Styrmodell.Exchange.ExchangeDocument.Create(model, evaluation: EvaluationPresets.PlanProgress()), indented: true);

        var read = ModelJson.Read(bytes);

        Assert.Empty(read.Problems);
        Assert.Equal(EvaluationPresets.PlanProgress(), read.Document!.Evaluation);
        Assert.True(Schema.Evaluate(JsonNode.Parse(bytes)).IsValid);
    }
}
