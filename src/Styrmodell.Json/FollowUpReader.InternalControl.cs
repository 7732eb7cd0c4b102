using Styrmodell.FollowUp;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

internal sealed partial class FollowUpReader
{
    private InternalControlPlan? InternalControlPlan(InternalControlPlanDto d, string at)
    {
        var decided = d.DecisionDate is null ? null : Date(d.DecisionDate, at + ".decisionDate");
        var scale = Scale(d.Scale, at + ".scale");
        var risks = Nested(d.Risks, at, "risks", Risk);
        return (d.DecisionDate is null || decided is not null) && scale is not null && risks is { } r
            ? new InternalControlPlan(d.Id, d.Owner, d.Year, scale)
            {
                Description = d.Description, DecisionDate = decided, Risks = r, Provenance = ProvenanceOf.Read(d.Provenance, d.Description),
            }
            : null;
    }

    private RiskScale? Scale(RiskScaleDto d, string at)
    {
        _unknown(d.Unknown, at);
        for (var k = 0; k < d.Bands.Count; k++)
        {
            _unknown(d.Bands[k].Unknown, Text($"{at}.bands[{k}]"));
        }

        try
        {
            return new RiskScale(d.Steps, [.. d.Bands.Select(b => new RiskBand(b.Id, b.Label, b.Colour, b.MinimumValue))])
            {
                ProbabilityLabels = [.. d.ProbabilityLabels ?? []],
                ConsequenceLabels = [.. d.ConsequenceLabels ?? []],
            };
        }
        catch (ArgumentException e)
        {
            _problems.Add(new(at, JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
            return null;
        }
    }

    private Risk? Risk(RiskDto d, string at)
    {
        var controls = Nested(d.Controls, at, "controls", Control);
        return controls is { } c
            ? new Risk(d.Id, d.Title, d.Probability, d.Consequence)
            {
                Description = d.Description, Category = d.Category, GoalIds = [.. d.Goals ?? []], Controls = c, Provenance = ProvenanceOf.Read(d.Provenance, d.Description),
            }
            : null;
    }

    private Control? Control(ControlDto d, string at)
    {
        var frequency = Enum<ControlFrequency>(d.Frequency, at + ".frequency");
        var results = Nested(d.Results, at, "results", Result);
        return frequency is { } f && results is { } r
            ? new Control(d.Id, d.What, d.How, d.Responsible, f) { When = d.When, Results = r, Provenance = ProvenanceOf.Read(d.Provenance, null) }
            : null;
    }

    private ControlResult? Result(ControlResultDto d, string at)
    {
        var date = Date(d.Date, at + ".date");
        var period = d.Period is null ? null : Period(d.Period, at + ".period");
        var actions = Nested(d.Actions, at, "actions", Action);
        return date is { } day && (d.Period is null || period is not null) && actions is { } a
            ? new ControlResult(day, d.Finding) { Period = period, Deviation = d.Deviation, Actions = a }
            : null;
    }

    private CorrectiveAction? Action(CorrectiveActionDto d, string at)
    {
        var deadline = Date(d.Deadline, at + ".deadline");
        var status = Enum<WorkStatus>(d.Status, at + ".status");
        return deadline is { } day && status is { } s ? new CorrectiveAction(d.Id, d.Description, d.Responsible, day, s) : null;
    }
}
