using NodaTime;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Targets;

public class IndicatorTests
{
    private static readonly Decision Budget2023 = new(new LocalDate(2022, 11, 28), "KF", "KF 2022-11-28 § 150");
    private static readonly Decision Revision2024 = new(new LocalDate(2024, 6, 17), "KF", "KF 2024-06-17 § 77");

    // Sick leave among employees (Kolada N00090, illustrative figures): baseline 8.0 % in 2022,
    // target 6.0 % by 2026, the last budget year of the 2023–2026 mandate period.
    private static Indicator SickLeave(TargetDerivation derivation) =>
        new("sjukfranvaro", MeasureUnit.Percent, Direction.LowerIsBetter)
        {
            Source = "N00090",
            Baseline = new Baseline(8.0m, ReportingPeriod.Year(2022)),
            Derivation = derivation,
            Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(6.0m), Budget2023)],
        };

    [Theory]
    [InlineData(2023, "7.5")] // 8.0 + (6.0 − 8.0) × 1/4
    [InlineData(2024, "7.0")] // 8.0 − 2.0 × 2/4
    [InlineData(2025, "6.5")]
    [InlineData(2026, "6.0")] // the period target itself
    public void TargetForYear_Linear_FollowsStraightLineFromBaseline(int year, string expected)
    {
        var target = SickLeave(TargetDerivation.Linear).TargetForYear(year, new LocalDate(2023, 1, 1));

        Assert.NotNull(target);
        Assert.Equal(TargetOrigin.Derived, target.Origin);
        Assert.Equal(new AbsoluteLevel(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), target.Level);
        Assert.Equal(Budget2023, target.Decision);
    }

    [Theory]
    [InlineData(2023, "8.0")]
    [InlineData(2025, "8.0")]
    [InlineData(2026, "6.0")]
    public void TargetForYear_StepAtPeriodEnd_HoldsBaselineUntilLastYear(int year, string expected)
    {
        var target = SickLeave(TargetDerivation.StepAtPeriodEnd).TargetForYear(year, new LocalDate(2023, 1, 1));

        Assert.Equal(new AbsoluteLevel(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), target?.Level);
    }

    [Fact]
    public void TargetForYear_HoldLast_HoldsLatestDecidedYearlyTarget()
    {
        var indicator = SickLeave(TargetDerivation.HoldLast) with
        {
            Targets = [.. SickLeave(TargetDerivation.HoldLast).Targets,
                new TargetValue(TargetScope.Year(2023), new AbsoluteLevel(7.8m), Budget2023)],
        };
        var asOf = new LocalDate(2023, 1, 1);

        Assert.Equal(TargetOrigin.Decided, indicator.TargetForYear(2023, asOf)?.Origin);
        Assert.Equal(new AbsoluteLevel(7.8m), indicator.TargetForYear(2024, asOf)?.Level); // held from 2023
        Assert.Equal(TargetOrigin.Derived, indicator.TargetForYear(2024, asOf)?.Origin);
        Assert.Equal(new AbsoluteLevel(6.0m), indicator.TargetForYear(2026, asOf)?.Level);
    }

    [Fact]
    public void TargetForYear_NoDerivation_ReturnsNullForYearWithoutDecidedTarget()
    {
        Assert.Null(SickLeave(TargetDerivation.None).TargetForYear(2024, new LocalDate(2023, 1, 1)));
    }

    [Fact]
    public void TargetAsOf_Revision_AppliesFromItsDecisionDateAndKeepsHistory()
    {
        var revised = SickLeave(TargetDerivation.None) with
        {
            Targets = [.. SickLeave(TargetDerivation.None).Targets,
                new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(6.5m), Revision2024)],
        };
        var scope = TargetScope.MandatePeriod(2023);

        Assert.Null(revised.TargetAsOf(scope, new LocalDate(2022, 11, 27)));
        Assert.Equal(new AbsoluteLevel(6.0m), revised.TargetAsOf(scope, new LocalDate(2024, 6, 16))?.Level);
        Assert.Equal(new AbsoluteLevel(6.5m), revised.TargetAsOf(scope, new LocalDate(2024, 6, 17))?.Level);
        Assert.Equal([Budget2023, Revision2024], revised.History(scope).Select(t => t.Decision));
    }

    [Fact]
    public void Resolve_ChangeFromBaselineInPercent_AppliesToBaseline()
    {
        var indicator = SickLeave(TargetDerivation.None);
        var target = new TargetValue(TargetScope.Year(2024), new ChangeFromBaseline(-10m, InPercentOfBaseline: true), Budget2023);

        Assert.Equal(7.2m, indicator.Resolve(target, 2024).Value); // 8.0 − 10 % of 8.0
    }

    [Fact]
    public void Resolve_RelativeToComparison_UsesThatYearsComparisonValue()
    {
        var indicator = SickLeave(TargetDerivation.None) with
        {
            Comparisons = [new ComparisonValue("riket", 2024, 7.1m), new ComparisonValue("riket", 2025, 6.9m)],
        };
        var target = new TargetValue(TargetScope.Year(2025), new RelativeToComparison("riket", -0.2m), Budget2023);

        Assert.Equal(6.7m, indicator.Resolve(target, 2025).Value);
        Assert.Equal("no value of comparison 'riket' for 2026", indicator.Resolve(target, 2026).UnresolvedReason);
    }
}
