namespace Styrmodell.Evaluation;

/// <summary>What an on-track check found (see <see cref="TrendAssessment"/>).</summary>
public enum TrendFinding
{
    /// <summary>The trend reaches the target in time.</summary>
    OnTrack,

    /// <summary>The trend does not reach the target in time.</summary>
    NotOnTrack,

    /// <summary>Cannot assess: a trend needs at least two yearly outcomes.</summary>
    TooFewOutcomes,

    /// <summary>Cannot assess: there is no single target value for the target year as of the date.</summary>
    NoSingleTarget,

    /// <summary>The indicator states no direction (and the check is not told one), so no trend is better or worse than another.</summary>
    NoDirection,
}
