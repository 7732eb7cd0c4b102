using System.Globalization;
using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Targets;
using Styrmodell.Time;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Json.Tests;

/// <summary>Random valid models for properties; also compiled into the tool's tests, whose reports render them.</summary>
internal static class RandomModels
{
    /// <summary>A random valid model with every kind of element, from a seed and sizes.</summary>
    public static SteeringModel Create(int seed, int goals, int indicators)
    {
        var random = new Random(seed);
        decimal Amount() => new decimal(random.Next(0, 100_000), 0, 0, random.Next(2) == 0, (byte)random.Next(0, 4));
        string Text() => new[] { "Fler elever når målen", "Lägre sjukfrånvaro", "Ökad självförsörjning", "Trygg äldreomsorg", "\"Citat\" & <tecken>" }[random.Next(5)];
        ReportingPeriod Period() => random.Next(6) switch
        {
            0 => ReportingPeriod.Year(2020 + random.Next(6)),
            1 => ReportingPeriod.Tertial(2024, 1 + random.Next(3)),
            2 => ReportingPeriod.Month(2024, 1 + random.Next(12)),
            3 => ReportingPeriod.Interim(2024, 6 + random.Next(3)),
            4 => ReportingPeriod.SchoolYear(2023, 7 + random.Next(6)),
            _ => ReportingPeriod.Custom(new LocalDate(2024, 2, 1 + random.Next(20)), new LocalDate(2024, 6, 30)),
        };

        var builder = new SteeringModelBuilder(new Municipality("Slumpby kommun", random.Next(10_000).ToString("D4", CultureInfo.InvariantCulture)))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddUnit(new OrganisationUnit("n1", "Nämnd ett", UnitKinds.Committee) { ParentId = "kf" })
            .AddLevel(new LevelDefinition("omr", "Målområde", LevelRole.TargetArea))
            .AddLevel(new LevelDefinition("mal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["omr"], OwnerKinds = [UnitKinds.Committee] })
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] })
            .AddRule(new NodesPerOwnerRule("r1", "mal", UnitKinds.Committee, 0, null) { Description = random.Next(2) == 0 ? null : Text() })
            .AddRule(new CoveragePerOwnerRule("r2", "mal", UnitKinds.Committee, "omr", 0))
            .AddRule(new ChildrenPerNodeRule("r3", "omr", "mal", 0, 1000))
            .AddNode(new Node("a1", "omr", Text()))
            .AddNode(new Node("a2", "omr", Text()) { Tags = [new NodeTag("agenda2030", random.Next(1, 18).ToString(CultureInfo.InvariantCulture))] });
        for (var g = 0; g < goals; g++)
        {
            builder.AddNode(new Node($"g{g}", "mal", Text())
            {
                ParentId = "a1",
                OwnerId = "n1",
                Weight = random.Next(1, 9) / 4.0,
                Description = random.Next(2) == 0 ? null : Text(),
                Contributions = random.Next(2) == 0 ? [] : [new Contribution("a2", random.Next(1, 5) / 2.0)],
            });
        }

        var decision = new Decision(new LocalDate(2022, 11, 28), "KF", random.Next(2) == 0 ? null : "§ 150");
        for (var i = 0; i < indicators; i++)
        {
            var id = $"i{i}";
            var ratio = random.Next(3) == 0;
            builder.AddNode(new Node(id, "ind", Text()) { ParentId = $"g{random.Next(goals)}" });
            // Every fourth percent indicator leaves its direction unstated (written without one), for the default direction.
            var direction = ratio ? Direction.HigherIsBetter : i % 4 == 3 ? Direction.Unstated : Direction.LowerIsBetter;
            builder.AddIndicator(new Indicator(id, ratio ? MeasureUnit.Ratio : MeasureUnit.Percent, direction)
            {
                Ratio = ratio ? new RatioDefinition("täljare", "nämnare", 100m) : null,
                Source = random.Next(2) == 0 ? null : "N00090",
                Baseline = random.Next(2) == 0 ? null : new Baseline(Amount(), ReportingPeriod.Year(2022)),
                FirstYear = random.Next(2) == 0 ? null : 2023,
                LastYear = random.Next(2) == 0 ? null : 2026,
                Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(Amount()), decision),
                    new TargetValue(TargetScope.Year(2024), new RelativeToComparison("riket", Amount()), decision)],
                Comparisons = [new ComparisonValue("riket", 2024, Amount())],
            });
            var periods = new HashSet<ReportingPeriod>();
            for (var k = random.Next(4); k > 0; k--)
            {
                var period = Period();
                if (periods.Add(period))
                {
                    builder.AddOutcome(new Outcome(id, period, random.Next(5) == 0 ? null : ratio ? MeasuredValue.Ratio(Amount(), Math.Abs(Amount()) + 1) : MeasuredValue.Of(Amount()))
                    {
                        Status = random.Next(2) == 0 ? OutcomeStatus.Final : OutcomeStatus.Preliminary,
                        IsForecast = random.Next(3) == 0,
                        Source = random.Next(2) == 0 ? null : "N00090",
                    });
                }
            }
        }

        if (indicators >= 2 && seed % 3 != 0)
        {
            // A derived indicator in two models of three (format 1.4), from the first two indicators' values; no draw
            // from the random stream, so the rest of each model stays as it was.
            var weight = new Formula.Choice(new FormulaCondition.Comparison(new Formula.Input("i1", isOptional: true), ComparisonOperator.AtLeast, new Formula.Constant(50m)),
                new Formula.Constant(0.2m), new Formula.Constant(0.1m));
            builder.AddNode(new Node("d", "ind", "Härledd") { ParentId = "g0" })
                .AddIndicator(new Indicator("d", MeasureUnit.Percent, Direction.HigherIsBetter)
                {
                    Formula = new Formula.Sum(new Formula.Product(new Formula.Input("i0"), weight), new Formula.Quotient(new Formula.Input("i1", isOptional: true), new Formula.Constant(4m))),
                    Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(10m), decision)],
                });
        }

        builder.AddAssessment(new ManualAssessment("a1", ReportingPeriod.Year(2024), "uppfyllt", Text(), "Författare", new LocalDate(2025, 1, 15)));
        return builder.Build();
    }
}
