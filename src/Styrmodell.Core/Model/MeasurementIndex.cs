
namespace Styrmodell.Model;

/// <summary>
/// Per-node look-ups the engine needs, built once per model in O(nodes + outcomes + assessments): each node's
/// indicator definition, the outcomes of each indicator, and the manual assessments of each node.
/// </summary>
internal sealed class MeasurementIndex
{
    public MeasurementIndex(ModelIndex index)
    {
        var nodes = index.Nodes.Length;
        IndicatorOfNode = new int[nodes];
        Array.Fill(IndicatorOfNode, -1);
        for (var i = 0; i < index.Indicators.Length; i++)
        {
            IndicatorOfNode[index.NodeIndex[index.Indicators[i].NodeId]] = i;
        }

        (OutcomeStart, OutcomeOrder) = Group(index.Indicators.Length, index.Outcomes.Length, o => index.IndicatorIndex[index.Outcomes[o].IndicatorId]);
        OutcomeKey = new long[OutcomeOrder.Length];
        for (var k = 0; k < OutcomeOrder.Length; k++)
        {
            var o = index.Outcomes[OutcomeOrder[k]];
            OutcomeKey[k] = Key(o.Period, o.Gender, o.IsForecast, o.Disaggregation is not null);
        }

        (AssessmentStart, AssessmentOrder) = Group(nodes, index.Assessments.Length, a => index.NodeIndex[index.Assessments[a].NodeId]);
        Dependents = DependentsOf(index);
    }

    /// <summary>
    /// For each indicator, the indicators whose value depends on its outcomes beside the tree — those it contributes to
    /// (<see cref="Targets.Indicator.Contributors"/>) and the derived indicators whose formula reads it — so an
    /// incremental evaluation also recomputes them; <see langword="null"/> when no indicator depends on another.
    /// </summary>
    public List<int>[]? Dependents { get; }

    private static List<int>[]? DependentsOf(ModelIndex index)
    {
        List<int>[]? on = null;
        for (var i = 0; i < index.Indicators.Length; i++)
        {
            var indicator = index.Indicators[i];
            if (indicator.Contributors.IsEmpty && indicator.Formula is null)
            {
                continue; // the common case: nothing to enumerate or allocate
            }

            foreach (var id in indicator.Contributors.Concat(indicator.Formula?.InputIds() ?? []).Distinct(StringComparer.Ordinal))
            {
                if (index.IndicatorIndex.TryGetValue(id, out var j))
                {
                    on ??= new List<int>[index.Indicators.Length];
                    (on[j] ??= []).Add(i);
                }
            }
        }

        return on;
    }

    /// <summary>The indicator definition of each node, or -1.</summary>
    public int[] IndicatorOfNode { get; }

    /// <summary>Outcomes of indicator i are OutcomeOrder[OutcomeStart[i]..OutcomeStart[i+1]].</summary>
    public int[] OutcomeStart { get; }

    public int[] OutcomeOrder { get; }

    /// <summary>The key (period, breakdown, forecast flag) of each outcome, in OutcomeOrder's order; equal keys mean equal triples, except that all disaggregations share one breakdown.</summary>
    public long[] OutcomeKey { get; }

    /// <summary>
    /// Packs period kind and dates, breakdown and forecast flag into one comparable number. Every disaggregation shares
    /// one breakdown slot after the genders' (they are told apart by scanning, only when explaining), so no part of the
    /// total ever takes the total's key.
    /// </summary>
    public static long Key(Time.ReportingPeriod period, Targets.Gender gender, bool forecast, bool disaggregated = false) =>
        (((((Ymd(period.Start) * 100_000_000L) + Ymd(period.End)) * 8L) + (long)period.Kind) * 8L)
        + ((disaggregated ? DisaggregatedSlot : (long)gender) * 2L) + (forecast ? 1L : 0L);

    // Genders take slots 0–2; slot 3 keeps (slot × 2 + forecast) below the factor of 8 the breakdown has.
    private const long DisaggregatedSlot = 3L;

    private static long Ymd(NodaTime.LocalDate date) => (date.Year * 10_000L) + (date.Month * 100L) + date.Day;

    /// <summary>Manual assessments of node n are AssessmentOrder[AssessmentStart[n]..AssessmentStart[n+1]].</summary>
    public int[] AssessmentStart { get; }

    public int[] AssessmentOrder { get; }

    /// <summary>Groups items by key with a counting sort, keeping their order within each group.</summary>
    private static (int[] Start, int[] Order) Group(int keys, int items, Func<int, int> keyOf)
    {
        var key = new int[items];
        var start = new int[keys + 1];
        for (var i = 0; i < items; i++)
        {
            key[i] = keyOf(i);
            start[key[i] + 1]++;
        }

        for (var k = 0; k < keys; k++)
        {
            start[k + 1] += start[k];
        }

        var fill = start[..keys];
        var order = new int[items];
        for (var i = 0; i < items; i++)
        {
            order[fill[key[i]]++] = i;
        }

        return (start, order);
    }
}
