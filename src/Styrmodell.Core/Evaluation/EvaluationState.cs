using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>
/// What a node's parents need from it — category position (-1 not assessed, -2 not concerned), score (NaN for none),
/// whether it rests on a forecast and, only when a points rule is in use, the share of its points still available — in
/// chunked arrays indexed by node position. Everything else a result shows is recomputed from these on request.
/// </summary>
internal sealed class EvaluationState
{
    public EvaluationState(int nodes, bool tracksAvailable)
        : this(new ChunkedArray<sbyte>(nodes), new ChunkedArray<double>(nodes), new ChunkedArray<bool>(nodes),
            tracksAvailable ? new ChunkedArray<double>(nodes) : null)
    {
    }

    private EvaluationState(ChunkedArray<sbyte> category, ChunkedArray<double> score, ChunkedArray<bool> forecast, ChunkedArray<double>? available)
    {
        Category = category;
        Score = score;
        Forecast = forecast;
        Available = available;
    }

    public ChunkedArray<sbyte> Category { get; }

    public ChunkedArray<double> Score { get; }

    public ChunkedArray<bool> Forecast { get; }

    /// <summary>The share of each node's points still available; <see langword="null"/> (all 1) unless a points rule is used.</summary>
    public ChunkedArray<double>? Available { get; }

    /// <summary>A copy sharing storage until written; O(nodes ÷ 4096).</summary>
    public EvaluationState Copy() => new(Category.Copy(), Score.Copy(), Forecast.Copy(), Available?.Copy());
}
