namespace Styrmodell.Evaluation;

/// <summary>The per-node numbers of an evaluation, in flat arrays indexed by node position.</summary>
internal sealed class EvaluationState
{
    public EvaluationState(int nodes)
    {
        Category = new int[nodes];
        Score = new double[nodes];
        ComputedCategory = new int[nodes];
        ComputedScore = new double[nodes];
        Coverage = new double[nodes];
        Forecast = new bool[nodes];
        Manual = new int[nodes];
    }

    private EvaluationState(EvaluationState other)
    {
        Category = (int[])other.Category.Clone();
        Score = (double[])other.Score.Clone();
        ComputedCategory = (int[])other.ComputedCategory.Clone();
        ComputedScore = (double[])other.ComputedScore.Clone();
        Coverage = (double[])other.Coverage.Clone();
        Forecast = (bool[])other.Forecast.Clone();
        Manual = (int[])other.Manual.Clone();
    }

    /// <summary>The result's category position (-1 not assessed).</summary>
    public int[] Category { get; }

    /// <summary>The result's score (NaN for none).</summary>
    public double[] Score { get; }

    public int[] ComputedCategory { get; }

    public double[] ComputedScore { get; }

    public double[] Coverage { get; }

    public bool[] Forecast { get; }

    /// <summary>The applying manual assessment's position, or -1.</summary>
    public int[] Manual { get; }

    public EvaluationState Copy() => new(this);
}
