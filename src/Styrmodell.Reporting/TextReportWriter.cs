using Ardalis.GuardClauses;

namespace Styrmodell.Reporting;

/// <summary>Writes an <see cref="EvaluationReport"/> as plain text for a terminal: an indented hierarchy, then summary tables.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads with different writers.</threadsafety>
public static class TextReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where it goes.</param>
    /// <param name="language">The language of every word and number (Swedish by default).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(EvaluationReport report, TextWriter output, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(output);
        var text = new ReportText(report, language);
        output.WriteLine(text.Heading);
        foreach (var source in report.Sources)
        {
            output.WriteLine($"  {text.SourceWord}: {ReportText.Source(source)}");
        }

        output.WriteLine($"  {text.MarksWord.ToLowerInvariant()}: {text.Legend}");
        output.WriteLine();
        foreach (var row in report.Rows)
        {
            var indent = new string(' ', 2 * (row.Depth + 1));
            var owner = row.Owner is null ? "" : $" — {row.Owner.Name}";
            var mark = row.IsIllustrative ? " " + ReportText.IllustrativeTextMark : "";
            output.WriteLine($"{indent}[{row.Level.Name}] {row.Node.Title}{mark}{owner}");
            if (row.IsAssessed)
            {
                output.WriteLine($"{indent}    = {text.Outcome(row)}: {text.Explanation(row)}");
            }

            if (text.Also(row) is { Length: > 0 } also)
            {
                output.WriteLine($"{indent}    {also}");
            }
        }

        foreach (var summary in report.Summaries)
        {
            output.WriteLine();
            output.WriteLine($"  {text.GroupingTitle(summary.Grouping)}:");
            WriteTable(output, text, summary);
        }

        if (report.Finance is { } finance)
        {
            output.WriteLine();
            output.WriteLine($"  {text.FinanceHeading(finance)}");
            foreach (var (title, lines) in text.FinanceBlocks(finance))
            {
                output.WriteLine($"    {title}:");
                foreach (var line in lines)
                {
                    output.WriteLine($"      {line}");
                }
            }
        }
        if (report.Register is { } register)
        {
            output.WriteLine();
            output.WriteLine($"  {RegisterWords.Of(language).Heading}");
            foreach (var (title, lines) in RegisterBlocks.Of(register, language))
            {
                output.WriteLine($"    {title}:");
                foreach (var line in lines)
                {
                    output.WriteLine($"      {line}");
                }
            }
        }

        if (report.Budget is { } budget)
        {
            WriteBudget(output, text, budget);
        }
    }

    private static void WriteBudget(TextWriter output, ReportText text, BudgetReport budget)
    {
        output.WriteLine();
        output.WriteLine($"  {text.BudgetHeading(budget)}");
        var columns = text.BudgetColumns;
        foreach (var (title, rows) in text.BudgetTables(budget))
        {
            output.WriteLine($"    {title}:");
            var first = Math.Max(5, rows.Max(r => r.Name.Length));
            var widths = columns.Select((c, i) => Math.Max(c.Length, rows.Max(r => r.Cells[i].Length))).ToList();
            output.WriteLine("      " + "".PadRight(first) + string.Concat(columns.Select((c, i) => "  " + (i < 4 ? c.PadLeft(widths[i]) : c))));
            foreach (var (name, cells) in rows)
            {
                output.WriteLine(("      " + name.PadRight(first) + string.Concat(cells.Select((c, i) => "  " + (i < 4 ? c.PadLeft(widths[i]) : c)))).TrimEnd());
            }
        }

        if (text.ForecastAccuracy(budget) is { Count: > 0 } accuracy)
        {
            output.WriteLine($"    {text.ForecastAccuracyTitle}:");
            foreach (var line in accuracy)
            {
                output.WriteLine($"      {line}");
            }
        }
    }

    private static void WriteTable(TextWriter output, ReportText text, ReportSummary summary)
    {
        var columns = text.Columns.ToList();
        var first = Math.Max(5, summary.Rows.Select(r => r.Group.Length).DefaultIfEmpty(0).Max());
        output.WriteLine("    " + text.GroupWord.PadRight(first) + string.Concat(columns.Select(c => "  " + c)));
        foreach (var row in summary.Rows)
        {
            output.WriteLine("    " + row.Group.PadRight(first) + string.Concat(columns.Select((c, i) => "  " + row.Counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(c.Length))));
        }
    }
}
