using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>Computes the common GEH key ratios of a <see cref="FinancialYear"/>, each with its formula.</summary>
/// <remarks>
/// Ratios are exact (no rounding); percentages are value × 100. A missing figure or a zero denominator gives a ratio
/// marked not computable with the reason, never an exception. Definitions follow common Swedish municipal usage
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
        var b = new Figure("taxes, grants and equalisation", year.TaxesGrantsAndEqualisation,
            year.TaxRevenue is { } t && year.GeneralGrantsAndEqualisation is { } g ? "(" + FinanceText.Amount(t) + " + " + FinanceText.Amount(g) + ")" : null);
        var result = new Figure("result", year.Result);
        var assets = new Figure("total assets", year.TotalAssets);

        return new KeyRatioSet(
            year.FiscalYear,
            Share(ResultShareId, "Result share of taxes, grants and equalisation", "resultatandel", result, b) with { KoladaKpi = "N03102" },
            Share(NetCostShareId, "Net cost share", "nettokostnadsandel", new("net costs", year.NetCosts), b),
            Share(EquityRatioId, "Equity ratio", "soliditet", new("equity", year.Equity), assets),
            Share(EquityRatioIncludingPensionCommitmentsId, "Equity ratio including pension commitments", "soliditet inklusive pensionsförpliktelser",
                new("equity − pension commitments outside the balance sheet", year.EquityIncludingPensionCommitments,
                    year.Equity is { } e && year.PensionCommitmentsOutsideBalanceSheet is { } p ? "(" + FinanceText.Amount(e) + " − " + FinanceText.Amount(p) + ")" : null),
                assets) with { KoladaKpi = "N03002" },
            Share(DebtRatioId, "Debt ratio", "skuldsättningsgrad", new("liabilities and provisions", year.LiabilitiesAndProvisions), assets),
            Share(SelfFinancingOfInvestmentsId, "Self-financing of investments", "självfinansieringsgrad",
                new("result + depreciation", year.Result + year.Depreciation,
                    year.Depreciation is { } d ? "(" + FinanceText.Amount(year.Result) + " + " + FinanceText.Amount(d) + ")" : null),
                new("net investments", year.Investments)),
            Deviation(year));
    }

    private static KeyRatio Share(string id, string name, string swedishName, Figure numerator, Figure denominator)
    {
        var shape = numerator.Name + " / " + denominator.Name + " × 100";
        var missing = new[] { numerator, denominator }.Where(f => f.Value is null).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            return new KeyRatio(id, name, swedishName, KeyRatioUnit.Percent, null, shape, "not given: " + string.Join(", ", missing));
        }

        var filled = numerator.Text + " / " + denominator.Text + " × 100";
        if (denominator.Value == 0)
        {
            return new KeyRatio(id, name, swedishName, KeyRatioUnit.Percent, null, filled, denominator.Name + " is zero");
        }

        var value = numerator.Value!.Value / denominator.Value!.Value * 100m;
        return new KeyRatio(id, name, swedishName, KeyRatioUnit.Percent, value, filled + " = " + FinanceText.Percent(value));
    }

    private static KeyRatio Deviation(FinancialYear year)
    {
        const string name = "Budget deviation";
        const string swedishName = "budgetavvikelse";
        if (year.BudgetedResult is not { } budget)
        {
            return new KeyRatio(BudgetDeviationId, name, swedishName, KeyRatioUnit.Amount, null, "result − budgeted result", "not given: budgeted result");
        }

        var value = year.Result - budget;
        return new KeyRatio(BudgetDeviationId, name, swedishName, KeyRatioUnit.Amount, value,
            FinanceText.Amount(year.Result) + " − " + FinanceText.Amount(budget) + " = " + FinanceText.Amount(value, year.Unit));
    }

    private sealed record Figure(string Name, decimal? Value, string? Parts = null)
    {
        public string Text => Parts ?? (Value is { } v ? FinanceText.Amount(v) : Name);
    }
}
