using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Finance;

/// <summary>The two judgement rules the issue names, worked by hand on a small illustrative model.</summary>
public class GoodFinancialManagementJudgementTests
{
    // Financial goals f1 (met: result share 2.5 ≥ 2) and f2 (40 of 50 = 0.8: partly met on the default scale);
    // operational goals o1 (met), o2 (partly met: 30 of 50 = 0.6), o3 (not met: 10 of 50 = 0.2).
    private static EvaluationResult Goals()
    {
        var decision = new Decision(new LocalDate(2023, 11, 27), "KF");
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "KF-mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] });
        foreach (var (goal, target, outcome) in new[] { ("f1", 2m, 2.5m), ("f2", 50m, 40m), ("o1", 50m, 60m), ("o2", 50m, 30m), ("o3", 50m, 10m) })
        {
            builder.AddNode(new Node(goal, "mal", goal)).AddNode(new Node(goal + "-i", "ind", goal) { ParentId = goal })
                .AddIndicator(new Indicator(goal + "-i", MeasureUnit.Percent, Direction.HigherIsBetter) { Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(target), decision)] })
                .AddOutcome(new Outcome(goal + "-i", ReportingPeriod.Year(2024), MeasuredValue.Of(outcome)));
        }

        return GoalEvaluator.Evaluate(builder.Build(), ReportingPeriod.Year(2024), new LocalDate(2025, 3, 31));
    }

    private static IReadOnlyList<string> English(GoodFinancialManagementJudgement judgement) => JudgementText.Lines(judgement, ReportLanguage.English);

    private static BalanceRequirementReconciliation Balance(decimal result) =>
        BalanceRequirementReconciliation.Compute(new FinancialYear(2024, AmountUnit.Millions, result) { TaxRevenue = 900m, GeneralGrantsAndEqualisation = 300m, ReserveBalanceCarriedIn = 0m });

    [Fact]
    public void Strangnas_BothFinancialAndOperationalGoalsMet_IsNotReachedHere()
    {
        var rule = new GoodFinancialManagementRule
        {
            RequireBalanceRequirement = false,
            Conditions = [new GoalCondition("finansiella mål", ["f1", "f2"], GoalQuantifier.All, "uppfyllt"),
                new GoalCondition("verksamhetsmål", ["o1", "o2", "o3"], GoalQuantifier.All, "uppfyllt")],
        };

        var judgement = GoodFinancialManagementJudgement.Judge(rule, Goals(), null);

        Assert.False(judgement.IsGoodFinancialManagement);
        Assert.Null(judgement.BalanceRequirement);
        Assert.Equal([("finansiella mål", 1, 2, false), ("verksamhetsmål", 1, 3, false)], judgement.Conditions.Select(c => (c.Condition.Name, c.Reached, c.Total, c.Holds)));
        Assert.Equal(
            ["Not good financial management",
             "finansiella mål: 1 of 2 at least Uppfyllt; all required — does not hold",
             "verksamhetsmål: 1 of 3 at least Uppfyllt; all required — does not hold"],
            English(judgement));
        Assert.Equal(
            ["Inte god ekonomisk hushållning",
             "finansiella mål: 1 av 2 minst Uppfyllt; alla krävs — inte uppfyllt",
             "verksamhetsmål: 1 av 3 minst Uppfyllt; alla krävs — inte uppfyllt"],
            JudgementText.Lines(judgement));
    }

    [Theory]
    [InlineData(12.0, true)]   // balance requirement met
    [InlineData(-5.0, false)]  // balance requirement not met
    public void BalanceMajorityFinancialMajorityOperationalPartly(double result, bool expected)
    {
        // The financial group is f1 alone (1 of 1 met: a majority); 2 of 3 operational goals are at least partly met
        // (o1, o2): a majority. So the balance requirement decides.
        var rule = new GoodFinancialManagementRule
        {
            Conditions = [new GoalCondition("finansiella mål", ["f1"], GoalQuantifier.Majority, "uppfyllt"),
                new GoalCondition("verksamhetsmål", ["o1", "o2", "o3"], GoalQuantifier.Majority, "delvis-uppfyllt")],
        };

        var judgement = GoodFinancialManagementJudgement.Judge(rule, Goals(), Balance((decimal)result));

        Assert.Equal(expected, judgement.IsGoodFinancialManagement);
        Assert.Equal((2, 3, true), judgement.Conditions.Single(c => c.Condition.Name == "verksamhetsmål") is var c ? (c.Reached, c.Total, c.Holds) : default);
        Assert.Contains("verksamhetsmål: 2 of 3 at least Delvis uppfyllt; a majority required — holds", English(judgement));
    }

    [Fact]
    public void RuleRequiringBalance_WithoutReconciliation_Throws() =>
        Assert.Throws<ArgumentNullException>(() => GoodFinancialManagementJudgement.Judge(new GoodFinancialManagementRule(), Goals(), null));

    [Fact]
    public void BalanceRequirement_IsTheFirstReason_MetOrNot()
    {
        var rule = new GoodFinancialManagementRule();

        var met = GoodFinancialManagementJudgement.Judge(rule, Goals(), Balance(12m));
        var notMet = GoodFinancialManagementJudgement.Judge(rule, Goals(), Balance(-5m));

        Assert.Equal(new BalanceRequirementVerdict(true, 12m, AmountUnit.Millions), met.BalanceRequirement);
        Assert.Equal(new BalanceRequirementVerdict(false, -5m, AmountUnit.Millions), notMet.BalanceRequirement);
        Assert.Equal(["Good financial management", "balance requirement met: balance-requirement result 12.0 mnkr"], English(met));
        Assert.Equal(["Inte god ekonomisk hushållning", "balanskravet inte uppfyllt: balanskravsresultat -5,0 mnkr"], JudgementText.Lines(notMet));
    }

    [Theory]
    [InlineData(new[] { "o1", "o2" }, GoalQuantifier.Majority, false)] // 1 of 2 met: not more than half
    [InlineData(new[] { "o1", "o2", "o3" }, GoalQuantifier.Any, true)] // 1 met
    [InlineData(new[] { "o2", "o3" }, GoalQuantifier.Any, false)]      // none met
    public void Quantifiers_CountTheGoalsReachingTheMinimum(string[] goals, GoalQuantifier quantifier, bool holds)
    {
        var rule = new GoodFinancialManagementRule { RequireBalanceRequirement = false, Conditions = [new GoalCondition("mål", [.. goals], quantifier, "uppfyllt")] };

        var judgement = GoodFinancialManagementJudgement.Judge(rule, Goals(), null);

        Assert.Equal(holds, judgement.IsGoodFinancialManagement);
        Assert.Equal(holds, judgement.Conditions.Single().Holds);
        Assert.EndsWith((quantifier == GoalQuantifier.Any ? "at least one" : "a majority") + " required — " + (holds ? "holds" : "does not hold"), English(judgement)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCategory_AndNullArguments_Throw()
    {
        var rule = new GoodFinancialManagementRule { RequireBalanceRequirement = false, Conditions = [new GoalCondition("mål", ["o1"], GoalQuantifier.All, "guld")] };

        var e = Assert.Throws<ArgumentException>(() => GoodFinancialManagementJudgement.Judge(rule, Goals(), null));
        Assert.Contains("Condition 'mål' names category 'guld'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => GoodFinancialManagementJudgement.Judge(null!, Goals(), null));
        Assert.Throws<ArgumentNullException>(() => GoodFinancialManagementJudgement.Judge(rule, null!, null));
        var n = Assert.Throws<ArgumentNullException>(() => GoodFinancialManagementJudgement.Judge(new GoodFinancialManagementRule(), Goals(), null));
        Assert.Contains("The rule requires the balance requirement", n.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => new GoalCondition("mål", [], GoalQuantifier.All, "uppfyllt"));
        Assert.False(string.IsNullOrWhiteSpace(empty.Message.Split(" (Parameter")[0]));
    }
}
