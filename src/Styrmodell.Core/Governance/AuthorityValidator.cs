using System.Globalization;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Governance;

/// <summary>
/// Checks a decision authority against the organisation: a grant to a unit the organisation lacks, and a grant stated
/// twice (same matter, decider and scope), are problems. A grant to a kind no unit has is allowed: kinds are data, and
/// an organisation may not yet have a unit of every kind its reglemente names.
/// </summary>
internal static class AuthorityValidator
{
    public static void Check(DecisionAuthority authority, ModelIndex index, List<ValidationProblem> problems)
    {
        var seen = new Dictionary<(string Matter, string? Kind, string? Unit, AuthorityScope Scope), int>();
        for (var i = 0; i < authority.Grants.Count; i++)
        {
            var grant = authority.Grants[i];
            var at = new ProblemLocation(ModelElement.AuthorityGrant, grant.Matter, i);
            if (grant.DeciderUnitId is { } unit && !index.UnitIndex.ContainsKey(unit))
            {
                problems.Add(new(ProblemCodes.DanglingReference, at with { Member = "unit" },
                    Text($"The grant for '{grant.Matter}' names unit '{unit}', which the organisation does not have.")));
            }

            if (!seen.TryAdd((grant.Matter, grant.DeciderKind, grant.DeciderUnitId, grant.Scope), i))
            {
                problems.Add(new(ProblemCodes.DuplicateEntry, at,
                    Text($"The grant for '{grant.Matter}' repeats the grant at position {seen[(grant.Matter, grant.DeciderKind, grant.DeciderUnitId, grant.Scope)]}.")));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
