using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>The key ratios of one fiscal year, each by name and all together in <see cref="All"/>.</summary>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="ResultShare">Resultatandel: the year's result as a share of taxes, general grants and equalisation.</param>
/// <param name="NetCostShare">Nettokostnadsandel: net costs as a share of taxes, general grants and equalisation.</param>
/// <param name="EquityRatio">Soliditet: equity as a share of total assets.</param>
/// <param name="EquityRatioIncludingPensionCommitments">Soliditet inklusive pensionsförpliktelser: equity less the pension commitments outside the balance sheet, as a share of total assets.</param>
/// <param name="DebtRatio">Skuldsättningsgrad: liabilities and provisions as a share of total assets.</param>
/// <param name="SelfFinancingOfInvestments">Självfinansieringsgrad: result plus depreciation as a share of net investments.</param>
/// <param name="BudgetDeviation">Budgetavvikelse: the year's result less the budgeted result, as an amount.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KeyRatioSet(
    int FiscalYear,
    KeyRatio ResultShare,
    KeyRatio NetCostShare,
    KeyRatio EquityRatio,
    KeyRatio EquityRatioIncludingPensionCommitments,
    KeyRatio DebtRatio,
    KeyRatio SelfFinancingOfInvestments,
    KeyRatio BudgetDeviation)
{
    /// <summary>Gets every ratio, in the order of the parameters.</summary>
    public EquatableArray<KeyRatio> All =>
        [ResultShare, NetCostShare, EquityRatio, EquityRatioIncludingPensionCommitments, DebtRatio, SelfFinancingOfInvestments, BudgetDeviation];

    /// <summary>Returns the year and the number of computable ratios.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() =>
        FinanceText.Year(FiscalYear) + ": " + FinanceText.Year(All.Count(r => r.IsComputable)) + " of " + FinanceText.Year(All.Count) + " key ratios computable";
}
