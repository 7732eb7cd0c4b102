using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.FollowUp;

internal sealed partial class FollowUpValidator
{
    private void CheckAssignments(EquatableArray<SpecialAssignment> assignments)
    {
        Ids(assignments, a => a.Id, ModelElement.SpecialAssignment, "special assignment");
        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            var site = FollowUpSite.Of(ModelElement.SpecialAssignment, a.Id, i, $"Special assignment '{a.Id}'");
            Title(a.Title, site);
            Unit(a.IssuerId, site, "issuer", "issuing unit");
            if (a.OwnerIds.IsEmpty)
            {
                Add(ProblemCodes.MissingOwner, site.At("owners"), $"{site.Name} has no owner; name at least one unit that carries it out.");
            }

            References(a.OwnerIds, site, "owners", "owner unit", Unit);
            References(a.GoalIds, site, "goals", "goal", Node);
            var years = a.LastYear - a.FirstYear + 1;
            if (years is < 1 or > SpecialAssignment.MaximumYears)
            {
                Add(ProblemCodes.HorizonOutOfRange, site.At("lastYear"),
                    Text($"{site.Name} runs {a.FirstYear}–{a.LastYear}; a special assignment is done within one to {SpecialAssignment.MaximumYears} years."));
            }

            if (a.FirstYear < a.DecisionDate.Year)
            {
                Add(ProblemCodes.HorizonOutOfRange, site.At("firstYear"),
                    Text($"{site.Name} starts in {a.FirstYear}, before its decision of {Time.IsoDate.Format(a.DecisionDate)}."));
            }

            if (a.Funding.Kind == FundingKind.AddedBudget && a.Funding.Amount is not > 0)
            {
                Add(ProblemCodes.InvalidFunding, site.At("funding.amount"), $"{site.Name} is funded with added budget, which needs a positive amount.");
            }
            else if (a.Funding.Kind == FundingKind.WithinFrame && a.Funding.Amount is not null)
            {
                Add(ProblemCodes.InvalidFunding, site.At("funding.amount"), $"{site.Name} is funded within the frame, so it states no added amount.");
            }

            Reports(a.Reports, site);
        }
    }
}
