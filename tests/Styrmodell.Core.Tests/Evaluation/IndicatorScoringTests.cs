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
        // (75 − 60) ÷ (80 − 60) = 0.75 of the way; 5 left to the target.
        Assert.Equal(new ScoreStep(ScoreBasis.ProgressFromBaseline, ScoreMethod.ProgressFromBaseline, 0.75, 5m), result.Explanation.Find<ScoreStep>());
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
