using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Kolada;

/// <summary>A copy of a model with other indicators and outcomes, validated again as a whole.</summary>
internal static class ModelRebuild
{
    public static (SteeringModel? Model, IReadOnlyList<ValidationProblem> Problems) With(SteeringModel model, IEnumerable<Indicator> indicators, IEnumerable<Outcome> outcomes)
    {
        var builder = new SteeringModelBuilder(model.Municipality).WithMetadata(model.Metadata)
            .AddUnits(model.Units).AddLevels(model.Levels).AddNodes(model.Nodes).AddRules(model.Rules)
            .AddIndicators(indicators).AddOutcomes(outcomes).AddAssessments(model.Assessments);
        return builder.TryBuild(out var built, out var problems) ? (built, []) : (null, problems);
    }
}
