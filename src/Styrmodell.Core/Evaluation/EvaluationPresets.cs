using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>
/// Named configurations of the engine that reproduce the published arithmetic of other goal-tracking systems, so that a
/// migration gives the same numbers. Each is plain <see cref="EvaluationOptions"/> — adjust it with <c>with</c> — and
/// each is documented with its formula, source and handling of missing data in docs/presets.md.
/// </summary>
/// <remarks>Every preset counts the nodes of every level role (<see cref="EvaluationOptions.AssessedRoles"/>), as the systems do.</remarks>
/// <threadsafety>Stateless; every method returns a new immutable value.</threadsafety>
public static partial class EvaluationPresets
{
    private static readonly EquatableArray<LevelRole> EveryRole = [.. Enum.GetValues<LevelRole>()];

    /// <summary>
    /// Gets territoires-en-transitions' star scale: the share of points done gives the <i>première</i> to
    /// <i>cinquième étoile</i> at 0, 35 %, 50 %, 65 % and 75 %, each threshold inclusive.
    /// </summary>
    public static AssessmentScale Stars { get; } = new(
        [
            new("cinquieme-etoile", "Cinquième étoile", "#1B5E20", 0.75, isMet: true),
            new("quatrieme-etoile", "Quatrième étoile", "#43A047", 0.65, isMet: false),
            new("troisieme-etoile", "Troisième étoile", "#9CCC65", 0.50, isMet: false),
            new("deuxieme-etoile", "Deuxième étoile", "#FDD835", 0.35, isMet: false),
            new("premiere-etoile", "Première étoile", "#FFB300", 0.0, isMet: false),
        ],
        new("non-evalue", "Non évalué", "#9E9E9E", 0.0, isMet: false));

    /// <summary>
    /// Gets Open SDG's progress statuses on the <see cref="GrowthSettings.OpenSdgCurve"/> score, with Open SDG's own
    /// status ids (open-sdg docs/progress.md): <c>target_achieved</c> (1), <c>substantial_progress</c> (on track: from
    /// 0.75, a ratio of 0.95), <c>moderate_progress</c> (acceleration needed: from 0.5, ratio 0.6),
    /// <c>limited_progress</c> (from 0.25, ratio 0), <c>deterioration</c>, and <c>not_available</c> when not assessed.
    /// </summary>
    public static AssessmentScale OnTrackStatuses { get; } = new(
        [
            new("target_achieved", "Target achieved", "#1B5E20", 1.0, isMet: true),
            new("substantial_progress", "Substantial progress", "#43A047", 0.75, isMet: false),
            new("moderate_progress", "Moderate progress", "#FDD835", 0.5, isMet: false),
            new("limited_progress", "Limited progress", "#FB8C00", 0.25, isMet: false),
            new("deterioration", "Deterioration", "#C62828", 0.0, isMet: false),
        ],
        new("not_available", "Not available", "#9E9E9E", 0.0, isMet: false));

    /// <summary>
    /// OKR progress as oslokommune/okr-tracker computes it: a key result (an indicator with its start as baseline) scores
    /// (current − start) ÷ (target − start), rising and falling targets alike; without a current value it counts as at
    /// its start; start equal to target scores 0; an objective scores the weighted mean of its key results, and 0 without
    /// any (<see cref="EvaluationOptions.EmptyRollUpIsZero"/>, <c>getWeightedProgression</c>). Shown as whole
    /// percent, halves away from zero; values and task counts to two decimals. The score step carries the completed, total and remaining "tasks" as
    /// okr-tracker's key-result details count them (<see cref="ScoreStep.Done"/>, <see cref="ScoreStep.Total"/>,
    /// <see cref="ScoreStep.DistanceToTarget"/>; <see cref="EvaluationOptions.CountRisingProgressFromZero"/>).
    /// </summary>
    /// <param name="clamp">
    /// Whether progress is kept to [0, 1], as okr-tracker's cloud functions store it (<c>clamp(true)</c>); off, it runs
    /// beyond, as its web client's <c>getKeyResultProgression</c> shows.
    /// </param>
    /// <returns>The options.</returns>
    public static EvaluationOptions OkrProgress(bool clamp = true) => new()
    {
        ScoreBasis = ScoreBasis.LinearFromBaseline,
        MissingOutcome = MissingOutcomePolicy.AtBaseline,
        ClampScores = clamp,
        CountRisingProgressFromZero = true,
        EmptyRollUpIsZero = true,
        DefaultRule = new WeightedMeanRule(),
        AssessedRoles = EveryRole,
        Rounding = new(RoundingMode.HalfAwayFromZero, 0),

        // okr-tracker's formatValue (d3-format ",.2~f") shows a key result's values and task counts to two decimals.
        QuantityRoundings =
        [
            new(PresentedQuantity.Value, new(RoundingMode.HalfAwayFromZero, 2)),
            new(PresentedQuantity.Progress, new(RoundingMode.HalfAwayFromZero, 2)),
        ],
    };

