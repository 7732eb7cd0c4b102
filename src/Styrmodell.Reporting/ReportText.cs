using System.Globalization;
using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.Reporting;

/// <summary>The phrases the text and Markdown reports share, so that both say the same thing the same way.</summary>
internal static class ReportText
{
    public const string IllustrativeTextMark = "*";
    public const string IllustrativeDataMark = "†";
    public const string ForecastMark = "~";

    public static string Legend =>
        $"{IllustrativeTextMark} text not from the municipality's own documents (illustrative); " +
        $"{IllustrativeDataMark} result rests on illustrative figures; {ForecastMark} result rests on a forecast";

    public static string Heading(EvaluationReport report) =>
        $"{report.Municipality.Name} ({report.Municipality.Code}): goal fulfilment {report.Period.Id}, as of {Date(report.AsOf)}";

    public static string Source(SourceDocument source) =>
        source.Title + (source.Date is { } date ? $", {Date(date)}" : "") + (source.Reference is { } reference ? $" ({reference})" : "");

    /// <summary>E.g. <c>Delvis uppfyllt †~, coverage 50 %</c>.</summary>
    public static string Outcome(ReportRow row)
    {
        var marks = (row.RestsOnIllustrativeData ? IllustrativeDataMark : "") + (row.Result.IsForecast ? ForecastMark : "");
        return $"{row.Result.Category.Label}{(marks.Length > 0 ? " " + marks : "")}, coverage {Percent(row.Result.Coverage)}";
    }

    public static string Also(ReportRow row) =>
        row.ContributesTo.Count == 0 ? "" : "also feeds " + string.Join(", ", row.ContributesTo.Select(l => $"{l.Title} ({Number(l.Weight)})"));

    public static string GroupingTitle(SummaryGrouping grouping) => grouping switch
    {
        SummaryGrouping.Owner => "By owner",
        SummaryGrouping.TargetArea => "By target area (a node feeding two areas counts in both)",
        _ => "By level",
    };

    public static IEnumerable<string> Columns(EvaluationReport report) =>
        report.Scale.Categories.Select(c => c.Label).Append(report.Scale.NotAssessed.Label);

    public static string FinanceHeading(FinanceReport finance) =>
        $"Finance {finance.Year.FiscalYear} (amounts in {Styrmodell.Finance.AmountUnits.Symbol(finance.Year.Unit)})"
        + (finance.Year.Source is { } source ? $": {source}" : "");

    /// <summary>The financial part as titled blocks of lines, in the order an annual report gives them.</summary>
    public static IEnumerable<(string Title, IReadOnlyList<string> Lines)> FinanceBlocks(FinanceReport finance)
    {
        yield return ("Key ratios", [.. finance.KeyRatios.All.Select(r => r.ToString())]);
        var reconciliation = finance.Reconciliation;
        yield return ($"Balanskravsutredning ({reconciliation.RuleSetName})",
            [.. reconciliation.Steps.Select(s => s.ToString()), .. reconciliation.Problems.Select(p => "problem: " + p)]);
        if (!finance.Deficits.IsEmpty || !finance.DeficitProblems.IsEmpty)
        {
            yield return ("Deficits to restore (KL 11 kap. 12 §)",
                [.. finance.Deficits.Select(d => d.ToString()), .. finance.DeficitProblems.Select(p => "problem: " + p)]);
        }

        if (finance.Judgement is { } judgement)
        {
            yield return ("God ekonomisk hushållning" + (finance.JudgementRestsOnIllustrativeData ? " " + IllustrativeDataMark : ""), [.. judgement.Trace]);
        }
    }

    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0} %");

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
