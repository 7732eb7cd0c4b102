namespace Styrmodell.Validation;

/// <summary>
/// The catalogue of stable problem codes. Codes never change meaning once released; new rules get new codes.
/// </summary>
public static class ProblemCodes
{
    /// <summary>An id is empty or only white space.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Two elements of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A node names a level that is not defined.</summary>
    public const string UnknownLevel = "unknown-level";

    /// <summary>A reference (parent, owner, contribution target, allowed level) names an element that does not exist.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>A node's parent is at a level not allowed above the node's level.</summary>
    public const string LevelNotAllowedUnderParent = "level-not-allowed-under-parent";

    /// <summary>A node at a level that must sit under another level has no parent.</summary>
    public const string MissingParent = "missing-parent";

    /// <summary>A node at a top level (no allowed parent levels) has a parent.</summary>
    public const string UnexpectedParent = "unexpected-parent";

    /// <summary>A node contributes to a node at a level it could not sit under.</summary>
    public const string ContributionLevelNotAllowed = "contribution-level-not-allowed";

    /// <summary>A node links to the same node twice (as parent and contribution, or two contributions).</summary>
    public const string DuplicateLink = "duplicate-link";

    /// <summary>A node's owner unit is of a kind the level does not allow.</summary>
    public const string OwnerNotAllowed = "owner-not-allowed";

    /// <summary>An element that needs an owner has none: a node at a level that restricts owner kinds, or a follow-up element (a special assignment without owner units).</summary>
    public const string MissingOwner = "missing-owner";

    /// <summary>Parent and contribution links, or the organisation tree, form a cycle.</summary>
    public const string Cycle = "cycle";

    /// <summary>A weight is negative, NaN or infinite.</summary>
    public const string InvalidWeight = "invalid-weight";

    /// <summary>A cardinality rule is not satisfied.</summary>
    public const string CardinalityViolated = "cardinality-violated";

    /// <summary>A cardinality rule's own definition is inconsistent (for example minimum above maximum).</summary>
    public const string InvalidRule = "invalid-rule";

    /// <summary>A category id (in a rule's threshold, a manual assessment or a goal condition) is neither in the assessment scale nor among the statuses.</summary>
    public const string UnknownCategory = "unknown-category";

    /// <summary>An evaluation setting is outside its range (a coverage outside [0, 1], a tolerance not positive, an undefined option).</summary>
    public const string InvalidSetting = "invalid-setting";

    /// <summary>An indicator definition or outcome belongs to a node whose level is not an indicator level, or a status check's key figure names a node without an indicator definition.</summary>
    public const string NotAnIndicator = "not-an-indicator";

    /// <summary>A target is set for a year or period outside the indicator's life.</summary>
    public const string TargetOutsideLife = "target-outside-life";

    /// <summary>Two revisions of the same target share a decision date but differ in value.</summary>
    public const string ConflictingRevision = "conflicting-revision";

    /// <summary>A ratio indicator or ratio outcome lacks its denominator.</summary>
    public const string RatioWithoutDenominator = "ratio-without-denominator";

    /// <summary>A target's kind does not fit the indicator's direction (a range for a non-range indicator, or the reverse).</summary>
    public const string TargetKindMismatch = "target-kind-mismatch";

    /// <summary>A target or derivation rule needs a baseline the indicator does not have.</summary>
    public const string MissingBaseline = "missing-baseline";

    /// <summary>An outcome's form does not fit its indicator's unit (a plain value for a ratio, or the reverse).</summary>
    public const string UnitMismatch = "unit-mismatch";

    /// <summary>Two outcomes share indicator, period, breakdown (gender or disaggregation) and forecast flag.</summary>
    public const string DuplicateOutcome = "duplicate-outcome";

    /// <summary>
    /// An indicator's disaggregations along one dimension add up to more than the total for the same period — values or
    /// numerators summed, or one denominator above the total's (Akvo RSR refuses such an update).
    /// </summary>
    public const string DisaggregationExceedsTotal = "disaggregation-exceeds-total";

    /// <summary>An outcome names both a gender and a disaggregation; an outcome is one part of the total along one breakdown.</summary>
    public const string TwoBreakdowns = "two-breakdowns";

    /// <summary>An indicator's contributors lead back to itself (<see cref="Targets.Indicator.Contributors"/>), so its sum has no end.</summary>
    public const string ContributionCycle = "contribution-cycle";

    /// <summary>A planning-calendar event is dated after its legal deadline.</summary>
    public const string DeadlineMissed = "deadline-missed";

    /// <summary>A manual assessment has no motivation.</summary>
    public const string MissingMotivation = "missing-motivation";

    /// <summary>
    /// In an election year, KF's budget decision is dated before the new council's term starts on 15 October, so the
    /// outgoing council would adopt it.
    /// </summary>
    public const string BudgetBeforeNewCouncil = "budget-before-new-council";

