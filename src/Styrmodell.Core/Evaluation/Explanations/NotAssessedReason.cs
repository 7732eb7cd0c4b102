namespace Styrmodell.Evaluation;

/// <summary>Why a node has no result (see <see cref="NotAssessedStep"/>).</summary>
public enum NotAssessedReason
{
    /// <summary>No outcome for the period (see the <see cref="OutcomeStep"/>).</summary>
    NoOutcome,

    /// <summary>Missing outcomes count at the baseline, but the indicator has none.</summary>
    NoBaselineToCountAt,

    /// <summary>No target decided by the as-of date for the period's year.</summary>
    NoTarget,

    /// <summary>No target decided by the as-of date for the period's year or later (growth rates).</summary>
    NoTargetAhead,

    /// <summary>The target is a change from a baseline the indicator does not have.</summary>
    NoBaselineForTarget,

    /// <summary>The target is relative to a comparison value the model does not have for the year.</summary>
    NoComparisonValue,

    /// <summary>A range target has no growth path (growth rates).</summary>
    RangeTargetHasNoGrowthPath,

    /// <summary>Nothing feeds the node.</summary>
    NothingFeeds,

    /// <summary>Only nodes of roles that are not assessed feed the node.</summary>
    NoAssessedKindFeeds,

    /// <summary>No input is assessed.</summary>
    NoInputAssessed,

    /// <summary>An input is not assessed and the policy propagates the unknown.</summary>
    MissingInputPropagates,

    /// <summary>The coverage is below the minimum (see the <see cref="MissingDataStep"/>).</summary>
    CoverageBelowMinimum,

    /// <summary>The assessed inputs' weights sum to 0.</summary>
    WeightsSumToZero,

    /// <summary>No points are available (points rule).</summary>
    NoPointsAvailable,

    /// <summary>The node is assessed manually only.</summary>
    ManualOnly,

    /// <summary>Every input is not concerned, so the node is not concerned either.</summary>
    EveryInputNotConcerned,

    /// <summary>The indicator does not state its direction and the evaluation gives no default (<see cref="EvaluationOptions.DefaultDirection"/>).</summary>
    NoDirection,

    /// <summary>The node is deactivated (<see cref="EvaluationOptions.DeactivatedNodes"/>), so it is not concerned.</summary>
    Deactivated,

    /// <summary>Every node it feeds is not concerned, so it is not concerned either (<see cref="EvaluationOptions.NotConcernedSubtrees"/>).</summary>
    ParentNotConcerned,

    /// <summary>Every node it feeds is deactivated or below a deactivated node, so it is not concerned (<see cref="EvaluationOptions.NotConcernedSubtrees"/>).</summary>
    ParentDeactivated,
}
