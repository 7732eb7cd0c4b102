namespace Styrmodell.FollowUp;

/// <summary>Which way a key figure moved since the previous period of the same kind, judged by its indicator's direction.</summary>
public enum KeyFigureTrend
{
    /// <summary>No value for the period or the previous one, or a range or exact-value indicator whose value changed.</summary>
    Unknown,

    /// <summary>Moved the good way.</summary>
    Improving,

    /// <summary>The same value.</summary>
    Unchanged,

    /// <summary>Moved the bad way.</summary>
    Worsening,
}
