using System.Globalization;
using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Evaluation;

namespace Styrmodell.Finance;

/// <summary>The annual report's conclusion on good financial management, with the reason for each part.</summary>
/// <param name="IsGoodFinancialManagement">Whether every part of the rule holds.</param>
/// <param name="Trace">One line per part: the balance requirement and each goal condition, with counts.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GoodFinancialManagementJudgement(bool IsGoodFinancialManagement, EquatableArray<string> Trace)
{
    /// <summary>Judges good financial management by a rule, from goal fulfilment and the balance-requirement reconciliation.</summary>
    /// <param name="rule">The municipality's rule.</param>
    /// <param name="goals">The goal-fulfilment evaluation of the year.</param>
    /// <param name="balance">The year's balance-requirement reconciliation, or <see langword="null"/> when the rule does not need it.</param>
    /// <returns>The judgement with its trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="goals"/> is <see langword="null"/>, or <paramref name="balance"/> is when the rule requires it.</exception>
    /// <exception cref="ArgumentException">A condition names a goal the model lacks or a category the scale lacks.</exception>
    public static GoodFinancialManagementJudgement Judge(GoodFinancialManagementRule rule, EvaluationResult goals, BalanceRequirementReconciliation? balance) =>
        Judge(rule, goals, balance, null);

    /// <summary>Judges good financial management by a rule, from goal fulfilment, the balance-requirement reconciliation and the budget follow-up.</summary>
    /// <param name="rule">The municipality's rule.</param>
    /// <param name="goals">The goal-fulfilment evaluation of the year.</param>
    /// <param name="balance">The year's balance-requirement reconciliation, or <see langword="null"/> when the rule does not need it.</param>
    /// <param name="budget">The budget follow-up's facts, or <see langword="null"/> when there is none: then no budget condition holds.</param>
    /// <returns>The judgement with its trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="goals"/> is <see langword="null"/>, or <paramref name="balance"/> is when the rule requires it.</exception>
    /// <exception cref="ArgumentException">A condition names a goal the model lacks or a category the scale lacks.</exception>
    public static GoodFinancialManagementJudgement Judge(GoodFinancialManagementRule rule, EvaluationResult goals, BalanceRequirementReconciliation? balance, BudgetFacts? budget)
    {
        Guard.Against.Null(rule);
        Guard.Against.Null(goals);
        var trace = new List<string>();
        var holds = true;
        if (rule.RequireBalanceRequirement)
        {
            Guard.Against.Null(balance, nameof(balance), "The rule requires the balance requirement, so the year's reconciliation is needed.");
            holds &= balance.MeetsBalanceRequirement;
            trace.Add(string.Create(CultureInfo.InvariantCulture,
                $"balance requirement {(balance.MeetsBalanceRequirement ? "met" : "not met")}: balance-requirement result {balance.BalanceRequirementResult:0.0}"));
        }

        var scale = goals.Options.Scale;
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
            var ok = condition.Quantifier switch
            {
                GoalQuantifier.All => reached == total,
                GoalQuantifier.Majority => reached * 2 > total,
                _ => reached > 0,
            };
            holds &= ok;
            var quantifier = condition.Quantifier switch
            {
                GoalQuantifier.All => "all",
                GoalQuantifier.Majority => "a majority",
                _ => "at least one",
            };
            trace.Add(string.Create(CultureInfo.InvariantCulture,
                $"{condition.Name}: {reached} of {total} at least {scale.Categories[minimum].Label}; {quantifier} required — {(ok ? "holds" : "does not hold")}"));
        }

        foreach (var condition in rule.BudgetConditions)
        {
            var (ok, line) = Judge(condition, budget);
            holds &= ok;
            trace.Add(condition.Name + ": " + line + " — " + (ok ? "holds" : "does not hold"));
        }

        trace.Insert(0, holds ? "God ekonomisk hushållning" : "Inte god ekonomisk hushållning");
        return new(holds, [.. trace]);
    }

    private static (bool Holds, string Line) Judge(BudgetCondition condition, BudgetFacts? budget)
    {
        if (budget is null)
        {
            return (false, "no budget follow-up for the year");
        }

        if (condition.Kind == BudgetConditionKind.AllCommitteesWithinFrame)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{budget.CommitteesOverFrame} of {budget.Committees} committees forecast more than their frame")
                + (budget.CommitteesWithoutForecast > 0 ? string.Create(CultureInfo.InvariantCulture, $", {budget.CommitteesWithoutForecast} without a forecast") : "");
            return (budget.CommitteesOverFrame == 0 && budget.CommitteesWithoutForecast == 0, line);
        }

        var b = budget.TaxesGrantsAndEqualisation;
        if (budget.NetCostDeviation is not { } deviation || b is null || condition.MaximumDeficitShare is not { } share)
        {
            return (false, "net cost deviation or taxes, grants and equalisation not known");
        }

        var limit = -share * b.Value;
        return (deviation >= limit, string.Create(CultureInfo.InvariantCulture,
            $"net cost deviation {FinanceText.Amount(deviation)} against at least −{FinanceText.Percent(share * 100)} of taxes, grants and equalisation {FinanceText.Amount(b.Value)} = {FinanceText.Amount(limit)}"));
    }

    /// <summary>Returns the trace as one line.</summary>
    /// <returns>The conclusion and its reasons.</returns>
    public override string ToString() => string.Join("; ", Trace);
}
