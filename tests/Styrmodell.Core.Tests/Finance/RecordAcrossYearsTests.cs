using Styrmodell.Finance;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>A record of several fiscal years reconciled in order, and the small value types of the printed report.</summary>
public class RecordAcrossYearsTests
{
    private static FinancialYear Year(int fiscalYear, decimal result) => new(fiscalYear, AmountUnit.Millions, result) { TaxesGrantsAndEqualisation = 1_000m };

    [Fact]
    public void ReconcileAll_CarriesBalanceAndDeficit_OnlyIntoTheYearDirectlyAfter()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions,
        [
            Year(2020, 50m) with { ReserveBalanceCarriedIn = 10m, ReserveDecision = ReserveDecision.Reserve(15m) },
            Year(2021, -30m),
            Year(2022, 5m),
            Year(2024, 1m),
        ]);

        var all = finances.ReconcileAll();

        Assert.Equal([25m, 25m, 25m, null], all.Select(r => r.ReserveBalanceCarriedOut));
        // 2022 starts with the 2021 deficit of 30; 2024 does not follow 2022 directly, so nothing is carried.
        Assert.Equal(30m, finances.Ledger().RemainingAfter(2021));
        Assert.Equal(all[2], finances.Reconcile(2022));
    }

    [Fact]
    public void ReconcileAll_GivesTheDeficitCarriedInToGuidelinesThatDeductIt()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions,
        [
            Year(2021, -30m),
            Year(2022, 50m) with { ReserveDecision = ReserveDecision.Reserve(15m) },
        ])
        {
            Guidelines = new("Riktlinjer") { DeductDeficitBeforeReserving = true },
        };

        var y2022 = finances.Reconcile(2022);

        // 50 − 30 still to restore = 20 may be reserved under the guideline; 15 is within it.
        Assert.Equal(20m, y2022.Steps.Single(s => s.Key == "guideline-reservation").Amount);
        Assert.DoesNotContain(y2022.Problems, p => p.Code is ProblemCodes.ReservationWhileDeficit or ProblemCodes.MissingFigure);
        var reserved = finances.ReconcileAll();
        Assert.Equal(2, reserved.Count);
    }

    [Fact]
    public void ReconcileAll_PutsEachYearsProblemsAtItsPosition()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions,
        [
            Year(2020, -5m) with { ReserveDecision = ReserveDecision.Reserve(1m) },
            Year(2022, -5m) with { ReserveDecision = ReserveDecision.Reserve(1m) },
        ]);

        var problems = finances.Check();

        Assert.Equal([(0, "2020"), (1, "2022")], problems.Where(p => p.Code == ProblemCodes.ReservationAboveMaximum).Select(p => (p.Location.Index, p.Location.Id)));
    }

    [Fact]
    public void Check_DeficitDecisionAboutAYearNotHeld_IsOutsideTheRecord()
    {
        var decision = new DeficitDecision(2015, DeficitDecisionKind.ActionPlan, "plan", new(new NodaTime.LocalDate(2016, 4, 1), "KF"));
        var finances = new MunicipalFinances(AmountUnit.Millions, [Year(2020, 1m)]) { DeficitDecisions = [decision] };

        var problem = Assert.Single(finances.Check());

        Assert.Equal(ProblemCodes.YearOutsideRecord, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Deficit, "2015", 0, "deficitYear"), problem.Location);
    }

    [Fact]
    public void Check_GuidelinesFromAYearHeldOrEarlier_AreFine()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions, [Year(2020, 1m)]) { Guidelines = new("Riktlinjer") { AppliesFrom = 2020 } };

        Assert.Empty(finances.Check());
        Assert.Empty(new MunicipalFinances(AmountUnit.Millions, []) { Guidelines = new("Riktlinjer") { AppliesFrom = 2030 } }.Check());
    }

    [Fact]
    public void Options_ReachTheYearsFrom2024()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions, [Year(2024, 10m) with { ReserveBalanceCarriedIn = 60m }])
        {
            ReserveOptions = new() { AboveCeiling = ReserveAboveCeilingTreatment.Report },
        };

        Assert.Equal(ProblemCodes.ReserveAboveCeiling, Assert.Single(finances.Check()).Code);
    }

    [Fact]
    public void CeilingReport_NeedsBAndTheBalance()
    {
        var rules = ResultReserveRules.With(new() { AboveCeiling = ReserveAboveCeilingTreatment.Report });

        Assert.Empty(BalanceRequirementReconciliation.Compute(new FinancialYear(2024, AmountUnit.Millions, 1m) { ReserveBalanceCarriedIn = 60m }, rules: rules).Problems);
        Assert.Empty(BalanceRequirementReconciliation.Compute(Year(2024, 1m), rules: rules).Problems);
        Assert.Empty(BalanceRequirementReconciliation.Compute(Year(2024, 1m) with { ReserveBalanceCarriedIn = 50m }, rules: rules).Problems);
        var over = Assert.Single(BalanceRequirementReconciliation.Compute(Year(2024, 1m) with { ReserveBalanceCarriedIn = 50.1m }, rules: rules).Problems);
        Assert.Equal("Fiscal year 2024: the reserve balance carried in, 50.1 mnkr, is above 5 % of B (50 mnkr).", over.Message);
    }

    [Fact]
    public void StrictAmount_UnderTheCeiling_IsTheLowerOfRoomAndTheTwoPercentPart()
    {
        // Equity unknown: 1 % gives 40 − 10 = 30, 2 % gives 20; room 50 − 35 = 15 caps both.
        var year = Year(2024, 40m) with { ReserveBalanceCarriedIn = 35m };

        var limit = ResultReserveRules.Instance.MaximumReservation(year, 40m);

        Assert.Equal((15m, 15m), (limit.Amount, limit.StrictAmount));
        Assert.Equal(20m, ResultReserveRules.Instance.MaximumReservation(year with { ReserveBalanceCarriedIn = 0m }, 40m).StrictAmount);
        Assert.Null(ResultReserveRules.Instance.MaximumReservation(year with { Equity = 1m, PensionCommitmentsOutsideBalanceSheet = 0m }, 40m).StrictAmount);
    }

    [Fact]
    public void ConvertTo_ConvertsThePrintedReport()
    {
        var year = Year(2024, 1.5m) with
        {
            Adjustments = [new(AdjustmentKind.Other, 0.25m, "Pensioner")],
            PrintedResultAfterAdjustments = 1.75m,
            PrintedBalanceRequirementResult = 1.7m,
            DeficitCarriedIn = 0.1m,
        };

        var thousands = year.ConvertTo(AmountUnit.Thousands);

        Assert.Equal(new AdjustmentLine(AdjustmentKind.Other, 250m, "Pensioner"), thousands.Adjustments.Single());
        Assert.Equal((1_750m, 1_700m, 100m, 1_000_000m), (thousands.PrintedResultAfterAdjustments, thousands.PrintedBalanceRequirementResult, thousands.DeficitCarriedIn, thousands.TaxesGrantsAndEqualisation));
        Assert.True(thousands.TaxesGrantsAndEqualisationGivenAsTotal);
        Assert.False(new FinancialYear(2024, AmountUnit.Millions, 1m) { TaxRevenue = 1m, GeneralGrantsAndEqualisation = 2m }.ConvertTo(AmountUnit.Thousands).TaxesGrantsAndEqualisationGivenAsTotal);
    }

    [Fact]
    public void SmallTypes_ReadAsTheyArePrinted()
    {
        Assert.Equal("Pensioner: -1.5", new AdjustmentLine(AdjustmentKind.Other, -1.5m, "Pensioner").ToString());
        Assert.Equal("UnrealisedSecurities: 9.5", new AdjustmentLine(AdjustmentKind.UnrealisedSecurities, 9.5m).ToString());
        Assert.True(new AdjustmentLine(AdjustmentKind.ExceptionalReasons, 1m).IsAfterReserve);
        Assert.False(new AdjustmentLine(AdjustmentKind.Other, 1m, "x").IsAfterReserve);
        Assert.Equal("2014: 3.2 %", new TaxBaseGrowth(2014, 3.2m).ToString());
        Assert.Equal(["reserve 22", "use 12", "reserve 0"], new[] { ReserveDecision.Reserve(22m), ReserveDecision.UseReserve(12m), ReserveDecision.Both(0m, 0m) }.Select(d => d.ToString()));
        Assert.Throws<ArgumentException>(() => ReserveDecision.Both(1m, -1m));
        Assert.ThrowsAny<ArgumentException>(() => new AdjustmentLine((AdjustmentKind)99, 1m));
    }

    [Fact]
    public void Guidelines_AnswerWhichYearsTheyCover()
    {
        var guidelines = new MunicipalGuidelines("Riktlinjer") { AppliesFrom = 2020, TaxBaseGrowth = [new(2019, 4m)] };

        Assert.Equal((false, true, true), (guidelines.AppliesTo(2019), guidelines.AppliesTo(2020), new MunicipalGuidelines("R").AppliesTo(2000)));
        Assert.Equal((4m, (decimal?)null), (guidelines.GrowthIn(2019), guidelines.GrowthIn(2020)));
    }

    [Fact]
    public void Present_RoundsOnlyWhenDecimalsAreStated()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 1m);

        Assert.Equal(2.345m, BalanceRequirementReconciliation.Compute(year).Present(2.345m));
        Assert.Equal(2.3m, BalanceRequirementReconciliation.Compute(year, decimals: 1).Present(2.345m));
        Assert.Equal(-2.4m, BalanceRequirementReconciliation.Compute(year, decimals: 1).Present(-2.35m));
        Assert.Equal(1, BalanceRequirementReconciliation.Compute(year, decimals: 1).Decimals);
    }
}
