using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Validation;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.FollowUp;

/// <summary>
/// Internal control (KL 6 kap. 6 §; Vansbro: risk → kontroll → åtgärd): risk scales of 1–4 and 1–5, the matrix,
/// the owner summary and each rule broken once. Risks, scores and dates are illustrative.
/// </summary>
public class InternalControlTests
{
    private static readonly LocalDate Spring = new(2024, 4, 15);
    private static readonly LocalDate Autumn = new(2024, 10, 15);

    private static CorrectiveAction Action(string id, WorkStatus status, LocalDate deadline) =>
        new(id, "Utbildning i attestrutinen", "Ekonomichef", deadline, status);

    /// <summary>
    /// KS's plan for 2024 on the 1–4 scale: r1 scored 3×4 = 12 (mycket hög) with control c1, which found a deviation in
    /// spring (two actions: a1 done, a2 open with deadline 2024-09-30) and none in autumn; r2 scored 2×2 = 4 (medel)
    /// with control c2, not yet carried out; r3 scored 1×3 = 3 (låg) with no control.
    /// </summary>
    private static InternalControlPlan KsPlan() => new("ik-ks-2024", "ks", 2024, RiskScale.FourSteps)
    {
        DecisionDate = new LocalDate(2023, 12, 11),
        Risks =
        [
            new Risk("r1", "Leverantörsfakturor attesteras inte enligt rutin", 3, 4)
            {
                Category = "processer och rutiner",
                GoalIds = ["k1"],
                Controls =
                [
                    new Control("c1", "Attest av leverantörsfakturor", "Stickprov på 20 fakturor", "Controller", ControlFrequency.HalfYearly)
                    {
                        When = "april och oktober",
                        Results =
                        [
                            new ControlResult(Spring, "3 av 20 fakturor saknade attest.") { Deviation = "Attest saknas", Actions = [Action("a1", WorkStatus.Done, new LocalDate(2024, 6, 30)), Action("a2", WorkStatus.Ongoing, new LocalDate(2024, 9, 30))] },
                            new ControlResult(Autumn, "Inga avvikelser."),
                        ],
                    },
                ],
            },
            new Risk("r2", "Ny lagstiftning hinner inte mötas", 2, 2) { Controls = [new Control("c2", "Bevakning av ny lagstiftning", "Genomgång", "Kanslichef", ControlFrequency.Yearly)] },
            new Risk("r3", "Driftstopp i e-tjänster", 1, 3),
        ],
    };

    private static ExchangeDocumentBuilder WithPlans(params InternalControlPlan[] plans) =>
        Builder().With(new FollowUpData { InternalControlPlans = [.. plans] });

    [Fact]
    public void Build_PlansOnFourAndFiveStepScales_AreBothValid()
    {
        var five = new InternalControlPlan("ik-bun-2024", "bun", 2024, RiskScale.FiveSteps) { Risks = [new Risk("r1", "Brister i elevhälsans journalföring", 5, 5)] };

        var model = WithPlans(KsPlan(), five).Build();

        Assert.Equal(2, model.FollowUp.InternalControlPlans.Count);
    }

    // The presets' bands: 1–4 scale låg 1–3, medel 4–7, hög 8–11, mycket hög 12–16; 1–5 scale låg 1–4, medel 5–9, hög 10–14, mycket hög 15–25.
    [Theory]
    [InlineData(4, 3, "lag")]
    [InlineData(4, 4, "medel")]
    [InlineData(4, 9, "hog")]
    [InlineData(4, 12, "mycket-hog")]
    [InlineData(4, 16, "mycket-hog")]
    [InlineData(5, 4, "lag")]
    [InlineData(5, 10, "hog")]
    [InlineData(5, 25, "mycket-hog")]
    public void BandFor_Presets_FollowTheirBands(int steps, int value, string band) =>
        Assert.Equal(band, (steps == 4 ? RiskScale.FourSteps : RiskScale.FiveSteps).BandFor(value).Id);

