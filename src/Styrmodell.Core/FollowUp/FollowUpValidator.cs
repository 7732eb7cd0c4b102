using System.Globalization;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.FollowUp;

/// <summary>
/// Checks follow-up data against a model's resolved index in one pass per collection, gathering every problem with
/// its element, id, position and member path. References that do not resolve are reported, never dropped.
/// </summary>
internal sealed partial class FollowUpValidator
{
    private readonly ModelIndex _index;
    private readonly List<ValidationProblem> _problems;

    private FollowUpValidator(ModelIndex index, List<ValidationProblem> problems)
    {
        _index = index;
        _problems = problems;
    }

    public static void Check(FollowUpData data, ModelIndex index, List<ValidationProblem> problems)
    {
        if (data.IsEmpty)
        {
            return;
        }

        var validator = new FollowUpValidator(index, problems);
        validator.CheckAssignments(data.SpecialAssignments);
        validator.CheckInternalControl(data.InternalControlPlans);
        validator.CheckPlans(data.PlanLevels, data.Activities);
        validator.CheckActionPlans(data.ActionPlans);
        validator.CheckAnalysisTexts(data.AnalysisTexts);
        validator.CheckStatusChecks(data.StatusCheckTexts);
    }

    private void Add(string code, ProblemLocation at, string message) => _problems.Add(new(code, at, message));

    /// <summary>Reports a title or name longer than <see cref="TextLimits.MaxNameLength"/>.</summary>
    private void Title(string title, FollowUpSite site, string member = "title") =>
        TextLimits.CheckName(title, member == "title" ? "The title" : "The name", site.At(member), _problems);

    /// <summary>Reports empty and repeated ids among the elements of one collection.</summary>
    private Dictionary<string, int> Ids<T>(EquatableArray<T> items, Func<T, string> id, ModelElement element, string kind)
    {
        var map = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            TextLimits.CheckId(key, new(element, key, i, "id"), _problems);
            if (string.IsNullOrWhiteSpace(key))
            {
                Add(ProblemCodes.InvalidId, new(element, key, i), Text($"The {kind} at position {i} has an empty id."));
            }
            else if (!map.TryAdd(key, i))
            {
                Add(ProblemCodes.DuplicateId, new(element, key, i), Text($"The {kind} id '{key}' is used again; first used at position {map[key]}."));
            }
        }

        return map;
    }

    /// <summary>Checks that <paramref name="unitId"/> names a unit; returns its position or -1.</summary>
    private int Unit(string unitId, FollowUpSite site, string member, string role)
    {
        if (_index.UnitIndex.TryGetValue(unitId, out var u))
        {
            return u;
        }

        Add(ProblemCodes.DanglingReference, site.At(member), $"{site.Name} names {role} '{unitId}', which does not exist.");
        return -1;
    }

    /// <summary>Checks that <paramref name="nodeId"/> names a node; returns its position or -1.</summary>
    private int Node(string nodeId, FollowUpSite site, string member, string role)
    {
        if (_index.NodeIndex.TryGetValue(nodeId, out var n))
        {
            return n;
        }

        Add(ProblemCodes.DanglingReference, site.At(member), $"{site.Name} names {role} '{nodeId}', which does not exist.");
        return -1;
    }

    /// <summary>Checks a list of references: each must resolve and appear once.</summary>
    private void References(EquatableArray<string> ids, FollowUpSite site, string member, string role, Func<string, FollowUpSite, string, string, int> resolve)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            var at = Text($"{member}[{k}]");
            if (!seen.Add(ids[k]))
            {
                Add(ProblemCodes.DuplicateEntry, site.At(at), $"{site.Name} names {role} '{ids[k]}' more than once.");
            }
            else
            {
                resolve(ids[k], site, at, role);
            }
        }
    }

    /// <summary>Reports an empty or repeated id of a nested element; <paramref name="seen"/> maps ids to where they were first used.</summary>
    private void NestedId(string id, Dictionary<string, string> seen, FollowUpSite site, string member, string kind)
    {
        TextLimits.CheckId(id, site.At(member + ".id"), _problems);
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(ProblemCodes.InvalidId, site.At(member), $"{site.Name} has a {kind} with an empty id at {member}.");
        }
        else if (!seen.TryAdd(id, member))
        {
            Add(ProblemCodes.DuplicateId, site.At(member), $"{site.Name} uses the {kind} id '{id}' again at {member}; first used at {seen[id]}.");
        }
    }

    private void Reports(EquatableArray<ProgressReport> reports, FollowUpSite site)
    {
        var seen = new Dictionary<(Time.ReportingPeriod, NodaTime.LocalDate), int>();
        for (var k = 0; k < reports.Count; k++)
        {
            var report = reports[k];
            var at = Text($"reports[{k}]");
            if (!seen.TryAdd((report.Period, report.Date), k))
            {
                Add(ProblemCodes.DuplicateEntry, site.At(at),
                    $"{site.Name} has two reports for {report.Period.Id} written {Time.IsoDate.Format(report.Date)} (positions {seen[(report.Period, report.Date)]} and {k}); a correction needs a later date.");
            }

            if (report.Completion is not { } completion)
            {
                continue;
            }

            if (completion is < 0 or > 100)
            {
                Add(ProblemCodes.CompletionOutOfRange, site.At(at + ".completion"),
                    Text($"{site.Name} reports {completion} % done for {report.Period.Id}; completion is 0–100 %."));
            }
            else if ((report.Status == WorkStatus.Done && completion != 100) || (report.Status == WorkStatus.NotStarted && completion != 0))
            {
                Add(ProblemCodes.StatusContradictsCompletion, site.At(at + ".completion"),
                    Text($"{site.Name} reports status {report.Status} with {completion} % done for {report.Period.Id}; done means 100 %, not started 0 %."));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
