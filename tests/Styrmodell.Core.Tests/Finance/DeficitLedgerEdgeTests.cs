using NodaTime;
using Styrmodell.Finance;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>The deficit ledger's edges (KL 11 kap. 12 §: restore within three years, oldest first), worked by hand.</summary>
public class DeficitLedgerEdgeTests
{
    private static readonly Decision Kf = new(new LocalDate(2021, 4, 19), "KF");

    private static BalanceRequirementOutcome Year(int year, decimal result) => new(year, result, AmountUnit.Millions);

    [Fact]
    public void ZeroResult_NeitherCreatesNorRestoresADeficit()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -5m), Year(2021, 0m)]);

        var deficit = Assert.Single(ledger.Deficits);
        Assert.Empty(deficit.Restorations);
        Assert.Empty(DeficitLedger.Build(AmountUnit.Millions, [Year(2020, 0m)]).Deficits);
    }

    [Fact]
    public void APositiveResult_RestoresOldestFirst_AndStopsWhenSpent()
    {
        // 2019: −10, 2020: −6; 2021: +10 restores 2019 in full and nothing of 2020; 2022: +4 restores 4 of 2020.
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2019, -10m), Year(2020, -6m), Year(2021, 10m), Year(2022, 4m)]);

        Assert.Equal([new DeficitRestoration(2021, 10m)], ledger.Deficits[0].Restorations);
        Assert.Equal([new DeficitRestoration(2022, 4m)], ledger.Deficits[1].Restorations);
        Assert.Equal(16m, ledger.RemainingAfter(2020));
        Assert.Equal(2m, ledger.RemainingAfter(2022));
    }

    [Fact]
    public void PartialWaiver_IsSetAsideBeforeRestoring()
    {
        // −20 of which KF waived 5 (synnerliga skäl): 15 to restore; +12 restores 12, leaving 3.
        var waiver = new DeficitDecision(2020, DeficitDecisionKind.ExceptionalReasons, "RIPS", Kf) { WaivedAmount = 5m };

        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -20m), Year(2021, 12m), Year(2022, 10m)], [waiver]);

        var deficit = ledger.Deficits.Single();
        Assert.Equal((5m, 15m), (deficit.WaivedAmount, deficit.ToRestore));
        Assert.Equal([new DeficitRestoration(2021, 12m), new DeficitRestoration(2022, 3m)], deficit.Restorations);
        Assert.Equal(0m, deficit.RemainingAfter(2022));
    }

    [Fact]
    public void WaivedAmounts_OfZeroAreFine_NegativeOnesAreNot()
    {
        var zero = new DeficitDecision(2020, DeficitDecisionKind.ExceptionalReasons, "RIPS", Kf) { WaivedAmount = 0m };

        Assert.Equal(0m, DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -1m)], [zero]).Deficits.Single().WaivedAmount);
        var e = Assert.Throws<ArgumentException>(() => DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -1m)], [zero with { WaivedAmount = -1m }]));
        Assert.StartsWith("The waived amount for 2020 is negative.", e.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -1m), Year(2020, 2m)]));
        Assert.StartsWith("Fiscal year 2020 has more than one outcome.", twice.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => DeficitLedger.Build((AmountUnit)9, []));
    }

    [Fact]
    public void Check_ReportsTheDeficitOfTheYearChecked_AndNamesAmountsAndDeadline()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2019, -30m), Year(2020, 10m), Year(2021, 5m), Year(2022, 0m)]);

        Assert.Equal(
            [(ProblemCodes.DeficitWithoutPlan, "The deficit of 2019 has 30 mnkr left to restore but no action plan (åtgärdsplan) decided by KF, nor exceptional reasons covering it (KL 11 kap. 12 §).")],
            ledger.Check(2019).Select(p => (p.Code, p.Message)));
        var overdue = ledger.Check(2022).Single(p => p.Code == ProblemCodes.DeficitOverdue);
        Assert.Equal("The deficit of 2019 (30 mnkr) had to be restored by 2022; 15 mnkr remains after 2022 (KL 11 kap. 12 §).", overdue.Message);
        Assert.Equal(new ProblemLocation(ModelElement.Deficit, "2019", 0), overdue.Location);
        Assert.Equal("decisions", ledger.Check(2022).Single(p => p.Code == ProblemCodes.DeficitWithoutPlan).Location.Member);
        Assert.Empty(ledger.Check(2018));
    }

    [Fact]
    public void Check_DecisionAboutAYearWithoutDeficit_IsDangling()
    {
        var plan = new DeficitDecision(2020, DeficitDecisionKind.ActionPlan, "plan", Kf);

        var problem = Assert.Single(DeficitLedger.Build(AmountUnit.Millions, [Year(2020, 5m)], [plan]).Check(2020));

        Assert.Equal(ProblemCodes.DanglingReference, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Deficit, "2020", 0, "decisions"), problem.Location);
        Assert.Equal("A ActionPlan decision (" + Kf + ") concerns 2020, which has no deficit in the ledger.", problem.Message);
    }

    [Fact]
    public void HasActionPlan_WhenAnyDecisionIsOne()
    {
        var reasons = new DeficitDecision(2020, DeficitDecisionKind.ExceptionalReasons, "RIPS", Kf) { WaivedAmount = 1m };
        var plan = new DeficitDecision(2020, DeficitDecisionKind.ActionPlan, "plan", Kf);

        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -5m)], [reasons, plan]);

        Assert.True(ledger.Deficits.Single().HasActionPlan);
        Assert.False(DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -5m)], [reasons]).Deficits.Single().HasActionPlan);
    }

    [Fact]
    public void Texts_ReadAsDocumented()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2013, -1m), Year(2014, -193m), Year(2016, 0m)]);

        Assert.Equal("2 deficits over 2013–2016 (mnkr)", ledger.ToString());
        Assert.Equal("0 deficits over no years (tkr)", DeficitLedger.Build(AmountUnit.Thousands, []).ToString());
        Assert.Equal("2014: 193 (deadline 2017)", ledger.Deficits[1].ToString());
        Assert.Equal("2014 as of 2015: 193 remaining, deadline 2017", ledger.PositionsAsOf(2015)[1].ToString());
        Assert.Equal("2013 as of 2016: 1 remaining, deadline 2016 (overdue)", ledger.PositionsAsOf(2016)[0].ToString());
    }
}
