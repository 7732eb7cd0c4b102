using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>
/// What a node's parents need from it — category position (-1 not assessed), score (NaN for none) and whether it
/// rests on a forecast — in chunked arrays indexed by node position. Everything else a result shows is recomputed
/// from these on request.
/// </summary>
internal sealed class EvaluationState
{
    public EvaluationState(int nodes)
        : this(new ChunkedArray<sbyte>(nodes), new ChunkedArray<double>(nodes), new ChunkedArray<bool>(nodes))
    {
    }

    private EvaluationState(ChunkedArray<sbyte> category, ChunkedArray<double> score, ChunkedArray<bool> forecast)
    {
        Category = category;
        Score = score;
        Forecast = forecast;
    }

    public ChunkedArray<sbyte> Category { get; }

    public ChunkedArray<double> Score { get; }

    public ChunkedArray<bool> Forecast { get; }

    /// <summary>A copy sharing storage until written; O(nodes ÷ 4096).</summary>
    public EvaluationState Copy() => new(Category.Copy(), Score.Copy(), Forecast.Copy());
}
