using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>Key results for the OKR examples.</summary>
internal static class KeyResults
{
    /// <summary>A key result under objective "kf": an indicator whose baseline is its start.</summary>
    public static SteeringModelBuilder KeyResult(this SteeringModelBuilder builder, string id, decimal start, decimal target, decimal? current, double weight = 1)
    {
        builder.AddNode(new Node(id, "ind", id) { ParentId = "kf", Weight = weight })
            .AddIndicator(new Indicator(id, MeasureUnit.Count, target >= start ? Direction.HigherIsBetter : Direction.LowerIsBetter)
            {
                Baseline = new Baseline(start, ReportingPeriod.Year(2023)),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(target), Kf)],
            });
        return current is { } value ? builder.AddOutcome(new Outcome(id, Year2024, MeasuredValue.Of(value))) : builder;
    }
}
