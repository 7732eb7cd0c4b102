using Styrmodell.Finance;
using Styrmodell.Reporting;
using static Styrmodell.Tests.Finance.PublishedExamples;

namespace Styrmodell.Tests.Finance;

public class KeyRatiosTests
{
    [Fact]
    public void Compute_Malmo2015_ResultShareMatchesPublished3Point5Percent()
    {
        // Malmö stad, Årsredovisning 2015: "Årets resultat i relation till skatter och generella statsbidrag uppgick till 3,5 %" (563 / 16 243).
        var ratios = KeyRatios.Compute(Malmo2015);

        Assert.Equal(3.5m, OneDecimal(ratios.ResultShare.Value!.Value));
        Assert.Equal("N03102", ratios.ResultShare.KoladaKpi);
        Assert.Equal("563 / (16243 + 0) × 100 = 3.47 %", KeyRatioText.Formula(ratios.ResultShare, AmountUnit.Millions, ReportLanguage.English));
        Assert.Equal("563 / (16243 + 0) × 100 = 3,47 %", KeyRatioText.Formula(ratios.ResultShare, AmountUnit.Millions));
    }

    [Fact]
    public void Compute_Hallsberg2019_BudgetDeviationMatchesPublished27()
    {
        // Hallsbergs kommun, Årsredovisning 2019, resultaträkning: result 42, budget 15, "Avvikelse" 27.
        var ratios = KeyRatios.Compute(Hallsberg2019);

        Assert.Equal(27m, ratios.BudgetDeviation.Value);
        Assert.Equal(KeyRatioUnit.Amount, ratios.BudgetDeviation.Unit);
        Assert.Equal("42 − 15 = 27 mnkr", KeyRatioText.Formula(ratios.BudgetDeviation, AmountUnit.Millions, ReportLanguage.English));
        Assert.Equal(872m / 917m * 100m, ratios.NetCostShare.Value);
    }

    [Fact]
    public void Compute_BalanceSheetRatios_UseTotalAssets()
    {
        var year = new FinancialYear(2022, AmountUnit.Thousands, 20_000m)
        {
            Equity = 600_000m,
            PensionCommitmentsOutsideBalanceSheet = 250_000m,
            TotalAssets = 1_500_000m,
            LiabilitiesAndProvisions = 900_000m,
            Investments = 80_000m,
            Depreciation = 40_000m,
        };

        var ratios = KeyRatios.Compute(year);

        Assert.Equal(40m, ratios.EquityRatio.Value);
        Assert.Equal(350_000m / 1_500_000m * 100m, ratios.EquityRatioIncludingPensionCommitments.Value);
        Assert.Equal(60m, ratios.DebtRatio.Value);
        Assert.Equal(75m, ratios.SelfFinancingOfInvestments.Value);
        Assert.Equal("(20000 + 40000) / 80000 × 100 = 75 %", KeyRatioText.Formula(ratios.SelfFinancingOfInvestments, year.Unit, ReportLanguage.English));
    }

    [Fact]
    public void Compute_MissingFiguresAndZeroDenominators_AreNotComputableWithReasons()
    {
        var year = new FinancialYear(2022, AmountUnit.Millions, 5m) { TotalAssets = 0m, Equity = 1m, Investments = 0m, Depreciation = 2m };

        var ratios = KeyRatios.Compute(year);

        string? Reason(KeyRatio r) => KeyRatioText.NotComputable(r, ReportLanguage.English);
        Assert.All(ratios.All, r => Assert.Equal(r.Value is null, Reason(r) is not null));
        Assert.Equal("not given: taxes, grants and equalisation", Reason(ratios.ResultShare));
        Assert.Equal("not given: net costs, taxes, grants and equalisation", Reason(ratios.NetCostShare));
        Assert.Equal("total assets is zero", Reason(ratios.EquityRatio));
        Assert.Equal("net investments is zero", Reason(ratios.SelfFinancingOfInvestments));
        Assert.Equal("not given: budgeted result", Reason(ratios.BudgetDeviation));
        Assert.Equal("nettoinvesteringar är noll", KeyRatioText.NotComputable(ratios.SelfFinancingOfInvestments));
        Assert.True(ratios.SelfFinancingOfInvestments.HasZeroDenominator);
        Assert.Equal(7, ratios.All.Count);
    }
}