    /// <summary>
    /// Points-based action scoring as territoires-en-transitions computes it: each node's link weight is its points;
    /// a leaf's status (a manual assessment naming <c>fait</c>, <c>programme</c>, <c>pas-fait</c>, <c>non-concerne</c>, or
    /// <c>detaille</c> with the assessment's own split)
    /// or its indicator score gives the share of them earned; parents sum their children; a not-concerned item's points
    /// go to its concerned siblings in equal shares on the <paramref name="sharingLevelIds"/>' nodes and are lost above,
    /// so a parent's available points shrink; a leaf without status earns 0 of its points, even when no sibling has one. Stars follow
    /// <see cref="Stars"/>; an indicator scores between its threshold (its baseline) and its target; figures are shown to
    /// one decimal, halves away from zero.
    /// </summary>
    /// <param name="sharingLevelIds">The levels whose nodes share out their not-concerned children's points (below the "action" level: actions and sub-actions).</param>
    /// <param name="scored">Which share is scored; the stars apply to <see cref="PointsShare.Done"/>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sharingLevelIds"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="scored"/> is not a defined value.</exception>
    public static EvaluationOptions PointsScoring(IEnumerable<string> sharingLevelIds, PointsShare scored = PointsShare.Done)
    {
        Guard.Against.Null(sharingLevelIds);
        Guard.Against.EnumOutOfRange(scored);
        return new()
        {
            Scale = Stars,
            DefaultRule = new PointsRule(shareOutNotConcerned: false),
            Rules = [.. sharingLevelIds.Select(level => RuleAssignment.ForLevel(level, new PointsRule(shareOutNotConcerned: true)))],
            Statuses =
            [
                AssessmentStatus.WithSplit("fait", "Fait", PointsSplit.AllDone, scored),
                AssessmentStatus.WithSplit("programme", "Programmé", PointsSplit.AllPlanned, scored),
                AssessmentStatus.WithSplit("pas-fait", "Pas fait", PointsSplit.AllNotDone, scored),
                AssessmentStatus.Detailed("detaille", "Détaillé", scored),
                AssessmentStatus.NotConcerned("non-concerne", "Non concerné"),
            ],
            NotConcernedSubtrees = true,
            MissingData = MissingDataPolicy.CountAsZero,
            ScoreBasis = ScoreBasis.ProgressFromBaseline,
            AssessedRoles = EveryRole,
            Rounding = new(RoundingMode.HalfAwayFromZero, 1),
        };
    }

    /// <summary>
    /// Decidim accountability's progress: a node's progress is the plain mean of its children's, a child without progress
    /// counting as 0 (<c>AVG(COALESCE(progress, 0))</c>); a node without children has no value. A result's own progress
    /// is an indicator's outcome against a target of 100 %.
    /// </summary>
    /// <returns>The options.</returns>
    public static EvaluationOptions AverageWithMissingAsZero() => new()
    {
        DefaultRule = new MeanRule(),
        MissingData = MissingDataPolicy.CountAsZero,
        AssessedRoles = EveryRole,
    };

    /// <summary>
    /// Open SDG's on-track measure: an indicator's compound annual growth from its baseline year to the period as a share
    /// of the growth needed to reach its target by the target's year — ≥ 0.95 on track, ≥ 0.6 acceleration needed, ≥ 0
    /// limited progress, below 0 deterioration — in the indicator's own good direction, lower is better when it states
    /// none (Open SDG's default <c>direction: negative</c>); the growth runs to the latest year with a value up to the
    /// period's (Open SDG's current year); a base or target of 0 is computed as 0.001, as Open SDG does. Indicators roll
    /// up by the mean of their scores, unassessed ones left out.
    /// </summary>
    /// <returns>The options.</returns>
    public static EvaluationOptions GrowthOnTrack() => new()
    {
        Scale = OnTrackStatuses,
        ScoreBasis = ScoreBasis.GrowthRate,
        Growth = new GrowthSettings { ZeroSubstitute = 0.001m, LatestYearWithData = true },
        DefaultDirection = Direction.LowerIsBetter,
        DefaultRule = new MeanRule(),
        MissingData = MissingDataPolicy.Exclude,
        AssessedRoles = EveryRole,
        Rounding = Rounding.None,
    };

    /// <summary>
    /// Akvo RSR's percentage indicators: a ratio indicator's outcomes within the period pool their numerators and
    /// denominators and then divide; an outcome without a value is dropped, denominator and all; a pooled denominator of
    /// 0 gives 0; draft (unapproved) outcomes are left out. Percentages are shown to two decimals, halves to even
    /// (Python's <c>round</c> on a <c>Decimal</c>).
    /// </summary>
    /// <param name="oneUpdatePerPeriod">
    /// Whether a percentage indicator may have only one outcome (update) within the period, as Akvo's
    /// <c>MultipleUpdateError</c> enforces (<see cref="EvaluationOptions.OneRatioOutcomePerPeriod"/>); off, several are
    /// pooled, as Akvo pools child projects' periods and the updates of other measures.
    /// </param>
    /// <returns>The options.</returns>
    public static EvaluationOptions PooledPercentages(bool oneUpdatePerPeriod = true) => new()
    {
        ZeroDenominator = ZeroDenominatorPolicy.Zero,
        ExcludeDrafts = true,
        OneRatioOutcomePerPeriod = oneUpdatePerPeriod,
        IncludeOwnOutcome = true, // calculate_period_actual_value: the period's own approved updates plus its children's
        AssessedRoles = EveryRole,
        Rounding = new(RoundingMode.HalfToEven, 2),
    };
}
