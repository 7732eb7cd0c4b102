using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>The configuration of a goal-fulfilment evaluation: scale, rules, scoring, missing data, manual assessments.</summary>
/// <remarks>Checked against the model when an evaluation starts (<see cref="GoalEvaluator.Evaluate"/>).</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record EvaluationOptions
{
    /// <summary>Gets the default options.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets the scale.</summary>
    /// <value>Default <see cref="AssessmentScale.Default"/>.</value>
    public AssessmentScale Scale { get; init; } = AssessmentScale.Default;

    /// <summary>Gets the rule for nodes that no <see cref="Rules"/> entry covers.</summary>
    /// <value>Default <see cref="WeightedMeanRule"/>.</value>
    public RollUpRule DefaultRule { get; init; } = new WeightedMeanRule();

    /// <summary>Gets the rules per level and per node; a node's own rule beats its level's.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<RuleAssignment> Rules { get; init; }

    /// <summary>Gets how indicator outcomes become scores.</summary>
    /// <value>Default <see cref="ScoreBasis.ShareOfTarget"/>.</value>
    public ScoreBasis ScoreBasis { get; init; } = ScoreBasis.ShareOfTarget;

    /// <summary>Gets the shortfall, in the indicator's unit, at which <see cref="ScoreBasis.AbsoluteShortfall"/> scores 0.</summary>
    /// <value>Default 1.</value>
    public decimal Tolerance { get; init; } = 1m;

    /// <summary>Gets what roll-ups do with inputs that are not assessed.</summary>
    /// <value>Default <see cref="MissingDataPolicy.Exclude"/>.</value>
    public MissingDataPolicy MissingData { get; init; } = MissingDataPolicy.Exclude;

    /// <summary>Gets the least coverage (weighted share of inputs assessed), in [0, 1], below which a roll-up is not assessed.</summary>
    /// <value>Default 0: any assessed input suffices.</value>
    public double MinimumCoverage { get; init; }

    /// <summary>Gets how manual assessments relate to computed results.</summary>
    /// <value>Default <see cref="ManualAssessmentMode.Beside"/>: nothing replaces a computed result unless configured to.</value>
    public ManualAssessmentMode ManualMode { get; init; } = ManualAssessmentMode.Beside;

    /// <summary>Gets whether forecast outcomes are used where the period has no measured outcome; results that use one are labelled forecasts.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UseForecasts { get; init; } = true;

    /// <summary>Gets the level roles whose nodes feed roll-ups; others (activities, strategies, assignments, controls) are shown but not counted.</summary>
    /// <value>Default target areas, goals, indicators and missions.</value>
    public EquatableArray<LevelRole> AssessedRoles { get; init; } = [LevelRole.TargetArea, LevelRole.Goal, LevelRole.Indicator, LevelRole.Mission];

    /// <summary>Gets what an indicator without an outcome for the period is assessed as.</summary>
    /// <value>Default <see cref="MissingOutcomePolicy.NotAssessed"/>.</value>
    public MissingOutcomePolicy MissingOutcome { get; init; }

    /// <summary>
    /// Gets whether scores are kept to [0, 1]. When off, <see cref="ScoreBasis.LinearFromBaseline"/> scores above 1 for
    /// an outcome beyond the target and below 0 for one behind the start, and mean rules pass such scores on unclamped;
    /// categories still follow the scale (above 1 is the best category, below 0 the worst).
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ClampScores { get; init; } = true;

    /// <summary>Gets the statuses that manual assessments may give besides the scale's categories (done, planned, not concerned, …).</summary>
    /// <value>Default empty.</value>
    public EquatableArray<AssessmentStatus> Statuses { get; init; }

    /// <summary>
    /// Gets the nodes that are optional inputs: when one is not assessed, every roll-up it feeds leaves it out, whatever
    /// the missing-data policy — so with <see cref="MissingDataPolicy.PropagateUnknown"/> a missing required input gives
    /// no result and a missing optional one is left out.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> OptionalInputs { get; init => field = Guard.Against.NullElements(value, nameof(OptionalInputs)); }

    /// <summary>
    /// Gets the nodes deactivated (territoires-en-transitions' <i>désactivé</i>, set by its personalisation rules): each is
    /// not concerned whatever feeds it or is reported on it, as if it had a not-concerned status; with
    /// <see cref="NotConcernedSubtrees"/> the nodes below it are too.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> DeactivatedNodes { get; init => field = Guard.Against.NullElements(value, nameof(DeactivatedNodes)); }

    /// <summary>
    /// Gets whether a node that is not concerned — by a status, by being deactivated (<see cref="DeactivatedNodes"/>) or
    /// because all it feeds are — makes the nodes below it not concerned too: a node every one of whose parents (of an
    /// assessed role) is not concerned is not concerned, so its result has no score and no points, as
    /// territoires-en-transitions reports the children of a not-concerned or deactivated action (<c>concerne</c> false,
    /// potential 0). A node that also feeds a concerned parent stays concerned.
    /// </summary>
    /// <value>Default <see langword="false"/>: a node's own inputs and status alone decide its result.</value>
    public bool NotConcernedSubtrees { get; init; }

    /// <summary>
    /// Gets the personalised potentials: each listed node's points in the points roll-ups it feeds are multiplied by its
    /// factor (its inputs' points in proportion, so its own score is unchanged), and its points step shows the points
    /// after the factor with the factor and the points before (<see cref="RuleStep.PotentialFactor"/>). Factors apply
    /// where points are counted (<see cref="Rules.PointsRule"/>); a node listed twice is a problem.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<PotentialFactor> PotentialFactors { get; init => field = Guard.Against.NullElements(value, nameof(PotentialFactors)); }

    /// <summary>Gets what a ratio indicator's pooled outcome is when its denominators sum to 0.</summary>
    /// <value>Default <see cref="ZeroDenominatorPolicy.NoValue"/>.</value>
    public ZeroDenominatorPolicy ZeroDenominator { get; init; }

    /// <summary>
    /// Gets whether outcomes with status <see cref="Targets.OutcomeStatus.Draft"/> are left out, as if not reported:
    /// only approved (final or preliminary) outcomes count. The outcome step counts the drafts left out.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ExcludeDrafts { get; init; } = true;

    /// <summary>
    /// Gets whether a ratio indicator may have at most one outcome within the period evaluated: with more, it is not
    /// assessed (<see cref="OutcomeFinding.SeveralRatioOutcomes"/>) instead of pooling them — Akvo RSR refuses a second
    /// update on a percentage indicator's period.
    /// </summary>
    /// <value>Default <see langword="false"/>: outcomes within the period are pooled.</value>
    public bool OneRatioOutcomePerPeriod { get; init; }

    /// <summary>
    /// Gets whether an indicator with contributors (<see cref="Targets.Indicator.Contributors"/>) counts its own outcomes
    /// beside theirs. Akvo RSR's tests read it both ways: <c>test_sum_local_and_aggregated_updates</c> adds a child
    /// project's own update to its grandchild's (<see langword="true"/>); <c>test_should_aggregate_child_indicators_values</c>
    /// replaces the parent's own figure with its children's sum (<see langword="false"/>).
    /// </summary>
    /// <value>Default <see langword="true"/>: nothing reported is left out.</value>
    public bool IncludeOwnOutcome { get; init; } = true;

    /// <summary>
    /// Gets whether the way done and the whole way (<see cref="ScoreStep.Done"/>, <see cref="ScoreStep.Total"/>) count
    /// from 0 rather than from the baseline when the target lies above the baseline — okr-tracker's
    /// <c>getKeyResultProgressDetails</c> reports the current value and the target as completed and total tasks then,
    /// and the differences from the start for a falling target. The score is not affected.
    /// </summary>
    /// <value>Default <see langword="false"/>: both count from the baseline.</value>
    public bool CountRisingProgressFromZero { get; init; }

    /// <summary>
    /// Gets whether a node that nothing feeds (no children, no contributors) scores 0 instead of not being assessed —
    /// territoires-en-transitions' empty plan and okr-tracker's objective without key results are 0 %. Nodes fed only
    /// by nodes of roles that are not assessed, or by inputs none of which is assessed, are unaffected.
    /// </summary>
    /// <value>Default <see langword="false"/>: the engine never invents a value for a node that nothing feeds.</value>
    public bool EmptyRollUpIsZero { get; init; }

    /// <summary>
    /// Gets the direction of indicators that do not state theirs (<see cref="Direction.Unstated"/>): Open SDG's default
    /// is lower is better. <see cref="Direction.Unstated"/> leaves such indicators not assessed
    /// (<see cref="NotAssessedReason.NoDirection"/>); only <see cref="Direction.HigherIsBetter"/> and
    /// <see cref="Direction.LowerIsBetter"/> are other valid values.
    /// </summary>
    /// <value>Default <see cref="Direction.Unstated"/>: the engine does not guess a direction.</value>
    public Direction DefaultDirection { get; init; } = Direction.Unstated;

    /// <summary>Gets how <see cref="ScoreBasis.GrowthRate"/> scores.</summary>
    /// <value>Default <see cref="GrowthSettings.Default"/>.</value>
    public GrowthSettings Growth { get; init; } = GrowthSettings.Default;

    /// <summary>Gets how the numbers a report shows are rounded; applied only at presentation (<see cref="EvaluationResult.Present"/>).</summary>
    /// <value>Default <see cref="Rounding.Default"/>: whole percent, halves away from zero.</value>
    public Rounding Rounding { get; init; } = Rounding.Default;

    /// <summary>
    /// Gets roundings for particular kinds of number that differ from <see cref="Rounding"/>, at most one per kind; a
    /// kind not listed is rounded by <see cref="Rounding"/>. Applied only at presentation, like it.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<QuantityRounding> QuantityRoundings { get; init; }

    /// <summary>Gets the rounding for one kind of number: its own from <see cref="QuantityRoundings"/>, else <see cref="Rounding"/>.</summary>
    /// <param name="quantity">The kind of number.</param>
    /// <returns>The rounding.</returns>
    public Rounding RoundingFor(PresentedQuantity quantity)
    {
        foreach (var own in QuantityRoundings)
        {
            if (own?.Quantity == quantity)
            {
                return own.Rounding;
            }
        }

        return Rounding;
    }
}
