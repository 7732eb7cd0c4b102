using System.Text.Json.Nodes;
using Styrmodell.Governance;
using Styrmodell.Reporting;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>The steering-document register in reports: words of the report's language, and the documents due as the review rules give them.</summary>
public class RegisterReportTests
{
    [Fact]
    public void EveryState_HasItsOwnWords_InBothLanguages_AndNoneIsTheEnumsName()
    {
        foreach (var language in new[] { ReportLanguage.Swedish, ReportLanguage.English })
        {
            var review = Enum.GetValues<ReviewState>().Select(s => RegisterWords.Review(s, language)).ToList();
            var validity = Enum.GetValues<ValidityState>().Select(s => RegisterWords.Validity(s, language)).ToList();
            var category = Enum.GetValues<DocumentCategory>().Select(c => RegisterWords.Category(c, language)).ToList();

            Assert.Equal(review.Count, review.Distinct().Count());
            Assert.Equal(validity.Count, validity.Distinct().Count());
            Assert.Equal(category.Count, category.Distinct().Count());
            Assert.DoesNotContain(review.Concat(validity).Concat(category), w => ReportChecks.EnumNames.Contains(w));
        }
    }

    [Fact]
    public void ArbogaAsOf20241231_DueForReview_AreTheOverdueThenTheComingYearsInDateOrder()
    {
        // samples/models/arboga.json (dates illustrative): three documents last decided by the council elected in 2014
        // and reviewed once per mandate period were due by that council's successor's last day, 2022-10-14; four have
        // stated review dates in 2025, within a year of 2024-12-31. The Finanspolicy of 2019 is not due until 2026-10-14.
        var json = JsonNode.Parse(Cli.Run("evaluate", Cli.Sample("arboga"), "--format", "json").Output)!["steeringDocuments"]!;

        Assert.Equal(
            ["intern-kontroll", "upphandlingspolicy", "oversiktsplan", "delegationsordning-ks", "uppsiktsplikt", "sep", "lokalforsorjning"],
            json["dueForReview"]!.AsArray().Select(n => n!.GetValue<string>()));
        var finanspolicy = json["documents"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == "finanspolicy")!;
        Assert.Equal("2026-10-14", finanspolicy["reviewDue"]!.GetValue<string>());
        Assert.Equal("notDue", finanspolicy["review"]!.GetValue<string>());
        Assert.Equal(18, json["countsPerType"]!.AsArray().Sum(c => c!["count"]!.GetValue<int>())); // the 18 documents of section 6.1
    }

    [Fact]
    public void Markdown_English_HasTheRegistersSections()
    {
        var output = Cli.Run("evaluate", Cli.Sample("vansbro"), "--format", "markdown", "--language", "en").Output;

        Assert.Contains("## Steering documents", output, StringComparison.Ordinal);
        Assert.Contains("### Due for review within a year", output, StringComparison.Ordinal);
        Assert.Contains("### Standing missions (grunduppdrag) and their important documents", output, StringComparison.Ordinal);
    }
}
