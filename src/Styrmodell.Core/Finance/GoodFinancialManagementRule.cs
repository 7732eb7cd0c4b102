using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>
/// A municipality's rule for the annual report's conclusion on good financial management (god ekonomisk
/// hushållning, KL 11 kap.), as data: whether the balance requirement must be met, and conditions on groups of goals.
/// </summary>
/// <remarks>
/// Strängnäs ("both financial and operational goals are met"): two conditions with <see cref="GoalQuantifier.All"/>
/// and <c>uppfyllt</c>. "The balance requirement is met, a majority of the financial goals are met and a majority of
/// the operational goals are at least partly met": <see cref="RequireBalanceRequirement"/> and two
/// <see cref="GoalQuantifier.Majority"/> conditions with <c>uppfyllt</c> and <c>delvis-uppfyllt</c>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GoodFinancialManagementRule
{
    /// <summary>Gets whether the balance requirement must be met.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool RequireBalanceRequirement { get; init; } = true;

    /// <summary>Gets the conditions on groups of goals, all of which must hold.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<GoalCondition> Conditions { get; init; }

    /// <summary>Gets the conditions on the budget follow-up, all of which must hold.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<BudgetCondition> BudgetConditions { get; init; }
}
