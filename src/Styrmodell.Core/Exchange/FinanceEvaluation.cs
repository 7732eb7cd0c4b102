using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Validation;

namespace Styrmodell.Exchange;

/// <summary>
/// The financial part of a document's evaluation for one fiscal year: the key ratios, the balanskravsutredning, the
/// deficits still to be restored, and the judgement of good financial management when the municipality has declared
/// its rule.
/// </summary>
/// <param name="Year">The fiscal year's figures.</param>
/// <param name="KeyRatios">The key ratios, computable or not. When the year does not give its net costs and the document has a budget followed up to the year's end, the net cost share takes the drift frames' outcome as the net costs.</param>
/// <param name="Reconciliation">The balanskravsutredning.</param>
/// <param name="Deficits">The deficits after the year's accounts, with what remains of each.</param>
/// <param name="DeficitProblems">Overdue deficits and deficits without an action plan.</param>
/// <param name="Judgement">The judgement of good financial management, or <see langword="null"/> when no rule is declared.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FinanceEvaluation(
    FinancialYear Year, KeyRatioSet KeyRatios, BalanceRequirementReconciliation Reconciliation,
    EquatableArray<DeficitPosition> Deficits, EquatableArray<ValidationProblem> DeficitProblems,
    GoodFinancialManagementJudgement? Judgement)
{
    /// <summary>The financial part for the fiscal year a goal evaluation covers: its period's calendar year, when the period lies within one year and the record holds it.</summary>
    internal static FinanceEvaluation? Create(MunicipalFinances finances, EvaluationResult goals, BudgetEvaluation? budget)
    {
        var period = goals.Period;
        if (period.Start.Year != period.End.Year || finances.Find(period.End.Year) is not { } year)
        {
            return null;
        }

        // One pass over the years serves the year's reconciliation, the ledger and the judgement alike.
        var reconciled = finances.ReconcileAll();
        var reconciliation = reconciled.First(r => r.FiscalYear == year.FiscalYear);
        var ledger = finances.LedgerOf(reconciled);
        return new FinanceEvaluation(
            year,
            Finance.KeyRatios.Compute(year.NetCosts is null && budget?.NetCosts(year) is { } net ? year with { NetCosts = net } : year),
            reconciliation,
            ledger.PositionsAsOf(year.FiscalYear),
            ledger.Check(year.FiscalYear),
            finances.Rule is { } rule ? GoodFinancialManagementJudgement.Judge(rule, goals, rule.RequireBalanceRequirement ? reconciliation : null, budget?.Facts(year)) : null);
    }
}
