using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Validation;

namespace Styrmodell.Reporting;

/// <summary>
/// The financial part of a report for one fiscal year: the key ratios, the balanskravsutredning with its rule set and
/// problems, the deficits still to be restored, and the judgement of good financial management when the municipality
/// has declared its rule.
/// </summary>
/// <param name="Year">The fiscal year's figures.</param>
/// <param name="KeyRatios">The key ratios, computable or not.</param>
/// <param name="Reconciliation">The balanskravsutredning.</param>
/// <param name="Deficits">The deficits after the year's accounts, with what remains of each.</param>
/// <param name="DeficitProblems">Overdue deficits and deficits without an action plan.</param>
/// <param name="Judgement">The judgement of good financial management, or <see langword="null"/> when no rule is declared.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FinanceReport(
    FinancialYear Year, KeyRatioSet KeyRatios, BalanceRequirementReconciliation Reconciliation,
    EquatableArray<DeficitPosition> Deficits, EquatableArray<ValidationProblem> DeficitProblems,
    GoodFinancialManagementJudgement? Judgement)
{
    /// <summary>
    /// Gets whether the judgement rests on illustrative content: illustrative figures when the rule uses the balance
    /// requirement, or a goal of one of its conditions whose result rests on illustrative data.
    /// </summary>
    public bool JudgementRestsOnIllustrativeData { get; init; }

    /// <summary>Gets whether the year's figures are illustrative (their source is marked, see <see cref="IllustrativeMarker"/>).</summary>
    public bool IsIllustrative => IllustrativeMarker.Marks(Year.Source);

    /// <summary>
    /// Builds the financial part for the fiscal year an evaluation covers: the calendar year of its period, when the
    /// period lies within one year and the record holds that year.
    /// </summary>
    /// <param name="finances">The municipality's financial record.</param>
    /// <param name="goals">The goal-fulfilment evaluation, used by the judgement of good financial management.</param>
    /// <returns>The financial part, or <see langword="null"/> when the record does not hold the year.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule names a goal or category the evaluation lacks.</exception>
    public static FinanceReport? Create(MunicipalFinances finances, EvaluationResult goals)
    {
        Guard.Against.Null(finances);
        Guard.Against.Null(goals);
        var period = goals.Period;
        if (period.Start.Year != period.End.Year || finances.Find(period.End.Year) is not { } year)
        {
            return null;
        }

        var ledger = finances.Ledger();
        return new FinanceReport(
            year,
            Finance.KeyRatios.Compute(year),
            finances.Reconcile(year.FiscalYear),
            [.. ledger.PositionsAsOf(year.FiscalYear)],
            ledger.Check(year.FiscalYear),
            finances.Rule is null ? null : finances.Judge(year.FiscalYear, goals));
    }
}
