using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.FollowUp;

/// <summary>Plan levels declared as data, activities in them, and activity completion feeding goal fulfilment.</summary>
public class ActivityTests
{
    /// <summary>Strängnäs's four plan levels, as its steering model describes them (owners and horizons); ids are ours.</summary>
    private static readonly PlanLevel[] StrangnasLevels =
    [
        new("flerarsplan", "Flerårsplan", 3) { RevisedYearly = true, OwnerKinds = [UnitKinds.Council, UnitKinds.ExecutiveBoard] },
        new("verksamhetsplan", "Verksamhetsplan", 3) { RevisedYearly = true, ParentId = "flerarsplan", OwnerKinds = [UnitKinds.ExecutiveBoard, UnitKinds.Committee] },
        new("kontorsplan", "Kontorsplan", 3) { RevisedYearly = true, ParentId = "verksamhetsplan", OwnerKinds = [UnitKinds.Administration] },
        new("arbetsplan", "Arbetsplan", 1) { ParentId = "kontorsplan", OwnerKinds = [UnitKinds.Unit] },
    ];

    private static readonly LocalDate ReportDay = new(2025, 1, 20);

    private static Activity SchoolActivity(string id = "akt-1") =>
        new(id, "Läxhjälp två dagar i veckan", "arbetsplan", "skola", ReportingPeriod.SchoolYear(2024)) { GoalIds = ["n1"] };

    private static ExchangeDocumentBuilder WithPlans(params Activity[] activities) =>
        Builder().With(new FollowUpData { PlanLevels = [.. StrangnasLevels], Activities = [.. activities] });

    [Fact]
    public void Build_FourPlanLevelsAndASchoolYearActivity_IsValid()
    {
        var model = WithPlans(SchoolActivity()).Build();

        Assert.Equal(["Flerårsplan", "Verksamhetsplan", "Kontorsplan", "Arbetsplan"], model.FollowUp.PlanLevels.Select(l => l.Name));
        Assert.Equal("2024/25", model.FollowUp.Activities[0].Period.Id);
    }

    [Fact]
    public void Validate_TitleBeyond500Characters_IsTooLong() =>
        AssertProblem(SingleProblem(WithPlans(SchoolActivity() with { Title = new string('t', 501) })),
            ProblemCodes.TextTooLong, ModelElement.Activity, "akt-1", 0, "title", "501 characters long; at most 500 are allowed");

    [Fact]
    public void Validate_UnknownPlanLevel_IsADanglingReference() =>
        AssertProblem(SingleProblem(WithPlans(SchoolActivity() with { PlanLevelId = "enhetsplan" })),
            ProblemCodes.DanglingReference, ModelElement.Activity, "akt-1", 0, "planLevel", "'enhetsplan'");

    [Fact]
    public void Validate_OwnerOfAKindThePlanLevelDoesNotAllow_IsOwnerNotAllowed() =>
        AssertProblem(SingleProblem(WithPlans(SchoolActivity() with { OwnerId = "bun" })),
            ProblemCodes.OwnerNotAllowed, ModelElement.Activity, "akt-1", 0, "owner", "made by enhet");

