namespace Styrmodell.Evaluation;

/// <summary>How <see cref="EvaluationResult.Summarise"/> groups nodes.</summary>
public enum SummaryGrouping
{
    /// <summary>By the level's name (e.g. <c>KF-mål</c>).</summary>
    Level,

    /// <summary>By the owner unit's name (e.g. a committee); nodes without owner are left out.</summary>
    Owner,

    /// <summary>By the target areas a node feeds (through parents and contributions); a node feeding two areas counts under both.</summary>
    TargetArea,
}
