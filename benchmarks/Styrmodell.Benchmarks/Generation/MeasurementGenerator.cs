using NodaTime;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Benchmarks.Generation;

/// <summary>
/// Adds measurements to a generated model: every indicator node gets a definition (higher is better, a 2024 target)
/// and 17 outcomes — totals for 2013–2024, the three tertials of 2024, and 2024 for women and men — so a
/// 1,000,000-node model carries about 5,000,000 outcomes. About one in twenty 2024 totals is reported missing.
/// </summary>
public static class MeasurementGenerator
{
    private static readonly Decision Budget = new(new LocalDate(2023, 11, 27), "KF");

    /// <summary>Generates the indicator definitions and outcomes.</summary>
    /// <param name="nodes">The model's nodes; those at level <c>indikator</c> are measured.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The definitions and outcomes.</returns>
    public static (Indicator[] Indicators, Outcome[] Outcomes) Generate(IReadOnlyList<Node> nodes, int seed = 2026)
    {
        var random = new Random(seed);
        var years = Enumerable.Range(2013, 12).Select(ReportingPeriod.Year).ToArray();
        var tertials = Enumerable.Range(1, 3).Select(t => ReportingPeriod.Tertial(2024, t)).ToArray();
        var target = new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(50m), Budget);
        var indicators = new List<Indicator>();
        var outcomes = new List<Outcome>();
        foreach (var node in nodes.Where(n => n.LevelId == "indikator"))
        {
            indicators.Add(new Indicator(node.Id, MeasureUnit.Percent, Direction.HigherIsBetter) { Source = "N00000", Targets = [target] });
            foreach (var year in years)
            {
                var missing = year.Start.Year == 2024 && random.Next(20) == 0;
                outcomes.Add(new Outcome(node.Id, year, missing ? null : MeasuredValue.Of(random.Next(20, 80))));
            }

            foreach (var tertial in tertials)
            {
                outcomes.Add(new Outcome(node.Id, tertial, MeasuredValue.Of(random.Next(20, 80))));
            }

            outcomes.Add(new Outcome(node.Id, years[^1], MeasuredValue.Of(random.Next(20, 80))) { Gender = Gender.Women });
            outcomes.Add(new Outcome(node.Id, years[^1], MeasuredValue.Of(random.Next(20, 80))) { Gender = Gender.Men });
        }

        return ([.. indicators], [.. outcomes]);
    }
}
