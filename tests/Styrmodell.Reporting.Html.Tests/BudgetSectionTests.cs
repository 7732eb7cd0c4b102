namespace Styrmodell.Reporting.Html.Tests;

/// <summary>
/// The budget follow-up in the HTML report. Arboga's budget (samples/models/arboga.json, illustrative amounts, mnkr):
/// BUN's frame 420 against the forecast 423 is a deficit of 3, answered by the action plan ap-bun-2024-1; KS moved 2
/// from Gator och parker (12) to Verksamhetslokaler (30), whose forecast 33.5 is a deficit of 1.5 without a plan; the
/// drift total deviates +0.5 − 3 = −2.5.
/// </summary>
public class BudgetSectionTests
{
    [Fact]
    public void Arboga_ShowsEachFramesFigures_ThePlanAnsweringOne_AndTheTotal()
    {
        var page = Reports.Parse(Reports.Html(Reports.Sample("arboga").EvaluateLatest()), out var errors);
        var section = page.QuerySelector("section#budget")!;
        var tables = section.QuerySelectorAll("table").Select(t => t.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList()).ToList();
        var (drift, investment) = (tables[0], tables[1]);

        Assert.Empty(errors);
        Assert.StartsWith("Budgetuppföljning 2024 (belopp i mnkr", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var bun = Assert.Single(drift, r => r[0].StartsWith("Barn- och utbildningsnämnden", StringComparison.Ordinal));
        Assert.Equal(["420", "280", "423", "-3", "finns (ap-bun-2024-1)"], bun.Skip(1));
        Assert.Contains(investment, r => r[0].StartsWith("Verksamhetslokaler", StringComparison.Ordinal) && r[3] == "33,5" && r[5] == "saknas");
        Assert.Equal(["Summa", "515", "342,5", "517,5", "-2,5", ""], drift[^1]);
    }

    [Fact]
    public void English_SpeaksEnglish()
    {
        var section = Reports.Parse(Reports.Html(Reports.Sample("arboga").EvaluateLatest(), ReportLanguage.English), out _).QuerySelector("section#budget")!;

        Assert.StartsWith("Budget follow-up 2024 (amounts in mnkr", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(section.QuerySelectorAll("caption"), c => c.TextContent == "Operating frames per committee");
        Assert.DoesNotContain("Driftramar", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithoutABudget_HasNoBudgetSection() =>
        Assert.Null(Reports.Parse(Reports.Html(Reports.Sample("vansbro").EvaluateLatest()), out _).QuerySelector("section#budget"));
}
