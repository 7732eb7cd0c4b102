using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// The risk-matrix view of an internal control plan: for every probability and consequence score of its scale, how
/// many risks (and which) were scored so, with the cell's value and band colour.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RiskMatrix
{
    private RiskMatrix(RiskScale scale, EquatableArray<RiskMatrixCell> cells)
    {
        Scale = scale;
        Cells = cells;
    }

    /// <summary>Gets the scale.</summary>
    public RiskScale Scale { get; }

    /// <summary>Gets every cell, Steps × Steps of them, by probability then consequence, both from 1 up.</summary>
    public EquatableArray<RiskMatrixCell> Cells { get; }

    /// <summary>Gets how many risks the matrix holds.</summary>
    public int Total => Cells.Sum(c => c.Count);

    /// <summary>The matrix of one plan's risks on its own scale.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A risk is scored outside the plan's scale (a plan of a valid model never is).</exception>
    public static RiskMatrix Of(InternalControlPlan plan) => Of(Guard.Against.Null(plan).Scale, plan.Risks);

    /// <summary>The matrix of any risks scored on one scale, e.g. the plans of several owners that share it.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="risks">The risks.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A risk is scored outside the scale.</exception>
    public static RiskMatrix Of(RiskScale scale, IEnumerable<Risk> risks)
    {
        Guard.Against.Null(scale);
        var steps = scale.Steps;
        var ids = new List<string>[steps, steps];
        foreach (var risk in Guard.Against.Null(risks))
        {
            Guard.Against.InvalidInput(risk, nameof(risks), r => scale.Contains(r.Probability) && scale.Contains(r.Consequence),
                $"Risk '{risk.Id}' is scored {risk.Probability}×{risk.Consequence}, outside the 1–{steps} scale.");
            (ids[risk.Probability - 1, risk.Consequence - 1] ??= []).Add(risk.Id);
        }

        var cells = new List<RiskMatrixCell>(steps * steps);
        for (var p = 1; p <= steps; p++)
        {
            for (var c = 1; c <= steps; c++)
            {
                cells.Add(new RiskMatrixCell(p, c, p * c, scale.BandFor(p * c), [.. ids[p - 1, c - 1] ?? []]));
            }
        }

        return new RiskMatrix(scale, [.. cells]);
    }

    /// <summary>Gets the cell for a probability and a consequence score.</summary>
    /// <param name="probability">The probability score, 1 to <see cref="RiskScale.Steps"/>.</param>
    /// <param name="consequence">The consequence score, 1 to <see cref="RiskScale.Steps"/>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside the scale.</exception>
    public RiskMatrixCell this[int probability, int consequence]
    {
        get
        {
            Guard.Against.OutOfRange(probability, nameof(probability), 1, Scale.Steps);
            Guard.Against.OutOfRange(consequence, nameof(consequence), 1, Scale.Steps);
            return Cells[((probability - 1) * Scale.Steps) + consequence - 1];
        }
    }
}
