using System.Globalization;
using System.Text.Json;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.FollowUp;
using Styrmodell.Json.Dto;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Json;

/// <summary>
/// Maps the document's <c>followUp</c> section onto <see cref="FollowUpData"/>, reporting every bad value with its
/// path; references between ids are left to the model's validation, whose problems map back by
/// <see cref="ArrayOf"/>.
/// </summary>
internal sealed partial class FollowUpReader
{
    private const string Root = "$.followUp";
    private readonly List<JsonProblem> _problems;
    private readonly Action<Dictionary<string, JsonElement>?, string> _unknown;
    private readonly ElementPositions _positions;

    /// <param name="problems">Where value problems go.</param>
    /// <param name="unknown">Reports an object's unknown properties at a path (errors or warnings, as the reader is set).</param>
    /// <param name="positions">Where the elements left out (a bad value) are recorded.</param>
    public FollowUpReader(List<JsonProblem> problems, Action<Dictionary<string, JsonElement>?, string> unknown, ElementPositions positions)
    {
        _problems = problems;
        _unknown = unknown;
        _positions = positions;
    }

    /// <summary>The JSON array, below <c>$</c>, holding the follow-up elements of a kind; <see langword="null"/> for other kinds.</summary>
    public static string? ArrayOf(ModelElement element) => element switch
    {
        ModelElement.SpecialAssignment => "followUp.specialAssignments",
        ModelElement.InternalControlPlan => "followUp.internalControlPlans",
        ModelElement.PlanLevel => "followUp.planLevels",
        ModelElement.Activity => "followUp.activities",
        ModelElement.ActionPlan => "followUp.actionPlans",
        ModelElement.AnalysisText => "followUp.analysisTexts",
        ModelElement.StatusCheckTexts => "followUp.statusChecks",
        _ => null,
    };

    public FollowUpData Read(FollowUpDto dto)
    {
        _unknown(dto.Unknown, Root);
        return new FollowUpData
        {
            SpecialAssignments = Each(dto.SpecialAssignments, "specialAssignments", SpecialAssignment),
            PlanLevels = Each(dto.PlanLevels, "planLevels", (l, _) => new PlanLevel(l.Id, l.Name, l.HorizonYears)
            {
                RevisedYearly = l.RevisedYearly ?? false, ParentId = l.Parent, OwnerKinds = [.. l.OwnerKinds ?? []], Description = l.Description,
                Provenance = ProvenanceOf.Read(l.Provenance, l.Description),
            }, l => l.Id),
            Activities = Each(dto.Activities, "activities", Activity),
            InternalControlPlans = Each(dto.InternalControlPlans, "internalControlPlans", InternalControlPlan),
            ActionPlans = Each(dto.ActionPlans, "actionPlans", ActionPlan),
            AnalysisTexts = Each(dto.AnalysisTexts, "analysisTexts", AnalysisText),
            StatusCheckTexts = Each(dto.StatusChecks, "statusChecks", StatusCheck),
        };
    }

    private SpecialAssignment? SpecialAssignment(SpecialAssignmentDto d, string at)
    {
        _unknown(d.Funding.Unknown, at + ".funding");
        var date = Date(d.DecisionDate, at + ".decisionDate");
        var kind = Enum<FundingKind>(d.Funding.Kind, at + ".funding.kind");
        var reports = Reports(d.Reports, at);
        return date is { } decided && kind is { } k && reports is { } r
            ? new SpecialAssignment(d.Id, d.Title, d.Issuer, decided, d.FirstYear, d.LastYear, new Funding(k, d.Funding.Amount))
            {
                Description = d.Description,
                DecisionReference = d.DecisionReference,
                OwnerIds = [.. d.Owners],
                GoalIds = [.. d.Goals ?? []],
                Reports = r,
                Provenance = ProvenanceOf.Read(d.Provenance, d.Description),
            }
            : null;
    }

    private Activity? Activity(ActivityDto d, string at)
    {
        var period = Period(d.Period, at + ".period");
        var reports = Reports(d.Reports, at);
        return period is not null && reports is { } r
            ? new Activity(d.Id, d.Title, d.PlanLevel, d.Owner, period)
            {
                Description = d.Description, GoalIds = [.. d.Goals ?? []], CompletionIndicatorId = d.CompletionIndicator, Reports = r,
                Provenance = ProvenanceOf.Read(d.Provenance, d.Description),
            }
            : null;
    }

    /// <summary>
    /// Reads the nested elements of one list at <paramref name="owner"/>.<paramref name="member"/>; null when any could
    /// not be read (each such problem is reported).
    /// </summary>
    private EquatableArray<T>? Nested<TDto, T>(List<TDto>? items, string owner, string member, Func<TDto, string, T?> read)
        where TDto : IHasUnknown
        where T : class
    {
        var list = new List<T>();
        var ok = true;
        for (var k = 0; k < (items?.Count ?? 0); k++)
        {
            var at = Text($"{owner}.{member}[{k}]");
            Unknowns(items![k], at);
            if (read(items[k], at) is { } item)
            {
                list.Add(item);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? [.. list] : null;
    }

    private EquatableArray<ProgressReport>? Reports(List<ReportDto>? reports, string owner)
    {
        var read = new List<ProgressReport>();
        var ok = true;
        for (var k = 0; k < (reports?.Count ?? 0); k++)
        {
            var r = reports![k];
            var at = Text($"{owner}.reports[{k}]");
            Unknowns(r, at);
            var period = Period(r.Period, at + ".period");
            var date = Date(r.Date, at + ".date");
            var status = Enum<WorkStatus>(r.Status, at + ".status");
            if (period is null || date is null || status is null)
            {
                ok = false;
                continue;
            }

            read.Add(new ProgressReport(period, date.Value, status.Value)
            {
                Completion = r.Completion, Text = r.Text, Author = r.Author, Provenance = ProvenanceOf.Read(r.Provenance, r.Text),
            });
        }

        return ok ? [.. read] : null;
    }

    /// <summary>
    /// Reads every element of one array. An element that could not be read is reported and skipped; since any problem
    /// stops the build, the positions of the elements after it never reach the model's validation.
    /// </summary>
    private EquatableArray<T> Each<TDto, T>(List<TDto>? items, string array, Func<TDto, string, T?> read, Func<TDto, string?>? idOf = null)
        where TDto : IHasUnknown
        where T : class
    {
        var list = new List<T>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var at = Text($"{Root}.{array}[{i}]");
            Unknowns(items![i], at);
            try
            {
                if (read(items[i], at) is { } item)
                {
                    list.Add(item);
                    continue;
                }
            }
            catch (ArgumentException e)
            {
                _problems.Add(new(at, JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
            }

            _positions.LeftOut("followUp." + array, i, idOf?.Invoke(items[i]));
        }

        return [.. list];
    }

    /// <summary>Reports an element's unknown properties, and its provenance object's.</summary>
    private void Unknowns(IHasUnknown item, string at)
    {
        _unknown(item.Unknown, at);
        if (item is IHasProvenance { Provenance: { } provenance })
        {
            _unknown(provenance.Unknown, at + ".provenance");
        }
    }

    private ReportingPeriod? Period(string text, string at) => JsonValues.Period(text, at, _problems);

    private LocalDate? Date(string text, string at) => JsonValues.Date(text, at, _problems);

    private TEnum? Enum<TEnum>(string text, string at)
        where TEnum : struct, Enum => JsonValues.Enum<TEnum>(text, at, _problems);

    private static string FirstLine(string message) => JsonValues.FirstLine(message);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