    /// <summary>A planning-calendar event with a legal deadline does not say which period it concerns.</summary>
    public const string EventPeriodMissing = "event-period-missing";

    /// <summary>
    /// A planning-calendar event concerns the wrong kind of period (a budget or annual report not for a year, an
    /// interim report not for an interim period).
    /// </summary>
    public const string EventPeriodKindMismatch = "event-period-kind-mismatch";

    /// <summary>A report goes to KF on or before the last day of the period it reports on.</summary>
    public const string ReportBeforePeriodEnd = "report-before-period-end";

    /// <summary>A reservation to the balance-requirement reserve exceeds the largest amount the fiscal year's rules allow.</summary>
    public const string ReservationAboveMaximum = "reservation-above-maximum";

    /// <summary>A use of the balance-requirement reserve exceeds what the rules allow (more than the deficit after adjustments, or more than the reserve holds).</summary>
    public const string ReserveUseNotAllowed = "reserve-use-not-allowed";

    /// <summary>A reserve decision breaks the municipality's own guidelines for the reserve.</summary>
    public const string GuidelineNotMet = "guideline-not-met";

    /// <summary>A realisation gain or loss is declared exempted without a stated reason, so the exemption is not applied.</summary>
    public const string ExemptionWithoutReason = "exemption-without-reason";

    /// <summary>A financial figure a rule or check needs is not given; the message says what was assumed or left unchecked.</summary>
    public const string MissingFigure = "missing-figure";

    /// <summary>A negative balance-requirement result is not restored by the end of the third year after it arose.</summary>
    public const string DeficitOverdue = "deficit-overdue";

    /// <summary>A negative balance-requirement result to restore has neither an action plan (åtgärdsplan) nor a KF decision that exceptional reasons (synnerliga skäl) apply.</summary>
    public const string DeficitWithoutPlan = "deficit-without-plan";

    /// <summary>A follow-up element's time span does not fit its horizon (a special assignment over more than three years or starting before its decision, an activity longer than its plan level's horizon, a plan level without a positive horizon).</summary>
    public const string HorizonOutOfRange = "horizon-out-of-range";

    /// <summary>Funding does not fit its kind: added budget without a positive amount, or funding within the frame that states an amount.</summary>
    public const string InvalidFunding = "invalid-funding";

    /// <summary>A progress report's completion is outside 0–100 per cent.</summary>
    public const string CompletionOutOfRange = "completion-out-of-range";

    /// <summary>A progress report's completion contradicts its status (done but below 100 %, not started but above 0 %).</summary>
    public const string StatusContradictsCompletion = "status-contradicts-completion";

    /// <summary>Two follow-up entries that must be unique share their key (two reports of one item for the same period written the same day, two internal control plans of one owner for one year, two status checks of one unit for one period, …).</summary>
    public const string DuplicateEntry = "duplicate-entry";

    /// <summary>A risk's probability or consequence lies outside its internal control plan's risk scale.</summary>
    public const string RiskScoreOutOfRange = "risk-score-out-of-range";

    /// <summary>A control result that found no deviation has actions; an action (åtgärd) follows a deviation.</summary>
    public const string ActionWithoutDeviation = "action-without-deviation";

    /// <summary>An activity's completion indicator is not an indicator node measured in per cent.</summary>
    public const string NotACompletionIndicator = "not-a-completion-indicator";

    /// <summary>An element that is about exactly one subject names none or more than one (an action plan's node, budget line or deficit year; an analysis text's node or unit).</summary>
    public const string InvalidSubject = "invalid-subject";

    /// <summary>A text that carries the element's content is empty (an analysis text).</summary>
    public const string MissingText = "missing-text";

    /// <summary>A warning: a target's years fall outside the document's mandate period.</summary>
    public const string TargetOutsideMandate = "target-outside-mandate";

    /// <summary>A warning: an indicator has no outcome in the latest period the document has outcomes for.</summary>
    public const string NoOutcomeForPeriod = "no-outcome-for-period";

    /// <summary>A warning: an organisation unit owns no node and has no sub-unit.</summary>
    public const string UnitWithoutNodes = "unit-without-nodes";

    /// <summary>An id or a name is longer than <see cref="TextLimits"/> allows (200 characters for ids, 500 for names and titles).</summary>
    public const string TextTooLong = "text-too-long";

    /// <summary>
    /// A warning: under a score basis that scores progress from the baseline, an indicator's baseline (its threshold)
    /// lies at or beyond a target in the indicator's good direction, so meeting the target would not count as progress.
    /// </summary>
    public const string ThresholdBeyondTarget = "threshold-beyond-target";

    /// <summary>A financial figure cannot be what it claims (taxes, grants and equalisation of zero or less, a negative reserve balance or deficit carried in).</summary>
    public const string InvalidFigure = "invalid-figure";

