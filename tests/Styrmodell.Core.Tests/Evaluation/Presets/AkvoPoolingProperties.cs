using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using static Styrmodell.Tests.Evaluation.Presets.AkvoProjects;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Properties of Akvo RSR's pooling across a parent and its contributing children, and per disaggregation: the pooled
/// percentage is the percentage of the summed numerators over the summed denominators, and each disaggregation's
/// numerator and denominator are the sums of its parts, whichever indicator reported which update.
/// </summary>
public class AkvoPoolingProperties
{
    private static readonly string[] Owners = ["p", "c1", "c2"];

    /// <summary>Updates as (owner, numerator, denominator); each owner's k-th update is its k-th month.</summary>
    private static Arbitrary<(int Owner, int Numerator, int Denominator)[]> Updates =>
        (from n in Gen.Choose(1, 8)
         from updates in (from owner in Gen.Choose(0, 2) from numerator in Gen.Choose(0, 1000) from denominator in Gen.Choose(1, 1000)
                          select (owner, numerator, denominator)).ArrayOf(n)
         select updates).ToArbitrary();

    private static NodeResult Evaluate((int Owner, int Numerator, int Denominator)[] updates)
    {
        var builder = Builder().AddIndicatorNode("c1", MeasureUnit.Ratio).AddIndicatorNode("c2", MeasureUnit.Ratio).AddIndicatorNode("p", MeasureUnit.Ratio, "c1", "c2");
        var months = new int[Owners.Length];
        foreach (var (owner, numerator, denominator) in updates)
        {
            var period = ReportingPeriod.Month(2024, ++months[owner]);
            builder.AddOutcome(new Outcome(Owners[owner], period, MeasuredValue.Ratio(numerator, denominator)))
                .AddOutcome(new Outcome(Owners[owner], period, MeasuredValue.Parts(numerator / 2, denominator / 2)) { Disaggregation = new("category-1", "type-1") });
        }

        var options = EvaluationPresets.PooledPercentages(oneUpdatePerPeriod: false);
        return GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options)["p"];
    }

    [Property]
    public Property PooledAcrossContributors_IsThePercentageOfTheSums_PerDisaggregationToo() =>
        Prop.ForAll(Updates, updates =>
        {
            var result = Evaluate(updates);
            var type1 = result.Explanation.Find<OutcomeStep>()!.Disaggregations.Single(d => d.ValueId == "type-1");
            var type2 = result.Explanation.Find<OutcomeStep>()!.Disaggregations.Single(d => d.ValueId == "type-2");
            var expected = (decimal)updates.Sum(u => u.Numerator) / updates.Sum(u => u.Denominator) * 100m;
            return result.Value == expected
                && type1.Numerator == updates.Sum(u => u.Numerator / 2) && type1.Denominator == updates.Sum(u => u.Denominator / 2)
                && type1.Parts == updates.Length && type1.Value is null
                && type2 is { Numerator: null, Denominator: null, Parts: 0 };
        });

    [Property]
    public Property PooledAcrossContributors_DoesNotDependOnWhoReportedWhat() =>
        Prop.ForAll(Updates, updates =>
        {
            var moved = updates.Select(u => ((u.Owner + 1) % Owners.Length, u.Numerator, u.Denominator)).ToArray();
            var (first, second) = (Evaluate(updates), Evaluate(moved));
            return first.Value == second.Value
                && first.Explanation.Find<OutcomeStep>()!.Disaggregations.SequenceEqual(second.Explanation.Find<OutcomeStep>()!.Disaggregations);
        });
}
