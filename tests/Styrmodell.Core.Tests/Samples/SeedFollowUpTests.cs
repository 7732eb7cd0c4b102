using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Time;

using Styrmodell.Samples;

namespace Styrmodell.Tests.Samples;

/// <summary>The seed samples' follow-up data: what each seed says, and every invented text marked illustrative.</summary>
public class SeedFollowUpTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    [Fact]
    public void Strangnas_PlansInFourLevels_WithTheSeedsHorizons()
    {
        var levels = SampleDocuments.Read("strangnas").Document!.FollowUp.PlanLevels;

        // Flerårsplan, verksamhetsplan and kontorsplan: three years, revised yearly; arbetsplan: one year.
        Assert.Equal([("Flerårsplan", 3, true), ("Verksamhetsplan", 3, true), ("Kontorsplan", 3, true), ("Arbetsplan", 1, false)],
            levels.Select(l => (l.Name, l.HorizonYears, l.RevisedYearly)));
        Assert.Equal([null, "flerarsplan", "verksamhetsplan", "kontorsplan"], levels.Select(l => l.ParentId));
    }

    [Fact]
    public void Strangnas_SchoolUnitsActivity_IsPlannedPerSchoolYear() =>
        Assert.Equal(ReportingPeriodKind.SchoolYear, Assert.Single(SampleDocuments.Read("strangnas").Document!.FollowUp.Activities).Period.Kind);

    // Risk-1 scores 2×3 = 6 (medel), risk-2 3×3 = 9 (hög) on the 1–4 preset; kontroll-2 found one deviation, answered by
    // one action that is done; kontroll-1 has no result yet.
    [Fact]
    public void Vansbro_InternalControlPlan_SummarisesByBand()
    {
        var plan = Assert.Single(SampleDocuments.Read("vansbro").Document!.FollowUp.InternalControlPlans);

        var summary = InternalControlSummary.Of(plan, AsOf);

        Assert.Equal([0, 1, 1, 0], summary.RisksPerBand.Select(b => b.Count));
        Assert.Equal((2, 1, 1, 1, 1), (summary.Controls, summary.ControlsCarriedOut, summary.Deviations, summary.Actions, summary.ActionsDone));
    }

    [Fact]
    public void Vasteras_StatusCheck_RendersWithItsOwnHeadings()
    {
        var document = SampleDocuments.Read("vasteras").Document!;

        var page = StatusCheckMarkdown.Render(StatusCheck.Generate(GoalEvaluator.Evaluate(document.Model, ReportingPeriod.Year(2024), AsOf), document.FollowUp, "bun"));

        Assert.StartsWith("# Nulägeskoll: Barn- och ungdomsnämnden (illustrativ), 2024", page, StringComparison.Ordinal);
        Assert.Contains("## Vår samlade analys av nämndens nuläge\n\nIllustrativt: ", page, StringComparison.Ordinal);
        Assert.Contains("## Verksamhetens resultat", page, StringComparison.Ordinal);
        Assert.Contains("- Tryggare skolmiljöer (Nämndens mål): ", page, StringComparison.Ordinal); // each of the committee's three goals is listed
        Assert.Contains("- Fler elever når kunskapskraven i alla ämnen (Nämndens mål): ", page, StringComparison.Ordinal);
        Assert.Contains("- Fler unga går vidare till studier eller arbete (Nämndens mål): ", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Arboga_ActionPlan_AnswersABudgetDeviationWithMeasures()
    {
        var plan = Assert.Single(SampleDocuments.Read("arboga").Document!.FollowUp.ActionPlans);

        Assert.Equal(("bun", "drift-bun", 2), (plan.OwnerId, plan.BudgetLine, plan.Measures.Count));
    }

    public static TheoryData<string> Codes => ["1980", "0486", "2021", "1984"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void InventedFollowUpElements_AreMarkedIllustrative(string code)
    {
        var data = SampleDocuments.Names.Select(n => SampleDocuments.Read(n).Document!).Single(d => d.Model.Municipality.Code == code).FollowUp;
        string?[] descriptions =
        [
            .. data.SpecialAssignments.Select(a => a.Description), .. data.Activities.Select(a => a.Description),
            .. data.InternalControlPlans.Select(p => p.Description), .. data.InternalControlPlans.SelectMany(p => p.Risks).Select(r => r.Description),
            .. data.ActionPlans.Select(p => p.Description), .. data.AnalysisTexts.Select(t => t.Text),
            .. data.StatusCheckTexts.SelectMany(t => new[] { t.Mission, t.Needs, t.Challenges, t.Trends }),
        ];

        Assert.False(data.IsEmpty);
        Assert.All(descriptions, d => Assert.StartsWith("Illustrativt: ", d, StringComparison.Ordinal));
    }
}