    [Fact]
    public void BandFor_ValueBeyondTheScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScale.FourSteps.BandFor(17));

    [Fact]
    public void RiskScale_OwnBandsAndLabels_AreKept()
    {
        var scale = new RiskScale(3, [new("gron", "Acceptabel", "green", 1), new("rod", "Åtgärda", "red", 6)])
        {
            ProbabilityLabels = ["Osannolik", "Möjlig", "Sannolik"],
            ConsequenceLabels = ["Lindrig", "Kännbar", "Allvarlig"],
        };

        Assert.Equal("gron", scale.BandFor(4).Id);
        Assert.Equal("rod", scale.BandFor(6).Id);
        Assert.Equal("Möjlig", scale.ProbabilityLabels[1]);
    }

    public static TheoryData<Func<RiskScale>, string> BadScales => new()
    {
        { () => new RiskScale(4, []), "starts at value 1" },
        { () => new RiskScale(4, [new("a", "A", "green", 2)]), "starts at value 1" },
        { () => new RiskScale(4, [new("a", "A", "green", 1), new("b", "B", "red", 1)]), "does not rise" },
        { () => new RiskScale(4, [new("a", "A", "green", 1), new("b", "B", "red", 17)]), "above the highest value 16" },
        { () => new RiskScale(4, [new("a", "A", "green", 1), new("a", "B", "red", 8)]), "unique" },
        { () => RiskScale.FourSteps with { ProbabilityLabels = ["Låg", "Hög"] }, "one per step (1–4)" },
    };

    [Theory]
    [MemberData(nameof(BadScales))]
    public void RiskScale_Inconsistent_ThrowsWithTheReason(Func<RiskScale> create, string fragment) =>
        Assert.Contains(fragment, Assert.ThrowsAny<ArgumentException>(create).Message, StringComparison.Ordinal);

    [Fact]
    public void RiskScale_TooFewOrTooManySteps_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScale(1, [new("a", "A", "green", 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScale(11, [new("a", "A", "green", 1)]));
    }

    [Fact]
    public void RiskMatrix_CountsEachRiskInItsCell_WithTheCellsBand()
    {
        var matrix = RiskMatrix.Of(KsPlan());

        Assert.Equal(16, matrix.Cells.Count);
        Assert.Equal(3, matrix.Total);
        Assert.Equal(["r1"], matrix[3, 4].RiskIds);
        Assert.Equal("mycket-hog", matrix[3, 4].Band.Id);
        Assert.Equal(1, matrix[2, 2].Count);
        Assert.Equal("medel", matrix[2, 2].Band.Id);
        Assert.Equal(0, matrix[4, 4].Count);
        Assert.Equal("#C62828", matrix[4, 4].Band.Colour);
        Assert.Equal((1, 1), (matrix.Cells[0].Probability, matrix.Cells[0].Consequence));
        Assert.Equal((1, 2), (matrix.Cells[1].Probability, matrix.Cells[1].Consequence));
    }

    [Fact]
    public void RiskMatrix_RiskOutsideTheScale_Throws() =>
        Assert.Throws<ArgumentException>(() => RiskMatrix.Of(RiskScale.FourSteps, [new Risk("r", "R", 5, 1)]));

    // As of 2024-11-01: 3 risks, one per band låg (r3), medel (r2) and mycket hög (r1), none hög; 2 controls, of which
    // only c1 has been carried out; r3 has no control; one deviation (spring), answered by a1 and a2; a1 is done; a2 is
    // open past its deadline 2024-09-30, so overdue.
    [Fact]
    public void Summary_OfThePlan_CountsRisksControlsDeviationsAndActions()
    {
        var summary = InternalControlSummary.Of(KsPlan(), new LocalDate(2024, 11, 1));

        Assert.Equal(("ik-ks-2024", "ks", 2024, 3), (summary.PlanId, summary.OwnerId, summary.Year, summary.Risks));
        Assert.Equal([1, 1, 0, 1], summary.RisksPerBand.Select(b => b.Count));
        Assert.Equal(["lag", "medel", "hog", "mycket-hog"], summary.RisksPerBand.Select(b => b.Band.Id));
        Assert.Equal((2, 1, 1), (summary.Controls, summary.ControlsCarriedOut, summary.RisksWithoutControl));
        Assert.Equal((1, 0), (summary.Deviations, summary.DeviationsWithoutAction));
        Assert.Equal((2, 1, 1), (summary.Actions, summary.ActionsDone, summary.ActionsOverdue));
    }

    // Before the spring control (2024-04-15) nothing is known yet; on the deadline day a2 is not yet overdue.
    [Theory]
    [InlineData(2024, 4, 14, 0, 0, 0)]
    [InlineData(2024, 9, 30, 1, 1, 0)]
    [InlineData(2024, 10, 1, 1, 1, 1)]
    public void Summary_AsOfADate_KnowsOnlyResultsDatedByThen(int year, int month, int day, int carriedOut, int deviations, int overdue)
    {
        var summary = InternalControlSummary.Of(KsPlan(), new LocalDate(year, month, day));

        Assert.Equal((carriedOut, deviations, overdue), (summary.ControlsCarriedOut, summary.Deviations, summary.ActionsOverdue));
    }

    [Fact]
    public void ForYear_GivesOneSummaryPerOwnersPlanForThatYear()
    {
        var data = new FollowUpData
        {
            InternalControlPlans = [KsPlan(), KsPlan() with { Id = "ik-ks-2025", Year = 2025 }, new InternalControlPlan("ik-sn-2024", "sn", 2024, RiskScale.FiveSteps)],
        };

        var summaries = InternalControlSummary.ForYear(data, 2024, AsOf);

        Assert.Equal(["ks", "sn"], summaries.Select(s => s.OwnerId));
        Assert.Equal(4, summaries[1].RisksPerBand.Count); // the 1–5 preset's four bands, each with no risk
        Assert.All(summaries[1].RisksPerBand, b => Assert.Equal(0, b.Count));
    }

    [Fact]
    public void Validate_ScoreOutsideTheScale_IsReportedAtTheRisk() =>
        AssertProblem(SingleProblem(WithPlans(KsPlan() with { Risks = [new Risk("r1", "R", 2, 5)] })),
            ProblemCodes.RiskScoreOutOfRange, ModelElement.InternalControlPlan, "ik-ks-2024", 0, "risks[0].consequence", "1–4");

    [Fact]
    public void Validate_ActionsOnAResultWithoutDeviation_AreReported()
    {
        var plan = KsPlan();
        var control = plan.Risks[0].Controls[0];
        var changed = plan with
        {
            Risks = [plan.Risks[0] with { Controls = [control with { Results = [control.Results[0] with { Deviation = null }] }] }],
        };

        AssertProblem(SingleProblem(WithPlans(changed)),
            ProblemCodes.ActionWithoutDeviation, ModelElement.InternalControlPlan, "ik-ks-2024", 0, "risks[0].controls[0].results[0].actions", "an action follows a deviation");
    }

    [Fact]
    public void Validate_ControlIdUsedAgainInAnotherRisk_IsADuplicateId()
    {
        var plan = KsPlan();

        AssertProblem(SingleProblem(WithPlans(plan with { Risks = [plan.Risks[0], plan.Risks[1] with { Controls = [plan.Risks[1].Controls[0] with { Id = "c1" }] }] })),
            ProblemCodes.DuplicateId, ModelElement.InternalControlPlan, "ik-ks-2024", 0, "risks[1].controls[0]", "first used at risks[0].controls[0]");
    }

    [Fact]
    public void Validate_TwoPlansOfOneOwnerForOneYear_IsADuplicateEntry() =>
        AssertProblem(SingleProblem(WithPlans(KsPlan(), new InternalControlPlan("ik-ks-2024b", "ks", 2024, RiskScale.FourSteps))),
            ProblemCodes.DuplicateEntry, ModelElement.InternalControlPlan, "ik-ks-2024b", 1, null, "second plan of 'ks' for 2024");

    [Fact]
    public void Validate_UnknownOwnerAndUnknownGoal_AreDanglingReferences()
    {
        var plan = KsPlan();
        var problems = WithPlans(plan with { OwnerId = "x", Risks = [plan.Risks[0] with { GoalIds = ["k9"] }] }).Validate();

        Assert.Equal(
            [new ProblemLocation(ModelElement.InternalControlPlan, "ik-ks-2024", 0, "owner"), new ProblemLocation(ModelElement.InternalControlPlan, "ik-ks-2024", 0, "risks[0].goals[0]")],
            problems.Select(p => p.Location));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.DanglingReference, p.Code));
    }
}
