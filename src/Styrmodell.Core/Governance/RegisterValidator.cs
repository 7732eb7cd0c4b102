using System.Globalization;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Governance;

/// <summary>
/// Checks a register's data against the model: ids, the types and units and nodes it names, and dates that cannot
/// be (a review before the decision, a validity that ends before it starts, a version older than the one it
/// replaces). What the municipality's own rules say about a valid register is <see cref="RegisterRules"/>' work.
/// </summary>
/// <remarks>
/// The deciding unit is not checked here: a register keeps documents decided by bodies since abolished, which is a
/// finding (<see cref="ProblemCodes.DeciderNotInOrganisation"/>), not bad data.
/// </remarks>
internal static class RegisterValidator
{
    public static void Check(SteeringDocumentRegister register, ModelIndex index, List<ValidationProblem> problems)
    {
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < register.Types.Count; t++)
        {
            var type = register.Types[t];
            if (!types.TryAdd(type.Id, t))
            {
                problems.Add(new(ProblemCodes.DuplicateId, new(ModelElement.SteeringDocumentType, type.Id, t, "id"),
                    Text($"Document type '{type.Id}' is defined twice (first at position {types[type.Id]}).")));
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < register.Documents.Count; d++)
        {
            var document = register.Documents[d];
            var at = new ProblemLocation(ModelElement.SteeringDocument, document.Id, d);
            if (!ids.TryAdd(document.Id, d))
            {
                problems.Add(new(ProblemCodes.DuplicateId, at with { Member = "id" },
                    Text($"Steering document '{document.Id}' appears twice in the register (first at position {ids[document.Id]}).")));
            }

            if (!types.ContainsKey(document.TypeId))
            {
                problems.Add(new(ProblemCodes.DanglingReference, at with { Member = "type" },
                    Text($"'{document.Title}' is of type '{document.TypeId}', which the register's document types do not define.")));
            }

            References(document.Scope.UnitIds, "scope", "applies to unit", index.UnitIndex, "organisation", document, at, problems);
            References(document.MissionUnitIds, "missionUnits", "governs the grunduppdrag of unit", index.UnitIndex, "organisation", document, at, problems);
            References(document.NodeIds, "nodes", "states node", index.NodeIndex, "model", document, at, problems);
            Dates(document, at, problems);
        }
    }

    private static void References(Collections.EquatableArray<string> ids, string member, string verb, Dictionary<string, int> known, string where, SteeringDocument document, ProblemLocation at, List<ValidationProblem> problems)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (!known.ContainsKey(ids[j]))
            {
                problems.Add(new(ProblemCodes.DanglingReference, at with { Member = Text($"{member}[{j}]") },
                    Text($"'{document.Title}' {verb} '{ids[j]}', which the {where} does not have.")));
            }
        }
    }

    private static void Dates(SteeringDocument document, ProblemLocation at, List<ValidationProblem> problems)
    {
        var decided = document.Decision.Date;
        if (document.Review is { Kind: ReviewRuleKind.OnDate, Date: { } review } && review < decided)
        {
            problems.Add(new(ProblemCodes.ReviewBeforeDecision, at with { Member = "review.date" },
                Text($"'{document.Title}' is to be reviewed on {review:uuuu-MM-dd}, before its decision of {decided:uuuu-MM-dd}; expected a date on or after the decision.")));
        }

        if (document.ValidUntil is { } until && until < document.InForceFrom)
        {
            problems.Add(new(ProblemCodes.ValidityEndsBeforeStart, at with { Member = "validUntil" },
                Text($"'{document.Title}' is valid until {until:uuuu-MM-dd}, before it comes into force on {document.InForceFrom:uuuu-MM-dd}; expected an end on or after the start.")));
        }

        // Versions run oldest first and the decision in force replaces the last of them.
        for (var k = 0; k < document.History.Count; k++)
        {
            var replacedBy = k + 1 < document.History.Count ? document.History[k + 1].Decision.Date : decided;
            var date = document.History[k].Decision.Date;
            if (replacedBy < date)
            {
                var member = k + 1 < document.History.Count ? Text($"history[{k + 1}].decision.date") : "decision.date";
                problems.Add(new(ProblemCodes.VersionOutOfOrder, at with { Member = member },
                    Text($"'{document.Title}': the version decided {replacedBy:uuuu-MM-dd} replaces version '{document.History[k].Label}' of {date:uuuu-MM-dd}; expected versions oldest first, each decided on or after the one it replaces.")));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
