using Styrmodell.Finance;

namespace Styrmodell.Reporting;

/// <summary>The budget part's words and tables, for the text and Markdown writers alike.</summary>
internal sealed partial class ReportText
{
    public string BudgetHeading(BudgetReport budget) => _words.T(
        $"Budgetuppföljning {budget.Year} (belopp i {AmountUnits.Symbol(budget.Unit)}, per {Date(budget.AsOf)})",
        $"Budget follow-up {budget.Year} (amounts in {AmountUnits.Symbol(budget.Unit)}, as of {Date(budget.AsOf)})");

    public IReadOnlyList<string> BudgetColumns =>
    [
        _words.T("Ram", "Frame"), _words.T("Utfall hittills", "Outcome to date"), _words.T("Prognos helår", "Full-year forecast"),
        _words.T("Avvikelse", "Deviation"), _words.T("Åtgärdsplan", "Action plan"),
    ];

    /// <summary>One table per kind of frame: a name and five cells per frame, the total last.</summary>
    public IEnumerable<(string Title, IReadOnlyList<(string Name, IReadOnlyList<string> Cells)> Rows)> BudgetTables(BudgetReport budget)
    {
        foreach (var total in budget.Totals.ToList())
        {
            var rows = budget.Rows.Where(r => r.Line.Frame.Kind == total.Kind).Select(Row).ToList();
            rows.Add((_words.T("Summa", "Total"), [Amount(total.FrameInForce), Amount(total.OutcomeToDate), Amount(total.Forecast), Signed(total.Deviation), ""]));
            yield return (BudgetWords.Frames(total.Kind, language), rows);
        }

        if (!budget.UnansweredParts.IsEmpty)
        {
            yield return (_words.T("Delar med avvikelse utan åtgärdsplan", "Parts with a deviation and no action plan"), [.. budget.UnansweredParts.Select(Row)]);
        }
    }

    /// <summary>Each forecast's accuracy against the final outcome, one line each.</summary>
    public IReadOnlyList<string> ForecastAccuracy(BudgetReport budget) =>
    [
        .. budget.Accuracy.Select(a => _words.T(
            $"{a.FrameId}, prognos {a.Point.Id}: {Amount(a.Forecast)} mot utfall {Amount(a.Final)}, skillnad {Signed(a.Difference)}{Share(a.Share)}",
            $"{a.FrameId}, forecast {a.Point.Id}: {Amount(a.Forecast)} against outcome {Amount(a.Final)}, difference {Signed(a.Difference)}{Share(a.Share)}")),
    ];

    public string ForecastAccuracyTitle => _words.T("Prognossäkerhet (prognos − utfall)", "Forecast accuracy (forecast − outcome)");

    /// <summary>A frame's name (marked when illustrative) and its five cells.</summary>
    private (string Name, IReadOnlyList<string> Cells) Row(BudgetReportRow r) => (
        r.Name + (r.IsIllustrative ? " " + IllustrativeDataMark : ""),
        [Amount(r.Line.FrameInForce), Amount(r.Line.OutcomeToDate), Amount(r.Line.Forecast), Signed(r.Line.Deviation), Plan(r)]);

    private string Plan(BudgetReportRow row) =>
        BudgetWords.PlanStatus(row.PlanStatus, language) + (row.ActionPlanIds.Count > 0 ? " (" + string.Join(", ", row.ActionPlanIds) + ")" : "");

    private string Amount(decimal? amount) => amount is { } a ? N.Grouped(a) : "–";

    private string Signed(decimal? amount) => amount is { } a ? (a > 0 ? "+" : "") + N.Grouped(a) : "–";

    private string Share(decimal? share) => share is { } s ? $" ({N.Exact(Math.Round(s * 100, 1, MidpointRounding.AwayFromZero))} %)" : "";
}
