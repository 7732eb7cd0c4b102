using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Exchange;

/// <summary>
/// A baseline scored as a threshold (0 there, 1 at the target: docs/presets.md, TeT's <i>limite</i> and <i>cible</i>)
/// that lies at or beyond the target in the indicator's direction: a warning, because meeting the target then does not count.
/// </summary>
public class ThresholdWarningTests
{
    /// <summary>A rising indicator (higher is better) with a 2023 baseline, a 2024 target and a 2024 outcome of 90.</summary>
    private static ExchangeDocument Document(decimal baseline, TargetLevel target, ScoreBasis basis) =>
        new ExchangeDocumentBuilder(Builder()
                .AddNode(new Node("x", "ind", "Andel nöjda") { ParentId = "kf" })
                .AddIndicator(new Indicator("x", MeasureUnit.Percent, Direction.HigherIsBetter)
                {
                    Baseline = new Baseline(baseline, ReportingPeriod.Year(2023)),
                    Targets = [new TargetValue(TargetScope.Year(2024), target, Kf)],
                })
                .AddOutcome(new Outcome("x", Year2024, MeasuredValue.Of(90m))))
            .WithEvaluation(EvaluationOptions.Default with { ScoreBasis = basis })
            .Build();

    [Fact]
    public void ABaselineAboveTheTarget_OfARisingIndicator_IsAWarning_AndMeetingTheTargetScoresNothing()
    {
        var document = Document(80m, new AbsoluteLevel(70m), ScoreBasis.LinearFromBaseline);

        var warning = Assert.Single(document.Warnings(), w => w.Code == ProblemCodes.ThresholdBeyondTarget);

        Assert.Equal(new ProblemLocation(ModelElement.Indicator, "x", 0, "targets[0].level"), warning.Location);
        Assert.Contains("baseline 80 (2023)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("target 70 for 2024", warning.Message, StringComparison.Ordinal);
        // Why it matters: 90 meets the target of 70, yet (90 − 80) ÷ (70 − 80) = −1, kept to 0.
        Assert.Equal(0.0, document.Evaluate(Year2024).Goals["x"].Score);
    }

    [Theory]
    [InlineData(70, ScoreBasis.ProgressFromBaseline)]   // at the target: the scale has no length
    [InlineData(75, ScoreBasis.ProgressFromBaseline)]
    public void ABaselineAtOrBeyondTheTarget_UnderProgressFromBaseline_IsAWarning(decimal baseline, ScoreBasis basis) =>
        Assert.Single(Document(baseline, new AbsoluteLevel(70m), basis).Warnings(), w => w.Code == ProblemCodes.ThresholdBeyondTarget);

    [Fact]
    public void AChangeInTheWrongDirection_PutsTheTargetBehindTheBaseline()
    {
        // −10 % of a baseline of 80 is a target of 72: behind the baseline for a rising indicator.
        var warning = Assert.Single(Document(80m, new ChangeFromBaseline(-10m, InPercentOfBaseline: true), ScoreBasis.LinearFromBaseline).Warnings(),
            w => w.Code == ProblemCodes.ThresholdBeyondTarget);

        Assert.Contains("target 72", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60, ScoreBasis.LinearFromBaseline)]   // the baseline below the target: the usual case
    [InlineData(80, ScoreBasis.ShareOfTarget)]        // the baseline plays no part in the score
    [InlineData(80, ScoreBasis.AbsoluteShortfall)]
    public void OtherwiseNoWarning(decimal baseline, ScoreBasis basis) =>
        Assert.DoesNotContain(Document(baseline, new AbsoluteLevel(70m), basis).Warnings(), w => w.Code == ProblemCodes.ThresholdBeyondTarget);
}
