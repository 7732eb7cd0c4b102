using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>
/// The resultatutjämningsreserv (RUR) rules, in force up to and including fiscal year 2023 (KL 11 kap. 14 § in its
/// earlier wording; introduced by prop. 2011/12:172).
/// </summary>
/// <remarks>
/// <para>
/// A reservation may take at most the part of min(the year's result, the result after balance-requirement adjustments)
/// that exceeds 1 % of taxes + general state grants + equalisation, or 2 % when equity including the pension
/// commitments outside the balance sheet is negative. The law sets no ceiling on the reserve's total; a
/// municipality's guidelines may (see <see cref="MunicipalGuidelines"/>).
/// </para>
/// <para>
/// A use may cover at most the negative result after adjustments and at most the reserve's balance; when it may be
/// used (e.g. a tax base growing slower than its average) is for the municipality's guidelines.
/// </para>
/// <para>
/// When equity or the pension commitments are not given, the 1 % threshold gives the limit; a reservation above what
/// 2 % would allow is reported as <see cref="Validation.ProblemCodes.MissingFigure"/> (see <see cref="ReserveLimit.StrictAmount"/>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class ResultEqualisationReserveRules : IBalanceRequirementRules
{
    /// <summary>The last fiscal year the rules apply to.</summary>
    public const int LastFiscalYear = 2023;

    /// <summary>The threshold share of taxes, grants and equalisation when equity including pension commitments is not negative.</summary>
    public const decimal Threshold = ReserveRuleHelpers.Threshold;

    /// <summary>The threshold share when equity including pension commitments is negative.</summary>
    public const decimal ThresholdWithNegativeEquity = ReserveRuleHelpers.ThresholdWithNegativeEquity;

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
        var limit = ReserveRuleHelpers.AboveThreshold(year, resultAfterAdjustments, Name);
        var step = new TraceStep("maximum-reservation", TraceStepKind.Limit, limit.Amount, Name)
        {
            Finding = limit.Amount is null ? TraceFinding.Unknown : TraceFinding.None,
            Terms = limit.Amount is { } a ? [new(TraceTerms.AboveThreshold, a)] : [],
        };
        return limit with { Steps = [.. limit.Steps, step] };
    }

    /// <inheritdoc />
    public ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        return ReserveRuleHelpers.MaximumUse(year, resultAfterAdjustments, Name);
    }

    /// <summary>Returns the rule set's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
