using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>Computes the common GEH key ratios of a <see cref="FinancialYear"/>, each with the figures it is computed from.</summary>
/// <remarks>
/// Ratios are exact (no rounding); percentages are value × 100. A missing figure or a zero denominator gives a ratio
/// that is not computable and says which figures are missing, never an exception. Definitions follow common Swedish municipal usage
/// (RKR/SKR); a municipality using another definition can compute its own from the same figures.
/// </remarks>
/// <threadsafety>Stateless and safe to use from any thread.</threadsafety>
public static class KeyRatios
{
    /// <summary>The id of <see cref="KeyRatioSet.ResultShare"/>.</summary>
    public const string ResultShareId = "result-share";

    /// <summary>The id of <see cref="KeyRatioSet.NetCostShare"/>.</summary>
    public const string NetCostShareId = "net-cost-share";

    /// <summary>The id of <see cref="KeyRatioSet.EquityRatio"/>.</summary>
    public const string EquityRatioId = "equity-ratio";

    /// <summary>The id of <see cref="KeyRatioSet.EquityRatioIncludingPensionCommitments"/>.</summary>
    public const string EquityRatioIncludingPensionCommitmentsId = "equity-ratio-including-pension-commitments";

    /// <summary>The id of <see cref="KeyRatioSet.DebtRatio"/>.</summary>
    public const string DebtRatioId = "debt-ratio";

    /// <summary>The id of <see cref="KeyRatioSet.SelfFinancingOfInvestments"/>.</summary>
    public const string SelfFinancingOfInvestmentsId = "self-financing-of-investments";

    /// <summary>The id of <see cref="KeyRatioSet.BudgetDeviation"/>.</summary>
    public const string BudgetDeviationId = "budget-deviation";

    /// <summary>Computes every key ratio of <paramref name="year"/>.</summary>
    /// <param name="year">The year's figures.</param>
    /// <returns>The ratios, computable or not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A figure is so large that an intermediate result does not fit in a <see cref="decimal"/>.</exception>
    public static KeyRatioSet Compute(FinancialYear year)
    {
        Guard.Against.Null(year);
        var b = year.TaxesGrantsAndEqualisationGivenAsTotal
            ? Part.Of("taxesGrantsAndEqualisation", year.TaxesGrantsAndEqualisation)
            : Part.Sum(("taxRevenue", year.TaxRevenue, 1), ("generalGrantsAndEqualisation", year.GeneralGrantsAndEqualisation, 1));
        var assets = Part.Of("totalAssets", year.TotalAssets);

        return new KeyRatioSet(
            year.FiscalYear,
            Share(ResultShareId, Part.Of("result", year.Result), b) with { KoladaKpi = "N03102" },
            Share(NetCostShareId, Part.Of("netCosts", year.NetCosts), b),
            Share(EquityRatioId, Part.Of("equity", year.Equity), assets),
            Share(EquityRatioIncludingPensionCommitmentsId,
                Part.Sum(("equity", year.Equity, 1), ("pensionCommitmentsOutsideBalanceSheet", year.PensionCommitmentsOutsideBalanceSheet, -1)), assets)
                with { KoladaKpi = "N03002" },
            Share(DebtRatioId, Part.Of("liabilitiesAndProvisions", year.LiabilitiesAndProvisions), assets),
            Share(SelfFinancingOfInvestmentsId, Part.Sum(("result", year.Result, 1), ("depreciation", year.Depreciation, 1)), Part.Of("investments", year.Investments)),
            Deviation(year));
    }

    private static KeyRatio Share(string id, Part numerator, Part denominator)
    {
        EquatableArray<TraceTerm> terms = [.. numerator.Terms, .. denominator.Terms];
        EquatableArray<string> missing = [.. numerator.Missing, .. denominator.Missing];
        var value = missing.IsEmpty && denominator.Value != 0 ? numerator.Value!.Value / denominator.Value!.Value * 100m : (decimal?)null;
        return new KeyRatio(id, KeyRatioUnit.Percent, value) { Terms = terms, MissingFigures = missing };
    }

    private static KeyRatio Deviation(FinancialYear year)
    {
        var parts = Part.Sum(("result", year.Result, 1), ("budgetedResult", year.BudgetedResult, -1));
        return new KeyRatio(BudgetDeviationId, KeyRatioUnit.Amount, parts.Value) { Terms = parts.Terms, MissingFigures = parts.Missing };
    }

    /// <summary>A numerator or denominator: its value when every figure is given, the figures given and those missing.</summary>
    private sealed record Part(decimal? Value, EquatableArray<TraceTerm> Terms, EquatableArray<string> Missing)
    {
        public static Part Of(string name, decimal? value) => Sum((name, value, 1));

        /// <summary>A signed sum of named figures (sign 1 or −1).</summary>
        public static Part Sum(params (string Name, decimal? Value, int Sign)[] figures)
        {
            var given = figures.Where(f => f.Value is not null).ToList();
            var missing = figures.Where(f => f.Value is null).Select(f => f.Name).ToEquatableArray();
            return new(missing.IsEmpty ? given.Sum(f => f.Sign * f.Value!.Value) : null, [.. given.Select(f => new TraceTerm(f.Name, f.Value!.Value))], missing);
        }
    }
}
