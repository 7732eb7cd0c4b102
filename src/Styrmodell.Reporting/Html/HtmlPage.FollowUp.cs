using Styrmodell.Exchange;
using Styrmodell.FollowUp;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// The follow-up: special assignments and action plans with their latest report, goals not met with their action
/// plans, and each internal control plan's risk matrix as a coloured grid with its summary.
/// </summary>
internal sealed partial class HtmlPage
{
    private void FollowUp()
    {
        var data = _evaluation.Document.FollowUp;
        var status = _evaluation.FollowUp;
        if (status.SpecialAssignments.IsEmpty && status.ActionPlans.IsEmpty && data.InternalControlPlans.IsEmpty && status.Deviations.IsEmpty)
        {
            return;
        }

        _html.Append("<section id=\"uppfoljning\"><h2>").Append(HtmlText.Escape(_words.T("Uppföljning", "Follow-up"))).Append("</h2>\n");
        var assignments = data.SpecialAssignments.ToDictionary(a => a.Id, a => Marked(a.Title, a.Provenance), StringComparer.Ordinal);
        Progress(_words.T("Särskilda uppdrag", "Special assignments"), status.SpecialAssignments, assignments);
        var plans = data.ActionPlans.ToDictionary(p => p.Id, p => Marked(p.Title, p.Provenance), StringComparer.Ordinal);
        Progress(_words.T("Handlingsplaner", "Action plans"), status.ActionPlans, plans);
        Deviations(status.Deviations, plans);
        foreach (var plan in data.InternalControlPlans)
        {
            RiskGrid(plan);
            if (status.InternalControl.FirstOrDefault(s => s.PlanId == plan.Id) is { } summary)
            {
                _html.Append("<p>").Append(HtmlText.Escape(_words.T(
                    $"{N.Count(summary.Risks)} risker ({N.Count(summary.RisksWithoutControl)} utan kontroll); {N.Count(summary.ControlsCarriedOut)} av {N.Count(summary.Controls)} kontroller genomförda; {N.Count(summary.Deviations)} avvikelser ({N.Count(summary.DeviationsWithoutAction)} utan åtgärd); {N.Count(summary.ActionsDone)} av {N.Count(summary.Actions)} åtgärder klara, {N.Count(summary.ActionsOverdue)} försenade.",
                    $"{N.Count(summary.Risks)} risks ({N.Count(summary.RisksWithoutControl)} without a control); {N.Count(summary.ControlsCarriedOut)} of {N.Count(summary.Controls)} controls carried out; {N.Count(summary.Deviations)} deviations ({N.Count(summary.DeviationsWithoutAction)} without an action); {N.Count(summary.ActionsDone)} of {N.Count(summary.Actions)} actions done, {N.Count(summary.ActionsOverdue)} overdue."))).Append("</p>\n");
            }
        }

        _html.Append("</section>\n");
    }

    private void Progress(string title, Styrmodell.Collections.EquatableArray<ReportedProgress> items, Dictionary<string, string> titles)
    {
        if (items.Count == 0)
        {
            return;
        }

        _html.Append("<h3>").Append(HtmlText.Escape(title)).Append("</h3>\n");
        Table(title,
            [_words.T("Uppdrag", "Item"), _words.T("Status", "Status"), _words.T("Klart till", "Completion"), _words.T("Rapporterat", "Reported")],
            items.Select(i => (IReadOnlyList<string>)
            [
                titles.GetValueOrDefault(i.Id, i.Id),
                i.Latest is { } r ? WorkStatusWord(r.Status) : _words.T("ej rapporterat", "not reported"),
                i.Latest?.Completion is { } c ? N.Grouped(c * 100, 0) + " %" : "–",
                i.Latest is { } d ? Marked(ReportText.Date(d.Date) + (d.Author is { } a ? ", " + a : ""), d.Provenance) : "–",
            ]));
    }

