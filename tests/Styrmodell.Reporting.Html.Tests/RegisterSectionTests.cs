namespace Styrmodell.Reporting.Html.Tests;

/// <summary>The steering-document register in the HTML report.</summary>
public class RegisterSectionTests
{
    [Fact]
    public void Arboga_ListsEachOfItsDocumentsOnce_AndTheOverdueReview()
    {
        // samples/models/arboga.json: the 18 documents its steering model lists in section 6.1; evaluated as of
        // 2024-12-31, its Upphandlingspolicy (illustratively KF 2017-04-24, once per mandate period) was due 2022-10-14.
        var page = Reports.Parse(Reports.Html(Reports.Sample("arboga").EvaluateLatest()), out var errors);
        var section = page.QuerySelector("section#styrdokument")!;
        var tables = section.QuerySelectorAll("table").ToList();

        Assert.Empty(errors);
        Assert.Equal("Styrdokument", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(18, tables[0].QuerySelectorAll("tbody tr").Length);
        var due = tables[1].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(due, r => r.Contains("Upphandlingspolicy", StringComparison.Ordinal) && r.Contains("2022-10-14", StringComparison.Ordinal) && r.Contains("aktualitetsprövning försenad", StringComparison.Ordinal));
    }

    [Fact]
    public void ADocumentWithoutARegister_HasNoRegisterSection() =>
        Assert.Null(Reports.Parse(Reports.Html(Reports.Sample("strangnas").EvaluateLatest()), out _).QuerySelector("section#styrdokument"));
}
