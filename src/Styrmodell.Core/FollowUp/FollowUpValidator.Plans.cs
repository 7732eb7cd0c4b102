using Styrmodell.Collections;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.FollowUp;

internal sealed partial class FollowUpValidator
{
    private void CheckPlans(EquatableArray<PlanLevel> levels, EquatableArray<Activity> activities)
    {
        var levelIndex = Ids(levels, l => l.Id, ModelElement.PlanLevel, "plan level");
        var parents = new int[levels.Count];
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var site = FollowUpSite.Of(ModelElement.PlanLevel, level.Id, i, $"Plan level '{level.Id}'");
            Title(level.Name, site, "name");
            parents[i] = -1;
            if (level.HorizonYears < 1)
            {
                Add(ProblemCodes.HorizonOutOfRange, site.At("horizonYears"), Text($"{site.Name} has a horizon of {level.HorizonYears} years; plans cover at least one year."));
            }

            if (level.ParentId is { } parent)
            {
                if (levelIndex.TryGetValue(parent, out var p))
                {
                    parents[i] = p;
                }
                else
                {
                    Add(ProblemCodes.DanglingReference, site.At("parent"), $"{site.Name} sits under plan level '{parent}', which does not exist.");
                }
            }
        }

        CheckPlanLevelCycles(levels, parents);
        Ids(activities, a => a.Id, ModelElement.Activity, "activity");
        for (var i = 0; i < activities.Count; i++)
        {
            CheckActivity(activities[i], i, levels, levelIndex);
        }
    }

    /// <summary>Plan levels form a chain or tree by parent: following parents from each level finds every cycle, reported once at its smallest id.</summary>
    private void CheckPlanLevelCycles(EquatableArray<PlanLevel> levels, int[] parents)
    {
        var state = new byte[levels.Count]; // 0 unseen, 1 on the current walk, 2 done
        for (var start = 0; start < levels.Count; start++)
        {
            var walk = new List<int>();
            var l = start;
            while (l >= 0 && state[l] == 0)
            {
                state[l] = 1;
                walk.Add(l);
                l = parents[l];
            }

            if (l >= 0 && state[l] == 1)
            {
                var cycle = walk.GetRange(walk.IndexOf(l), walk.Count - walk.IndexOf(l));
                var first = cycle.MinBy(c => levels[c].Id, StringComparer.Ordinal);
                var from = cycle.IndexOf(first);
                var ordered = cycle.Skip(from).Concat(cycle.Take(from)).Append(first).Select(c => levels[c].Id);
                Add(ProblemCodes.Cycle, new ProblemLocation(ModelElement.PlanLevel, levels[first].Id, first, "parent"),
                    $"Plan levels form a cycle: {string.Join(" → ", ordered)}.");
            }

            foreach (var w in walk)
            {
                state[w] = 2;
            }
        }
    }

    private void CheckActivity(Activity activity, int i, EquatableArray<PlanLevel> levels, Dictionary<string, int> levelIndex)
    {
        var site = FollowUpSite.Of(ModelElement.Activity, activity.Id, i, $"Activity '{activity.Id}'");
        Title(activity.Title, site);
        var level = levelIndex.TryGetValue(activity.PlanLevelId, out var l) ? levels[l] : null;
        if (level is null)
        {
            Add(ProblemCodes.DanglingReference, site.At("planLevel"), $"{site.Name} belongs to plan level '{activity.PlanLevelId}', which does not exist.");
        }

        var owner = Unit(activity.OwnerId, site, "owner", "owner unit");
        if (owner >= 0 && level is { OwnerKinds.IsEmpty: false } && !level.OwnerKinds.AsSpan().Contains(_index.Units[owner].Kind))
        {
            Add(ProblemCodes.OwnerNotAllowed, site.At("owner"),
                $"{site.Name} is owned by {_index.Units[owner].Kind} '{activity.OwnerId}', but plan level '{level.Id}' is made by {string.Join(" or ", level.OwnerKinds)}.");
        }

        if (level is { HorizonYears: >= 1 } && activity.Period.End >= activity.Period.Start.PlusYears(level.HorizonYears))
        {
            Add(ProblemCodes.HorizonOutOfRange, site.At("period"),
                Text($"{site.Name} is planned for {activity.Period.Id}, longer than the {level.HorizonYears}-year horizon of plan level '{level.Id}'."));
        }

        References(activity.GoalIds, site, "goals", "goal", Node);
        if (activity.CompletionIndicatorId is { } indicatorId && Node(indicatorId, site, "completionIndicator", "completion indicator") >= 0
            && (!_index.IndicatorIndex.TryGetValue(indicatorId, out var k) || _index.Indicators[k].Unit != MeasureUnit.Percent))
        {
            Add(ProblemCodes.NotACompletionIndicator, site.At("completionIndicator"),
                $"{site.Name} feeds '{indicatorId}', which is not an indicator measured in per cent; completion is a percentage.");
        }

        Reports(activity.Reports, site);
    }
}