    /// <summary>Goals not met, each with the action plans that answer it, or saying that none does.</summary>
    private void Deviations(Styrmodell.Collections.EquatableArray<GoalDeviation> deviations, Dictionary<string, string> plans)
    {
        if (deviations.IsEmpty)
        {
            return;
        }

        var title = _words.T("Mål som inte uppfylls och deras handlingsplaner", "Goals not met and their action plans");
        var model = _evaluation.Goals.Model;
        _html.Append("<h3>").Append(HtmlText.Escape(title)).Append("</h3>\n");
        Table(title, [_words.T("Mål", "Goal"), _words.T("Kategori", "Category"), _words.T("Handlingsplaner", "Action plans")],
            deviations.Select(d => (IReadOnlyList<string>)
            [
                model.FindNode(d.NodeId)?.Title ?? d.NodeId,
                d.Category.Label,
                d.ActionPlanIds.IsEmpty ? _words.T("ingen handlingsplan", "no action plan") : string.Join("; ", d.ActionPlanIds.Select(id => plans.GetValueOrDefault(id, id))),
            ]));
    }

    /// <summary>A title followed by the illustrative-text mark when the element's provenance says it was invented.</summary>
    private static string Marked(string title, Styrmodell.Sources.Provenance? provenance) =>
        Styrmodell.Sources.Provenance.Marks(provenance) ? title + " " + ReportText.IllustrativeTextMark : title;

    private string WorkStatusWord(WorkStatus status) => status switch
    {
        WorkStatus.NotStarted => "○ ",
        WorkStatus.Ongoing => "◐ ",
        WorkStatus.Done => "✔ ",
        WorkStatus.Delayed => "⚠ ",
        _ => "✘ ",
    } + FollowUpWords.Status(status, _words.Language);

    /// <summary>Probability down the rows (highest first), consequence across; each cell coloured by its band and saying its band and count.</summary>
    private void RiskGrid(InternalControlPlan plan)
    {
        var matrix = RiskMatrix.Of(plan);
        var scale = matrix.Scale;
        var owner = _evaluation.Goals.Model.FindUnit(plan.OwnerId)?.Name ?? plan.OwnerId;
        var title = Marked(_words.T($"Riskmatris {plan.Year}: {owner}", $"Risk matrix {plan.Year}: {owner}"), plan.Provenance);
        _html.Append("<h3>").Append(HtmlText.Escape(title)).Append("</h3>\n<div class=\"table-wrap\"><table class=\"risk-matrix\"><caption>")
            .Append(HtmlText.Escape(_words.T("Sannolikhet (rader) mot konsekvens (kolumner); antal risker per ruta", "Probability (rows) against consequence (columns); risks per cell")))
            .Append("</caption><thead><tr><td></td>");
        for (var c = 1; c <= scale.Steps; c++)
        {
            _html.Append("<th scope=\"col\">").Append(HtmlText.Escape(Label(scale.ConsequenceLabels, c, _words.T("konsekvens", "consequence")))).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        for (var p = scale.Steps; p >= 1; p--)
        {
            _html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(Label(scale.ProbabilityLabels, p, _words.T("sannolikhet", "probability")))).Append("</th>");
            for (var c = 1; c <= scale.Steps; c++)
            {
                var cell = matrix[p, c];
                var colour = Contrast.Normalise(cell.Band.Colour);
                _html.Append("<td class=\"risk\" style=\"background:").Append(colour).Append(";color:").Append(Contrast.TextOn(colour)).Append("\">")
                    .Append(HtmlText.Escape(cell.Band.Label)).Append(": ").Append(N.Count(cell.Count)).Append("</td>");
            }

            _html.Append("</tr>");
        }

        _html.Append("</tbody></table></div>\n");
    }

    private string Label(Styrmodell.Collections.EquatableArray<string> labels, int step, string word) =>
        step <= labels.Count ? $"{N.Count(step)} {labels[step - 1]}" : $"{word} {N.Count(step)}";
}
