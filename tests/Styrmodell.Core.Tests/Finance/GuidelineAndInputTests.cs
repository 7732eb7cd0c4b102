using Styrmodell.Finance;
using Styrmodell.Reporting;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>Councils' guidelines as data, and bad input as coded problems; values worked by hand from the rules.</summary>
public class GuidelineAndInputTests
{
    private static FinancialYear Year(decimal result) => new(2022, AmountUnit.Millions, result)
    {
        TaxRevenue = 800m,
        GeneralGrantsAndEqualisation = 200m,
        Equity = 500m,
        PensionCommitmentsOutsideBalanceSheet = 100m,
        ReserveBalanceCarriedIn = 30m,
    };

    private static MunicipalGuidelines TenYearAverage(decimal growthInYear) => new("Riktlinjer")
    {
        UseOnlyWhenTaxBaseGrowthBelowAverage = true,
        TaxBaseGrowthAverageYears = 10,
        // 2012–2021 average 4 %; the year of use as given.
        TaxBaseGrowth = [.. Enumerable.Range(2012, 10).Select(y => new TaxBaseGrowth(y, y % 2 == 0 ? 3m : 5m)), new TaxBaseGrowth(2022, growthInYear)],
    };

    [Theory]
    [InlineData(3.9, false)]
    [InlineData(4.0, true)]
    public void TaxBaseGrowth_UseOnlyBelowTheTenYearAverage(double growth, bool breaks)
    {
        var r = BalanceRequirementReconciliation.Compute(Year(-10m), ReserveDecision.UseReserve(10m), TenYearAverage((decimal)growth));

        Assert.Equal(breaks, r.Problems.Any(p => p.Code == ProblemCodes.GuidelineNotMet && p.Location.Member == "reserveDecision.use"));
        Assert.Contains("average 4 %", FinanceTraceText.Explain(r.Steps.Single(s => s.Key == "guideline-use"), r, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void TaxBaseGrowth_AMissingYearOfTheAverage_IsAMissingFigure()
    {
        var guidelines = TenYearAverage(3m) with { TaxBaseGrowth = [new TaxBaseGrowth(2022, 3m)] };

        var r = BalanceRequirementReconciliation.Compute(Year(-10m), ReserveDecision.UseReserve(10m), guidelines);

        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.MissingFigure && p.Location.Member == "guidelines.taxBaseGrowth");
    }

    [Fact]
    public void TaxBaseGrowth_AsStatedInTheDecision_WhenNoAverageYearsAreGiven()
    {
        var guidelines = new MunicipalGuidelines("Riktlinjer") { UseOnlyWhenTaxBaseGrowthBelowAverage = true };
        var decision = ReserveDecision.UseReserve(10m) with { TaxBaseGrowth = 4.5m, AverageTaxBaseGrowth = 4.0m };

        var r = BalanceRequirementReconciliation.Compute(Year(-10m), decision, guidelines);

        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.GuidelineNotMet);
    }

    [Theory]
    [InlineData(20, false)] // 20 / 1000 = 2 %
    [InlineData(19.9, true)]
    public void MinimumResultShare_IsChecked(double result, bool breaks)
    {
        var guidelines = new MunicipalGuidelines("Riktlinjer") { MinimumResultShare = 2m };

        var r = BalanceRequirementReconciliation.Compute(Year((decimal)result), guidelines: guidelines);

        Assert.Equal(breaks, r.Problems.Any(p => p.Code == ProblemCodes.GuidelineNotMet && p.Location.Member == "result"));
    }

    [Fact]
    public void OwnCeiling_CountsTheBalanceCarriedIn()
    {
        // Guidelines cap the reserve at 4 % of 1000 = 40; 30 held + 15 = 45.
        var guidelines = new MunicipalGuidelines("Riktlinjer") { MaximumReserveShare = 0.04m };

        var over = BalanceRequirementReconciliation.Compute(Year(60m), ReserveDecision.Reserve(15m), guidelines);
        var within = BalanceRequirementReconciliation.Compute(Year(60m), ReserveDecision.Reserve(10m), guidelines);

        Assert.Contains(over.Problems, p => p.Code == ProblemCodes.GuidelineNotMet);
        Assert.Empty(within.Problems);
    }

    [Fact]
    public void DeductDeficit_WithoutTheDeficitGiven_IsAMissingFigure()
    {
        var guidelines = new MunicipalGuidelines("Riktlinjer") { DeductDeficitBeforeReserving = true };

        var r = BalanceRequirementReconciliation.Compute(Year(60m), ReserveDecision.Reserve(10m), guidelines);

        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.MissingFigure && p.Location.Member == "deficitCarriedIn");
    }

