using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Targets;

public class IndicatorProperties
{
    private static readonly LocalDate AsOf = new(2030, 1, 1);

    private static Indicator Path(decimal baseline, int baselineYear, decimal target, TargetDerivation derivation) =>
        new("i", MeasureUnit.Percent, Direction.HigherIsBetter)
        {
            Baseline = new Baseline(baseline, ReportingPeriod.Year(baselineYear)),
            Derivation = derivation,
            Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(target), new Decision(new LocalDate(2022, 11, 30), "KF"))],
        };

    private static decimal Money(int cents) => cents / 100m;

    [Property]
    public void LinearPath_MeetsBaselineAndPeriodTargetExactly(int baselineCents, int targetCents, byte yearsBefore)
    {
        var baselineYear = 2019 + (yearsBefore % 7); // 2019–2025: before and inside the period
        var indicator = Path(Money(baselineCents), baselineYear, Money(targetCents), TargetDerivation.Linear);

        Assert.Equal(Money(targetCents), ((AbsoluteLevel)indicator.TargetForYear(2026, AsOf)!.Level).Value);
        if (baselineYear >= 2023)
        {
            Assert.Equal(Money(baselineCents), ((AbsoluteLevel)indicator.TargetForYear(baselineYear, AsOf)!.Level).Value);
        }
    }

    [Property]
    public void LinearPath_IsMonotoneBetweenBaselineAndTarget(int baselineCents, int targetCents)
    {
        var indicator = Path(Money(baselineCents), 2022, Money(targetCents), TargetDerivation.Linear);
        var values = Enumerable.Range(2023, 4).Select(y => ((AbsoluteLevel)indicator.TargetForYear(y, AsOf)!.Level).Value).ToList();
        var (low, high) = (Math.Min(Money(baselineCents), Money(targetCents)), Math.Max(Money(baselineCents), Money(targetCents)));

        Assert.All(values, v => Assert.InRange(v, low, high));
        var ordered = targetCents >= baselineCents ? values.Order() : values.OrderDescending();
        Assert.Equal(ordered, values);
    }

    [Property]
    public Property TargetAsOf_IsMonotoneInDecisionDates()
    {
        var revisions = Gen.Choose(0, 2000).ListOf().Where(l => l.Count > 0).Select(days => days.Distinct().ToList());
        return Prop.ForAll(revisions.ToArbitrary(), Gen.Choose(0, 2100).ToArbitrary(), (days, askDay) =>
        {
            var start = new LocalDate(2022, 1, 1);
            var scope = TargetScope.MandatePeriod(2023);
            var indicator = new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter)
            {
                Targets = [.. days.Select(d => new TargetValue(scope, new AbsoluteLevel(d), new Decision(start.PlusDays(d), "KF")))],
            };

            var applied = indicator.TargetAsOf(scope, start.PlusDays(askDay));
            var later = indicator.TargetAsOf(scope, start.PlusDays(askDay + 1));
            var expected = days.Where(d => d <= askDay).DefaultIfEmpty(-1).Max();

            // The revision in force is the latest one decided by then, and asking later never goes back to an older one.
            return (expected < 0 ? applied is null : applied!.Decision.Date == start.PlusDays(expected))
                && (applied is null || later!.Decision.Date >= applied.Decision.Date);
        });
    }
}
