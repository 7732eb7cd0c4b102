using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// A municipality's financial record across fiscal years: the figures and reserve decisions of each year, its reserve
/// guidelines, KF's decisions on deficits and its rule for good financial management. It answers the annual report's
/// questions for any year it holds: the balanskravsutredning, the deficit ledger and the GEH judgement.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MunicipalFinances
{
    /// <summary>Creates the record.</summary>
    /// <param name="unit">The unit every amount is in.</param>
    /// <param name="years">The fiscal years, in any order; one per year, each in <paramref name="unit"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two years share a fiscal year, or a year is in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public MunicipalFinances(AmountUnit unit, IEnumerable<FinancialYear> years)
    {
        Unit = Guard.Against.EnumOutOfRange(unit);
        var sorted = Guard.Against.Null(years).Select(y => Guard.Against.Null(y, nameof(years))).OrderBy(y => y.FiscalYear).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Unit != unit)
            {
                throw new ArgumentException($"Fiscal year {FinanceText.Year(sorted[i].FiscalYear)} is in {sorted[i].Unit}, not {unit}; convert it with FinancialYear.ConvertTo.", nameof(years));
            }

            if (i > 0 && sorted[i].FiscalYear == sorted[i - 1].FiscalYear)
            {
                throw new ArgumentException($"Fiscal year {FinanceText.Year(sorted[i].FiscalYear)} is given more than once.", nameof(years));
            }
        }

        Years = [.. sorted];
    }

    /// <summary>Gets the unit of every amount.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Gets the fiscal years in ascending order.</summary>
    public EquatableArray<FinancialYear> Years { get; }

    /// <summary>Gets the municipality's guidelines for the reserve, checked with every reconciliation.</summary>
    /// <value>Default <see langword="null"/> (the law only).</value>
    public MunicipalGuidelines? Guidelines { get; init; }

    /// <summary>Gets KF's action plans and exceptional-reasons decisions for deficits, in the order given.</summary>
    public EquatableArray<DeficitDecision> DeficitDecisions { get; init; }

    /// <summary>Gets the decimals the municipality's reports print (1 for mnkr with one decimal), or <see langword="null"/> when not stated.</summary>
    /// <value>Default <see langword="null"/>: each printed total is compared at its own decimals, and limits are exact.</value>
    /// <remarks>See <see cref="BalanceRequirementReconciliation.Compute(FinancialYear, ReserveDecision?, MunicipalGuidelines?, IBalanceRequirementRules?, int?)"/>.</remarks>
    public int? Decimals { get; init; }

    /// <summary>Gets the choices for the resultatreserv rules (years from 2024) where the law as confirmed here leaves them open.</summary>
    /// <value>Default <see langword="null"/> (<see cref="ResultReserveOptions.Default"/>).</value>
    public ResultReserveOptions? ReserveOptions { get; init; }

    /// <summary>Gets the municipality's rule for judging good financial management.</summary>
    /// <value>Default <see langword="null"/> (not declared; <see cref="Judge"/> cannot be used).</value>
    public GoodFinancialManagementRule? Rule { get; init; }

    /// <summary>Gets the figures of a fiscal year, or <see langword="null"/> when the record does not hold it.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The year, or <see langword="null"/>.</returns>
    public FinancialYear? Find(int fiscalYear)
    {
        foreach (var year in Years)
        {
            if (year.FiscalYear == fiscalYear)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>Computes a year's balanskravsutredning with its own reserve decision and the guidelines.</summary>
    /// <param name="fiscalYear">A fiscal year the record holds.</param>
    /// <returns>The reconciliation with its trace and problems, located at the year's position in <see cref="Years"/>.</returns>
    /// <remarks>The year is reconciled after the years before it, as <see cref="ReconcileAll"/> does.</remarks>
    /// <exception cref="ArgumentException">The record does not hold <paramref name="fiscalYear"/>.</exception>
    public BalanceRequirementReconciliation Reconcile(int fiscalYear)
    {
        Require(fiscalYear);
        return ReconcileAll().First(r => r.FiscalYear == fiscalYear);
    }

    /// <summary>
    /// Reconciles every year in order. A year that follows the previous one directly and does not give its reserve
    /// balance or its deficit carried in takes them from it: the balance the previous reconciliation carried out, and
    /// what the deficit ledger says remains after the previous year.
    /// </summary>
    /// <returns>One reconciliation per year, oldest first; problems are located at the year's position in <see cref="Years"/>.</returns>
    public EquatableArray<BalanceRequirementReconciliation> ReconcileAll()
    {
        var done = new List<BalanceRequirementReconciliation>(Years.Count);
        for (var i = 0; i < Years.Count; i++)
        {
            var year = Years[i];
            if (i > 0 && Years[i - 1].FiscalYear == year.FiscalYear - 1)
            {
                var previous = done[i - 1];
                year = year with
                {
                    ReserveBalanceCarriedIn = year.ReserveBalanceCarriedIn ?? previous.ReserveBalanceCarriedOut,
                    DeficitCarriedIn = year.DeficitCarriedIn
                        ?? DeficitLedger.Build(Unit, done.Select(r => r.ToOutcome()), DeficitDecisions).RemainingAfter(previous.FiscalYear),
                };
            }

            var rules = BalanceRequirementRuleSets.For(year.FiscalYear, ReserveOptions);
            done.Add(BalanceRequirementReconciliation.Compute(year, year.ReserveDecision, Guidelines, rules, Decimals).AtIndex(i));
        }

        return done.ToEquatableArray();
    }

    /// <summary>Builds the deficit ledger from every year's balance-requirement result and the deficit decisions.</summary>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentException">A decision's waived amount is negative.</exception>
    public DeficitLedger Ledger() => LedgerOf(ReconcileAll());

    /// <summary>The ledger of reconciliations already made by <see cref="ReconcileAll"/>, so a caller needing both reconciles once.</summary>
    internal DeficitLedger LedgerOf(IEnumerable<BalanceRequirementReconciliation> reconciled) =>
        DeficitLedger.Build(Unit, reconciled.Select(r => r.ToOutcome()), DeficitDecisions);

    /// <summary>
    /// Checks the record as a whole: every year's reconciliation problems, guidelines that name a year after the last
    /// the record holds, and deficit decisions about a year it does not hold (<see cref="ProblemCodes.YearOutsideRecord"/>).
    /// </summary>
    /// <returns>
    /// The problems: a year's located at it (index = position in <see cref="Years"/>), the guidelines' with member
    /// <c>guidelines.appliesFrom</c>, a deficit decision's at element <see cref="ModelElement.Deficit"/> with its position among the decisions.
    /// </returns>
    public EquatableArray<ValidationProblem> Check()
    {
        var problems = ReconcileAll().SelectMany(r => r.Problems).ToList();
        if (Guidelines?.AppliesFrom is { } from && !Years.IsEmpty && from > Years[Years.Count - 1].FiscalYear)
        {
            problems.Add(new(ProblemCodes.YearOutsideRecord, new ProblemLocation(ModelElement.FinancialYear, FinanceText.Year(from), 0, "guidelines.appliesFrom"),
                $"The guidelines apply from {FinanceText.Year(from)}, after the last fiscal year the record holds ({FinanceText.Year(Years[Years.Count - 1].FiscalYear)})."));
        }

        for (var i = 0; i < DeficitDecisions.Count; i++)
        {
            var year = DeficitDecisions[i].DeficitYear;
            if (Find(year) is null)
            {
                problems.Add(new(ProblemCodes.YearOutsideRecord, new ProblemLocation(ModelElement.Deficit, FinanceText.Year(year), i, "deficitYear"),
                    $"A decision concerns the deficit of {FinanceText.Year(year)}, a fiscal year the record does not hold."));
            }
        }

        return problems.ToEquatableArray();
    }

    /// <summary>Judges good financial management for a year by <see cref="Rule"/>.</summary>
    /// <param name="fiscalYear">A fiscal year the record holds.</param>
    /// <param name="goals">The goal-fulfilment evaluation of that year.</param>
    /// <param name="budget">
    /// The year's budget facts, for a rule with budget conditions; <see langword="null"/> when there are none, and then no
    /// budget condition holds. A document's evaluation (<c>ExchangeDocument.Evaluate</c>) fills them from its budget.
    /// </param>
    /// <returns>The judgement with its parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goals"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Rule"/> is not declared.</exception>
    /// <exception cref="ArgumentException">The record does not hold the year, or a condition names a goal or category the evaluation lacks.</exception>
    public GoodFinancialManagementJudgement Judge(int fiscalYear, EvaluationResult goals, BudgetFacts? budget = null)
    {
        Guard.Against.Null(goals);
        var rule = Rule ?? throw new InvalidOperationException("The financial record declares no rule for good financial management.");
        return GoodFinancialManagementJudgement.Judge(rule, goals, rule.RequireBalanceRequirement ? Reconcile(fiscalYear) : null, budget);
    }

    private FinancialYear Require(int fiscalYear) =>
        Find(fiscalYear) ?? throw new ArgumentException(
            $"The financial record holds no fiscal year {FinanceText.Year(fiscalYear)}; it holds {(Years.IsEmpty ? "none" : string.Join(", ", Years.Select(y => FinanceText.Year(y.FiscalYear))))}.",
            nameof(fiscalYear));
}
