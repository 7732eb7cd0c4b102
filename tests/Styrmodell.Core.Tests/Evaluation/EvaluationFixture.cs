using NodaTime;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Evaluation;

/// <summary>
/// A small model for worked examples: KF goal "kf" with indicators under it; committee goals may be added.
/// Figures are illustrative, chosen so each rule's outcome can be worked out by hand.
/// </summary>
internal static class EvaluationFixture
{
    public static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);
    public static readonly LocalDate AsOf = new(2025, 3, 31);
    public static readonly Decision Kf = new(new LocalDate(2022, 11, 28), "KF", "KF 2022-11-28 § 150");

    public static SteeringModelBuilder Builder() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddLevel(new LevelDefinition("omrade", "Strategiskt område", LevelRole.TargetArea))
            .AddLevel(new LevelDefinition("kf-mal", "KF-mål", LevelRole.Goal) { ParentLevelIds = ["omrade"] })
            .AddLevel(new LevelDefinition("nmal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["kf-mal"] })
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["kf-mal", "nmal"] })
            .AddLevel(new LevelDefinition("akt", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["kf-mal", "nmal"] })
            .AddNode(new Node("area", "omrade", "Inspirerande organisation"))
            .AddNode(new Node("kf", "kf-mal", "Hållbar organisation") { ParentId = "area", OwnerId = "kf" });

    /// <summary>Adds an indicator under <paramref name="parent"/> with a yearly 2024 target and, unless null, a 2024 outcome.</summary>
    public static SteeringModelBuilder Indicator(this SteeringModelBuilder builder, string id, Direction direction, decimal target, decimal? outcome, string parent = "kf", double weight = 1)
    {
        builder.AddNode(new Node(id, "ind", id) { ParentId = parent, Weight = weight })
            .AddIndicator(new Indicator(id, MeasureUnit.Percent, direction)
            {
                Source = id.ToUpperInvariant(),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(target), Kf)],
            });
        return outcome is { } value ? builder.AddOutcome(new Outcome(id, Year2024, MeasuredValue.Of(value))) : builder;
    }
}
