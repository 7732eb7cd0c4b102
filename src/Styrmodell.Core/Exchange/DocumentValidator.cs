using System.Globalization;
using Styrmodell.Budget;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.FollowUp;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Exchange;

/// <summary>
/// Checks what a document holds beside its model against that model: the follow-up data, the evaluation
/// configuration (the same checks the evaluator makes, so a valid document always evaluates) and the finance
/// section's references to goals and categories, the units the decision authority names, and the steering-document register's types, units, nodes and dates.
/// </summary>
internal static class DocumentValidator
{
    public static void Check(ModelIndex index, DocumentParts parts, List<ValidationProblem> problems)
    {
        FollowUpValidator.Check(parts.FollowUp, index, problems);
        OptionsValidator.Check(parts.Evaluation, index, problems);
        if (parts.Finance?.Rule is { } rule)
        {
            CheckConditions(rule, index, parts.Evaluation.Scale, problems);
        }

        AuthorityValidator.Check(parts.Authority, index, problems);
        RegisterValidator.Check(parts.Register, index, problems);
        BudgetValidator.Check(parts.Budget, index, parts.Authority, problems);
        CheckFundedAssignments(parts.Budget, parts.FollowUp, problems);
    }

    /// <summary>A revision that funds a special assignment names one the follow-up data has, given with added budget.</summary>
    private static void CheckFundedAssignments(BudgetRecord budget, FollowUpData followUp, List<ValidationProblem> problems)
    {
        for (var k = 0; k < budget.Changes.Count; k++)
        {
            if (budget.Changes[k].SpecialAssignmentId is not { } id)
            {
                continue;
            }

            var assignment = followUp.SpecialAssignments.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
            if (assignment?.Funding.Kind != FundingKind.AddedBudget)
            {
                problems.Add(new(ProblemCodes.FundingMismatch, new ProblemLocation(ModelElement.FrameChange, budget.Changes[k].FrameId, k, "specialAssignment"),
                    assignment is null
                        ? $"The revision of frame '{budget.Changes[k].FrameId}' funds special assignment '{id}', which the follow-up data does not have."
                        : $"The revision of frame '{budget.Changes[k].FrameId}' funds special assignment '{id}', which is given within the frame, not with added budget."));
            }
        }
    }

    private static void CheckConditions(GoodFinancialManagementRule rule, ModelIndex index, AssessmentScale scale, List<ValidationProblem> problems)
    {
        for (var k = 0; k < rule.BudgetConditions.Count; k++)
        {
            var condition = rule.BudgetConditions[k];
            TextLimits.CheckName(condition.Name, "The budget condition's name", new ProblemLocation(ModelElement.BudgetCondition, condition.Name, k, "name"), problems);
            var share = condition.MaximumDeficitShare;
            var needsShare = condition.Kind == BudgetConditionKind.NetCostDeviationAtLeast;
            if (needsShare ? share is not (> 0 and < 1) : share is not null)
            {
                problems.Add(new(ProblemCodes.InvalidSetting, new ProblemLocation(ModelElement.BudgetCondition, condition.Name, k, "maximumDeficitShare"),
                    needsShare
                        ? $"The budget condition '{condition.Name}' limits the net cost deviation, so it needs a maximum deficit share above 0 and below 1 (0.005 for 0.5 %); it has {share?.ToString(CultureInfo.InvariantCulture) ?? "none"}."
                        : $"The budget condition '{condition.Name}' asks for every committee within its frame, which takes no maximum deficit share."));
            }
        }

        for (var k = 0; k < rule.Conditions.Count; k++)
        {
            var condition = rule.Conditions[k];
            var at = new ProblemLocation(ModelElement.GoalCondition, condition.Name, k);
            TextLimits.CheckName(condition.Name, "The condition's name", at with { Member = "name" }, problems);
            for (var j = 0; j < condition.GoalIds.Count; j++)
            {
                if (!index.NodeIndex.ContainsKey(condition.GoalIds[j]))
                {
                    problems.Add(new(ProblemCodes.DanglingReference, at with { Member = Text($"goals[{j}]") },
                        $"The condition '{condition.Name}' names goal '{condition.GoalIds[j]}', which the model does not have."));
                }
            }

            if (scale.IndexOf(condition.MinimumCategoryId) < 0)
            {
                problems.Add(new(ProblemCodes.UnknownCategory, at with { Member = "minimumCategory" },
                    $"The condition '{condition.Name}' asks for category '{condition.MinimumCategoryId}', which the assessment scale does not have."));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
