using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.FollowUp;

internal sealed partial class FollowUpValidator
{
    private void CheckInternalControl(EquatableArray<InternalControlPlan> plans)
    {
        Ids(plans, p => p.Id, ModelElement.InternalControlPlan, "internal control plan");
        var ownerYears = new Dictionary<(string, int), int>();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var site = FollowUpSite.Of(ModelElement.InternalControlPlan, plan.Id, i, $"Internal control plan '{plan.Id}'");
            Unit(plan.OwnerId, site, "owner", "owner unit");
            if (!ownerYears.TryAdd((plan.OwnerId, plan.Year), i))
            {
                Add(ProblemCodes.DuplicateEntry, site.At(),
                    Text($"{site.Name} is a second plan of '{plan.OwnerId}' for {plan.Year}; the first is at position {ownerYears[(plan.OwnerId, plan.Year)]}."));
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < plan.Risks.Count; k++)
            {
                CheckRisk(plan, plan.Risks[k], Text($"risks[{k}]"), site, ids);
            }
        }
    }

    /// <summary>Checks a risk and everything under it; <paramref name="ids"/> holds the plan's risk, control and action ids seen so far.</summary>
    private void CheckRisk(InternalControlPlan plan, Risk risk, string at, FollowUpSite plansite, Dictionary<string, string> ids)
    {
        NestedId(risk.Id, ids, plansite, at, "risk");
        var site = plansite.Nested(at, $"Risk '{risk.Id}' of internal control plan '{plan.Id}'");
        Title(risk.Title, site);
        foreach (var (score, member) in new[] { (risk.Probability, "probability"), (risk.Consequence, "consequence") })
        {
            if (!plan.Scale.Contains(score))
            {
                Add(ProblemCodes.RiskScoreOutOfRange, site.At(member), Text($"{site.Name} has {member} {score}; the plan's scale is 1–{plan.Scale.Steps}."));
            }
        }

        References(risk.GoalIds, site, "goals", "goal", Node);
        for (var j = 0; j < risk.Controls.Count; j++)
        {
            var control = risk.Controls[j];
            var controlAt = Text($"controls[{j}]");
            NestedId(control.Id, ids, plansite, site.Prefix + controlAt, "control");
            var controlSite = site.Nested(controlAt, $"Control '{control.Id}' of internal control plan '{plan.Id}'");
            for (var m = 0; m < control.Results.Count; m++)
            {
                var result = control.Results[m];
                var resultAt = Text($"results[{m}]");
                if (!result.IsDeviation && !result.Actions.IsEmpty)
                {
                    Add(ProblemCodes.ActionWithoutDeviation, controlSite.At(resultAt + ".actions"),
                        Text($"{controlSite.Name} found no deviation on {Time.IsoDate.Format(result.Date)} but lists {result.Actions.Count} action(s); an action follows a deviation."));
                }

                for (var a = 0; a < result.Actions.Count; a++)
                {
                    NestedId(result.Actions[a].Id, ids, plansite, controlSite.Prefix + Text($"{resultAt}.actions[{a}]"), "action");
                }
            }
        }
    }
}
