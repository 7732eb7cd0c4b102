using Ardalis.GuardClauses;
using Styrmodell.Targets;

namespace Styrmodell.Finance;

/// <summary>KF's decision about the deficit of one fiscal year: an action plan, or exceptional reasons not to restore it.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DeficitDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="deficitYear">The fiscal year whose negative balance-requirement result the decision concerns.</param>
    /// <param name="kind">An action plan or exceptional reasons.</param>
    /// <param name="motivation">The plan's content or the exceptional reasons, as decided.</param>
    /// <param name="decision">The decision's record (body, date, minutes).</param>
    /// <exception cref="ArgumentNullException"><paramref name="motivation"/> or <paramref name="decision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="motivation"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deficitYear"/> is outside 2000–9999 or <paramref name="kind"/> is not defined.</exception>
    public DeficitDecision(int deficitYear, DeficitDecisionKind kind, string motivation, Decision decision)
    {
        DeficitYear = Guard.Against.OutOfRange(deficitYear, nameof(deficitYear), FinancialYear.FirstBalanceRequirementYear, 9999);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Motivation = Guard.Against.NullOrWhiteSpace(motivation);
        Decision = Guard.Against.Null(decision);
    }

    /// <summary>Gets the fiscal year of the deficit.</summary>
    public int DeficitYear { get; }

    /// <summary>Gets the kind of decision.</summary>
    public DeficitDecisionKind Kind { get; }

    /// <summary>Gets the plan's content or the exceptional reasons.</summary>
    public string Motivation { get; }

    /// <summary>Gets the decision's record.</summary>
    public Decision Decision { get; }

    /// <summary>
    /// Gets, for exceptional reasons, the part of the deficit not to be restored, in the ledger's unit;
    /// <see langword="null"/> for all of it. Ignored for an action plan.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? WaivedAmount { get; init; }

    /// <summary>Returns e.g. <c>ActionPlan for 2014 (KF 2015-04-20)</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => Kind + " for " + FinanceText.Year(DeficitYear) + " (" + Decision + ")";
}