    [Fact]
    public void Guidelines_DoNotApplyBeforeTheirFirstYear()
    {
        var guidelines = new MunicipalGuidelines("Riktlinjer") { MinimumResultShare = 50m, AppliesFrom = 2023 };

        Assert.Empty(BalanceRequirementReconciliation.Compute(Year(20m), guidelines: guidelines).Problems);
        Assert.NotEmpty(BalanceRequirementReconciliation.Compute(Year(20m) with { }, guidelines: guidelines with { AppliesFrom = 2022 }).Problems);
    }

    [Fact]
    public void Guidelines_NamingAYearAfterTheRecord_AreReported()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions, [Year(20m)]) { Guidelines = new("Riktlinjer") { AppliesFrom = 2030 } };

        var problem = Assert.Single(finances.Check());

        Assert.Equal(ProblemCodes.YearOutsideRecord, problem.Code);
        Assert.Equal("guidelines.appliesFrom", problem.Location.Member);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void TotalOfZeroOrLess_IsAnInvalidFigure_AndLeavesTheLimitUnknown(int total)
    {
        var year = Year(20m) with { TaxesGrantsAndEqualisation = total };

        var r = BalanceRequirementReconciliation.Compute(year, ReserveDecision.Reserve(5m));

        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.InvalidFigure && p.Location.Member == "taxesGrantsAndEqualisation");
        Assert.Null(r.MaximumReservation);
    }

    [Fact]
    public void NegativeBalanceOrDeficitCarriedIn_AreInvalidFigures()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(20m) with { ReserveBalanceCarriedIn = -1m, DeficitCarriedIn = -1m });

        Assert.Equal(["reserveBalanceCarriedIn", "deficitCarriedIn"], r.Problems.Where(p => p.Code == ProblemCodes.InvalidFigure).Select(p => p.Location.Member));
    }

    [Fact]
    public void TotalGivenAsOneFigure_WinsOverTheParts()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 20m) { TaxesGrantsAndEqualisation = 2_000m, TaxRevenue = 1m };

        Assert.True(year.TaxesGrantsAndEqualisationGivenAsTotal);
        Assert.Equal(2_000m, year.TaxesGrantsAndEqualisation);
        Assert.Equal(2_000_000m, year.ConvertTo(AmountUnit.Thousands).TaxesGrantsAndEqualisation);
    }

    [Fact]
    public void ReservationInAYearWithANegativeResult_IsAboveTheMaximum()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(-5m), ReserveDecision.Reserve(1m));

        Assert.Equal(0m, r.MaximumReservation);
        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.ReservationAboveMaximum);
    }

    [Fact]
    public void UseLargerThanTheBalance_IsNotAllowed()
    {
        var r = BalanceRequirementReconciliation.Compute(Year(-50m), ReserveDecision.UseReserve(40m));

        Assert.Equal(30m, r.MaximumUse); // min(deficit 50, balance 30)
        Assert.Contains(r.Problems, p => p.Code == ProblemCodes.ReserveUseNotAllowed);
    }

    [Fact]
    public void ReserveAndUseInOneYear_BothCount()
    {
        // Some reports print both lines: 60 − 20 + 0 = 40; the balance 30 + 20 − 5 = 45.
        var r = BalanceRequirementReconciliation.Compute(Year(60m), ReserveDecision.Both(20m, 5m));

        Assert.Equal(45m, r.BalanceRequirementResult);
        Assert.Equal(45m, r.ReserveBalanceCarriedOut);
        Assert.Equal("reserve 20, use 5", ReserveDecision.Both(20m, 5m).ToString());
    }

    [Fact]
    public void OtherNamedAdjustment_IsALineOfItsOwnBeforeTheSubtotal()
    {
        var year = Year(20m) with { Adjustments = [new(AdjustmentKind.Other, 4m, "Ändrad diskonteringsränta pensioner")] };

        var r = BalanceRequirementReconciliation.Compute(year);

        Assert.Equal(24m, r.ResultAfterAdjustments);
        Assert.Equal(4m, r.OtherAdjustments);
        Assert.Equal("Ändrad diskonteringsränta pensioner", r.Steps.Single(s => s.Key == "other-adjustment").Label);
    }

    [Fact]
    public void OtherAdjustment_NeedsItsLabel() =>
        Assert.Throws<ArgumentException>(() => new AdjustmentLine(AdjustmentKind.Other, 1m));

    [Fact]
    public void Decimals_OutsideTheRange_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BalanceRequirementReconciliation.Compute(Year(1m), decimals: 7));
}
