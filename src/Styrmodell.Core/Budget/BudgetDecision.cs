using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Sources;

namespace Styrmodell.Budget;

/// <summary>
/// The council's budget decision: who decided it, when, and which years it covers — the budget year and the plan years
/// after it (a three-year flerårsplan is one budget year and two plan years).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetDecision
{
    /// <summary>Creates a budget decision.</summary>
    /// <param name="decidedById">The id of the deciding unit (usually KF).</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="budgetYear">The budget year.</param>
    /// <param name="planYears">How many plan years follow the budget year (0 for a budget of one year).</param>
    /// <exception cref="ArgumentNullException"><paramref name="decidedById"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="planYears"/> is negative.</exception>
    public BudgetDecision(string decidedById, LocalDate date, int budgetYear, int planYears)
    {
        DecidedById = Guard.Against.Null(decidedById);
        Date = date;
        BudgetYear = budgetYear;
        PlanYears = Guard.Against.Negative(planYears);
    }

    /// <summary>Gets the id of the deciding unit.</summary>
    public string DecidedById { get; }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the budget year.</summary>
    public int BudgetYear { get; }

    /// <summary>Gets how many plan years follow the budget year.</summary>
    public int PlanYears { get; }

    /// <summary>Gets the last year the decision covers.</summary>
    public int LastYear => BudgetYear + PlanYears;

    /// <summary>Gets the minutes' reference (e.g. <c>KF 2023-11-27 § 180</c>), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Reference { get; init; }

    /// <summary>Gets where the decision comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Provenance? Provenance { get; init; }

    /// <summary>Gets whether the decision covers a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> for the budget year and its plan years.</returns>
    public bool Covers(int year) => year >= BudgetYear && year <= LastYear;
}
