using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.FollowUp;

/// <summary>Special assignments (särskilda uppdrag): what a valid one holds, and each rule broken once.</summary>
public class SpecialAssignmentTests
{
    private static ExchangeDocumentBuilder WithAssignments(params SpecialAssignment[] assignments) =>
        Builder().With(new FollowUpData { SpecialAssignments = [.. assignments] });

    [Fact]
    public void Build_ValidAssignment_IsPartOfTheModel()
    {
        var assignment = Assignment() with
        {
            Reports = [new ProgressReport(ReportingPeriod.Tertial(2024, 1), new LocalDate(2024, 5, 20), WorkStatus.Ongoing) { Text = "Kartläggning pågår.", Completion = 25 }],
        };

        var model = WithAssignments(assignment).Build();

        Assert.Equal([assignment], model.FollowUp.SpecialAssignments);
    }

    [Fact]
    public void Equals_ModelsDifferingOnlyInFollowUp_AreNotEqual()
    {
        var without = Builder().With(FollowUpData.Empty).Build();
        var with = WithAssignments(Assignment()).Build();

        Assert.NotEqual(without, with);
        Assert.Equal(with, ExchangeDocument.Create(with.Model.ToBuilder().Build(), with.FollowUp));
    }

    [Fact]
    public void WithFollowUp_OnABuiltModel_SharesStructureAndChecksReferences()
    {
        var model = Builder().With(FollowUpData.Empty).Build();

        var changed = model.WithFollowUp(new FollowUpData { SpecialAssignments = [Assignment()] });
        var error = Assert.Throws<ModelValidationException>(() => model.WithFollowUp(new FollowUpData { SpecialAssignments = [Assignment() with { IssuerId = "x" }] }));

        Assert.Equal(WithAssignments(Assignment()).Build(), changed);
        Assert.True(model.FollowUp.IsEmpty);
        Assert.Equal(ProblemCodes.DanglingReference, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void Validate_UnknownIssuer_IsADanglingReference() =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { IssuerId = "fullmäktige" })),
            ProblemCodes.DanglingReference, ModelElement.SpecialAssignment, "su-1", 0, "issuer", "issuing unit 'fullmäktige'");

    [Fact]
    public void Validate_NoOwner_IsAMissingOwner() =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { OwnerIds = [] })),
            ProblemCodes.MissingOwner, ModelElement.SpecialAssignment, "su-1", 0, "owners", "no owner");

    [Fact]
    public void Validate_SecondOwnerUnknown_PointsAtThatOwner() =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { OwnerIds = ["bun", "tn"] })),
            ProblemCodes.DanglingReference, ModelElement.SpecialAssignment, "su-1", 0, "owners[1]", "owner unit 'tn'");

    [Fact]
    public void Validate_SameGoalTwice_IsADuplicateEntry() =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { GoalIds = ["n1", "n1"] })),
            ProblemCodes.DuplicateEntry, ModelElement.SpecialAssignment, "su-1", 0, "goals[1]", "more than once");

    [Fact]
    public void Validate_UnknownGoal_IsADanglingReference() =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { GoalIds = ["n9"] })),
            ProblemCodes.DanglingReference, ModelElement.SpecialAssignment, "su-1", 0, "goals[0]", "goal 'n9'");

    // Strängnäs: tasks to be done within one to three years. 2024–2026 is three years; 2024–2027 is four.
    [Theory]
    [InlineData(2024, 2024, true)]
    [InlineData(2024, 2026, true)]
    [InlineData(2024, 2027, false)]
    [InlineData(2025, 2024, false)]
    public void Validate_Horizon_IsOneToThreeYears(int first, int last, bool valid)
    {
        var builder = WithAssignments(new SpecialAssignment("su-1", "Uppdrag", "kf", new LocalDate(2023, 11, 27), first, last, Funding.WithinFrame) { OwnerIds = ["bun"] });

        if (valid)
        {
            Assert.Empty(builder.Validate());
        }
        else
        {
            AssertProblem(SingleProblem(builder), ProblemCodes.HorizonOutOfRange, ModelElement.SpecialAssignment, "su-1", 0, "lastYear", "one to 3 years");
        }
    }

    [Fact]
    public void Validate_StartBeforeDecisionYear_IsOutOfRange() =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { DecisionDate = new LocalDate(2025, 1, 10) })),
            ProblemCodes.HorizonOutOfRange, ModelElement.SpecialAssignment, "su-1", 0, "firstYear", "before its decision of 2025-01-10");

    [Theory]
    [InlineData(FundingKind.AddedBudget, null)]
    [InlineData(FundingKind.AddedBudget, 0)]
    [InlineData(FundingKind.WithinFrame, 100)]
    public void Validate_FundingThatDoesNotFitItsKind_IsInvalidFunding(FundingKind kind, int? amount) =>
        AssertProblem(SingleProblem(WithAssignments(Assignment() with { Funding = new Funding(kind, amount) })),
            ProblemCodes.InvalidFunding, ModelElement.SpecialAssignment, "su-1", 0, "funding.amount");

    [Theory]
    [InlineData(WorkStatus.Ongoing, 120, ProblemCodes.CompletionOutOfRange)]
    [InlineData(WorkStatus.Ongoing, -1, ProblemCodes.CompletionOutOfRange)]
    [InlineData(WorkStatus.Done, 90, ProblemCodes.StatusContradictsCompletion)]
    [InlineData(WorkStatus.NotStarted, 10, ProblemCodes.StatusContradictsCompletion)]
    public void Validate_ReportCompletion_MustFitRangeAndStatus(WorkStatus status, int completion, string code)
    {
        var ok = new ProgressReport(ReportingPeriod.Tertial(2024, 1), new LocalDate(2024, 5, 20), WorkStatus.Ongoing);
        var bad = new ProgressReport(ReportingPeriod.Interim(2024, 8), new LocalDate(2024, 9, 20), status) { Completion = completion };

        AssertProblem(SingleProblem(WithAssignments(Assignment() with { Reports = [ok, bad] })),
            code, ModelElement.SpecialAssignment, "su-1", 0, "reports[1].completion");
    }

    [Fact]
    public void Validate_TwoReportsForOnePeriodOnOneDay_IsADuplicateEntry()
    {
        var report = new ProgressReport(Year2024, new LocalDate(2025, 2, 1), WorkStatus.Done);

        AssertProblem(SingleProblem(WithAssignments(Assignment() with { Reports = [report, report with { Text = "Rättad" }] })),
            ProblemCodes.DuplicateEntry, ModelElement.SpecialAssignment, "su-1", 0, "reports[1]", "2024", "2025-02-01");
    }

    [Fact]
    public void Validate_SameIdTwiceAndEmptyId_AreReportedAtTheirPositions()
    {
        var problems = WithAssignments(Assignment(), Assignment(), Assignment(" ")).Validate();

        Assert.Equal(
            [new ProblemLocation(ModelElement.SpecialAssignment, "su-1", 1), new ProblemLocation(ModelElement.SpecialAssignment, " ", 2)],
            problems.Select(p => p.Location));
        Assert.Equal([ProblemCodes.DuplicateId, ProblemCodes.InvalidId], problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReportedTogetherWithTheModelsOwn()
    {
        var builder = WithAssignments(Assignment() with { IssuerId = "x", OwnerIds = [], Funding = new Funding(FundingKind.AddedBudget) });
        builder.Model.AddNode(new Node("bad", "nmal", "Utan förälder"));

        var codes = builder.Validate().Select(p => p.Code).ToArray();

        Assert.Equal([ProblemCodes.MissingParent, ProblemCodes.DanglingReference, ProblemCodes.MissingOwner, ProblemCodes.InvalidFunding], codes);
    }

    [Fact]
    public void LatestReport_IsTheLatestPeriodsLatestVersionWrittenByTheDate()
    {
        var t1 = new ProgressReport(ReportingPeriod.Tertial(2024, 1), new LocalDate(2024, 5, 20), WorkStatus.Ongoing);
        var interim = new ProgressReport(ReportingPeriod.Interim(2024, 8), new LocalDate(2024, 9, 20), WorkStatus.Delayed);
        var corrected = interim with { Date = new LocalDate(2024, 10, 1), Status = WorkStatus.Ongoing };
        var assignment = Assignment() with { Reports = [corrected, t1, interim] };

        Assert.Null(assignment.LatestReport(new LocalDate(2024, 5, 1)));
        Assert.Equal(t1, assignment.LatestReport(new LocalDate(2024, 9, 1)));
        Assert.Equal(interim, assignment.LatestReport(new LocalDate(2024, 9, 25)));
        Assert.Equal(corrected, assignment.LatestReport(AsOf));
    }
}
