namespace Styrmodell.Evaluation;

/// <summary>
/// The roll-up rule applied to the inputs used, with what it counted. Properties a rule does not use are
/// <see langword="null"/>.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Used">How many inputs the rule used.</param>
/// <param name="Score">The score it gave, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RuleStep(RuleKind Rule, int Used, double? Score) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Rule;

    /// <summary>Gets how many inputs were met (share, all-met and majority rules).</summary>
    public int? Met { get; init; }

    /// <summary>Gets the weighted share of inputs met (share, all-met and majority rules).</summary>
    public double? Share { get; init; }

    /// <summary>Gets the least share of the threshold reached (share rule), or <see langword="null"/> when none was.</summary>
    public double? ThresholdReached { get; init; }

    /// <summary>Gets the lowest threshold's least share (share rule).</summary>
    public double? LowestThreshold { get; init; }

    /// <summary>Gets the category id the rule picked (best-of and worst-of rules).</summary>
    public string? CategoryId { get; init; }

    /// <summary>Gets the points available (points rule).</summary>
    public double? PointsAvailable { get; init; }

    /// <summary>Gets the points awarded (points rule).</summary>
    public double? PointsAwarded { get; init; }

    /// <summary>Gets the not-concerned inputs' points (points rule, when any input is not concerned).</summary>
    public double? NotConcernedPoints { get; init; }

    /// <summary>Gets the not-concerned points shared out to each receiver (points rule, when shared out).</summary>
    public double? SharedOutEach { get; init; }

    /// <summary>Gets how many inputs received shared-out points (points rule, when shared out).</summary>
    public int? Receivers { get; init; }

    /// <summary>
    /// Gets the points done below (points rule): the available points that statuses below report done, a status's
    /// split counted in part, a node reported by a score (an indicator, a category, a status without a split) counting
    /// its score done — territoires-en-transitions' <c>point_fait</c>, whichever share the evaluation scores.
    /// </summary>
    public double? PointsDone { get; init; }

    /// <summary>Gets the points planned below (points rule; <c>point_programme</c>), found as <see cref="PointsDone"/> is.</summary>
    public double? PointsPlanned { get; init; }

    /// <summary>
    /// Gets the points not done below (points rule; <c>point_pas_fait</c>), found as <see cref="PointsDone"/> is; a node
    /// reported by a score counts the rest of its points here. Done, planned, not done and not reported sum to the points available.
    /// </summary>
    public double? PointsNotDone { get; init; }

    /// <summary>
    /// Gets the node's personalised potential factor (<see cref="EvaluationOptions.PotentialFactors"/>) when it is not 1;
    /// the step's points are then after the factor, and <see cref="PointsAvailableBeforeFactor"/> is the potential before.
    /// </summary>
    public double? PotentialFactor { get; init; }

    /// <summary>Gets the points available before the personalised potential factor (when there is one).</summary>
    public double? PointsAvailableBeforeFactor { get; init; }

    /// <summary>Gets the tasks (leaves) below and how many are completed, done, planned, not done and not concerned (points rule).</summary>
    public TaskCounts? Tasks { get; init; }

    /// <summary>
    /// Gets the points available that nothing below has reported on (points rule): the share of the available points
    /// held by inputs without a status, an outcome or an assessed input of their own, followed down the tree with the
    /// same weights and shared-out points — territoires-en-transitions' <c>point_non_renseigne</c>.
    /// </summary>
    public double? PointsNotReported { get; init; }

    /// <summary>
    /// Gets the origins' points × mapping weights summed (weighted-mapping rule): what the node's own points are shared
    /// in proportion to — territoires-en-transitions' ratio is <see cref="PointsAvailable"/> ÷ this.
    /// </summary>
    public double? OriginPoints { get; init; }

    /// <summary>Gets whether every available point below is reported on (points rule; <c>renseigne</c>): no <see cref="PointsNotReported"/>.</summary>
    public bool? IsFullyReported => PointsNotReported is { } missing ? missing <= 0 : null;
}
