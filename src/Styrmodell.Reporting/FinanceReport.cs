using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Exchange;
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

    /// <summary>Gets whether the year's figures are illustrative, as their provenance says.</summary>
    public bool IsIllustrative => Sources.Provenance.Marks(Year.Provenance);

    /// <summary>The financial part as the document's evaluation computed it.</summary>
    internal static FinanceReport From(FinanceEvaluation f) =>
        new(f.Year, f.KeyRatios, f.Reconciliation, f.Deficits, f.DeficitProblems, f.Judgement);
}
