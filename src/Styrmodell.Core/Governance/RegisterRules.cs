using System.Globalization;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Governance;

/// <summary>
/// What the municipality's own rules say about its register, checked with the model: every document decided by a
/// unit its type's grants name, a policy without goals or measures, a program's goals tied to the mandate period's,
/// deciders still in the organisation, one title per type and scope. Findings are warnings: the register records
/// decisions that were made, and one made without authority is a fact to act on, not a file to refuse.
/// </summary>
internal static class RegisterRules
{
    public static void Find(SteeringDocumentRegister register, DecisionAuthority authority, ModelIndex index, List<ValidationProblem> warnings)
    {
        var mandateGoals = new Lazy<HashSet<int>>(() => MandateGoals(index));
        for (var d = 0; d < register.Documents.Count; d++)
        {
            var document = register.Documents[d];
            var at = new ProblemLocation(ModelElement.SteeringDocument, document.Id, d);
            Authority(document, authority, index, at, warnings);
            if (register.FindType(document.TypeId) is { } type)
            {
                Content(document, type, index, at, warnings);
                if (type.GoalsFollowMandate && mandateGoals.Value.Count > 0)
                {
                    Mandate(document, index, mandateGoals.Value, at, warnings);
                }
            }
        }

        DuplicateTitles(register, warnings);
    }

    private static void Authority(SteeringDocument document, DecisionAuthority authority, ModelIndex index, ProblemLocation at, List<ValidationProblem> warnings)
    {
        var decider = document.Decision.DeciderUnitId;
        if (!index.UnitIndex.ContainsKey(decider))
        {
            warnings.Add(new(ProblemCodes.DeciderNotInOrganisation, at with { Member = "decision.unit" },
                Text($"'{document.Title}' was decided by '{decider}', which is not in the organisation; the unit that took over its area should decide it anew.")));
            return;
        }

        var check = authority.Check(index, document.TypeId, decider, document.Scope);
        if (check.Verdict is AuthorityVerdict.NotGranted or AuthorityVerdict.OutsideScope)
        {
            var message = check.Verdict == AuthorityVerdict.NotGranted
                ? Text($"'{document.Title}' was decided by '{decider}', which no grant for '{document.TypeId}' names; expected a unit the decision authority grants it.")
                : Text($"'{document.Title}' was decided by '{decider}' for {Reach(check)}, beyond its grant for '{document.TypeId}' ({EnumText.Of(check.Grant!.Scope)}).");
            warnings.Add(new(ProblemCodes.DecidedWithoutAuthority, at with { Member = "decision.unit" }, message));
        }
    }

    private static string Reach(AuthorityCheck check) =>
        check.UnitsOutside.Count == 0 ? "the whole municipality" : "units " + string.Join(", ", check.UnitsOutside.Select(u => "'" + u + "'"));

    private static void Content(SteeringDocument document, SteeringDocumentType type, ModelIndex index, ProblemLocation at, List<ValidationProblem> warnings)
    {
        for (var j = 0; j < document.NodeIds.Count; j++)
        {
            if (!index.NodeIndex.TryGetValue(document.NodeIds[j], out var n))
            {
                continue; // a dangling link is the validator's problem
            }

            var role = index.Levels[index.LevelOf[n]].Role;
            var what = IsGoal(role) && !type.MayStateGoals ? "a goal"
                : role is LevelRole.Activity or LevelRole.Assignment && !type.MayStateMeasures ? "a measure"
                : null;
            if (what is not null)
            {
                warnings.Add(new(ProblemCodes.ContentNotAllowed, at with { Member = Text($"nodes[{j}]") },
                    Text($"'{document.Title}' states {what} ('{document.NodeIds[j]}'), which a document of type '{type.Id}' may not hold.")));
            }
        }
    }

    private static void Mandate(SteeringDocument document, ModelIndex index, HashSet<int> mandateGoals, ProblemLocation at, List<ValidationProblem> warnings)
    {
        for (var j = 0; j < document.NodeIds.Count; j++)
        {
            if (!index.NodeIndex.TryGetValue(document.NodeIds[j], out var n) || index.Levels[index.LevelOf[n]].Role != LevelRole.Goal || mandateGoals.Contains(n))
            {
                continue;
            }

            var reached = new HashSet<int>();
            index.CollectAncestors(n, mandateGoals.Contains, reached);
            if (reached.Count == 0)
            {
                warnings.Add(new(ProblemCodes.GoalOutsideMandateGoals, at with { Member = Text($"nodes[{j}]") },
                    Text($"'{document.Title}' states goal '{document.NodeIds[j]}', which is not one of the council's goals for the mandate period and contributes to none of them.")));
            }
        }
    }

    /// <summary>The mandate period's goals: the goal nodes the council (a unit of kind KF) owns.</summary>
    private static HashSet<int> MandateGoals(ModelIndex index)
    {
        var goals = new HashSet<int>();
        for (var n = 0; n < index.Nodes.Length; n++)
        {
            if (index.Levels[index.LevelOf[n]].Role == LevelRole.Goal && index.OwnerOf[n] >= 0
                && string.Equals(index.Units[index.OwnerOf[n]].Kind, UnitKinds.Council, StringComparison.Ordinal))
            {
                goals.Add(n);
            }
        }

        return goals;
    }

    private static bool IsGoal(LevelRole role) => role is LevelRole.Goal or LevelRole.Indicator;

    /// <summary>Every document sharing its title (ignoring case and outer spaces) with another of the same type and scope; each is named, so order does not matter.</summary>
    private static void DuplicateTitles(SteeringDocumentRegister register, List<ValidationProblem> warnings)
    {
        var groups = register.Documents.Select((document, d) => (document, d))
            .GroupBy(x => (x.document.TypeId, Title: x.document.Title.Trim().ToUpperInvariant(), Scope: string.Join('\u001f', x.document.Scope.UnitIds.Order(StringComparer.Ordinal))))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            foreach (var (document, d) in group)
            {
                var others = string.Join(", ", group.Where(x => x.d != d).Select(x => "'" + x.document.Id + "'"));
                warnings.Add(new(ProblemCodes.DuplicateTitle, new(ModelElement.SteeringDocument, document.Id, d, "title"),
                    Text($"'{document.Title}' ({document.TypeId}) has the same title and scope as {others}; one document per title, type and scope.")));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
