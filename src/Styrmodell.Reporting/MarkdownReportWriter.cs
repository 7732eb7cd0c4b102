using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace Styrmodell.Reporting;

/// <summary>Writes an <see cref="EvaluationReport"/> as CommonMark: a nested list for the hierarchy, tables for the summaries.</summary>
/// <remarks>Text from the document is escaped, so a title with <c>*</c>, <c>|</c>, <c>&lt;</c> or <c>&amp;</c> prints as written.</remarks>
/// <threadsafety>Stateless; safe to call from any number of threads with different writers.</threadsafety>
public static class MarkdownReportWriter
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
        output.WriteLine($"# {Escape(text.Heading)}");
        output.WriteLine();
        if (report.Sources.Count > 0)
        {
            output.WriteLine($"{text.SourcesTitle}:");
            output.WriteLine();
            foreach (var source in report.Sources)
            {
                output.WriteLine($"- {Escape(ReportText.Source(source))}");
            }

            output.WriteLine();
        }

        output.WriteLine($"{text.MarksWord}: {Escape(text.Legend)}.");
        output.WriteLine();
        output.WriteLine($"## {text.GoalsTitle}");
        output.WriteLine();
        foreach (var row in report.Rows)
        {
            var line = new StringBuilder(new string(' ', 2 * row.Depth)).Append("- **").Append(Escape(row.Node.Title)).Append("**");
            if (row.IsIllustrative)
            {
                line.Append(' ').Append(Escape(ReportText.IllustrativeTextMark));
            }

            line.Append(" (").Append(Escape(row.Level.Name)).Append(row.Owner is null ? "" : ", " + Escape(row.Owner.Name)).Append(')');
            if (row.IsAssessed)
            {
                line.Append(": *").Append(Escape(text.Outcome(row))).Append("* — ").Append(Escape(text.Explanation(row)));
            }

            if (text.Also(row) is { Length: > 0 } also)
            {
                line.Append(" — ").Append(Escape(also));
            }

            output.WriteLine(line.ToString());
        }

        foreach (var summary in report.Summaries)
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(text.GroupingTitle(summary.Grouping))}");
            output.WriteLine();
            var columns = text.Columns.ToList();
            output.WriteLine($"| {text.GroupWord} | " + string.Join(" | ", columns.Select(Escape)) + " |");
            output.WriteLine("|---|" + string.Concat(columns.Select(_ => "---:|")));
            foreach (var row in summary.Rows)
            {
                output.WriteLine($"| {Escape(row.Group)} | " + string.Join(" | ", row.Counts.Select(c => c.ToString(CultureInfo.InvariantCulture))) + " |");
            }
        }

        if (report.Finance is { } finance)
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(text.FinanceHeading(finance))}");
            foreach (var (title, lines) in text.FinanceBlocks(finance))
            {
                output.WriteLine();
                output.WriteLine($"### {Escape(title)}");
                output.WriteLine();
                foreach (var line in lines)
                {
                    output.WriteLine($"- {Escape(line)}");
                }
            }
        }
        if (report.Register is { } register)
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(RegisterWords.Of(language).Heading)}");
            foreach (var (title, lines) in RegisterBlocks.Of(register, language))
            {
                output.WriteLine();
                output.WriteLine($"### {Escape(title)}");
                output.WriteLine();
                foreach (var line in lines)
                {
                    output.WriteLine($"- {Escape(line)}");
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
        output.WriteLine($"## {Escape(text.BudgetHeading(budget))}");
        foreach (var (title, rows) in text.BudgetTables(budget))
        {
            output.WriteLine();
            output.WriteLine($"### {Escape(title)}");
            output.WriteLine();
            output.WriteLine("| | " + string.Join(" | ", text.BudgetColumns.Select(Escape)) + " |");
            output.WriteLine("|---|---:|---:|---:|---:|---|");
            foreach (var (name, cells) in rows)
            {
                output.WriteLine($"| {Escape(name)} | " + string.Join(" | ", cells.Select(Escape)) + " |");
            }
        }

        if (text.ForecastAccuracy(budget) is { Count: > 0 } accuracy)
        {
            output.WriteLine();
            output.WriteLine($"### {Escape(text.ForecastAccuracyTitle)}");
            output.WriteLine();
            foreach (var line in accuracy)
            {
                output.WriteLine($"- {Escape(line)}");
            }
        }
    }

    /// <summary>Escapes the characters CommonMark would read as markup.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>' or '|' or '#' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
