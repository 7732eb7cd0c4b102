using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>Steps shared by the rule sets.</summary>
internal static class ReserveRuleHelpers
{
    public static ProblemLocation At(FinancialYear year, string member) =>
        new(ModelElement.FinancialYear, FinanceText.Year(year.FiscalYear), 0, member);

    /// <summary>
    /// The largest use: the reserve may cover at most the deficit after adjustments (it cannot turn the
    /// balance-requirement result positive) and at most what it holds.
    /// </summary>
    public static ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments, string ruleSet, string legalBasis)
    {
        var deficit = Math.Max(0m, -resultAfterAdjustments);
        var steps = new List<TraceStep>
        {
            new("use-basis", TraceStepKind.Limit, "Underskott efter balanskravsjusteringar", deficit,
                "max(0, −(result after adjustments)) = max(0, −(" + FinanceText.Amount(resultAfterAdjustments) + ")) = " + FinanceText.Amount(deficit)
                + ": the reserve may cover a negative result after adjustments, never create a positive one (" + legalBasis + ")", ruleSet),
        };
        var maximum = deficit;
        if (year.ReserveBalanceCarriedIn is { } balance)
        {
            maximum = Math.Min(deficit, Math.Max(0m, balance));
            steps.Add(new("maximum-use", TraceStepKind.Limit, "Högsta tillåtna disposition", maximum,
                "min(deficit " + FinanceText.Amount(deficit) + ", reserve carried in " + FinanceText.Amount(balance) + ") = " + FinanceText.Amount(maximum), ruleSet));
        }
        else
        {
            steps.Add(new("maximum-use", TraceStepKind.Limit, "Högsta tillåtna disposition", maximum,
                "the reserve balance carried in is not given, so only the deficit limits the use: " + FinanceText.Amount(maximum), ruleSet));
        }

        return new ReserveLimit(maximum, deficit, steps.ToEquatableArray(), default);
    }
}
