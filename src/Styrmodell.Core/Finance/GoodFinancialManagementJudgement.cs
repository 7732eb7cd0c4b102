using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Evaluation;

namespace Styrmodell.Finance;

/// <summary>The annual report's conclusion on good financial management, with the reason for each part as data.</summary>
/// <param name="IsGoodFinancialManagement">Whether every part of the rule holds.</param>
/// <param name="BalanceRequirement">The balance requirement's part, or <see langword="null"/> when the rule does not require it.</param>
/// <param name="Conditions">Each goal condition's part, in the rule's order.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GoodFinancialManagementJudgement(
    bool IsGoodFinancialManagement, BalanceRequirementVerdict? BalanceRequirement, EquatableArray<GoalConditionVerdict> Conditions)
{
    /// <summary>Gets each budget condition's part, in the rule's order.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<BudgetConditionVerdict> BudgetConditions { get; init; }

    /// <summary>Judges good financial management by a rule, from goal fulfilment and the balance-requirement reconciliation.</summary>
    /// <param name="rule">The municipality's rule.</param>
    /// <param name="goals">The goal-fulfilment evaluation of the year.</param>
    /// <param name="balance">The year's balance-requirement reconciliation, or <see langword="null"/> when the rule does not need it.</param>
    /// <returns>The judgement with its parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="goals"/> is <see langword="null"/>, or <paramref name="balance"/> is when the rule requires it.</exception>
    /// <exception cref="ArgumentException">A condition names a category the scale lacks.</exception>
    public static GoodFinancialManagementJudgement Judge(GoodFinancialManagementRule rule, EvaluationResult goals, BalanceRequirementReconciliation? balance) =>
        Judge(rule, goals, balance, null);

    /// <summary>Judges good financial management by a rule, from goal fulfilment, the balance-requirement reconciliation and the budget follow-up.</summary>
    /// <param name="rule">The municipality's rule.</param>
    /// <param name="goals">The goal-fulfilment evaluation of the year.</param>
    /// <param name="balance">The year's balance-requirement reconciliation, or <see langword="null"/> when the rule does not need it.</param>
    /// <param name="budget">The budget follow-up's facts, or <see langword="null"/> when there is none: then no budget condition holds.</param>
    /// <returns>The judgement with its parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="goals"/> is <see langword="null"/>, or <paramref name="balance"/> is when the rule requires it.</exception>
    /// <exception cref="ArgumentException">A condition names a category the scale lacks.</exception>
    public static GoodFinancialManagementJudgement Judge(GoodFinancialManagementRule rule, EvaluationResult goals, BalanceRequirementReconciliation? balance, BudgetFacts? budget)
    {
        Guard.Against.Null(rule);
        Guard.Against.Null(goals);
        BalanceRequirementVerdict? requirement = null;
        if (rule.RequireBalanceRequirement)
        {
            Guard.Against.Null(balance, nameof(balance), "The rule requires the balance requirement, so the year's reconciliation is needed.");
            requirement = new(balance.MeetsBalanceRequirement, balance.BalanceRequirementResult, balance.Unit);
        }

        var scale = goals.Options.Scale;
        var conditions = new List<GoalConditionVerdict>(rule.Conditions.Count);
        foreach (var condition in rule.Conditions)
        {
            var minimum = scale.IndexOf(condition.MinimumCategoryId);
            Guard.Against.InvalidInput(minimum, nameof(rule), m => m >= 0,
                $"Condition '{condition.Name}' names category '{condition.MinimumCategoryId}', which the evaluation's scale does not have.");
            var reached = condition.GoalIds.Count(id =>
            {
                var index = scale.IndexOf(goals.CategoryOf(id).Id);
                return index >= 0 && index <= minimum;
            });
            var total = condition.GoalIds.Count;
            var holds = condition.Quantifier switch
            {
                GoalQuantifier.All => reached == total,
                GoalQuantifier.Majority => reached * 2 > total,
                _ => reached > 0,
            };
            conditions.Add(new(condition, scale.Categories[minimum], reached, total, holds));
        }

        var budgetConditions = rule.BudgetConditions.Select(c => BudgetConditionVerdict.Judge(c, budget)).ToEquatableArray();
        var good = (requirement?.IsMet ?? true) && conditions.TrueForAll(c => c.Holds) && budgetConditions.All(c => c.Holds);
        return new(good, requirement, [.. conditions]) { BudgetConditions = budgetConditions };
    }

    /// <summary>Returns invariant data, not a sentence, e.g. <c>good: balance met (12); verksamhetsmål 2/3 holds</c>.</summary>
    /// <returns>The conclusion and its parts.</returns>
    public override string ToString() =>
        (IsGoodFinancialManagement ? "good" : "not good") + ": "
        + string.Join("; ", (BalanceRequirement is { } b ? [b.ToString()] : Array.Empty<string>())
            .Concat(Conditions.Select(c => c.ToString())).Concat(BudgetConditions.Select(c => c.ToString())));
}
