using Styrmodell.FollowUp;
using Styrmodell.Reporting;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>Follow-up states print as words of the report's language, never as the enum's name.</summary>
public class FollowUpWordsTests
{
    [Fact]
    public void EveryWorkStatus_HasItsOwnSwedishWord_AndNoneIsTheEnumsName()
    {
        var words = Enum.GetValues<WorkStatus>().Select(s => FollowUpWords.Status(s)).ToList();

        Assert.Equal(["Ej påbörjat", "Pågår", "Klart", "Försenat", "Avbrutet"], words);
        Assert.DoesNotContain(words, w => Enum.GetNames<WorkStatus>().Contains(w));
    }

    [Fact]
    public void EveryWorkStatus_HasItsOwnEnglishWord()
    {
        var words = Enum.GetValues<WorkStatus>().Select(s => FollowUpWords.Status(s, ReportLanguage.English)).ToList();

        Assert.Equal(["Not started", "Ongoing", "Done", "Delayed", "Cancelled"], words);
    }

    [Fact]
    public void Funding_SaysWithinTheFrame_OrTheAmountAdded_GroupedAsReportsGroupThousands()
    {
        Assert.Equal("inom ram", FollowUpWords.Funding(Funding.WithinFrame));
        Assert.Equal("tillfört anslag 1\u202f500\u202f000 kr", FollowUpWords.Funding(Funding.AddedBudget(1_500_000)));
        Assert.Equal("added budget 1,500,000 kr", FollowUpWords.Funding(Funding.AddedBudget(1_500_000), ReportLanguage.English));
    }
}
