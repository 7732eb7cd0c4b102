using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;

namespace Styrmodell.Tests.FollowUp;

/// <summary>The matrix and the summary count every risk exactly once, whatever the scale's size and banding.</summary>
public class RiskMatrixProperties
{
    /// <summary>A scale of 2–10 steps with up to four bands at random rising minimums, and risks scored on it.</summary>
    private static Arbitrary<(RiskScale Scale, Risk[] Risks)> ScaledRisks =>
        (from steps in Gen.Choose(2, 10)
         from cuts in Gen.Choose(2, steps * steps).ArrayOf()
         from scores in Gen.Choose(1, steps).Two().ArrayOf()
         let minimums = cuts.Take(3).Prepend(1).Distinct().Order().ToArray()
         let scale = new RiskScale(steps, [.. minimums.Select((m, i) => new RiskBand($"b{i}", $"B{i}", "grey", m))])
         select (scale, scores.Select((s, i) => new Risk($"r{i}", "Risk", s.Item1, s.Item2)).ToArray()))
        .ToArbitrary();

    [Property]
    public Property Matrix_HoldsEveryRiskOnceInTheCellOfItsScores() =>
        Prop.ForAll(ScaledRisks, x =>
        {
            var matrix = RiskMatrix.Of(x.Scale, x.Risks);
            return matrix.Total == x.Risks.Length
                && matrix.Cells.Count == x.Scale.Steps * x.Scale.Steps
                && x.Risks.All(r => matrix[r.Probability, r.Consequence].RiskIds.Contains(r.Id))
                && matrix.Cells.All(c => c.Band == x.Scale.BandFor(c.Value));
        });

    [Property]
    public Property Summary_BandCountsAddUpToTheRisks_AndAgreeWithTheMatrix() =>
        Prop.ForAll(ScaledRisks, x =>
        {
            var plan = new InternalControlPlan("p", "ks", 2024, x.Scale) { Risks = [.. x.Risks] };
            var summary = InternalControlSummary.Of(plan, new LocalDate(2024, 12, 31));
            var matrix = RiskMatrix.Of(plan);
            return summary.RisksPerBand.Sum(b => b.Count) == x.Risks.Length
                && summary.RisksPerBand.All(b => b.Count == matrix.Cells.Where(c => c.Band == b.Band).Sum(c => c.Count));
        });
}
