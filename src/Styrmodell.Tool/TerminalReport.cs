using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Styrmodell.Evaluation;
using Styrmodell.Reporting;

namespace Styrmodell.Tool;

/// <summary>
/// The evaluation report for a colour terminal: the hierarchy as a tree, each category in its scale's colour and
/// always also in words, summaries and key ratios as tables. Built from <see cref="EvaluationReport"/>'s data; used
/// only when standard output is a terminal and <c>NO_COLOR</c> is not set, so scripts and tests see the plain text of
/// <see cref="TextReportWriter"/>.
/// </summary>
internal static class TerminalReport
{
    public static void Write(EvaluationReport report, IAnsiConsole console, ReportLanguage language)
    {
        console.Write(new Rule(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{report.Municipality.Name} ({report.Municipality.Code}) · {report.Period.Id} · {report.AsOf:yyyy-MM-dd}"))).LeftJustified());
        console.Write(Hierarchy(report, language));
        foreach (var summary in report.Summaries)
        {
            console.Write(Summary(report, summary));
        }

        if (report.Finance is { } finance)
        {
            console.Write(KeyRatios(finance, language));
        }
    }

    private static Tree Hierarchy(EvaluationReport report, ReportLanguage language)
    {
        var tree = new Tree(Markup.Escape(report.Municipality.Name));
        var parents = new List<IHasTreeNodes> { tree };
        foreach (var row in report.Rows)
        {
            // Rows come depth first, so a row's parent is the last node added one level up.
            var parent = parents[Math.Min(row.Depth, parents.Count - 1)];
            var node = parent.AddNode(Label(row, report, language));
            parents.RemoveRange(row.Depth + 1, parents.Count - row.Depth - 1);
            parents.Add(node);
        }

        return tree;
    }

    private static Markup Label(ReportRow row, EvaluationReport report, ReportLanguage language)
    {
        var owner = row.Owner is null ? "" : $" [grey]— {Markup.Escape(row.Owner.Name)}[/]";
        var text = $"[bold]{Markup.Escape(row.Level.Name)}[/] {Markup.Escape(row.Node.Title)}{owner}";
        if (row.IsAssessed)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"\n{Category(row.Result.Category)} {row.Result.Coverage * 100:0} % [dim]{Markup.Escape(ExplanationText.Render(row.Result, report.Scale, report.Rounding, language))}[/]");
        }

        return new Markup(text);
    }

    /// <summary>The category's label in its scale's colour: the colour helps, the word carries the meaning.</summary>
    private static string Category(AssessmentCategory category) =>
        $"[{SafeColour(category.Colour)}]● {Markup.Escape(category.Label)}[/]";

    private static string SafeColour(string colour) =>
        colour.Length == 7 && colour[0] == '#' && colour[1..].All(char.IsAsciiHexDigit) ? colour : "default";

    private static Table Summary(EvaluationReport report, ReportSummary summary)
    {
        var categories = report.Scale.Categories.Append(report.Scale.NotAssessed).ToList();
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("");
        foreach (var category in categories)
        {
            table.AddColumn(new TableColumn(new Markup(Category(category))).RightAligned());
        }

        foreach (var row in summary.Rows)
        {
            table.AddRow([new Text(row.Group), .. row.Counts.Select(c => new Text(c.ToString(CultureInfo.InvariantCulture)))]);
        }

        return table;
    }

    private static Table KeyRatios(FinanceReport finance, ReportLanguage language)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(finance.Year.FiscalYear.ToString(CultureInfo.InvariantCulture)) };
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        foreach (var ratio in finance.KeyRatios.All)
        {
            IRenderable value = KeyRatioText.Value(ratio, finance.Year.Unit, language, finance.Reconciliation.Decimals) is { } shown
                ? new Text(shown)
                : new Markup($"[dim]{Markup.Escape(KeyRatioText.NotComputable(ratio, language) ?? "")}[/]");
            table.AddRow(new Text(KeyRatioText.Name(ratio, language)), value);
        }

        return table;
    }
}
