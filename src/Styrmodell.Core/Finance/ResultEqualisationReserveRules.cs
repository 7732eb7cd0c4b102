using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// The resultatutjämningsreserv (RUR) rules, in force for fiscal years up to and including 2023
/// (KL 11 kap. 14 § in its wording before 2024; introduced by prop. 2011/12:172).
/// </summary>
/// <remarks>
/// <para>
/// A reservation may take at most the part of the lower of the year's result and the result after
/// balance-requirement adjustments that exceeds 1 % of taxes + general state grants + equalisation, or 2 % when
/// equity including the pension commitments outside the balance sheet is negative. The law sets no ceiling on the
/// reserve's total; a municipality's guidelines may (see <see cref="MunicipalGuidelines"/>).
/// </para>
/// <para>
/// A use may cover at most the negative result after adjustments and at most the reserve's balance; when it may be
/// used (e.g. a tax base growing slower than its average) is for the municipality's guidelines.
/// </para>
/// <para>
/// When equity or the pension commitments are not given, the 1 % threshold is assumed and reported as
/// <see cref="ProblemCodes.MissingFigure"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class ResultEqualisationReserveRules : IBalanceRequirementRules
{
    /// <summary>The last fiscal year the rules apply to.</summary>
    public const int LastFiscalYear = 2023;

    /// <summary>The threshold share of taxes, grants and equalisation when equity including pension commitments is not negative.</summary>
    public const decimal Threshold = 0.01m;

    /// <summary>The threshold share when equity including pension commitments is negative.</summary>
    public const decimal ThresholdWithNegativeEquity = 0.02m;

    private ResultEqualisationReserveRules()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static ResultEqualisationReserveRules Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "Resultatutjämningsreserv (t.o.m. 2023)";

    /// <inheritdoc />
    public ReserveKind Reserve => ReserveKind.ResultEqualisationReserve;

    /// <inheritdoc />
    public string LegalBasis => "KL 11 kap. 14 § (lydelse t.o.m. räkenskapsåret 2023)";

    /// <inheritdoc />
    public bool AppliesTo(int fiscalYear) => fiscalYear <= LastFiscalYear;

    /// <inheritdoc />
    public ReserveLimit MaximumReservation(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        var steps = new List<TraceStep>();
        var problems = new List<ValidationProblem>();

        var basis = Math.Min(year.Result, resultAfterAdjustments);
        steps.Add(new("reservation-basis", TraceStepKind.Limit, "Lägsta av årets resultat och resultat efter balanskravsjusteringar", basis,
            "min(result " + FinanceText.Amount(year.Result) + ", result after adjustments " + FinanceText.Amount(resultAfterAdjustments) + ") = " + FinanceText.Amount(basis)
            + " (" + LegalBasis + ")", Name));

        decimal share;
        string why;
        if (year.EquityIncludingPensionCommitments is { } equity)
        {
            share = equity < 0 ? ThresholdWithNegativeEquity : Threshold;
            why = "equity including pension commitments " + FinanceText.Amount(year.Equity!.Value) + " − " + FinanceText.Amount(year.PensionCommitmentsOutsideBalanceSheet!.Value)
                + " = " + FinanceText.Amount(equity) + (equity < 0 ? " is negative, so 2 %" : " is not negative, so 1 %");
        }
        else
        {
            share = Threshold;
            why = "equity including pension commitments is not given; 1 % assumed (2 % would apply if it were negative)";
            problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "equity"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: equity or pension commitments outside the balance sheet not given; the 1 % threshold of the resultatutjämningsreserv was assumed (2 % applies when equity including pension commitments is negative)."));
        }

        steps.Add(new("threshold-share", TraceStepKind.Limit, "Gräns i procent av skatteintäkter, generella statsbidrag och utjämning", share * 100m, why, Name));

        if (year.TaxesGrantsAndEqualisation is not { } b)
        {
            problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "taxRevenue"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: tax revenue or general grants and equalisation not given, so the largest reservation to the resultatutjämningsreserv cannot be computed."));
            steps.Add(new("maximum-reservation", TraceStepKind.Limit, "Högsta tillåtna reservering", null,
                "unknown: taxes, general grants and equalisation are not given", Name));
            return new ReserveLimit(null, basis, steps.ToEquatableArray(), problems.ToEquatableArray());
        }

        var threshold = share * b;
        steps.Add(new("threshold", TraceStepKind.Limit, "Gränsbelopp", threshold,
            FinanceText.Share(share) + " × (" + FinanceText.Amount(year.TaxRevenue!.Value) + " + " + FinanceText.Amount(year.GeneralGrantsAndEqualisation!.Value) + ") = "
            + FinanceText.Share(share) + " × " + FinanceText.Amount(b) + " = " + FinanceText.Amount(threshold), Name));

        var maximum = Math.Max(0m, basis - threshold);
        steps.Add(new("maximum-reservation", TraceStepKind.Limit, "Högsta tillåtna reservering", maximum,
            "max(0, " + FinanceText.Amount(basis) + " − " + FinanceText.Amount(threshold) + ") = " + FinanceText.Amount(maximum, year.Unit), Name));
        return new ReserveLimit(maximum, basis, steps.ToEquatableArray(), problems.ToEquatableArray());
    }

    /// <inheritdoc />
    public ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        return ReserveRuleHelpers.MaximumUse(year, resultAfterAdjustments, Name, LegalBasis);
    }

    /// <summary>Returns the rule set's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
