namespace Styrmodell.Targets;

/// <summary>Whether an outcome may still change.</summary>
public enum OutcomeStatus
{
    /// <summary>Final: published and not expected to change.</summary>
    Final,

    /// <summary>Preliminary: may be revised when final figures come.</summary>
    Preliminary,

    /// <summary>
    /// Draft: reported but not yet approved (Akvo RSR's draft and pending updates); left out of evaluation while
    /// <see cref="Evaluation.EvaluationOptions.ExcludeDrafts"/> is on.
    /// </summary>
    Draft,
}
