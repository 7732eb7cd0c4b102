using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation;

public class IndicatorScoringTests
{
    private static NodeResult Assess(SteeringModelBuilder builder, string id, EvaluationOptions options) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options)[id];

    [Theory]
    [InlineData(80.0, "uppfyllt")]        // at the target
    [InlineData(79.0, "delvis-uppfyllt")] // 1 point short of 2: score 0.5
    [InlineData(78.5, "ej-uppfyllt")]     // 1.5 short: score 0.25
    public void AbsoluteShortfall_ScoresByDistanceFromTarget(double outcome, string expected) =>
        Assert.Equal(expected, Assess(Builder().Indicator("i", Direction.HigherIsBetter, 80m, (decimal)outcome), "i",
            new EvaluationOptions { ScoreBasis = ScoreBasis.AbsoluteShortfall, Tolerance = 2m }).Category.Id);

    [Fact]
    public void ProgressFromBaseline_ScoresShareOfTheWayCovered()
    {
        // Baseline 60 (2022), target 80: outcome 75 has covered 15 of 20 = 0.75 → delvis uppfyllt.
        var builder = Builder().AddNode(new Node("i", "ind", "i") { ParentId = "kf" })
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Baseline = new Baseline(60m, ReportingPeriod.Year(2022)),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(80m), Kf)],
            })
            .AddOutcome(new Outcome("i", Year2024, MeasuredValue.Of(75m)));

        var result = Assess(builder, "i", new EvaluationOptions { ScoreBasis = ScoreBasis.ProgressFromBaseline });

        Assert.Equal(0.75, result.Score);
        // (75 − 60) ÷ (80 − 60) = 0.75 of the way: 15 done of 20; 5 left to the target.
        Assert.Equal(new ScoreStep(ScoreBasis.ProgressFromBaseline, ScoreMethod.ProgressFromBaseline, 0.75, 5m) { Done = 15m, Total = 20m }, result.Explanation.Find<ScoreStep>());
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, 72.0, 8.0)] // 8 short of a floor of 80
    [InlineData(Direction.HigherIsBetter, 85.0, 0.0)] // past the floor: nothing left
    [InlineData(Direction.LowerIsBetter, 85.0, 5.0)]  // 5 above a ceiling of 80
    [InlineData(Direction.LowerIsBetter, 72.0, 0.0)]
    [InlineData(Direction.Exact, 77.5, 2.5)]          // either way from an exact 80
    [InlineData(Direction.Exact, 82.5, 2.5)]
    public void DistanceToTarget_IsWhatIsLeftInTheIndicatorsUnit(Direction direction, double outcome, double expected)
    {
        var score = Assess(Builder().Indicator("i", direction, 80m, (decimal)outcome), "i", EvaluationOptions.Default).Explanation.Find<ScoreStep>()!;

        Assert.Equal((decimal)expected, score.DistanceToTarget);
    }

    [Theory]
    [InlineData(2.0, 1.0)] // below the range 3–5: 1 to its low end
    [InlineData(4.0, 0.0)] // inside
    [InlineData(7.0, 2.0)] // above: 2 to its high end
    public void DistanceToTarget_ForARange_IsToItsNearerEnd(double outcome, double expected)
    {
        var builder = Builder().AddNode(new Node("i", "ind", "i") { ParentId = "kf" })
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.WithinRange)
            {
                Targets = [new TargetValue(TargetScope.Year(2024), new RangeLevel(3m, 5m), Kf)],
            })
            .AddOutcome(new Outcome("i", Year2024, MeasuredValue.Of((decimal)outcome)));

        var explanation = Assess(builder, "i", EvaluationOptions.Default).Explanation;

        Assert.Equal((decimal)expected, explanation.Find<ScoreStep>()!.DistanceToTarget);
        Assert.Equal((3m, 5m), (explanation.Find<TargetStep>()!.Value, explanation.Find<TargetStep>()!.UpperValue));
    }

    [Theory]
    [InlineData(4.0, "uppfyllt")]
    [InlineData(7.0, "ej-uppfyllt")]
    public void WithinRange_MetOnlyInsideTheRange(double outcome, string expected)
    {
        var builder = Builder().AddNode(new Node("i", "ind", "i") { ParentId = "kf" })
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.WithinRange)
            {
                Targets = [new TargetValue(TargetScope.Year(2024), new RangeLevel(3m, 5m), Kf)],
            })
            .AddOutcome(new Outcome("i", Year2024, MeasuredValue.Of((decimal)outcome)));

        Assert.Equal(expected, Assess(builder, "i", EvaluationOptions.Default).Category.Id);
    }

    [Fact]
    public void FiveStepScale_IsExpressible()
    {
        var scale = new AssessmentScale(
            [
                new("helt", "Helt uppfyllt", "darkgreen", 1.0, true),
                new("i-hog-grad", "I hög grad uppfyllt", "green", 0.8, false),
                new("delvis", "Delvis uppfyllt", "yellow", 0.5, false),
                new("i-lag-grad", "I låg grad uppfyllt", "orange", 0.25, false),
                new("ej", "Ej uppfyllt", "red", 0.0, false),
            ],
            AssessmentScale.Default.NotAssessed);

        Assert.Equal("i-hog-grad", Assess(Builder().Indicator("i", Direction.HigherIsBetter, 100m, 85m), "i", new EvaluationOptions { Scale = scale }).Category.Id);
        Assert.Equal("i-lag-grad", Assess(Builder().Indicator("i", Direction.HigherIsBetter, 100m, 30m), "i", new EvaluationOptions { Scale = scale }).Category.Id);
    }

    [Fact]
    public void Scale_NotEndingAtZero_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new AssessmentScale([new("a", "A", "green", 1.0, true), new("b", "B", "red", 0.5, false)], AssessmentScale.Default.NotAssessed));
}
