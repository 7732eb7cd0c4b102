using System.Globalization;
using Styrmodell.Evaluation;
using Styrmodell.Finance;
using Styrmodell.Model;

namespace Styrmodell.Reporting;

/// <summary>The phrases the text and Markdown reports share, in the report's language, so that both say the same thing the same way.</summary>
internal sealed partial class ReportText(EvaluationReport report, ReportLanguage language)
{
    public const string IllustrativeTextMark = "*";
    public const string IllustrativeDataMark = "†";
    public const string ForecastMark = "~";

    private readonly Words _words = Words.For(language);

    private Numbers N => _words.Numbers;

    public string Legend => _words.T(
        $"{IllustrativeTextMark} text som inte kommer från kommunens egna dokument (illustrativ); {IllustrativeDataMark} resultatet vilar på illustrativa siffror; {ForecastMark} resultatet vilar på en prognos",
        $"{IllustrativeTextMark} text not from the municipality's own documents (illustrative); {IllustrativeDataMark} result rests on illustrative figures; {ForecastMark} result rests on a forecast");

    public string SourceWord => _words.T("källa", "source");

    public string SourcesTitle => _words.T("Källor", "Sources");

    public string MarksWord => _words.T("Tecken", "Marks");

    public string GoalsTitle => _words.T("Mål", "Goals");

    public string GroupWord => _words.T("grupp", "group");

    public string Heading => _words.T(
        $"{report.Municipality.Name} ({report.Municipality.Code}): måluppfyllelse {report.Period.Id}, per {Date(report.AsOf)}",
        $"{report.Municipality.Name} ({report.Municipality.Code}): goal fulfilment {report.Period.Id}, as of {Date(report.AsOf)}");

    public static string Source(SourceDocument source) =>
        source.Title + (source.Date is { } date ? $", {Date(date)}" : "") + (source.Reference is { } reference ? $" ({reference})" : "");

    /// <summary>E.g. <c>Delvis uppfyllt †~, täckning 50 %</c>.</summary>
    public string Outcome(ReportRow row)
    {
        var marks = (row.RestsOnIllustrativeData ? IllustrativeDataMark : "") + (row.Result.IsForecast ? ForecastMark : "");
        return $"{row.Result.Category.Label}{(marks.Length > 0 ? " " + marks : "")}, {_words.T("täckning", "coverage")} {N.Percent(row.Result.Coverage, Rounding.Default)}";
    }

    public string Explanation(ReportRow row) => ExplanationText.Render(row.Result, report.Scale, report.Rounding, language);

    public string Also(ReportRow row) =>
        row.ContributesTo.Count == 0 ? ""
            : _words.T("matar även ", "also feeds ") + string.Join(", ", row.ContributesTo.Select(l => $"{l.Title} ({N.Short(l.Weight)})"));

    public string GroupingTitle(SummaryGrouping grouping) => _words.Grouping(grouping);

    public IEnumerable<string> Columns =>
        report.Scale.Categories.Select(c => c.Label).Append(report.Scale.NotAssessed.Label);

    public string FinanceHeading(FinanceReport finance) =>
        _words.T($"Ekonomi {finance.Year.FiscalYear} (belopp i {AmountUnits.Symbol(finance.Year.Unit)})", $"Finance {finance.Year.FiscalYear} (amounts in {AmountUnits.Symbol(finance.Year.Unit)})")
        + (finance.Year.Source is { } source ? $": {source}" : "");

    /// <summary>
    /// The financial part as titled blocks of lines, in the order an annual report gives them: each line of the
    /// balanskravsutredning with its amount and formula, and the judgement's conclusion with its reasons.
    /// </summary>
    public IEnumerable<(string Title, IReadOnlyList<string> Lines)> FinanceBlocks(FinanceReport finance)
    {
        yield return (_words.T("Nyckeltal", "Key ratios"), [.. finance.KeyRatios.All.Select(r => KeyRatio(r, finance.Year.Unit, finance.Reconciliation.Decimals))]);
        var reconciliation = finance.Reconciliation;
        yield return ($"{_words.T("Balanskravsutredning", "Balance-requirement reconciliation")} ({reconciliation.RuleSetName})",
        [
            .. reconciliation.Steps.Select(s => FinanceTraceText.Label(s, reconciliation, language) + ": " + (s.Amount is { } a ? N.Exact(FinanceTraceText.IsAmount(s) ? reconciliation.Present(a) : a) : "–")
                + " (" + FinanceTraceText.Explain(s, reconciliation, language) + ")"),
            .. reconciliation.Problems.Select(Problem),
        ]);
        if (!finance.Deficits.IsEmpty || !finance.DeficitProblems.IsEmpty)
        {
            yield return (_words.T("Underskott att återställa (KL 11 kap. 12 §)", "Deficits to restore (KL 11 kap. 12 §)"),
                [.. finance.Deficits.Select(Deficit), .. finance.DeficitProblems.Select(Problem)]);
        }

        if (finance.Judgement is { } judgement)
        {
            var title = _words.T("God ekonomisk hushållning", "Good financial management")
                + (finance.JudgementRestsOnIllustrativeData ? " " + IllustrativeDataMark : "");
            yield return (title, JudgementText.Lines(judgement, language, finance.Reconciliation.Decimals));
        }
    }

    public static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string KeyRatio(KeyRatio ratio, AmountUnit unit, int? decimals)
    {
        var name = KeyRatioText.Name(ratio, language);
        return KeyRatioText.Value(ratio, unit, language, decimals) is { } shown
            ? name + ": " + shown + " (" + KeyRatioText.Formula(ratio, unit, language, decimals) + ")"
            : name + ": " + _words.T("kan inte beräknas", "not computable") + " (" + KeyRatioText.NotComputable(ratio, language) + ")";
    }

    private string Deficit(DeficitPosition position) => _words.T(
        $"{position.Deficit.FiscalYear}: {N.Exact(position.Remaining)} kvar per {position.AsOfYear}, återställs senast {position.DeadlineYear}{(position.IsOverdue ? " (försenat)" : "")}",
        $"{position.Deficit.FiscalYear} as of {position.AsOfYear}: {N.Exact(position.Remaining)} remaining, deadline {position.DeadlineYear}{(position.IsOverdue ? " (overdue)" : "")}");

    private string Problem(Validation.ValidationProblem problem) =>
        _words.T("problem: ", "problem: ") + (language == ReportLanguage.English ? problem.ToString() : problem.Code);
}
