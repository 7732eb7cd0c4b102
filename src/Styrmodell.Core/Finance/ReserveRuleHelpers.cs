using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>Steps shared by the rule sets.</summary>
internal static class ReserveRuleHelpers
{
    /// <summary>The threshold share of B when equity including pension commitments is not negative.</summary>
    public const decimal Threshold = 0.01m;

    /// <summary>The threshold share of B when equity including pension commitments is negative.</summary>
    public const decimal ThresholdWithNegativeEquity = 0.02m;

    public static ProblemLocation At(FinancialYear year, string member) =>
        new(ModelElement.FinancialYear, FinanceText.Year(year.FiscalYear), 0, member);

    /// <summary>B when it can be used: given and positive.</summary>
    public static decimal? UsableB(FinancialYear year) => year.TaxesGrantsAndEqualisation is > 0 and var b ? b : null;

    /// <summary>
    /// The reservation limit both reserves share (KL 11 kap. 14 §; from 2024 kept for the resultatreserv): the part of
    /// min(the year's result, result after adjustments) above 1 % of B, or 2 % when equity including pension
    /// commitments is negative. When that equity is unknown, 1 % gives the amount and 2 % the strict amount.
    /// </summary>
    public static ReserveLimit AboveThreshold(FinancialYear year, decimal resultAfterAdjustments, string ruleSet)
    {
        var steps = new List<TraceStep>();
        var problems = new List<ValidationProblem>();
        var basis = Math.Min(year.Result, resultAfterAdjustments);
        steps.Add(new("reservation-basis", TraceStepKind.Limit, basis, ruleSet)
        {
            Terms = [new(TraceTerms.Result, year.Result), new(TraceTerms.ResultAfterAdjustments, resultAfterAdjustments)],
        });

        var equity = year.EquityIncludingPensionCommitments;
        var share = equity < 0 ? ThresholdWithNegativeEquity : Threshold;
        steps.Add(new("threshold-share", TraceStepKind.Limit, share * 100m, ruleSet)
        {
            Finding = equity switch { null => TraceFinding.Assumed, < 0 => TraceFinding.NegativeEquity, _ => TraceFinding.NonNegativeEquity },
            Terms = equity is { } e ? [new(TraceTerms.Equity, e)] : [],
        });

        if (UsableB(year) is not { } b)
        {
            problems.Add(new(ProblemCodes.MissingFigure, At(year, "taxRevenue"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: taxes, general grants and equalisation are not given as a positive amount, so the largest reservation under {ruleSet} cannot be computed."));
            return new ReserveLimit(null, basis, steps.ToEquatableArray(), problems.ToEquatableArray());
        }

        var threshold = share * b;
        steps.Add(new("threshold", TraceStepKind.Limit, threshold, ruleSet) { Terms = [new(TraceTerms.Share, share), new(TraceTerms.B, b)] });
        var maximum = Math.Max(0m, basis - threshold);
        steps.Add(new("above-threshold", TraceStepKind.Limit, maximum, ruleSet) { Terms = [new(TraceTerms.Basis, basis), new(TraceTerms.Threshold, threshold)] });
        return new ReserveLimit(maximum, basis, steps.ToEquatableArray(), problems.ToEquatableArray())
        {
            StrictAmount = equity is null ? Math.Max(0m, basis - ThresholdWithNegativeEquity * b) : null,
        };
    }

    /// <summary>
    /// The largest use: the reserve may cover at most the deficit after adjustments (it cannot turn the
    /// balance-requirement result positive), unless <paramref name="beyondDeficit"/>, and at most what it holds.
    /// </summary>
    public static ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments, string ruleSet, bool beyondDeficit = false)
    {
        var deficit = Math.Max(0m, -resultAfterAdjustments);
        var steps = new List<TraceStep>
        {
            new("use-basis", TraceStepKind.Limit, deficit, ruleSet)
            {
                Finding = beyondDeficit ? TraceFinding.BeyondDeficitAllowed : TraceFinding.None,
                Terms = [new(TraceTerms.ResultAfterAdjustments, resultAfterAdjustments)],
            },
        };
        decimal? maximum = beyondDeficit ? null : deficit;
        if (year.ReserveBalanceCarriedIn is { } balance)
        {
            var held = Math.Max(0m, balance);
            maximum = maximum is { } m ? Math.Min(m, held) : held;
            steps.Add(new("maximum-use", TraceStepKind.Limit, maximum, ruleSet)
            {
                Terms = beyondDeficit ? [new(TraceTerms.Balance, balance)] : [new(TraceTerms.Deficit, deficit), new(TraceTerms.Balance, balance)],
            });
        }
        else
        {
            // The balance is not given: only the deficit limits the use, or nothing does.
            steps.Add(new("maximum-use", TraceStepKind.Limit, maximum, ruleSet)
            {
                Finding = maximum is null ? TraceFinding.Unlimited : TraceFinding.Assumed, Terms = maximum is { } d ? [new(TraceTerms.Deficit, d)] : [],
            });
        }

        return new ReserveLimit(maximum, deficit, steps.ToEquatableArray(), default);
    }
}