    /// <summary>A total printed in a balanskravsutredning differs from the sum of its printed lines by more than the report's rounding.</summary>
    public const string PrintedTotalDiffers = "printed-total-differs";

    /// <summary>A reservation is made while a deficit from earlier years remains, against guidelines that deduct it before reserving.</summary>
    public const string ReservationWhileDeficit = "reservation-while-deficit";

    /// <summary>The resultatreserv's balance carried in is above its ceiling of 5 % of taxes, grants and equalisation (reported only when the options ask for it).</summary>
    public const string ReserveAboveCeiling = "reserve-above-ceiling";

    /// <summary>A guideline or decision names a fiscal year the financial record does not hold.</summary>
    public const string YearOutsideRecord = "year-outside-record";

    /// <summary>A steering document's stated review date lies before its decision.</summary>
    public const string ReviewBeforeDecision = "review-before-decision";

    /// <summary>A steering document's validity ends before it starts.</summary>
    public const string ValidityEndsBeforeStart = "validity-ends-before-start";

    /// <summary>A steering document's version was decided before the version it replaces.</summary>
    public const string VersionOutOfOrder = "version-out-of-order";

    /// <summary>A warning: a decision was made by a unit the decision authority does not grant the matter, or for units beyond its grant (a steering document, a target value).</summary>
    public const string DecidedWithoutAuthority = "decided-without-authority";

    /// <summary>A warning: a steering document states what its type may not hold (a policy with goals or measures).</summary>
    public const string ContentNotAllowed = "content-not-allowed";

    /// <summary>A warning: a steering document whose type ties its goals to the mandate period's states a goal that is not one of the model's top goals and contributes to none.</summary>
    public const string GoalOutsideMandateGoals = "goal-outside-mandate-goals";

    /// <summary>A warning: a steering document's deciding unit is not (or no longer) in the organisation.</summary>
    public const string DeciderNotInOrganisation = "decider-not-in-organisation";

    /// <summary>A warning: two steering documents of one type and scope share a title.</summary>
    public const string DuplicateTitle = "duplicate-title";

    /// <summary>The parts of a budget frame (its distribution to lower units, activities or projects) do not add up to the frame.</summary>
    public const string DistributionMismatch = "distribution-mismatch";

    /// <summary>A budget frame's amount is negative.</summary>
    public const string NegativeFrame = "negative-frame";

    /// <summary>A budget element lies outside its year: a frame outside the budget decision's years, an outcome's period or a forecast's point not within its frame's year.</summary>
    public const string OutsideFrameYear = "outside-frame-year";

    /// <summary>A forecast starts from the outcomes of a month after its reporting point, or of no month at all.</summary>
    public const string ForecastBasisAfterPoint = "forecast-basis-after-point";

    /// <summary>A frame lies outside the frame it is part of: a project outside its investment area (another kind or year, or a year outside the project's own), any part of another kind or year than its parent.</summary>
    public const string FrameOutsideParent = "frame-outside-parent";

    /// <summary>A reallocation would change a total frame: its two frames are one and the same, of different kinds or years, or not both within the total frame it names.</summary>
    public const string ReallocationChangesTotal = "reallocation-changes-total";

    /// <summary>A budget decision is made by a unit the decision authority does not allow to make it (for the units it reaches).</summary>
    public const string DecisionNotAuthorised = "decision-not-authorised";

    /// <summary>A budget's amounts are stated in more than one amount unit (kr, tkr, mnkr).</summary>
    public const string MixedAmountUnits = "mixed-amount-units";

    /// <summary>An amount, or a sum of amounts, does not fit in a decimal.</summary>
    public const string AmountOutOfRange = "amount-out-of-range";

    /// <summary>A frame revision funds a special assignment that does not exist or is not funded with added budget.</summary>
    public const string FundingMismatch = "funding-mismatch";

    /// <summary>Derived indicators' formulas read each other in a circle (the message names the circle).</summary>
    public const string FormulaCycle = "formula-cycle";

    /// <summary>A formula divides by the constant 0.</summary>
    public const string DivisionByZero = "division-by-zero";

    /// <summary>A formula is nested too deeply, or derived indicators read each other in too long a chain.</summary>
    public const string FormulaTooDeep = "formula-too-deep";

    /// <summary>A formula has too many parts.</summary>
    public const string FormulaTooLarge = "formula-too-large";

    /// <summary>A formula reads no indicator, so it could never have a value.</summary>
    public const string FormulaWithoutInput = "formula-without-input";

    /// <summary>An outcome is given for a derived indicator, whose outcomes its formula computes.</summary>
    public const string OutcomeOfDerivedIndicator = "outcome-of-derived-indicator";

    /// <summary>
    /// A manual assessment's points split (done, planned, not done) has a share outside [0, 1] or shares not summing to
    /// 1, is given with a status that does not take its split from the assessment, or a <i>détaillé</i> status is given without one.
    /// </summary>
    public const string InvalidSplit = "invalid-split";
}
