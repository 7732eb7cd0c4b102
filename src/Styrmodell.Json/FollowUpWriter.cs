using Styrmodell.Collections;
using Styrmodell.FollowUp;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>Maps <see cref="FollowUpData"/> onto the document's <c>followUp</c> section, in the data's own order, leaving out what is empty.</summary>
internal static class FollowUpWriter
{
    public static FollowUpDto? ToDto(FollowUpData data) => data.IsEmpty ? null : new()
    {
        SpecialAssignments = List(data.SpecialAssignments, a => new SpecialAssignmentDto
        {
            Id = a.Id, Title = a.Title, Description = a.Description, Issuer = a.IssuerId, Owners = [.. a.OwnerIds],
            DecisionDate = JsonValues.Iso(a.DecisionDate), DecisionReference = a.DecisionReference,
            FirstYear = a.FirstYear, LastYear = a.LastYear,
            Funding = new() { Kind = Names.Of(a.Funding.Kind), Amount = a.Funding.Amount },
            Goals = List(a.GoalIds, g => g), Reports = Reports(a.Reports), Provenance = ProvenanceOf.ToDto(a.Provenance, a.Description),
        }),
        PlanLevels = List(data.PlanLevels, l => new PlanLevelDto
        {
            Id = l.Id, Name = l.Name, HorizonYears = l.HorizonYears, RevisedYearly = l.RevisedYearly ? true : null, Parent = l.ParentId,
            OwnerKinds = List(l.OwnerKinds, k => k), Description = l.Description, Provenance = ProvenanceOf.ToDto(l.Provenance, l.Description),
        }),
        Activities = List(data.Activities, a => new ActivityDto
        {
            Id = a.Id, Title = a.Title, Description = a.Description, PlanLevel = a.PlanLevelId, Owner = a.OwnerId, Period = a.Period.Id,
            Goals = List(a.GoalIds, g => g), CompletionIndicator = a.CompletionIndicatorId, Reports = Reports(a.Reports),
            Provenance = ProvenanceOf.ToDto(a.Provenance, a.Description),
        }),
        InternalControlPlans = List(data.InternalControlPlans, p => new InternalControlPlanDto
        {
            Id = p.Id, Owner = p.OwnerId, Year = p.Year, Description = p.Description,
            DecisionDate = p.DecisionDate is { } d ? JsonValues.Iso(d) : null,
            Scale = new()
            {
                Steps = p.Scale.Steps,
                Bands = [.. p.Scale.Bands.Select(b => new RiskBandDto { Id = b.Id, Label = b.Label, Colour = b.Colour, MinimumValue = b.MinimumValue })],
                ProbabilityLabels = List(p.Scale.ProbabilityLabels, l => l), ConsequenceLabels = List(p.Scale.ConsequenceLabels, l => l),
            },
            Risks = List(p.Risks, Risk), Provenance = ProvenanceOf.ToDto(p.Provenance, p.Description),
        }),
        ActionPlans = List(data.ActionPlans, p => new ActionPlanDto
        {
            Id = p.Id, Title = p.Title, Description = p.Description, Owner = p.OwnerId, Period = p.Period.Id,
            Node = p.NodeId, BudgetLine = p.BudgetLine, DeficitYear = p.DeficitYear,
            DecisionDate = p.DecisionDate is { } d ? JsonValues.Iso(d) : null, ExpectedEffect = p.ExpectedEffect,
            Measures = List(p.Measures, m => new MeasureDto
            {
                Description = m.Description, Responsible = m.Responsible, Deadline = m.Deadline is { } day ? JsonValues.Iso(day) : null,
                ExpectedEffect = m.ExpectedEffect, Amount = m.Amount,
            }),
            Reports = Reports(p.Reports), Provenance = ProvenanceOf.ToDto(p.Provenance, p.Description),
        }),
        AnalysisTexts = List(data.AnalysisTexts, t => new AnalysisTextDto
        {
            Node = t.NodeId, Unit = t.UnitId, Period = t.Period.Id, Author = t.Author, Date = JsonValues.Iso(t.Date), Text = t.Text,
            Provenance = ProvenanceOf.ToDto(t.Provenance, t.Text),
        }),
        StatusChecks = List(data.StatusCheckTexts, c => new StatusCheckDto
        {
            Unit = c.UnitId, Period = c.Period.Id, Mission = c.Mission, Needs = c.Needs, Challenges = c.Challenges, Trends = c.Trends,
            KeyFigures = List(c.KeyFigureIds, k => k), Author = c.Author, Date = c.Date is { } d ? JsonValues.Iso(d) : null,
            Provenance = ProvenanceOf.ToDto(c.Provenance, c.Mission),
        }),
    };

    /// <summary>Whether the section states a provenance anywhere (format 1.2).</summary>
    public static bool StatesProvenance(FollowUpDto? dto)
    {
        if (dto is null)
        {
            return false;
        }

        IEnumerable<IHasProvenance> elements =
        [
            .. dto.SpecialAssignments ?? [], .. dto.PlanLevels ?? [], .. dto.Activities ?? [], .. dto.InternalControlPlans ?? [],
            .. dto.ActionPlans ?? [], .. dto.AnalysisTexts ?? [], .. dto.StatusChecks ?? [],
            .. (dto.InternalControlPlans ?? []).SelectMany(p => p.Risks ?? []),
            .. (dto.InternalControlPlans ?? []).SelectMany(p => p.Risks ?? []).SelectMany(r => r.Controls ?? []),
            .. (dto.SpecialAssignments ?? []).SelectMany(a => a.Reports ?? []), .. (dto.Activities ?? []).SelectMany(a => a.Reports ?? []),
            .. (dto.ActionPlans ?? []).SelectMany(a => a.Reports ?? []),
        ];
        return elements.Any(e => e.Provenance is not null);
    }

    private static RiskDto Risk(Risk r) => new()
    {
        Id = r.Id, Title = r.Title, Description = r.Description, Category = r.Category, Probability = r.Probability, Consequence = r.Consequence,
        Goals = List(r.GoalIds, g => g), Provenance = ProvenanceOf.ToDto(r.Provenance, r.Description),
        Controls = List(r.Controls, c => new ControlDto
        {
            Id = c.Id, What = c.What, How = c.How, Responsible = c.Responsible, Frequency = Names.Of(c.Frequency), When = c.When,
            Provenance = ProvenanceOf.ToDto(c.Provenance, null),
            Results = List(c.Results, x => new ControlResultDto
            {
                Date = JsonValues.Iso(x.Date), Period = x.Period?.Id, Finding = x.Finding, Deviation = x.Deviation,
                Actions = List(x.Actions, a => new CorrectiveActionDto
                {
                    Id = a.Id, Description = a.Description, Responsible = a.Responsible, Deadline = JsonValues.Iso(a.Deadline), Status = Names.Of(a.Status),
                }),
            }),
        }),
    };

    private static List<ReportDto>? Reports(EquatableArray<ProgressReport> reports) => List(reports, r => new ReportDto
    {
        Period = r.Period.Id, Date = JsonValues.Iso(r.Date), Status = Names.Of(r.Status), Completion = r.Completion, Text = r.Text, Author = r.Author,
        Provenance = ProvenanceOf.ToDto(r.Provenance, r.Text),
    });

    private static List<TDto>? List<T, TDto>(EquatableArray<T> items, Func<T, TDto> map) => items.IsEmpty ? null : [.. items.Select(map)];
}
