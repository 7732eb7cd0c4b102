using NodaTime;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Targets;

public class MeasurementValidationTests
{
    private static readonly Decision Kf = new(new LocalDate(2022, 11, 28), "KF");

    private static SteeringModelBuilder Model() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mål", "KF-mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "indikator", LevelRole.Indicator) { ParentLevelIds = ["mål"] })
            .AddNode(new Node("m", "mål", "Hållbar organisation"))
            .AddNode(new Node("sjuk", "ind", "Sjukfrånvaro") { ParentId = "m" })
            .AddNode(new Node("andel", "ind", "Andel fossilfria fordon") { ParentId = "m" });

    private static Indicator SickLeave => new("sjuk", MeasureUnit.Percent, Direction.LowerIsBetter) { FirstYear = 2023, LastYear = 2026 };

    private static ValidationProblem Single(SteeringModelBuilder builder) => Assert.Single(builder.Validate());

    [Fact]
    public void Validate_TargetOutsideLife_IsReported()
    {
        var problem = Single(Model().AddIndicator(SickLeave with
        {
            Targets = [new TargetValue(TargetScope.Year(2027), new AbsoluteLevel(5m), Kf)],
        }));

        Assert.Equal(ProblemCodes.TargetOutsideLife, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Indicator, "sjuk", 0, "targets[0]"), problem.Location);
        Assert.Contains("2023–2026", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2027", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoRevisionsSameDateDifferentValues_IsReported()
    {
        var problem = Single(Model().AddIndicator(SickLeave with
        {
            Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(6m), Kf),
                new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(5m), Kf)],
        }));

        Assert.Equal(ProblemCodes.ConflictingRevision, problem.Code);
        Assert.Equal("targets[1]", problem.Location.Member);
        Assert.Contains("2022-11-28", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameRevisionTwice_IsNotAConflict()
    {
        var target = new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(6m), Kf);

        Assert.Empty(Model().AddIndicator(SickLeave with { Targets = [target, target] }).Validate());
    }

    [Fact]
    public void Validate_RatioWithoutDenominator_IsReported()
    {
        var problem = Single(Model().AddIndicator(new Indicator("andel", MeasureUnit.Ratio, Direction.HigherIsBetter)));

        Assert.Equal(ProblemCodes.RatioWithoutDenominator, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Indicator, "andel", 0, "ratio"), problem.Location);
    }

    [Fact]
    public void Validate_PlainOutcomeForRatioIndicator_IsReported()
    {
        var problem = Single(Model()
            .AddIndicator(new Indicator("andel", MeasureUnit.Ratio, Direction.HigherIsBetter) { Ratio = new("fossilfria fordon", "alla fordon", 100m) })
            .AddOutcome(new Outcome("andel", ReportingPeriod.Year(2024), MeasuredValue.Of(0.4m))));

        Assert.Equal(ProblemCodes.RatioWithoutDenominator, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Outcome, "andel", 0, "value"), problem.Location);
    }

    [Fact]
    public void Validate_RatioOutcomeForPercentIndicator_IsUnitMismatch()
    {
        var problem = Single(Model().AddIndicator(SickLeave)
            .AddOutcome(new Outcome("sjuk", ReportingPeriod.Year(2024), MeasuredValue.Ratio(73, 1000))));

        Assert.Equal(ProblemCodes.UnitMismatch, problem.Code);
        Assert.Contains("Percent", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IndicatorOnGoalNode_IsNotAnIndicator()
    {
        var problem = Single(Model().AddIndicator(new Indicator("m", MeasureUnit.Count, Direction.HigherIsBetter)));

        Assert.Equal(ProblemCodes.NotAnIndicator, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Indicator, "m", 0, "node"), problem.Location);
    }

    [Fact]
    public void Validate_OutcomeWithoutIndicatorDefinition_IsDangling()
    {
        var problem = Single(Model().AddOutcome(new Outcome("sjuk", ReportingPeriod.Year(2024), MeasuredValue.Of(7.3m))));

        Assert.Equal(ProblemCodes.DanglingReference, problem.Code);
        Assert.Equal("indicator", problem.Location.Member);
    }

    [Fact]
    public void Validate_DuplicateOutcome_IsReportedButForecastBesideMeasurementIsNot()
    {
        var outcome = new Outcome("sjuk", ReportingPeriod.Year(2024), MeasuredValue.Of(7.3m)) { Source = "N00090" };
        var builder = Model().AddIndicator(SickLeave).AddOutcome(outcome)
            .AddOutcome(outcome with { IsForecast = true })
            .AddOutcome(outcome with { Gender = Gender.Women })
            .AddOutcome(outcome);

        var problem = Assert.Single(builder.Validate());

        Assert.Equal(ProblemCodes.DuplicateOutcome, problem.Code);
        Assert.Equal(3, problem.Location.Index);
    }

    [Fact]
    public void Validate_MissingOutcome_IsValidAndKeptAsNoOutcome()
    {
        var model = Model().AddIndicator(SickLeave).AddOutcome(new Outcome("sjuk", ReportingPeriod.Year(2024), null)).Build();

        var outcome = Assert.Single(model.OutcomesOf("sjuk"));
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void Validate_RangeTargetForLowerIsBetter_IsKindMismatch()
    {
        var problem = Single(Model().AddIndicator(SickLeave with
        {
            Targets = [new TargetValue(TargetScope.Year(2024), new RangeLevel(4m, 6m), Kf)],
        }));

        Assert.Equal(ProblemCodes.TargetKindMismatch, problem.Code);
        Assert.Equal("targets[0].level", problem.Location.Member);
    }

    [Fact]
    public void Validate_ChangeFromBaselineWithoutBaseline_IsMissingBaseline()
    {
        var problem = Single(Model().AddIndicator(SickLeave with
        {
            Targets = [new TargetValue(TargetScope.Year(2024), new ChangeFromBaseline(-1m), Kf)],
        }));

        Assert.Equal(ProblemCodes.MissingBaseline, problem.Code);
    }
}
