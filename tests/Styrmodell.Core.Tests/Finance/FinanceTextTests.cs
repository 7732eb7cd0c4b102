using NodaTime;
using Styrmodell.Finance;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Finance;

/// <summary>
/// The short texts the finance types document ("Returns e.g. …" in their XML docs) and the key ratios' formulas with
/// their numbers, worked by hand.
/// </summary>
public class FinanceTextTests
{
    private static readonly Decision Kf = new(new LocalDate(2015, 6, 15), "KF");

    [Fact]
    public void ValueTypes_ReadAsDocumented()
    {
        Assert.Equal("2014: -193 mnkr", new BalanceRequirementOutcome(2014, -193m, AmountUnit.Millions).ToString());
        Assert.Equal("2015: 193", new DeficitRestoration(2015, 193m).ToString());
        Assert.Equal("Tomt Norra 1:2: 1.6 (exempted: omstrukturering)", new RealisationItem("Tomt Norra 1:2", 1.6m, true, "omstrukturering").ToString());
        Assert.Equal("Tomt: -2 (exempted: no reason given)", new RealisationItem("Tomt", -2m, true).ToString());
        Assert.Equal("Tomt: 2", new RealisationItem("Tomt", 2m).ToString());
        Assert.Equal("ActionPlan for 2014 (" + Kf + ")", new DeficitDecision(2014, DeficitDecisionKind.ActionPlan, "plan", Kf).ToString());
        Assert.Equal("k: 6 [a=15.5, b=9.5]", new TraceStep("k", TraceStepKind.Total, 6m) { Terms = [new("a", 15.5m), new("b", 9.5m)] }.ToString());
        Assert.Equal("k: –", new TraceStep("k", TraceStepKind.Limit, null).ToString());
    }

    [Fact]
    public void AmountUnits_SymbolsAndConversion()
    {
        Assert.Equal(["kr", "tkr", "mnkr"], new[] { AmountUnit.Kronor, AmountUnit.Thousands, AmountUnit.Millions }.Select(AmountUnits.Symbol));
        Assert.Equal(1.5m, AmountUnits.Convert(1_500m, AmountUnit.Thousands, AmountUnit.Millions));
        Assert.Equal(1_500_000m, AmountUnits.Convert(1.5m, AmountUnit.Millions, AmountUnit.Kronor));
        Assert.Equal(decimal.MaxValue, AmountUnits.Convert(decimal.MaxValue, AmountUnit.Millions, AmountUnit.Millions)); // the same unit never multiplies
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountUnits.Symbol((AmountUnit)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountUnits.Factor((AmountUnit)9));
    }

    [Fact]
    public void RealisationItem_ZeroIsNotAGain()
    {
        Assert.False(new RealisationItem("Noll", 0m).IsGain);
        Assert.True(new RealisationItem("Vinst", 0.1m).IsGain);
    }

    [Fact]
    public void KeyRatios_ShowTheirFormulasWithNumbers()
    {
        var year = new FinancialYear(2020, AmountUnit.Millions, 37.9m)
        {
            TaxRevenue = 805.1m, GeneralGrantsAndEqualisation = 305.4m, NetCosts = 1086.2m, Equity = 500m, PensionCommitmentsOutsideBalanceSheet = 200m,
            TotalAssets = 1000m, LiabilitiesAndProvisions = 500m, Investments = 50m, Depreciation = 12.1m, BudgetedResult = 20m,
        };

        var ratios = KeyRatios.Compute(year);

        Assert.Equal(
            ["resultatandel: 37.9 / (805.1 + 305.4) × 100 = 3.41 %",
             "nettokostnadsandel: 1086.2 / (805.1 + 305.4) × 100 = 97.81 %",
             "soliditet: 500 / 1000 × 100 = 50 %",
             "soliditet inklusive pensionsförpliktelser: (500 − 200) / 1000 × 100 = 30 %",
             "skuldsättningsgrad: 500 / 1000 × 100 = 50 %",
             "självfinansieringsgrad: (37.9 + 12.1) / 50 × 100 = 100 %",
             "budgetavvikelse: 37.9 − 20 = 17.9 mnkr"],
            ratios.All.Select(r => r.ToString()));
        Assert.Equal(["N03102", null, null, "N03002", null, null, null], ratios.All.Select(r => r.KoladaKpi));
    }

    [Fact]
    public void KeyRatios_NotComputable_SayWhichFigureIsMissing()
    {
        var ratios = KeyRatios.Compute(new FinancialYear(2020, AmountUnit.Millions, 1m) { TotalAssets = 0m, Equity = 1m });

        Assert.Equal(
            ["resultatandel: not computable (not given: taxes, grants and equalisation)",
             "nettokostnadsandel: not computable (not given: net costs, taxes, grants and equalisation)",
             "soliditet: not computable (total assets is zero)",
             "soliditet inklusive pensionsförpliktelser: not computable (not given: equity − pension commitments outside the balance sheet)",
             "skuldsättningsgrad: not computable (not given: liabilities and provisions)",
             "självfinansieringsgrad: not computable (not given: result + depreciation, net investments)",
             "budgetavvikelse: not computable (not given: budgeted result)"],
            ratios.All.Select(r => r.ToString()));
        Assert.Equal("1 / 0 × 100", ratios.EquityRatio.Formula);
        Assert.Equal("result / taxes, grants and equalisation × 100", ratios.ResultShare.Formula);
        Assert.Throws<ArgumentNullException>(() => KeyRatios.Compute(null!));
    }

    [Fact]
    public void KeyRatio_HasAValueOrAReason()
    {
        var e = Assert.Throws<ArgumentException>(() => new KeyRatio("id", "n", "s", KeyRatioUnit.Percent, 1m, "f", "reason"));

        Assert.StartsWith("A key ratio has either a value or a reason", e.Message, StringComparison.Ordinal);
        Assert.False(new KeyRatio("id", "n", "s", KeyRatioUnit.Percent, null, "f", "reason").IsComputable);
        Assert.True(new KeyRatio("id", "n", "s", KeyRatioUnit.Percent, 0m, "f").IsComputable);
    }
}
