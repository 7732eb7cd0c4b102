using NodaTime;
using Styrmodell.FollowUp;
using Styrmodell.Reporting;
using Styrmodell.Exchange;

namespace Styrmodell.Samples;

/// <summary>Writes one line per follow-up element of a model: plans, assignments, activities, internal control, action plans, status checks.</summary>
public static class FollowUpPrinter
{
    /// <summary>Writes the follow-up data of an evaluated document, with statuses as of the evaluation's date.</summary>
    /// <param name="evaluation">The document's evaluation.</param>
    /// <param name="output">Where the lines go.</param>
    public static void Write(DocumentEvaluation evaluation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(output);
        var (model, data, asOf) = (evaluation.Document.Model, evaluation.Document.FollowUp, evaluation.AsOf);
        if (data.IsEmpty)
        {
            return;
        }

        output.WriteLine("  Uppföljning:");
        foreach (var level in data.PlanLevels)
        {
            output.WriteLine($"    [Plannivå] {level.Name}: {level.HorizonYears} år{(level.RevisedYearly ? ", revideras årligen" : "")}");
        }

        foreach (var a in data.SpecialAssignments)
        {
            output.WriteLine($"    [Särskilt uppdrag] {a.Title} ({a.FirstYear}–{a.LastYear}, {FollowUpWords.Funding(a.Funding)}): {(a.LatestReport(asOf) is { } r ? FollowUpWords.Status(r.Status) : "ej redovisat")}");
        }

        foreach (var a in data.Activities)
        {
            output.WriteLine($"    [Aktivitet] {a.Title} ({a.Period.Id}): {(ProgressReports.Latest(a.Reports, asOf) is { } r ? $"{r.Period.Id} {FollowUpWords.Status(r.Status)}{(r.Completion is { } c ? $" {c} %" : "")}" : "ej redovisad")}");
        }

        foreach (var plan in data.InternalControlPlans)
        {
            var s = InternalControlSummary.Of(plan, asOf);
            var bands = string.Join(", ", s.RisksPerBand.Select(b => $"{b.Band.Label} {b.Count}"));
            output.WriteLine($"    [Internkontroll {s.Year}] {model.FindUnit(s.OwnerId)?.Name}: {s.Risks} risker ({bands}), {s.ControlsCarriedOut} av {s.Controls} kontroller utförda, {s.Deviations} avvikelser, {s.ActionsDone} av {s.Actions} åtgärder klara");
        }

        foreach (var p in data.ActionPlans)
        {
            output.WriteLine($"    [Åtgärdsplan] {p.Title} ({p.Period.Id}, {p.Measures.Count} åtgärder): {(p.LatestReport(asOf) is { } r ? FollowUpWords.Status(r.Status) : "ej följd upp")}");
        }

        foreach (var c in data.StatusCheckTexts)
        {
            output.WriteLine($"    [Nulägeskoll] {model.FindUnit(c.UnitId)?.Name}, {c.Period.Id}");
        }
    }
}
