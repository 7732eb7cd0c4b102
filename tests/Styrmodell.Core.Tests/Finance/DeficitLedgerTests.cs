using NodaTime;
using Styrmodell.Finance;
using Styrmodell.Targets;
using Styrmodell.Validation;
using static Styrmodell.Tests.Finance.PublishedExamples;

namespace Styrmodell.Tests.Finance;

public class DeficitLedgerTests
{
    private static readonly Decision Kf = new(new LocalDate(2015, 6, 15), "KF");

    private static BalanceRequirementOutcome Year(int year, decimal result) => new(year, result, AmountUnit.Millions);

    [Fact]
    public void Build_Malmo2014And2015_DeficitRestoredInFullTheNextYear()
    {
        // Malmö stad, Årsredovisning 2015, "Balanskrav": 2014 balance-requirement result −193 to restore; 2015's 355 restores it,
        // "Balanskravsresultat att återställa" 0.
        var y2014 = BalanceRequirementReconciliation.Compute(Malmo2014, ReserveDecision.UseReserve(12m)).ToOutcome();
        var y2015 = BalanceRequirementReconciliation.Compute(Malmo2015, ReserveDecision.Reserve(185m)).ToOutcome();
        var plan = new DeficitDecision(2014, DeficitDecisionKind.ActionPlan, "Återställs med 2015 års resultat", Kf);

        var ledger = DeficitLedger.Build(AmountUnit.Millions, [y2015, y2014], [plan]);

        var deficit = Assert.Single(ledger.Deficits);
        Assert.Equal(2014, deficit.FiscalYear);
        Assert.Equal(193m, deficit.Amount);
        Assert.Equal(2017, deficit.DeadlineYear);
        Assert.Equal([new DeficitRestoration(2015, 193m)], deficit.Restorations);
        Assert.Equal(193m, ledger.RemainingAfter(2014));
        Assert.Equal(0m, ledger.RemainingAfter(2015));
        Assert.Empty(ledger.Check(2015));
        Assert.Equal(162m, y2015.BalanceRequirementResult - deficit.RestoredThrough(2015)); // published "SUMMA" 162
    }

    [Fact]
    public void Check_DeficitNotRestoredWithinThreeYears_IsOverdue()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2019, -30m), Year(2020, 10m), Year(2021, 5m), Year(2022, 0m), Year(2023, 20m)],
            [new DeficitDecision(2019, DeficitDecisionKind.ActionPlan, "Kostnadsminskningar 2020–2022", Kf)]);

        var deficit = ledger.Deficits[0];
        Assert.Equal(15m, deficit.RemainingAfter(2021));
        Assert.False(deficit.IsOverdue(2021));
        Assert.True(deficit.IsOverdue(2022));
        Assert.False(deficit.IsOverdue(2023)); // restored late, in 2023
        var problem = Assert.Single(ledger.Check(2022));
        Assert.Equal(ProblemCodes.DeficitOverdue, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Deficit, "2019", 0), problem.Location);
    }

    [Fact]
    public void Build_PositiveResults_RestoreOldestDeficitFirst()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -10m), Year(2021, -5m), Year(2022, 12m), Year(2023, 4m)]);

        Assert.Equal([new DeficitRestoration(2022, 10m)], ledger.Deficits[0].Restorations);
        Assert.Equal([new DeficitRestoration(2022, 2m), new DeficitRestoration(2023, 3m)], ledger.Deficits[1].Restorations);
        Assert.Equal(0m, ledger.RemainingAfter(2023));
    }

    [Fact]
    public void Build_ExceptionalReasons_WaiveTheNamedPartAndCountAsCovered()
    {
        var reasons = new DeficitDecision(2020, DeficitDecisionKind.ExceptionalReasons, "Engångskostnad för pensioner (RIPS-ändring)", Kf) { WaivedAmount = 8m };
        var all = new DeficitDecision(2021, DeficitDecisionKind.ExceptionalReasons, "Pandemins kostnader", Kf);
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2020, -10m), Year(2021, -4m)], [reasons, all]);

        Assert.Equal(2m, ledger.Deficits[0].RemainingAfter(2021));
        Assert.Equal(0m, ledger.Deficits[1].RemainingAfter(2021));
        var problem = Assert.Single(ledger.Check(2021));
        Assert.Equal(ProblemCodes.DeficitWithoutPlan, problem.Code);
        Assert.Equal("2020", problem.Location.Id);
    }

    [Fact]
    public void Check_DecisionForYearWithoutDeficit_IsDangling()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Millions, [Year(2020, 3m)],
            [new DeficitDecision(2020, DeficitDecisionKind.ActionPlan, "Plan", Kf)]);

        Assert.Equal(ProblemCodes.DanglingReference, Assert.Single(ledger.Check(2020)).Code);
    }

    [Fact]
    public void Build_OutcomesInOtherUnits_AreConverted()
    {
        var ledger = DeficitLedger.Build(AmountUnit.Thousands, [new(2020, -1.5m, AmountUnit.Millions), new(2021, 700_000m, AmountUnit.Kronor)]);

        Assert.Equal(1_500m, ledger.Deficits[0].Amount);
        Assert.Equal(800m, ledger.RemainingAfter(2021));
    }

    [Fact]
    public void Build_TwoOutcomesForOneYear_Throws() =>
        Assert.Throws<ArgumentException>(() => DeficitLedger.Build(AmountUnit.Millions, [Year(2020, 1m), Year(2020, 2m)]));
}
