namespace Styrmodell.Finance;

/// <summary>One budget condition's part of a good-financial-management judgement, with the budget facts it was judged on.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Facts">The year's budget facts, or <see langword="null"/> when the document has no budget follow-up for the year (then the condition does not hold).</param>
/// <param name="Limit">For <see cref="BudgetConditionKind.NetCostDeviationAtLeast"/>, the lowest deviation allowed (−share × taxes, grants and equalisation), when it can be computed; otherwise <see langword="null"/>.</param>
/// <param name="Holds">Whether the condition holds.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetConditionVerdict(BudgetCondition Condition, BudgetFacts? Facts, decimal? Limit, bool Holds)
{
    internal static BudgetConditionVerdict Judge(BudgetCondition condition, BudgetFacts? facts)
    {
        if (facts is null)
        {
            return new(condition, null, null, false);
        }

        if (condition.Kind == BudgetConditionKind.AllCommitteesWithinFrame)
        {
            return new(condition, facts, null, facts.CommitteesOverFrame == 0 && facts.CommitteesWithoutForecast == 0);
        }

        var limit = facts.TaxesGrantsAndEqualisation is { } b && condition.MaximumDeficitShare is { } share ? -share * b : (decimal?)null;
        return new(condition, facts, limit, facts.NetCostDeviation is { } deviation && limit is { } l && deviation >= l);
    }

    /// <summary>Returns invariant data, e.g. <c>inom ram holds</c>.</summary>
    /// <returns>The condition's name and verdict.</returns>
    public override string ToString() => Condition.Name + " " + (Holds ? "holds" : "does not hold");
}
