using Styrmodell.FollowUp;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

internal sealed partial class FollowUpReader
{
    private ActionPlan? ActionPlan(ActionPlanDto d, string at)
    {
        var period = Period(d.Period, at + ".period");
        var decided = d.DecisionDate is null ? null : Date(d.DecisionDate, at + ".decisionDate");
        var measures = Nested(d.Measures, at, "measures", Measure);
        var reports = Reports(d.Reports, at);
        return period is not null && (d.DecisionDate is null || decided is not null) && measures is { } m && reports is { } r
            ? new ActionPlan(d.Id, d.Title, d.Owner, period)
            {
                Description = d.Description, NodeId = d.Node, BudgetLine = d.BudgetLine, DeficitYear = d.DeficitYear,
                DecisionDate = decided, ExpectedEffect = d.ExpectedEffect, Measures = m, Reports = r,
                Provenance = ProvenanceOf.Read(d.Provenance, d.Description),
            }
            : null;
    }

    private ActionPlanMeasure? Measure(MeasureDto d, string at)
    {
        var deadline = d.Deadline is null ? null : Date(d.Deadline, at + ".deadline");
        return d.Deadline is null || deadline is not null
            ? new ActionPlanMeasure(d.Description) { Responsible = d.Responsible, Deadline = deadline, ExpectedEffect = d.ExpectedEffect, Amount = d.Amount }
            : null;
    }

    private AnalysisText? AnalysisText(AnalysisTextDto d, string at)
    {
        var period = Period(d.Period, at + ".period");
        var date = Date(d.Date, at + ".date");
        return period is not null && date is { } day
            ? new AnalysisText(period, d.Author, day, d.Text) { NodeId = d.Node, UnitId = d.Unit, Provenance = ProvenanceOf.Read(d.Provenance, d.Text) }
            : null;
    }

    private StatusCheckTexts? StatusCheck(StatusCheckDto d, string at)
    {
        var period = Period(d.Period, at + ".period");
        var date = d.Date is null ? null : Date(d.Date, at + ".date");
        return period is not null && (d.Date is null || date is not null)
            ? new StatusCheckTexts(d.Unit, period)
            {
                Mission = d.Mission, Needs = d.Needs, Challenges = d.Challenges, Trends = d.Trends,
                KeyFigureIds = [.. d.KeyFigures ?? []], Author = d.Author, Date = date, Provenance = ProvenanceOf.Read(d.Provenance, d.Mission),
            }
            : null;
    }
}