    // An arbetsplan covers one year: a school year (August–June) fits, two calendar years do not.
    [Fact]
    public void Validate_PeriodLongerThanThePlanLevelsHorizon_IsOutOfRange() =>
        AssertProblem(SingleProblem(WithPlans(SchoolActivity() with { Period = ReportingPeriod.Custom(new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)) })),
            ProblemCodes.HorizonOutOfRange, ModelElement.Activity, "akt-1", 0, "period", "1-year horizon");

    [Fact]
    public void Validate_PlanLevelsInACycle_AreReportedOnceAtTheSmallestId()
    {
        var levels = new PlanLevel[] { new("b", "B", 1) { ParentId = "c" }, new("c", "C", 1) { ParentId = "a" }, new("a", "A", 1) { ParentId = "b" } };

        AssertProblem(SingleProblem(Builder().With(new FollowUpData { PlanLevels = [.. levels] })),
            ProblemCodes.Cycle, ModelElement.PlanLevel, "a", 2, "parent", "a → b → c → a");
    }

    [Fact]
    public void Validate_PlanLevelWithoutHorizonAndUnknownParent_AreBothReported()
    {
        var problems = Builder().With(new FollowUpData { PlanLevels = [new PlanLevel("p", "P", 0) { ParentId = "x" }] }).Validate();

        Assert.Equal([ProblemCodes.HorizonOutOfRange, ProblemCodes.DanglingReference], problems.Select(p => p.Code));
        Assert.Equal(["horizonYears", "parent"], problems.Select(p => p.Location.Member));
    }

    [Theory]
    [InlineData("n1", ProblemCodes.NotACompletionIndicator)] // a goal, not an indicator
    [InlineData("i9", ProblemCodes.DanglingReference)]
    public void Validate_CompletionIndicatorThatIsNotAPercentIndicator_IsReported(string id, string code) =>
        AssertProblem(SingleProblem(WithPlans(SchoolActivity() with { CompletionIndicatorId = id })),
            code, ModelElement.Activity, "akt-1", 0, "completionIndicator", $"'{id}'");

    [Fact]
    public void Validate_CompletionIndicatorCountedInKronor_IsNotACompletionIndicator()
    {
        var builder = WithPlans(SchoolActivity() with { CompletionIndicatorId = "kr" });
        builder.Model
            .AddNode(new Node("kr", "ind", "Kostnad per elev") { ParentId = "n1" })
            .AddIndicator(new Indicator("kr", MeasureUnit.Kronor, Direction.LowerIsBetter));

        Assert.Equal(ProblemCodes.NotACompletionIndicator, SingleProblem(builder).Code);
    }

    /// <summary>
    /// Goal n1 has i1 (84 against 80: met, score 1) and the completion indicator "genomf" (target 100 % for 2024),
    /// fed by four activities: a1 done (100 %), a2 at 50 %, a3 cancelled, a4 never reported. a5 is planned for 2025 and
    /// does not count for 2024.
    /// </summary>
    private static ExchangeDocument CompletionModel() =>
        Builder()
            .AddNode(new Node("genomf", "ind", "Genomförda aktiviteter") { ParentId = "n1" })
            .AddIndicator(new Indicator("genomf", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100), Kf)],
            })
            .With(new FollowUpData
            {
                PlanLevels = [.. StrangnasLevels],
                Activities =
                [
                    Planned("a1", ReportingPeriod.Year(2024), new ProgressReport(Year2024, ReportDay, WorkStatus.Done)),
                    Planned("a2", ReportingPeriod.SchoolYear(2023), new ProgressReport(ReportingPeriod.SchoolYear(2023), new LocalDate(2024, 6, 20), WorkStatus.Ongoing) { Completion = 50 }),
                    Planned("a3", ReportingPeriod.Year(2024), new ProgressReport(Year2024, ReportDay, WorkStatus.Cancelled)),
                    Planned("a4", ReportingPeriod.Year(2024)),
                    Planned("a5", ReportingPeriod.Year(2025), new ProgressReport(ReportingPeriod.Year(2025), new LocalDate(2026, 1, 20), WorkStatus.Done)),
                ],
            })
            .Build();

    private static Activity Planned(string id, ReportingPeriod period, params ProgressReport[] reports) =>
        new(id, "Aktivitet " + id, "arbetsplan", "skola", period) { GoalIds = ["n1"], CompletionIndicatorId = "genomf", Reports = [.. reports] };

    [Fact]
    public void Measure_CountsReportedActivities_ListsUnreportedAndCancelled()
    {
        var measure = Assert.Single(ActivityCompletion.Measure(CompletionModel().FollowUp, Year2024, AsOf, MissingDataPolicy.Exclude));

        Assert.Equal(["a1", "a2"], measure.Counted);
        Assert.Equal(["a4"], measure.Unreported);
        Assert.Equal(["a3"], measure.Cancelled);
        Assert.Equal(MeasuredValue.Of(75), measure.Outcome.Value); // (100 + 50) / 2
        Assert.Equal(ActivityCompletion.Source, measure.Outcome.Source);
    }

    // The engine's default rules: the completion indicator scores outcome ÷ target; n1 is the weighted mean of its
    // two indicators; default scale: met at 1, partly met from 0.5.
    //   exclude:   completion 75 %  → score 0.75; n1 = (1 + 0.75) / 2 = 0.875 → partly met
    //   count 0 %: completion 50 %  → score 0.50; n1 = (1 + 0.50) / 2 = 0.75  → partly met
    //   propagate: no outcome       → not assessed; n1 rests on i1 alone = 1   → met
    [Theory]
    [InlineData(MissingDataPolicy.Exclude, 75.0, 0.875, "delvis-uppfyllt")]
    [InlineData(MissingDataPolicy.CountAsNotMet, 50.0, 0.75, "delvis-uppfyllt")]
    [InlineData(MissingDataPolicy.PropagateUnknown, null, 1.0, "uppfyllt")]
    public void WithCompletionOutcomes_FeedsGoalFulfilmentThroughTheEngine(MissingDataPolicy policy, double? completion, double goalScore, string goalCategory)
    {
        var document = CompletionModel();
        var model = ActivityCompletion.WithCompletionOutcomes(document.Model, document.FollowUp, Year2024, AsOf, policy);

        var result = GoalEvaluator.Evaluate(model, Year2024, AsOf);

        Assert.Equal(completion is null ? null : MeasuredValue.Of((decimal)completion.Value), model.OutcomesOf("genomf").Single().Value);
        Assert.Equal(goalScore, result.ScoreOf("n1")!.Value, 6);
        Assert.Equal(goalCategory, result.CategoryOf("n1").Id);
    }

    [Fact]
    public void WithCompletionOutcomes_ReplacesAnEarlierOutcomeForThePeriod()
    {
        var document = CompletionModel();
        var earlier = document.Model.WithOutcome(new Outcome("genomf", Year2024, MeasuredValue.Of(10)));

        var model = ActivityCompletion.WithCompletionOutcomes(earlier, document.FollowUp, Year2024, AsOf, MissingDataPolicy.Exclude);

        Assert.Equal(MeasuredValue.Of(75), Assert.Single(model.OutcomesOf("genomf")).Value);
    }

    // On 2024-06-01 no report is written yet, a3's cancellation included, so all four are unreported.
    [Fact]
    public void Measure_BeforeAnyReportIsWritten_HasNoOutcomeValue()
    {
        var measure = Assert.Single(ActivityCompletion.Measure(CompletionModel().FollowUp, Year2024, new LocalDate(2024, 6, 1), MissingDataPolicy.Exclude));

        Assert.Null(measure.Outcome.Value);
        Assert.Equal(["a1", "a2", "a3", "a4"], measure.Unreported);
    }

    [Fact]
    public void Measure_PeriodNoActivityIsPlannedFor_GivesNothing() =>
        Assert.Empty(ActivityCompletion.Measure(CompletionModel().FollowUp, ReportingPeriod.Year(2022), AsOf, MissingDataPolicy.Exclude));
}
