using Styrmodell.Budget;
using Styrmodell.Finance;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>The "budget" section (format 1.3), in the record's order, leaving out defaults.</summary>
internal static partial class DocumentWriter
{
    private static BudgetDto? BudgetOf(BudgetRecord budget)
    {
        if (budget.IsEmpty)
        {
            return null;
        }

        // The section states one amount unit; a frame states its own only when it differs (which the document refuses, but a writer must not lose).
        var unit = budget.Frames.Count > 0 ? budget.Frames[0].Unit : AmountUnit.Kronor;
        return new()
        {
            AmountUnit = Names.Of(unit),
            Decision = budget.Decision is { } d ? new()
            {
                DecidedBy = d.DecidedById, Date = Iso(d.Date), BudgetYear = d.BudgetYear, PlanYears = d.PlanYears == 0 ? null : d.PlanYears,
                Reference = d.Reference, Provenance = ProvenanceOf.ToDto(d.Provenance, null),
            } : null,
            Threshold = budget.Threshold == DeviationThreshold.AnyDeficit ? null : new() { Amount = budget.Threshold.Amount, ShareOfFrame = budget.Threshold.ShareOfFrame },
            Frames = NullIfEmpty([.. budget.Frames.Select(f => new BudgetFrameDto
            {
                Id = f.Id, Kind = Names.Of(f.Kind), Unit = f.UnitId, Year = f.Year, Amount = f.Amount, AmountUnit = f.Unit == unit ? null : Names.Of(f.Unit),
                Title = f.Title, Parent = f.ParentId, Income = f.Income, OperatingCostChange = f.OperatingCostChange, StartYear = f.StartYear, EndYear = f.EndYear,
                Provenance = ProvenanceOf.ToDto(f.Provenance, null),
            })]),
            Changes = NullIfEmpty([.. budget.Changes.Select(c => new FrameChangeDto
            {
                Frame = c.FrameId, Amount = c.Amount, DecidedBy = c.DecidedById, Date = Iso(c.DecisionDate), Reference = c.Reference,
                SpecialAssignment = c.SpecialAssignmentId, Provenance = ProvenanceOf.ToDto(c.Provenance, null),
            })]),
            Reallocations = NullIfEmpty([.. budget.Reallocations.Select(r => new ReallocationDto
            {
                Id = r.Id, From = r.FromFrameId, To = r.ToFrameId, Amount = r.Amount, DecidedBy = r.DecidedById, Date = Iso(r.DecisionDate),
                Within = r.WithinFrameId, Reference = r.Reference, Provenance = ProvenanceOf.ToDto(r.Provenance, null),
            })]),
            Outcomes = NullIfEmpty([.. budget.Outcomes.Select(o => new BudgetOutcomeDto
            {
                Frame = o.FrameId, Period = o.Period.Id, Amount = o.Amount, Provenance = ProvenanceOf.ToDto(o.Provenance, null),
            })]),
            Forecasts = NullIfEmpty([.. budget.Forecasts.Select(f => new BudgetForecastDto
            {
                Frame = f.FrameId, Point = f.Point.Id, FromMonth = f.FromMonth, Amount = f.Amount, Provenance = ProvenanceOf.ToDto(f.Provenance, null),
            })]),
        };
    }
}
