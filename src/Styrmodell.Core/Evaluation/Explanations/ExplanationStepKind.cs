namespace Styrmodell.Evaluation;

/// <summary>The stable kind of an <see cref="ExplanationStep"/>; renderers and other systems switch on it.</summary>
public enum ExplanationStepKind
{
    /// <summary>The outcome used, or why there is none (<see cref="OutcomeStep"/>).</summary>
    Outcome,

    /// <summary>A missing outcome counted at the indicator's baseline (<see cref="CountedAtBaselineStep"/>).</summary>
    CountedAtBaseline,

    /// <summary>The target in force (<see cref="TargetStep"/>).</summary>
    Target,

    /// <summary>How the outcome became a score against the target (<see cref="ScoreStep"/>).</summary>
    Score,

    /// <summary>Open SDG's growth measure (<see cref="GrowthStep"/>).</summary>
    Growth,

    /// <summary>The roll-up rule applied to the inputs (<see cref="RuleStep"/>).</summary>
    Rule,

    /// <summary>Inputs not assessed, and the policy applied to them (<see cref="MissingDataStep"/>).</summary>
    MissingData,

    /// <summary>Why the node has no result (<see cref="NotAssessedStep"/>).</summary>
    NotAssessed,

    /// <summary>The result rests on a forecast (<see cref="ForecastStep"/>).</summary>
    Forecast,

    /// <summary>An owner's manual assessment, overriding or beside the computed result (<see cref="ManualAssessmentStep"/>).</summary>
    ManualAssessment,

    /// <summary>A reported status that gives the node its result (<see cref="StatusStep"/>).</summary>
    StatusReported,

    /// <summary>Nothing feeds the node, which counts as 0 (<see cref="EmptyRollUpStep"/>).</summary>
    EmptyRollUp,

    /// <summary>A derived indicator's outcome computed by its formula (<see cref="FormulaStep"/>).</summary>
    Formula,
}
