using Styrmodell.Evaluation;

namespace Styrmodell.Reporting.Html;

/// <summary>The overview: category counts for the whole model, per target area and per committee, as a chart and a table.</summary>
internal sealed partial class HtmlPage
{
    private void Overview()
    {
        _html.Append("<section id=\"oversikt\"><h2>").Append(HtmlText.Escape(_words.T("Översikt", "Overview"))).Append("</h2>\n");
        var segments = Scale.Categories.Append(Scale.NotAssessed).Select(c => new BarSegment(c.Label, Contrast.Normalise(c.Colour))).ToList();
        var byLevel = _report.Summaries.FirstOrDefault(s => s.Grouping == SummaryGrouping.Level);
        var total = new int[segments.Count];
        foreach (var row in byLevel?.Rows ?? [])
        {
            for (var i = 0; i < total.Length && i < row.Counts.Count; i++)
            {
                total[i] += row.Counts[i];
            }
        }

        var whole = _words.T("Hela modellen", "The whole model");
        OverviewPart(whole, [new BarGroup(whole, total)], segments);
        foreach (var grouping in new[] { SummaryGrouping.TargetArea, SummaryGrouping.Owner })
        {
            if (_report.Summaries.FirstOrDefault(s => s.Grouping == grouping) is { Rows.Count: > 0 } summary)
            {
                OverviewPart(_text.GroupingTitle(grouping), [.. summary.Rows.Select(r => new BarGroup(r.Group, r.Counts))], segments);
            }
        }

        _html.Append("</section>\n");
    }

    private void OverviewPart(string title, IReadOnlyList<BarGroup> groups, List<BarSegment> segments)
    {
        _html.Append("<h3>").Append(HtmlText.Escape(title)).Append("</h3>\n<figure>");
        SvgCharts.StackedBars(_html, _words.T("Antal per kategori: ", "Count per category: ") + title, groups, segments, N);
        _html.Append("</figure>\n");
        Table(title, [_text.GroupWord, .. segments.Select(s => s.Label)], groups.Select(g => (IReadOnlyList<string>)[g.Name, .. g.Counts.Select(N.Count)]), [.. Enumerable.Range(1, segments.Count)]);
    }
}
