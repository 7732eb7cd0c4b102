namespace Styrmodell.Evaluation;

/// <summary>Which share of a points-based referential <see cref="EvaluationPresets.PointsScoring"/> scores.</summary>
public enum PointsShare
{
    /// <summary>The points done (<i>réalisé</i>): done counts 1, planned and not done 0. The star rating uses this share.</summary>
    Done,

    /// <summary>The points planned (<i>programmé</i>): planned counts 1, done and not done 0.</summary>
    Planned,

    /// <summary>The points not done (<i>pas fait</i>): not done counts 1, done and planned 0.</summary>
    NotDone,
}
