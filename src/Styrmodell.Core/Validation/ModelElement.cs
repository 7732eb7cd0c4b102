namespace Styrmodell.Validation;

/// <summary>The kind of model element a <see cref="ProblemLocation"/> points at.</summary>
public enum ModelElement
{
    /// <summary>The model as a whole (for example its metadata).</summary>
    Model,

    /// <summary>An organisation unit (KF, KS, a nämnd, a bolag, a förvaltning, an enhet).</summary>
    Unit,

    /// <summary>A level definition of the municipality's model schema.</summary>
    Level,

    /// <summary>A node of the steering hierarchy (vision, target area, goal, indicator, activity, …).</summary>
    Node,

    /// <summary>A declarative cardinality rule.</summary>
    Rule,

    /// <summary>An indicator definition (unit, direction, baseline, targets), identified by its node id.</summary>
    Indicator,

    /// <summary>An outcome, identified by its indicator's node id; its index is its position among outcomes.</summary>
    Outcome,

    /// <summary>A manual assessment, identified by its node id; its index is its position among assessments.</summary>
    Assessment,

    /// <summary>A planning-calendar event, identified by its name; its index is its position in the calendar.</summary>
    PlanningEvent,

    /// <summary>A fiscal year's financial figures or its balance-requirement reconciliation, identified by the year; index 0.</summary>
    FinancialYear,

    /// <summary>A negative balance-requirement result to restore, identified by the year it arose; its index is its position in the deficit ledger.</summary>
    Deficit,

    /// <summary>A special assignment (särskilt uppdrag), identified by its id; its index is its position among special assignments.</summary>
    SpecialAssignment,

    /// <summary>An internal control plan, identified by its id; its index is its position among internal control plans. Its risks, controls, results and actions are located by member (<c>risks[0].controls[1]</c>).</summary>
    InternalControlPlan,

    /// <summary>A plan level (flerårsplan, verksamhetsplan, arbetsplan, …), identified by its id; its index is its position among plan levels.</summary>
    PlanLevel,

    /// <summary>An activity of a plan, identified by its id; its index is its position among activities.</summary>
    Activity,

    /// <summary>An action plan (åtgärdsplan), identified by its id; its index is its position among action plans.</summary>
    ActionPlan,

    /// <summary>An analysis text, identified by its subject's node or unit id; its index is its position among analysis texts.</summary>
    AnalysisText,

    /// <summary>The texts of a status check (nulägeskoll), identified by its unit's id; its index is its position among status-check texts.</summary>
    StatusCheckTexts,

    /// <summary>The evaluation configuration's own settings (coverage, tolerance, the default rule, …); its id is <c>evaluation</c>.</summary>
    EvaluationSettings,

    /// <summary>A rule assignment of the evaluation configuration, identified by the level or node it names; its index is its position among the assignments.</summary>
    EvaluationRule,

    /// <summary>A reported status of the evaluation configuration; its index is its position among the statuses.</summary>
    EvaluationStatus,

    /// <summary>An optional input named by the evaluation configuration; its index is its position in that list.</summary>
    OptionalInput,

    /// <summary>A goal condition of the good-financial-management rule; its index is its position among the conditions.</summary>
    GoalCondition,

    /// <summary>A grant of the decision authority (who may decide what), identified by its matter; its index is its position among the grants.</summary>
    AuthorityGrant,

    /// <summary>A steering-document type of the register, identified by its id; its index is its position among the types.</summary>
    SteeringDocumentType,

    /// <summary>A steering document (styrdokument) of the register, identified by its id; its index is its position among the documents.</summary>
    SteeringDocument,

    /// <summary>The budget's own settings (its decision, its deviation threshold); its id is <c>budget</c>.</summary>
    BudgetSettings,

    /// <summary>A budget frame (drift, investment or equipment), identified by its id; its index is its position among the frames.</summary>
    BudgetFrame,

    /// <summary>A revision of a budget frame (tilläggsbudget), identified by its frame's id; its index is its position among the revisions.</summary>
    FrameChange,

    /// <summary>A reallocation decision between budget frames, identified by its id; its index is its position among the reallocations.</summary>
    Reallocation,

    /// <summary>A budget outcome, identified by its frame's id; its index is its position among the budget's outcomes.</summary>
    BudgetOutcome,

    /// <summary>A full-year budget forecast, identified by its frame's id; its index is its position among the forecasts.</summary>
    BudgetForecast,

    /// <summary>A budget condition of the good-financial-management rule; its index is its position among the budget conditions.</summary>
    BudgetCondition,
}
