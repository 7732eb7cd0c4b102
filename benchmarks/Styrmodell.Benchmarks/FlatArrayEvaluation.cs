using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Benchmarks;

/// <summary>
/// The baseline: what a hand-written evaluator does with everything in flat arrays prepared beforehand — per
/// indicator, scan its outcomes for the period's total, score it as a share of the target and place it on the
/// default scale; then weighted means of scores bottom-up over the links, skipping activities.
/// </summary>
internal sealed class FlatArrayEvaluation
{
    private readonly int[] _order;
    private readonly int[] _downStart;
    private readonly int[] _downSource;
    private readonly double[] _downWeight;
    private readonly bool[] _counts;
    private readonly int[] _indicatorOf;
    private readonly double[] _target;
    private readonly int[] _outcomeStart;
    private readonly long[] _outcomeKey;
    private readonly double[] _outcomeValue;
    private readonly long _wanted;

    public FlatArrayEvaluation(SteeringModel model, ReportingPeriod period)
    {
        var nodes = model.Nodes;
        var position = new Dictionary<string, int>(nodes.Count);
        for (var n = 0; n < nodes.Count; n++)
        {
            position[nodes[n].Id] = n;
        }

        var down = new List<(int Source, double Weight)>[nodes.Count];
        var waiting = new int[nodes.Count];
        for (var n = 0; n < nodes.Count; n++)
        {
            down[n] = [];
        }

        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (node.ParentId is { } parent)
            {
                down[position[parent]].Add((n, node.Weight));
            }

            foreach (var c in node.Contributions)
            {
                down[position[c.TargetId]].Add((n, c.Weight));
            }
        }

        _downStart = new int[nodes.Count + 1];
        for (var n = 0; n < nodes.Count; n++)
        {
            _downStart[n + 1] = _downStart[n] + down[n].Count;
            waiting[n] = down[n].Count;
        }

        _downSource = [.. down.SelectMany(d => d.Select(x => x.Source))];
        _downWeight = [.. down.SelectMany(d => d.Select(x => x.Weight))];
        _counts = [.. nodes.Select(n => model.LevelOf(n.Id).Role != LevelRole.Activity)];

        // Children before parents: levels are generated top-down, so reversed node order is bottom-up.
        _order = [.. Enumerable.Range(0, nodes.Count).Reverse()];

        var indicators = model.Indicators;
        _indicatorOf = Enumerable.Repeat(-1, nodes.Count).ToArray();
        _target = new double[indicators.Count];
        var byIndicator = new Dictionary<string, int>();
        for (var i = 0; i < indicators.Count; i++)
        {
            _indicatorOf[position[indicators[i].NodeId]] = i;
            _target[i] = (double)((AbsoluteLevel)indicators[i].Targets[0].Level).Value;
            byIndicator[indicators[i].NodeId] = i;
        }

        var grouped = model.Outcomes.GroupBy(o => byIndicator[o.IndicatorId]).OrderBy(g => g.Key).ToArray();
        _outcomeStart = new int[indicators.Count + 1];
        var keys = new List<long>();
        var values = new List<double>();
        foreach (var group in grouped)
        {
            foreach (var o in group)
            {
                keys.Add(Key(o.Period, o.Gender));
                values.Add(o.Value is { } v ? (double)v.Value : double.NaN);
            }

            _outcomeStart[group.Key + 1] = keys.Count;
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            _outcomeStart[i + 1] = Math.Max(_outcomeStart[i + 1], _outcomeStart[i]);
        }

        _outcomeKey = [.. keys];
        _outcomeValue = [.. values];
        _wanted = Key(period, Gender.Total);
    }

    public int[] Evaluate()
    {
        var count = _order.Length;
        var category = new int[count];
        var score = new double[count];
        foreach (var n in _order)
        {
            var i = _indicatorOf[n];
            double s;
            if (i >= 0)
            {
                s = double.NaN;
                for (var k = _outcomeStart[i]; k < _outcomeStart[i + 1]; k++)
                {
                    if (_outcomeKey[k] == _wanted)
                    {
                        s = Math.Min(1.0, _outcomeValue[k] / _target[i]);
                    }
                }
            }
            else
            {
                double sum = 0, total = 0;
                for (var k = _downStart[n]; k < _downStart[n + 1]; k++)
                {
                    var from = _downSource[k];
                    if (_counts[from] && !double.IsNaN(score[from]))
                    {
                        sum += _downWeight[k] * score[from];
                        total += _downWeight[k];
                    }
                }

                s = total > 0 ? sum / total : double.NaN;
            }

            score[n] = s;
            category[n] = double.IsNaN(s) ? -1 : s >= 1.0 ? 0 : s >= 0.5 ? 1 : 2;
        }

        return category;
    }

    private static long Key(ReportingPeriod period, Gender gender) =>
        (((Ymd(period.Start) * 100_000_000L) + Ymd(period.End)) * 4L) + (long)gender;

    private static long Ymd(NodaTime.LocalDate date) => (date.Year * 10_000L) + (date.Month * 100L) + date.Day;
}
