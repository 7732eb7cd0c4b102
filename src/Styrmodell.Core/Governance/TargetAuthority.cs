using System.Globalization;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Governance;

/// <summary>
/// Checks target decisions against the decision authority when it states who may decide target values
/// (<see cref="DecisionMatters.TargetValue"/>). A decision's body is free text; it is checked only when it names a
/// unit of the organisation (by id or name), for the indicator's owner (or the whole municipality when it has none).
/// A finding is a warning: the target was decided, and stays in force until someone with the authority decides anew.
/// </summary>
internal static class TargetAuthority
{
    public static void Find(DecisionAuthority authority, ModelIndex index, List<ValidationProblem> warnings)
    {
        if (!authority.States(DecisionMatters.TargetValue))
        {
            return;
        }

        for (var i = 0; i < index.Indicators.Length; i++)
        {
            var indicator = index.Indicators[i];
            var owner = index.NodeIndex.TryGetValue(indicator.NodeId, out var n) && index.OwnerOf[n] >= 0 ? index.Units[index.OwnerOf[n]].Id : null;
            var scope = owner is null ? DecisionScope.WholeMunicipality : DecisionScope.Units(owner);
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                var body = indicator.Targets[t].Decision.Body;
                if (Unit(index, body) is not { } decider)
                {
                    continue;
                }

                var check = authority.Check(index, DecisionMatters.TargetValue, decider.Id, scope);
                if (check.Verdict is AuthorityVerdict.NotGranted or AuthorityVerdict.OutsideScope)
                {
                    warnings.Add(new(ProblemCodes.DecidedWithoutAuthority,
                        new(ModelElement.Indicator, indicator.NodeId, i, string.Create(CultureInfo.InvariantCulture, $"targets[{t}].decision.body")),
                        string.Create(CultureInfo.InvariantCulture,
                            $"The target of '{indicator.NodeId}' for {indicator.Targets[t].Scope.Id} was decided by '{decider.Id}', which the decision authority does not grant target values for {(owner is null ? "the whole municipality" : "'" + owner + "'")}.")));
                }
            }
        }
    }

    private static OrganisationUnit? Unit(ModelIndex index, string body) =>
        index.UnitIndex.TryGetValue(body, out var u) ? index.Units[u]
        : Array.Find(index.Units, unit => string.Equals(unit.Name, body, StringComparison.Ordinal));
}
