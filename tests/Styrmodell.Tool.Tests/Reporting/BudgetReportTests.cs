using System.Text.Json.Nodes;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>
/// The budget follow-up in the reports of the samples. Arboga's budget (illustrative amounts, mnkr): BUN's frame 420
/// against the interim report's forecast 423 is a deficit of 3, above the threshold of 1, answered by the action plan
/// ap-bun-2024-1 that names the frame; KS moved 2 from street lighting (Gator och parker, 12) to the new preschool
/// (Verksamhetslokaler, 30), so the areas' frames are 10 and 32, and the premises' forecast 33.5 is a deficit of 1.5
/// without a plan. Strängnäs' BUN frame 980 gets the 1.5 added for special assignment uppdrag-2.
/// </summary>
public class BudgetReportTests
{
    [Fact]
    public void Arboga_TextReport_ShowsEachCommitteesDeviation_AndThePlanAnsweringOne()
    {
        var (_, output, _) = Cli.Run("evaluate", Cli.Sample("arboga"));
        var lines = output.Split('\n');

        Assert.Contains(lines, l => l.Contains("Budgetuppföljning 2024 (belopp i mnkr", StringComparison.Ordinal));
        var bun = Assert.Single(lines, l => l.Contains("Barn- och utbildningsnämnden (illustrativ)", StringComparison.Ordinal) && l.Contains("423", StringComparison.Ordinal));
        Assert.Matches(@"420\s+280\s+423\s+-3\s+finns \(ap-bun-2024-1\)", bun);
        Assert.Contains(lines, l => l.Contains("Verksamhetslokaler", StringComparison.Ordinal) && l.TrimEnd().EndsWith("saknas", StringComparison.Ordinal));
    }

    [Fact]
    public void Arboga_EnglishMarkdown_SpeaksEnglish()
    {
        var (_, output, _) = Cli.Run("evaluate", Cli.Sample("arboga"), "--format", "markdown", "--language", "en");

        Assert.Contains("## Budget follow-up 2024 (amounts in mnkr, as of 2024-12-31)", output, StringComparison.Ordinal);
        Assert.Contains("| Total | 515 | 342.5 | 517.5 | -2.5 |  |", output, StringComparison.Ordinal);
        Assert.Contains("in place (ap-bun-2024-1)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Driftramar", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Arboga_JsonOutput_CarriesTheFollowUp()
    {
        var (_, output, _) = Cli.Run("evaluate", Cli.Sample("arboga"), "--format", "json");
        var budget = JsonNode.Parse(output)!["budget"]!;
        var frames = budget["frames"]!.AsArray().ToDictionary(f => (string)f!["id"]!);

        Assert.Equal((420m, 423m, -3m, "answered"), ((decimal)frames["drift-bun"]!["frame"]!, (decimal)frames["drift-bun"]!["forecast"]!, (decimal)frames["drift-bun"]!["deviation"]!, (string)frames["drift-bun"]!["actionPlanStatus"]!));
        Assert.Equal((10m, 32m), ((decimal)frames["inv-gator"]!["frame"]!, (decimal)frames["inv-lokaler"]!["frame"]!));
        Assert.Equal("missing", (string)frames["inv-lokaler"]!["actionPlanStatus"]!);
        var drift = budget["totals"]!.AsArray().Single(t => (string)t!["kind"]! == "drift")!;
        Assert.Equal(-2.5m, (decimal)drift["deviation"]!); // +0.5 − 3
    }

    [Fact]
    public void Strangnas_AssignmentFundedWithAddedMoney_RaisesTheFrame()
    {
        var (_, output, _) = Cli.Run("evaluate", Cli.Sample("strangnas"), "--format", "json");
        var bun = JsonNode.Parse(output)!["budget"]!["frames"]!.AsArray().Single(f => (string)f!["id"]! == "drift-bun-2022")!;

        Assert.Equal(981.5m, (decimal)bun["frame"]!);
    }
}
