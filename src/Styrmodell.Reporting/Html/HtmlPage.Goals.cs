using Styrmodell.Evaluation;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// The goal hierarchy as nested <c>&lt;details&gt;</c> sections, open by default (so that print shows them all): each
/// node once, with its category as a badge, coverage, marks, and its explanation as a list of steps.
/// </summary>
internal sealed partial class HtmlPage
{
    private void Goals()
    {
        _html.Append("<section id=\"mal\"><h2>").Append(HtmlText.Escape(_text.GoalsTitle)).Append("</h2>\n");
        var open = 0;
        var rows = _report.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            for (; open > row.Depth; open--)
            {
                _html.Append("</details>\n");
            }

            Goal(row);
            open++;
        }

        for (; open > 0; open--)
        {
            _html.Append("</details>\n");
        }

        _html.Append("</section>\n");
    }

    private void Goal(ReportRow row)
    {
        var illustrativeText = row.IsIllustrative || Styrmodell.Sources.Provenance.Marks(row.Node.Provenance);
        _html.Append("<details open class=\"node\" data-node-id=\"").Append(HtmlText.Escape(row.Node.Id)).Append("\"><summary>");
        if (row.IsAssessed)
        {
            var marks = (row.RestsOnIllustrativeData ? ReportText.IllustrativeDataMark : "") + (row.Result.IsForecast ? ReportText.ForecastMark : "");
            Badge(row.Result.Category, marks);
            _html.Append(' ');
        }

        _html.Append("<span class=\"title\">").Append(HtmlText.Escape(row.Node.Title)).Append("</span>")
            .Append(illustrativeText ? " " + ReportText.IllustrativeTextMark : "")
            .Append(" <span class=\"meta\">(").Append(HtmlText.Escape(row.Level.Name))
            .Append(row.Owner is null ? "" : ", " + HtmlText.Escape(row.Owner.Name)).Append(")</span></summary>\n<div class=\"node-body\">");
        if (row.IsAssessed)
        {
            _html.Append("<p class=\"meta\">").Append(HtmlText.Escape(_words.T("täckning", "coverage"))).Append(' ')
                .Append(HtmlText.Escape(N.Percent(row.Result.Coverage, Rounding.Default))).Append("</p>");
            var parts = ExplanationText.Parts(row.Result, Scale, _report.Rounding, _language);
            if (parts.Count > 0)
            {
                _html.Append("<ol class=\"steps\" aria-label=\"").Append(HtmlText.Escape(_words.T("Förklaring", "Explanation"))).Append("\">");
                foreach (var part in parts)
                {
                    _html.Append("<li>").Append(HtmlText.Escape(part)).Append("</li>");
                }

                _html.Append("</ol>");
            }
        }

        if (_text.Also(row) is { Length: > 0 } also)
        {
            _html.Append("<p class=\"meta\">").Append(HtmlText.Escape(also)).Append("</p>");
        }

        IndicatorChart(row);
        _html.Append("</div>\n");
    }
}
