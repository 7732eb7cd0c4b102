namespace Styrmodell.Exchange;

/// <summary>How the period of a <see cref="DocumentEvaluation"/> was chosen.</summary>
public enum PeriodChoice
{
    /// <summary>The caller named the period.</summary>
    Named,

    /// <summary>The latest period the document has outcomes for.</summary>
    LatestWithOutcomes,

    /// <summary>The latest period with outcomes that had begun by the as-of date.</summary>
    LatestBegunByAsOf,

    /// <summary>No period with outcomes had begun by the as-of date: the calendar year of that date.</summary>
    CalendarYearOfAsOf,
}
