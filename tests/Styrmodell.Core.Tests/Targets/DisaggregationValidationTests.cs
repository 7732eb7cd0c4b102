using NodaTime;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Targets;

/// <summary>
/// Outcomes per disaggregation and contributing indicators are checked like every other outcome: located, coded, all at
/// once. The parts-against-total rules are Akvo RSR's (<c>akvo/rest/serializers/indicator_period_data.py</c>,
/// <c>_validate_disaggregations</c>: "The accumulated disaggregations value should not exceed update value", "The
/// disaggregation numerator should not exceed update numerator", "disaggregations denominator should not exceed update
/// denominator").
/// </summary>
public class DisaggregationValidationTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    private static readonly DisaggregationDimension Age = new("age", "Ålder")
    {
        Values = [new DisaggregationValue("15-24", "15–24 år"), new DisaggregationValue("25-64", "25–64 år")],
    };

    private static SteeringModelBuilder Model(MeasureUnit unit = MeasureUnit.Count) =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mål", "KF-mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("ind", "indikator", LevelRole.Indicator) { ParentLevelIds = ["mål"] })
            .AddNode(new Node("m", "mål", "Fler i arbete"))
            .AddNode(new Node("jobb", "ind", "Personer i arbete") { ParentId = "m" })
            .AddIndicator(new Indicator("jobb", unit, Direction.HigherIsBetter)
            {
                Ratio = unit == MeasureUnit.Ratio ? new RatioDefinition("i arbete", "invånare", 100m) : null,
                Dimensions = [Age],
            });

    private static Outcome Part(string value, decimal amount, string dimension = "age") =>
        new("jobb", Year, MeasuredValue.Of(amount)) { Disaggregation = new(dimension, value) };

    private static Outcome RatioPart(string value, decimal numerator, decimal denominator) =>
        new("jobb", Year, MeasuredValue.Ratio(numerator, denominator)) { Disaggregation = new("age", value) };

    [Fact]
    public void PartsBesideTheTotal_DoNotCollideWithIt_NorWithEachOther()
    {
        var builder = Model().AddOutcome(new Outcome("jobb", Year, MeasuredValue.Of(100m)))
            .AddOutcome(Part("15-24", 30m)).AddOutcome(Part("25-64", 70m))
            .AddOutcome(new Outcome("jobb", Year, MeasuredValue.Of(48m)) { Gender = Gender.Women });

        Assert.Empty(builder.Validate());
    }

    [Fact]
    public void UnknownDimensionAndUnknownValue_AreDanglingReferences_AtTheOutcome()
    {
        var problems = Model().AddOutcome(Part("15-24", 1m, dimension: "kön")).AddOutcome(Part("65+", 1m)).Validate();

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal((ProblemCodes.DanglingReference, "disaggregation"), (p.Code, p.Location.Member)));
        Assert.Equal([0, 1], problems.Select(p => p.Location.Index));
        Assert.Contains("'age'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'15-24', '25-64'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSamePartTwice_IsADuplicateOutcome()
    {
        var problem = Assert.Single(Model().AddOutcome(Part("15-24", 1m)).AddOutcome(Part("15-24", 2m)).Validate());

        Assert.Equal((ProblemCodes.DuplicateOutcome, 1), (problem.Code, problem.Location.Index));
        Assert.Contains("age=15-24", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GenderAndDisaggregationTogether_AreTwoBreakdowns()
    {
        var problem = Assert.Single(Model().AddOutcome(Part("15-24", 1m) with { Gender = Gender.Men }).Validate());

        Assert.Equal((ProblemCodes.TwoBreakdowns, "disaggregation"), (problem.Code, problem.Location.Member));
    }

    [Fact]
    public void PartsAddingUpToMoreThanTheTotal_AreRefused_AsAkvoRefusesThem()
    {
        // 30 + 80 > 100: "The accumulated disaggregations value should not exceed update value".
        var problem = Assert.Single(Model().AddOutcome(new Outcome("jobb", Year, MeasuredValue.Of(100m)))
            .AddOutcome(Part("15-24", 30m)).AddOutcome(Part("25-64", 80m)).Validate());

        Assert.Equal((ProblemCodes.DisaggregationExceedsTotal, 2, "disaggregation"), (problem.Code, problem.Location.Index, problem.Location.Member));
        Assert.Contains("110", problem.Message, StringComparison.Ordinal);
        Assert.Contains("100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RatioParts_NumeratorsSummed_AndEachDenominator_AreComparedWithTheTotal()
    {
        // Total 50/100; numerators 30 + 25 > 50, and one denominator 120 > 100.
        var problems = Model(MeasureUnit.Ratio).AddOutcome(new Outcome("jobb", Year, MeasuredValue.Ratio(50m, 100m)))
            .AddOutcome(RatioPart("15-24", 30m, 60m)).AddOutcome(RatioPart("25-64", 25m, 120m)).Validate();

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(ProblemCodes.DisaggregationExceedsTotal, p.Code));
        Assert.Contains(problems, p => p.Message.Contains("denominator 120", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("numerator 55", StringComparison.Ordinal));
    }

    [Fact]
    public void PercentageParts_AreNotPartsOfASum_SoNotCompared()
    {
        // A share per age group is not a piece of the total share: 40 % and 70 % beside a total of 55 % is fine.
        var builder = Model(MeasureUnit.Percent).AddOutcome(new Outcome("jobb", Year, MeasuredValue.Of(55m)))
            .AddOutcome(Part("15-24", 40m)).AddOutcome(Part("25-64", 70m));

        Assert.Empty(builder.Validate());
    }

    [Fact]
    public void DimensionAndValueIds_AreUniqueAndNotBlank()
    {
        var indicator = new Indicator("jobb", MeasureUnit.Count, Direction.HigherIsBetter)
        {
            Dimensions = [Age, Age with { Values = [new DisaggregationValue("x", "X"), new DisaggregationValue("x", "Y"), new DisaggregationValue(" ", "Z")] }],
        };
        var problems = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "indikator", LevelRole.Indicator))
            .AddNode(new Node("jobb", "ind", "Personer i arbete")).AddIndicator(indicator).Validate();

        Assert.Equal(
            [(ProblemCodes.InvalidId, "disaggregations[1]"), (ProblemCodes.DuplicateId, "disaggregations[1]"), (ProblemCodes.DuplicateId, "disaggregations[1].values[1]")],
            problems.Select(p => (p.Code, p.Location.Member)));
    }

    [Fact]
    public void Contributors_AreIndicatorsOfTheSameSummableUnit_NamedOnce_WithoutACircle()
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "indikator", LevelRole.Indicator))
            .AddNode(new Node("a", "ind", "A")).AddNode(new Node("b", "ind", "B")).AddNode(new Node("d", "ind", "D"))
            .AddIndicator(new Indicator("a", MeasureUnit.Count, Direction.HigherIsBetter) { Contributors = ["b", "b", "saknas", "d"] })
            .AddIndicator(new Indicator("b", MeasureUnit.Count, Direction.HigherIsBetter) { Contributors = ["a"] })
            .AddIndicator(new Indicator("d", MeasureUnit.Kronor, Direction.HigherIsBetter));

        var problems = builder.Validate();

        Assert.Equal(
            [(ProblemCodes.DuplicateEntry, "contributors[1]"), (ProblemCodes.DanglingReference, "contributors[2]"), (ProblemCodes.UnitMismatch, "contributors[3]"), (ProblemCodes.ContributionCycle, "contributors[0]")],
            problems.Select(p => (p.Code, p.Location.Member)));
    }

    [Fact]
    public void AnIndicatorFedOnlyByItsContributors_IsNotWarnedAboutAsWithoutOutcome()
    {
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "indikator", LevelRole.Indicator))
            .AddNode(new Node("p", "ind", "Hela kommunen")).AddNode(new Node("c", "ind", "Område norr")).AddNode(new Node("q", "ind", "Annat"))
            .AddIndicator(new Indicator("p", MeasureUnit.Count, Direction.HigherIsBetter) { Contributors = ["c"] })
            .AddIndicator(new Indicator("c", MeasureUnit.Count, Direction.HigherIsBetter))
            .AddIndicator(new Indicator("q", MeasureUnit.Count, Direction.HigherIsBetter))
            .AddOutcome(new Outcome("c", Year, MeasuredValue.Of(5m))).Build();

        var warning = Assert.Single(Styrmodell.Exchange.ExchangeDocument.Create(model).Warnings(), w => w.Code == ProblemCodes.NoOutcomeForPeriod);

        Assert.Equal("q", warning.Location.Id);
    }

    [Fact]
    public void NoOutcomeWarning_SkipsDerivedIndicators_FollowsContributorsDownTheChain_AndNeedsATotal()
    {
        // 'd' is derived (its formula computes its value); 'p' is fed by 'c', which is fed by 'g', the one with a total;
        // 'q' has only a disaggregated part, which gives it no total: only 'q' is warned about.
        var model = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "indikator", LevelRole.Indicator))
            .AddNode(new Node("p", "ind", "P")).AddNode(new Node("c", "ind", "C")).AddNode(new Node("g", "ind", "G"))
            .AddNode(new Node("d", "ind", "D")).AddNode(new Node("q", "ind", "Q"))
            .AddIndicator(new Indicator("p", MeasureUnit.Count, Direction.HigherIsBetter) { Contributors = ["c"] })
            .AddIndicator(new Indicator("c", MeasureUnit.Count, Direction.HigherIsBetter) { Contributors = ["g"] })
            .AddIndicator(new Indicator("g", MeasureUnit.Count, Direction.HigherIsBetter))
            .AddIndicator(new Indicator("d", MeasureUnit.Count, Direction.HigherIsBetter) { Formula = new Formula.Input("g") })
            .AddIndicator(new Indicator("q", MeasureUnit.Count, Direction.HigherIsBetter) { Dimensions = [new DisaggregationDimension("age", "Ålder") { Values = [new DisaggregationValue("young", "Unga")] }] })
            .AddOutcome(new Outcome("g", Year, MeasuredValue.Of(5m)))
            .AddOutcome(new Outcome("q", Year, MeasuredValue.Of(2m)) { Disaggregation = new Disaggregation("age", "young") }).Build();

        var warned = Styrmodell.Exchange.ExchangeDocument.Create(model).Warnings().Where(w => w.Code == ProblemCodes.NoOutcomeForPeriod).Select(w => w.Location.Id);

        Assert.Equal(["q"], warned);
    }
}
