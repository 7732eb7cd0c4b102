using System.Text;
using Styrmodell.Evaluation;
using Styrmodell.Exchange;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// One HTML report being written: the page's frame here, each part in its own file. Words come from
/// <see cref="Words"/> and <see cref="ReportText"/>, numbers from <see cref="Numbers"/>, as in the other renderers.
/// </summary>
internal sealed partial class HtmlPage
{
    private readonly StringBuilder _html = new(64 * 1024);
    private readonly DocumentEvaluation _evaluation;
    private readonly EvaluationReport _report;
    private readonly ReportLanguage _language;
    private readonly ReportText _text;
    private readonly Words _words;

    public HtmlPage(DocumentEvaluation evaluation, ReportLanguage language)
    {
        _evaluation = evaluation;
        _report = EvaluationReport.Create(evaluation);
        _language = language;
        _text = new ReportText(_report, language);
        _words = Words.For(language);
    }

    private Numbers N => _words.Numbers;

    private AssessmentScale Scale => _report.Scale;

    public string Render()
    {
        var title = HtmlText.Escape(_text.Heading);
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_language == ReportLanguage.English ? "en" : "sv").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // The policy makes "requests nothing" hold in the browser too: no script, nothing fetched, only inline styles.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>").Append(title).Append("</h1>\n");
        Sources();
        Legend();
        _html.Append("</header>\n<main>\n");
        Overview();
        Goals();
        Finance();
        Budget();
        FollowUp();
        StatusChecks();
        Register();
        _html.Append("</main>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void Sources()
    {
        if (_report.Sources.Count == 0)
        {
            return;
        }

        _html.Append("<p class=\"meta\">").Append(HtmlText.Escape(_text.SourcesTitle)).Append(":</p>\n<ul class=\"meta\">");
        foreach (var source in _report.Sources)
        {
            var marked = Styrmodell.Sources.Provenance.Marks(source.Provenance);
            _html.Append("<li>").Append(HtmlText.Escape(ReportText.Source(source))).Append(marked ? " " + ReportText.IllustrativeTextMark : "").Append("</li>");
        }

        _html.Append("</ul>\n");
    }

    private void Legend()
    {
        _html.Append("<section class=\"legend\" aria-label=\"").Append(HtmlText.Escape(_text.MarksWord)).Append("\"><p><strong>")
            .Append(HtmlText.Escape(_text.MarksWord)).Append(":</strong> ").Append(HtmlText.Escape(_text.Legend)).Append(".</p>\n<p>");
        foreach (var category in Scale.Categories.Append(Scale.NotAssessed))
        {
            Badge(category);
            _html.Append(' ');
        }

        _html.Append("</p></section>\n");
    }

    /// <summary>A category as colour, symbol and word together, never colour alone.</summary>
    private void Badge(AssessmentCategory category, string marks = "")
    {
        var background = Contrast.Normalise(category.Colour);
        _html.Append("<span class=\"badge\" data-category=\"").Append(HtmlText.Escape(category.Id)).Append("\" style=\"background:").Append(background)
            .Append(";color:").Append(Contrast.TextOn(background)).Append("\">").Append(Symbol(category)).Append(' ')
            .Append(HtmlText.Escape(category.Label)).Append(marks.Length > 0 ? " " + HtmlText.Escape(marks) : "").Append("</span>");
    }

    /// <summary>A symbol by the category's place on the scale: met, between, the lowest, not assessed.</summary>
    private string Symbol(AssessmentCategory category)
    {
        var index = Scale.IndexOf(category.Id);
        return index < 0 || category.Id == Scale.NotAssessed.Id ? "–"
            : category.IsMet ? "✔"
            : index == Scale.Categories.Count - 1 ? "✘"
            : "◐";
    }

    /// <summary>A table with a caption, column headers and each row's first cell as its header; numeric columns align right.</summary>
    private void Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] numericColumns)
    {
        _html.Append("<div class=\"table-wrap\"><table><caption>").Append(HtmlText.Escape(caption)).Append("</caption><thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            _html.Append(numericColumns.Contains(i) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(HtmlText.Escape(headers[i])).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = HtmlText.Escape(row[i]);
                _html.Append(i == 0 ? "<th scope=\"row\">" + cell + "</th>" : numericColumns.Contains(i) ? "<td class=\"num\">" + cell + "</td>" : "<td>" + cell + "</td>");
            }

            _html.Append("</tr>");
        }

        _html.Append("</tbody></table></div>\n");
    }
}
