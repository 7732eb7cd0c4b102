using Ardalis.GuardClauses;
using Styrmodell.Exchange;

using Styrmodell.Reporting.Html;

namespace Styrmodell.Reporting;

/// <summary>
/// Writes a document's evaluation as one self-contained HTML5 page: an overview chart and table of the categories,
/// the goal hierarchy as collapsible sections with each goal's category in colour and in words and its explanation
/// step by step, a chart per indicator, the financial part, the follow-up and each committee's nulägeskoll as a
/// printable A4 page. Styles and charts (SVG) are inline; the page runs no script and requests nothing.
/// </summary>
/// <remarks>Text from the document is escaped, so a title with <c>&lt;</c>, <c>&amp;</c> or quotes prints as written.</remarks>
/// <threadsafety>Stateless; safe to call from any number of threads with different writers.</threadsafety>
public static class HtmlReportWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="evaluation">The document's evaluation.</param>
    /// <param name="output">Where the page goes; write it as UTF-8 (the page declares that encoding).</param>
    /// <param name="language">The language of every word and number (Swedish by default); the page's <c>lang</c> follows it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(DocumentEvaluation evaluation, TextWriter output, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(evaluation);
        Guard.Against.Null(output);
        output.Write(new HtmlPage(evaluation, language).Render());
    }
}
