using Styrmodell.FollowUp;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// Each committee's nulägeskoll as one printable A4 page, in Västerås's order of sections. A nulägeskoll describes its
/// own period, which may be earlier than the one evaluated; those are evaluated for their period, as the Markdown
/// report's samples do.
/// </summary>
internal sealed partial class HtmlPage
{
    private void StatusChecks()
    {
        var document = _evaluation.Document;
        foreach (var texts in document.FollowUp.StatusCheckTexts)
        {
            var ofItsPeriod = texts.Period == _evaluation.Period ? _evaluation : document.Evaluate(texts.Period);
            if (ofItsPeriod.FollowUp.StatusChecks.FirstOrDefault(c => c.UnitId == texts.UnitId) is { } check)
            {
                StatusCheckPage(check);
            }
        }
    }

    private void StatusCheckPage(StatusCheck check)
    {
        var h = StatusCheckHeadings.Vasteras;
        _html.Append("<section class=\"a4\" data-status-check=\"").Append(HtmlText.Escape(check.UnitId)).Append("\"><h2>")
            .Append(HtmlText.Escape($"{h.Title}: {check.UnitName}, {check.Period.Id}")).Append("</h2>\n");
        Paragraph(h.Mission, check.Mission ?? h.Missing);
        Paragraph(h.OverallAnalysis, check.OverallAnalysis ?? h.Missing);
        Paragraph(h.Needs, check.Needs ?? h.Missing);
        _html.Append("<h3>").Append(HtmlText.Escape(h.Results)).Append("</h3>\n<ul class=\"results\">");
        foreach (var r in check.Results)
        {
            _html.Append("<li>");
            Badge(r.Category);
            _html.Append(' ').Append(HtmlText.Escape(r.Title)).Append(" <span class=\"meta\">(").Append(HtmlText.Escape(r.Level)).Append(")</span></li>");
        }

        _html.Append("</ul>\n");
        Paragraph(h.Challenges, check.Challenges ?? h.Missing);
        if (!check.KeyFigures.IsEmpty)
        {
            _html.Append("<h3>").Append(HtmlText.Escape(h.KeyFigures)).Append("</h3>\n");
            Table(h.KeyFigures,
                [_words.T("Nyckeltal", "Key figure"), _words.T("Värde", "Value"), _words.T("Föregående", "Previous"), h.Target, _words.T("Kategori och trend", "Category and trend")],
                check.KeyFigures.Select(k => (IReadOnlyList<string>)
                [
                    k.Title,
                    k.Value is { } v ? N.Grouped(v) : h.Missing,
                    k.Previous is { } p ? N.Grouped(p) + (k.PreviousPeriod is { } pp ? $" ({pp.Id})" : "") : h.Missing,
                    k.Target is { } t ? N.Grouped(t) : h.Missing,
                    k.Category.Label + Trend(k.Trend),
                ]), 1, 3);
        }

        Paragraph(h.Trends, check.Trends ?? h.Missing);
        _html.Append("</section>\n");
    }

    private void Paragraph(string heading, string text) =>
        _html.Append("<h3>").Append(HtmlText.Escape(heading)).Append("</h3>\n<p>").Append(HtmlText.Escape(text)).Append("</p>\n");

    private string Trend(KeyFigureTrend trend) => trend switch
    {
        KeyFigureTrend.Improving => _words.T(" ↗ förbättras", " ↗ improving"),
        KeyFigureTrend.Worsening => _words.T(" ↘ försämras", " ↘ worsening"),
        KeyFigureTrend.Unchanged => _words.T(" → oförändrat", " → unchanged"),
        _ => "",
    };
}
