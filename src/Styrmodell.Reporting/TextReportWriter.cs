using Ardalis.GuardClauses;

namespace Styrmodell.Reporting;

/// <summary>Writes an <see cref="EvaluationReport"/> as plain text for a terminal: an indented hierarchy, then summary tables.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads with different writers.</threadsafety>
public static class TextReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where it goes.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(EvaluationReport report, TextWriter output)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(output);
        output.WriteLine(ReportText.Heading(report));
        foreach (var source in report.Sources)
        {
            output.WriteLine($"  source: {ReportText.Source(source)}");
        }

        output.WriteLine($"  marks: {ReportText.Legend}");
        output.WriteLine();
        foreach (var row in report.Rows)
        {
            var indent = new string(' ', 2 * (row.Depth + 1));
            var owner = row.Owner is null ? "" : $" — {row.Owner.Name}";
            var mark = row.IsIllustrative ? " " + ReportText.IllustrativeTextMark : "";
            output.WriteLine($"{indent}[{row.Level.Name}] {row.Node.Title}{mark}{owner}");
            if (row.IsAssessed)
            {
                output.WriteLine($"{indent}    = {ReportText.Outcome(row)}: {row.Explanation}");
            }

            if (ReportText.Also(row) is { Length: > 0 } also)
            {
                output.WriteLine($"{indent}    {also}");
            }
        }

        foreach (var summary in report.Summaries)
        {
            output.WriteLine();
            output.WriteLine($"  {ReportText.GroupingTitle(summary.Grouping)}:");
            WriteTable(output, report, summary);
        }

        if (report.Finance is { } finance)
        {
            output.WriteLine();
            output.WriteLine($"  {ReportText.FinanceHeading(finance)}");
            foreach (var (title, lines) in ReportText.FinanceBlocks(finance))
            {
                output.WriteLine($"    {title}:");
                foreach (var line in lines)
                {
                    output.WriteLine($"      {line}");
                }
            }
        }
    }

    private static void WriteTable(TextWriter output, EvaluationReport report, ReportSummary summary)
    {
        var columns = ReportText.Columns(report).ToList();
        var first = Math.Max(5, summary.Rows.Select(r => r.Group.Length).DefaultIfEmpty(0).Max());
        output.WriteLine("    " + "group".PadRight(first) + string.Concat(columns.Select(c => "  " + c)));
        foreach (var row in summary.Rows)
        {
            output.WriteLine("    " + row.Group.PadRight(first) + string.Concat(columns.Select((c, i) => "  " + row.Counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(c.Length))));
        }
    }
}
