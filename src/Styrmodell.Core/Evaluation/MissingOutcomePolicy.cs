namespace Styrmodell.Evaluation;

/// <summary>What an indicator without an outcome for the period is assessed as.</summary>
public enum MissingOutcomePolicy
{
    /// <summary>Not assessed: no outcome is never taken for a value.</summary>
    NotAssessed,

    /// <summary>
    /// As if the outcome were the indicator's baseline (its starting point), as okr-tracker counts a key result without a
    /// current value at its start; an indicator without a baseline stays not assessed. Its explanation says so.
    /// </summary>
    AtBaseline,
}
