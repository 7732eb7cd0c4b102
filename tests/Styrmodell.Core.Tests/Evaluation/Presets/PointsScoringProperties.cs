using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>Invariants of points-based scoring with not-concerned items (territoires-en-transitions' rules; see PointsScoringTests).</summary>
public class PointsScoringProperties
{
    private static readonly string[] StatusIds = ["fait", "programme", "pas-fait"];

    /// <summary>An action's sub-actions: points 1–10 each, a status each (index 3: none reported), and one picked to become not concerned.</summary>
    private sealed record Case(int[] Points, int[] Statuses, int Pick)
    {
        public double Total => Points.Sum();

        public EvaluationResult Evaluate(bool pickNotConcerned, bool share, double factor = 1.0)
        {
            var builder = PointsReferential.Referential()
                .Item("axe", "axe", "R", Total).Item("A", "action", "axe", Total);
            for (var i = 0; i < Points.Length; i++)
            {
                var status = pickNotConcerned && i == Pick ? "non-concerne" : Statuses[i] < 3 ? StatusIds[Statuses[i]] : null;
                builder.Item("SA" + i, "sous-action", "A", Points[i], status);
            }

            var options = EvaluationPresets.PointsScoring(share ? ["action"] : []);
            return GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, factor == 1.0 ? options : options with { PotentialFactors = [new("A", factor)] });
        }

        /// <summary>A's available points and the points it was awarded.</summary>
        public (double Available, double Awarded) AvailableAndAwarded(EvaluationResult result)
        {
            var a = result["A"];
            var available = Total * a.AvailableShare;
            return (available, available * (a.Score ?? 0));
        }
    }

    private static Arbitrary<Case> Cases =>
        (from n in Gen.Choose(2, 6)
         from points in Gen.Choose(1, 10).ArrayOf(n)
         from statuses in Gen.Choose(0, 3).ArrayOf(n)
         from pick in Gen.Choose(0, n - 1)
         select new Case(points, statuses, pick)).ToArbitrary();

    [Property]
    public Property SharedOut_ParentKeepsItsPoints_AndItsAwardedPointsMoveByAtMostTheSharedPoints() =>
        Prop.ForAll(Cases, c =>
        {
            var (before, after) = (c.AvailableAndAwarded(c.Evaluate(false, share: true)), c.AvailableAndAwarded(c.Evaluate(true, share: true)));
            return Math.Abs(after.Available - c.Total) < 1e-9
                && Math.Abs(after.Awarded - before.Awarded) <= c.Points[c.Pick] + 1e-9;
        });

    [Property]
    public Property NotSharedOut_ParentLosesExactlyTheItemsPoints_AndExactlyWhatItEarned() =>
        Prop.ForAll(Cases, c =>
        {
            var earned = c.Statuses[c.Pick] == 0 ? c.Points[c.Pick] : 0; // only "fait" earns points done
            var (before, after) = (c.AvailableAndAwarded(c.Evaluate(false, share: false)), c.AvailableAndAwarded(c.Evaluate(true, share: false)));
            return Math.Abs(after.Available - (c.Total - c.Points[c.Pick])) < 1e-9
                && Math.Abs(before.Awarded - after.Awarded - earned) < 1e-9;
        });

    [Property]
    public Property ParentAwardedPoints_AreTheSumOfItsChildren() =>
        Prop.ForAll(Cases, c =>
        {
            var done = c.Points.Where((_, i) => c.Statuses[i] == 0).Sum();
            return Math.Abs(c.AvailableAndAwarded(c.Evaluate(false, share: true)).Awarded - done) < 1e-9;
        });

    [Property]
    public Property NotReportedPoints_AreThePointsOfSubActionsWithoutStatus_IncludingWhatTheyReceived() =>
        Prop.ForAll(Cases, c =>
        {
            // Not-concerned points are shared out equally among the concerned sub-actions with points, and each keeps
            // them: the points not reported are those of the unreported ones, each with its equal share.
            var rule = c.Evaluate(true, share: true)["A"].Explanation.Find<RuleStep>()!;
            var receivers = Enumerable.Range(0, c.Points.Length).Where(i => i != c.Pick).ToList();
            var each = (double)c.Points[c.Pick] / receivers.Count;
            var expected = receivers.Where(i => c.Statuses[i] == 3).Sum(i => c.Points[i] + each);
            return Math.Abs(rule.PointsNotReported!.Value - expected) < 1e-9
                && rule.IsFullyReported == (expected == 0)
                && rule.PointsNotReported <= rule.PointsAvailable + 1e-9;
        });

    [Property]
    public Property SharedOutAndPersonalised_PotentialBelowTheSharingLevel_ChangesOnlyByTheFactor() =>
        Prop.ForAll(Cases, Gen.Choose(1, 30).ToArbitrary(), (c, tenths) =>
        {
            // Sharing out a not-concerned sub-action's points keeps A's potential; a factor f on A scales it, and what A
            // brings to the axis above, by exactly f (f > 0: at 0 the axis has no points and is not assessed); done,
            // planned, not done and not reported still add up to it.
            var f = tenths / 10.0;
            var result = c.Evaluate(true, share: true, f);
            var a = result["A"].Explanation.Find<RuleStep>()!;
            var axe = result["axe"].Explanation.Find<RuleStep>()!;
            var parts = a.PointsDone + a.PointsPlanned + a.PointsNotDone + a.PointsNotReported;
            return Math.Abs(a.PointsAvailable!.Value - (c.Total * f)) < 1e-9
                && Math.Abs(a.PointsAvailableBeforeFactor.GetValueOrDefault(c.Total) - c.Total) < 1e-9
                && Math.Abs(axe.PointsAvailable!.Value - (c.Total * f)) < 1e-9
                && Math.Abs(parts!.Value - a.PointsAvailable.Value) < 1e-9;
        });
}
