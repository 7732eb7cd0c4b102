using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Sources;
using Styrmodell.Time;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>A follow-up element invented for illustration carries the illustrative-text mark from its provenance, not from its wording.</summary>
public class FollowUpMarkTests
{
    [Fact]
    public void An_illustrative_assignment_is_marked_and_a_real_one_is_not()
    {
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddLevel(new LevelDefinition("omr", "Målområde", LevelRole.TargetArea))
            .AddNode(new Node("a", "omr", "Trygghet") { OwnerId = "kf" })
            .Build();
        var followUp = new FollowUpData
        {
            SpecialAssignments =
            [
                new SpecialAssignment("su-1", "Utred lokalbehovet", "kf", new LocalDate(2024, 1, 15), 2024, 2024, Funding.WithinFrame)
                {
                    OwnerIds = ["kf"], Provenance = Provenance.Illustrative,
                },
                new SpecialAssignment("su-2", "Inför e-arkiv", "kf", new LocalDate(2024, 1, 15), 2024, 2024, Funding.WithinFrame)
                {
                    OwnerIds = ["kf"], Provenance = new Provenance { Source = "KF 2024-01-15 § 4" },
                },
            ],
        };

        var page = Reports.Parse(Reports.Html(ExchangeDocument.Create(model, followUp).Evaluate(ReportingPeriod.Year(2024), new LocalDate(2024, 12, 31))), out var errors);

        Assert.Empty(errors);
        var titles = page.QuerySelectorAll("#uppfoljning tbody tr").Select(r => r.QuerySelector("td, th")!.TextContent).ToList();
        Assert.Equal(["Utred lokalbehovet " + ReportText.IllustrativeTextMark, "Inför e-arkiv"], titles);
    }
}
