using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Finance;

public class FinancialGoalTests
{
    [Theory]
    [InlineData(30.0, "uppfyllt")]    // 30 / 1200 = 2.5 % ≥ 2 %
    [InlineData(18.0, "delvis-uppfyllt")] // 1.5 % of a 2 % floor: share 0.75
    public void ResultShare_AsOutcome_IsEvaluatedLikeAnyGoal(double result, string expected)
    {
        // Illustrative KF goal: "the result is at least 2 % of taxes, grants and equalisation every year".
        var year = new FinancialYear(2024, AmountUnit.Millions, (decimal)result) { TaxRevenue = 900m, GeneralGrantsAndEqualisation = 300m };
        var ratio = KeyRatios.Compute(year).ResultShare;
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Finansiellt mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Nyckeltal", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("resultat", "mal", "Resultatet är minst 2 % av skatter och bidrag"))
            .AddNode(new Node("resultatandel", "ind", "Resultatandel") { ParentId = "resultat" })
            .AddIndicator(new Indicator("resultatandel", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(2m), new Decision(new LocalDate(2022, 11, 28), "KF"))],
                Derivation = TargetDerivation.HoldLast,
                Baseline = new Baseline(2m, ReportingPeriod.Year(2022)),
            })
            .AddOutcome(ratio.ToOutcome("resultatandel", 2024))
            .Build();

        var goal = GoalEvaluator.Evaluate(model, ReportingPeriod.Year(2024), new LocalDate(2025, 3, 31))["resultat"];

        Assert.Equal(expected, goal.Category.Id);
        Assert.Equal("N03102", model.OutcomesOf("resultatandel").Single().Source);
    }
}
