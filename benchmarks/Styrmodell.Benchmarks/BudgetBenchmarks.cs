using BenchmarkDotNet.Attributes;
using NodaTime;
using Styrmodell.Budget;
using Styrmodell.Finance;
using Styrmodell.Time;

namespace Styrmodell.Benchmarks;

/// <summary>
/// A national-scale budget follow-up (issue 20): 290 municipalities × 40 units, each with a drift frame and twelve
/// monthly outcomes, plus 20,000 investment projects in 2,900 areas (300 with six, the rest with seven) with two
/// outcomes each, and an interim forecast per unit and area (34,790 frames, 179,200 outcomes, 14,500 forecasts),
/// followed up in one pass against a flat-array baseline doing the same sums. Target ≤ 3× the baseline.
/// </summary>
[MemoryDiagnoser]
public class BudgetBenchmarks
{
    private static readonly LocalDate AsOf = new(2024, 12, 31);
    private BudgetRecord _budget = null!;
    private FlatBudget _baseline = null!;

    /// <summary>Generates the budget (amounts in tkr, deterministic) and its flat copy with resolved indices.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20);
        var frames = new List<BudgetFrame>();
        var outcomes = new List<BudgetOutcome>();
        var forecasts = new List<BudgetForecast>();
        var interim = ReportingPeriod.Interim(2024, 8);
        for (var m = 0; m < 290; m++)
        {
            var committee = $"m{m}-drift";
            var units = Enumerable.Range(0, 40).Select(_ => (decimal)random.Next(1_000, 100_000)).ToList();
            frames.Add(new BudgetFrame(committee, FrameKind.Drift, "u", 2024, units.Sum(), AmountUnit.Thousands));
            for (var u = 0; u < 40; u++)
            {
                var id = $"m{m}-u{u}";
                frames.Add(new BudgetFrame(id, FrameKind.Drift, "u", 2024, units[u], AmountUnit.Thousands) { ParentId = committee });
                outcomes.AddRange(Enumerable.Range(1, 12).Select(month => new BudgetOutcome(id, ReportingPeriod.Month(2024, month), units[u] / 12 + random.Next(-50, 50))));
                forecasts.Add(new BudgetForecast(id, interim, 8, units[u] + random.Next(-500, 500)));
            }

            for (var a = 0; a < 10; a++)
            {
                var area = $"m{m}-a{a}";
                var projects = Enumerable.Range(0, m * 10 + a < 300 ? 6 : 7).Select(_ => (decimal)random.Next(100, 20_000)).ToList();
                frames.Add(new BudgetFrame(area, FrameKind.Investment, "u", 2024, projects.Sum(), AmountUnit.Thousands));
                forecasts.Add(new BudgetForecast(area, interim, 8, projects.Sum() + random.Next(-1_000, 1_000)));
                for (var p = 0; p < projects.Count; p++)
                {
                    var id = $"{area}-p{p}";
                    frames.Add(new BudgetFrame(id, FrameKind.Investment, "u", 2024, projects[p], AmountUnit.Thousands) { ParentId = area });
                    outcomes.Add(new BudgetOutcome(id, ReportingPeriod.Tertial(2024, 1), projects[p] / 3));
                    outcomes.Add(new BudgetOutcome(id, ReportingPeriod.Tertial(2024, 2), projects[p] / 3));
                }
            }
        }

        _budget = new BudgetRecord { Frames = [.. frames], Outcomes = [.. outcomes], Forecasts = [.. forecasts], Threshold = new DeviationThreshold(1_000, 0.01m) };
        _baseline = new FlatBudget(_budget);
    }

    /// <summary>The same sums on flat arrays with indices resolved beforehand.</summary>
    /// <returns>The deviations.</returns>
    [Benchmark(Baseline = true)]
    public decimal?[] FlatArrayBaseline() => _baseline.Deviations(AsOf);

    /// <summary>The library's follow-up: frames in force, outcomes to date, forecasts, deviations, thresholds, totals.</summary>
    /// <returns>The follow-up.</returns>
    [Benchmark]
    public BudgetFollowUp FollowUp() => BudgetFollowUp.Compute(_budget, 2024, AsOf);

    /// <summary>The budget as parallel arrays: what a hand-written follow-up would keep.</summary>
    private sealed class FlatBudget
    {
        private readonly decimal[] _amount;
        private readonly int[] _parent;
        private readonly int[] _outcomeFrame;
        private readonly decimal[] _outcomeAmount;
        private readonly LocalDate[] _outcomeEnd;
        private readonly int[] _forecastFrame;
        private readonly decimal[] _forecastAmount;
        private readonly LocalDate[] _forecastEnd;

        public FlatBudget(BudgetRecord budget)
        {
            var index = new Dictionary<string, int>();
            for (var i = 0; i < budget.Frames.Count; i++)
            {
                index[budget.Frames[i].Id] = i;
            }

            _amount = [.. budget.Frames.Select(f => f.Amount)];
            _parent = [.. budget.Frames.Select(f => f.ParentId is { } p ? index[p] : -1)];
            _outcomeFrame = [.. budget.Outcomes.Select(o => index[o.FrameId])];
            _outcomeAmount = [.. budget.Outcomes.Select(o => o.Amount)];
            _outcomeEnd = [.. budget.Outcomes.Select(o => o.Period.End)];
            _forecastFrame = [.. budget.Forecasts.Select(f => index[f.FrameId])];
            _forecastAmount = [.. budget.Forecasts.Select(f => f.Amount)];
            _forecastEnd = [.. budget.Forecasts.Select(f => f.Point.End)];
        }

        /// <summary>Outcome to date per frame and its parents, the latest forecast per frame (parts summed where a frame has none), frame − forecast.</summary>
        public decimal?[] Deviations(LocalDate asOf)
        {
            var n = _amount.Length;
            var outcome = new decimal[n];
            for (var k = 0; k < _outcomeFrame.Length; k++)
            {
                if (_outcomeEnd[k] <= asOf)
                {
                    for (var at = _outcomeFrame[k]; at >= 0; at = _parent[at])
                    {
                        outcome[at] += _outcomeAmount[k];
                    }
                }
            }

            var forecast = new decimal?[n];
            var latest = new LocalDate[n];
            for (var k = 0; k < _forecastFrame.Length; k++)
            {
                var f = _forecastFrame[k];
                if (_forecastEnd[k] <= asOf && (forecast[f] is null || _forecastEnd[k] > latest[f]))
                {
                    forecast[f] = _forecastAmount[k];
                    latest[f] = _forecastEnd[k];
                }
            }

            // Frames come parents first, so summing backwards reaches every part before its parent.
            var sum = new decimal[n];
            var missing = new bool[n];
            var hasParts = new bool[n];
            for (var i = n - 1; i >= 0; i--)
            {
                forecast[i] ??= hasParts[i] && !missing[i] ? sum[i] : null;
                if (_parent[i] is var p and >= 0)
                {
                    hasParts[p] = true;
                    if (forecast[i] is { } v)
                    {
                        sum[p] += v;
                    }
                    else
                    {
                        missing[p] = true;
                    }
                }
            }

            var deviation = new decimal?[n];
            decimal total = 0;
            for (var i = 0; i < n; i++)
            {
                deviation[i] = _amount[i] - forecast[i];
                if (_parent[i] < 0 && deviation[i] is { } d)
                {
                    total += d;
                }
            }

            GC.KeepAlive(outcome);
            GC.KeepAlive(total);
            return deviation;
        }
    }
}
