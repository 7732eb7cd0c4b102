using Styrmodell.Budget;
using Styrmodell.Exchange;
using Styrmodell.Reporting;
using Styrmodell.Time;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// A deficit below the committee's own frame still needs its action plan (any deficit does, by the default threshold):
/// Socialnämnden's frame of 300 000 tkr is split into äldreomsorgen 200 000 and IFO 100 000; äldreomsorgen forecasts
/// 210 000 (a deficit of 10 000) and IFO 90 000, so the committee as a whole is within its frame while one of its
/// parts is not, and has no plan. The report lists that part; it would be lost in the committee's row.
/// </summary>
public class UnansweredPartsTests
{
    [Fact]
    public void APartsDeficitWithoutAPlan_IsListed_ThoughItsCommitteeIsWithinFrame()
    {
        var budget = new BudgetRecord
        {
            Frames = [Drift("son", "son", 300_000), Drift("aldre", "aldre", 200_000, "son"), Drift("ifo", "ifo", 100_000, "son")],
            Forecasts = [new BudgetForecast("aldre", ReportingPeriod.Interim(2024, 8), 8, 210_000), new BudgetForecast("ifo", ReportingPeriod.Interim(2024, 8), 8, 90_000)],
        };
        var evaluation = new ExchangeDocumentBuilder(Organisation()).WithAuthority(Authority).WithBudget(budget).Build().Evaluate(ReportingPeriod.Year(2024));

        var report = EvaluationReport.Create(evaluation).Budget!;
        using var text = new StringWriter();
        TextReportWriter.Write(EvaluationReport.Create(evaluation), text);

        Assert.Equal(0m, report.Rows.Single(r => r.Line.Frame.Id == "son").Line.Deviation);
        var part = Assert.Single(report.UnansweredParts);
        Assert.Equal(("aldre", -10_000m), (part.Line.Frame.Id, part.Line.Deviation));
        Assert.Contains("Delar med avvikelse utan åtgärdsplan", text.ToString(), StringComparison.Ordinal);
    }
}
