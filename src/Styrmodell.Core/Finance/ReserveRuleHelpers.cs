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

    /// <summary>The explanation of an unknown largest reservation.</summary>
    public const string UnknownLimit = "unknown: taxes, general grants and equalisation are not given as a positive amount";

    /// <summary>B when it can be used: given and positive.</summary>
    public static decimal? UsableB(FinancialYear year) => year.TaxesGrantsAndEqualisation is > 0 and var b ? b : null;

    /// <summary>
    /// The reservation limit both reserves share (KL 11 kap. 14 §; from 2024 kept for the resultatreserv): the part of
    /// min(the year's result, result after adjustments) above 1 % of B, or 2 % when equity including pension
    /// commitments is negative. When that equity is unknown, 1 % gives the amount and 2 % the strict amount.
    /// </summary>
    public static ReserveLimit AboveThreshold(FinancialYear year, decimal resultAfterAdjustments, string ruleSet, string legalBasis)
    {
        var steps = new List<TraceStep>();
        var problems = new List<ValidationProblem>();
        var basis = Math.Min(year.Result, resultAfterAdjustments);
        steps.Add(new("reservation-basis", TraceStepKind.Limit, "Lägsta av årets resultat och resultat efter balanskravsjusteringar", basis,
            "min(result " + FinanceText.Amount(year.Result) + ", result after adjustments " + FinanceText.Amount(resultAfterAdjustments) + ") = " + FinanceText.Amount(basis)
            + " (" + legalBasis + ")", ruleSet));

        var equity = year.EquityIncludingPensionCommitments;
        var share = equity < 0 ? ThresholdWithNegativeEquity : Threshold;
        steps.Add(new("threshold-share", TraceStepKind.Limit, "Gräns i procent av skatteintäkter, generella statsbidrag och utjämning", share * 100m,
            equity is { } e
                ? "equity including pension commitments " + FinanceText.Amount(e) + (e < 0 ? " is negative, so 2 %" : " is not negative, so 1 %")
                : "equity including pension commitments is not given; 1 % assumed, and a reservation above what 2 % would allow is reported",
            ruleSet));

        if (UsableB(year) is not { } b)
        {
            problems.Add(new(ProblemCodes.MissingFigure, At(year, "taxRevenue"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: taxes, general grants and equalisation are not given as a positive amount, so the largest reservation under {ruleSet} cannot be computed."));
            return new ReserveLimit(null, basis, steps.ToEquatableArray(), problems.ToEquatableArray());
        }

        var threshold = share * b;
        steps.Add(new("threshold", TraceStepKind.Limit, "Gränsbelopp", threshold,
            FinanceText.Share(share) + " × " + FinanceText.Amount(b) + " = " + FinanceText.Amount(threshold), ruleSet));
        var maximum = Math.Max(0m, basis - threshold);
        steps.Add(new("above-threshold", TraceStepKind.Limit, "Del av resultatet över gränsbeloppet", maximum,
            "max(0, " + FinanceText.Amount(basis) + " − " + FinanceText.Amount(threshold) + ") = " + FinanceText.Amount(maximum, year.Unit), ruleSet));
        return new ReserveLimit(maximum, basis, steps.ToEquatableArray(), problems.ToEquatableArray())
        {
            StrictAmount = equity is null ? Math.Max(0m, basis - ThresholdWithNegativeEquity * b) : null,
        };
    }

    /// <summary>
    /// The largest use: the reserve may cover at most the deficit after adjustments (it cannot turn the
    /// balance-requirement result positive), unless <paramref name="beyondDeficit"/>, and at most what it holds.
    /// </summary>
    public static ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments, string ruleSet, string legalBasis, bool beyondDeficit = false)
    {
        var deficit = Math.Max(0m, -resultAfterAdjustments);
        var steps = new List<TraceStep>
        {
            beyondDeficit
                ? new("use-basis", TraceStepKind.Limit, "Underskott efter balanskravsjusteringar", deficit,
                    "the options allow a use beyond the deficit after adjustments (" + FinanceText.Amount(deficit) + "); only the balance limits it", ruleSet)
                : new("use-basis", TraceStepKind.Limit, "Underskott efter balanskravsjusteringar", deficit,
                    "max(0, −(" + FinanceText.Amount(resultAfterAdjustments) + ")) = " + FinanceText.Amount(deficit)
                    + ": the reserve may cover a negative result after adjustments, never create a positive one (" + legalBasis + ")", ruleSet),
        };
        decimal? maximum = beyondDeficit ? null : deficit;
        if (year.ReserveBalanceCarriedIn is { } balance)
        {
            var held = Math.Max(0m, balance);
            maximum = maximum is { } m ? Math.Min(m, held) : held;
            steps.Add(new("maximum-use", TraceStepKind.Limit, "Högsta tillåtna disposition", maximum,
                (beyondDeficit ? "" : "min(deficit " + FinanceText.Amount(deficit) + ", ") + "reserve carried in " + FinanceText.Amount(balance) + (beyondDeficit ? "" : ")")
                + " = " + FinanceText.Amount(maximum.Value), ruleSet));
        }
        else
        {
            steps.Add(new("maximum-use", TraceStepKind.Limit, "Högsta tillåtna disposition", maximum,
                "the reserve balance carried in is not given" + (maximum is { } d ? ", so only the deficit limits the use: " + FinanceText.Amount(d) : ", so the use is not limited"), ruleSet));
        }

        return new ReserveLimit(maximum, deficit, steps.ToEquatableArray(), default);
    }
}
