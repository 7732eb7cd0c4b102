namespace Styrmodell.Reporting.Html;

/// <summary>
/// The budget follow-up: one table per kind of frame (frame in force, outcome to date, forecast, deviation, action plan)
/// with its total, the parts whose deviation has no plan, and each forecast's accuracy once the year is complete —
/// the same words and figures as the text and Markdown reports.
/// </summary>
internal sealed partial class HtmlPage
{
    private void Budget()
    {
        if (_report.Budget is not { } budget)
        {
            return;
        }

        _html.Append("<section id=\"budget\"><h2>").Append(HtmlText.Escape(_text.BudgetHeading(budget))).Append("</h2>\n");
        foreach (var (title, rows) in _text.BudgetTables(budget))
        {
            // The first column names the committee or area whose frame the row is; the four amounts align right.
            Table(title, [_words.T("Namn", "Name"), .. _text.BudgetColumns], rows.Select(r => (IReadOnlyList<string>)[r.Name, .. r.Cells]), 1, 2, 3, 4);
        }

        if (_text.ForecastAccuracy(budget) is { Count: > 0 } accuracy)
        {
            _html.Append("<h3>").Append(HtmlText.Escape(_text.ForecastAccuracyTitle)).Append("</h3>\n<ul>");
            foreach (var line in accuracy)
            {
                _html.Append("<li>").Append(HtmlText.Escape(line)).Append("</li>");
            }

            _html.Append("</ul>\n");
        }

        _html.Append("</section>\n");
    }
}
