using Styrmodell.Finance;

namespace Styrmodell.Tests.Finance;

/// <summary>
/// Figures from published annual reports and budgets (in mnkr, or as stated), entered as published. Each example
/// names its source; only figures read in the source are used, anything else is left out (not given).
/// </summary>
internal static class PublishedExamples
{
    /// <summary>
    /// Sjöbo kommun, fiscal year 2020. Source: Sjöbo kommun, Budget 2022, resultatbudget, column "Bokslut 2020"
    /// (finansiellinfo.se/WIP/Sjobo_budget_2022/Resultatbudget.html), and /work/shared/geh-examples.md.
    /// Taxes 805.1 + grants and equalisation 305.4 = 1110.5; result 37.9; realisation gains 1.6; 22.0 reserved.
    /// </summary>
    public static FinancialYear Sjobo2020 { get; } = new(2020, AmountUnit.Millions, 37.9m)
    {
        TaxRevenue = 805.1m,
        GeneralGrantsAndEqualisation = 305.4m,
        NetCosts = 1086.2m,
        FinancialItems = 18.9m - 5.3m,
        RealisationItems = [new RealisationItem("Realisationsvinster (balanskravsjusteringar)", 1.6m)],
    };

    /// <summary>
    /// Vännäs kommun, fiscal year 2019. Source: Vännäs kommun, Årsredovisning 2019, "Balanskravsresultat"
    /// (finansiellinfo.se/G/Vannas_2019/Balanskravsresultat.html): result 28.2; realisation gains −5.1; unrealised
    /// gains in securities −7.5; result after adjustments 15.5; reserved 9.5; balance-requirement result 6.0;
    /// RUR 24.7 carried in, 34.2 carried out. Taxes and grants are not in that source and are left out.
    /// </summary>
    public static FinancialYear Vannas2019 { get; } = new(2019, AmountUnit.Millions, 28.2m)
    {
        RealisationItems = [new RealisationItem("Reavinster (fastighetsbolaget 2015, exploateringsfastigheter)", 5.1m)],
        UnrealisedSecuritiesGainsLosses = 7.5m,
        ReserveBalanceCarriedIn = 24.7m,
    };

    /// <summary>
    /// Hallsberg kommun, fiscal year 2019. Source: Hallsbergs kommun, Årsredovisning 2019, resultaträkning and
    /// balanskravsutredning (finansiellinfo.se/Hallsberg_2019/Resultatrakning.html), whole mnkr: taxes 705, grants and
    /// equalisation 212, net costs 872, result 42 (budget 15, deviation 27), no realisation gains, 15 reserved to RUR,
    /// balance-requirement result 27.
    /// </summary>
    public static FinancialYear Hallsberg2019 { get; } = new(2019, AmountUnit.Millions, 42m)
    {
        TaxRevenue = 705m,
        GeneralGrantsAndEqualisation = 212m,
        NetCosts = 872m,
        FinancialItems = 3m - 6m,
        Depreciation = 25m,
        BudgetedResult = 15m,
    };

    /// <summary>
    /// Malmö stad, fiscal year 2015. Source: Malmö stad, Årsredovisning 2015, "Balanskrav" and "Resultat"
    /// (redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/balanskrav/ and …/resultat/), Mkr:
    /// result 563; realisation gains −23; after adjustments 540; to RUR −185; balance-requirement result 355, which
    /// restores the 2014 deficit of 193; taxes and general grants 16 243; result share 3.5 %.
    /// The split between taxes and grants is not used: only their sum is, entered as taxes with grants 0.
    /// </summary>
    public static FinancialYear Malmo2015 { get; } = new(2015, AmountUnit.Millions, 563m)
    {
        TaxRevenue = 16_243m,
        GeneralGrantsAndEqualisation = 0m,
        RealisationItems = [new RealisationItem("Realisationsvinster", 23m)],
    };

    /// <summary>
    /// Malmö stad, fiscal year 2014, from the comparison column of the same 2015 source: result −149; realisation
    /// gains −56; after adjustments −205; from RUR +12; balance-requirement result −193 (to restore).
    /// </summary>
    public static FinancialYear Malmo2014 { get; } = new(2014, AmountUnit.Millions, -149m)
    {
        RealisationItems = [new RealisationItem("Realisationsvinster", 56m)],
    };

    /// <summary>
    /// Sjöbo kommun, fiscal year 2022. Source: Sjöbo kommun, Budget 2024, resultatbudget, column "Bokslut 2022"
    /// (finansiellinfo.se/Sjobo/Budget-2024/Resultatbudget.html): taxes 922.7, grants and equalisation 325.0,
    /// result 50.3, realisation gains −0.1, a securities line of +9.5 (labelled "Orealiserade vinster i värdepapper";
    /// its sign adds to the result, so it is entered as a net unrealised loss of 9.5), after adjustments 59.7,
    /// nothing reserved, balance-requirement result 59.7.
    /// </summary>
    public static FinancialYear Sjobo2022 { get; } = new(2022, AmountUnit.Millions, 50.3m)
    {
        TaxRevenue = 922.7m,
        GeneralGrantsAndEqualisation = 325.0m,
        RealisationItems = [new RealisationItem("Realisationsvinster", 0.1m)],
        UnrealisedSecuritiesGainsLosses = -9.5m,
    };

    /// <summary>Rounds to one decimal, as the annual reports in mnkr publish.</summary>
    public static decimal OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to whole mnkr, as Hallsberg and Malmö publish.</summary>
    public static decimal Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
