namespace Styrmodell.Governance;

/// <summary>How a steering document's review date stands as of a date; for a given document the state only moves forward as the date does.</summary>
public enum ReviewState
{
    /// <summary>No review is stated for the document.</summary>
    NotStated,

    /// <summary>The review is due more than a year after the date.</summary>
    NotDue,

    /// <summary>The review is due within the coming year (on or after the date, at most a year later).</summary>
    DueWithinYear,

    /// <summary>The review date has passed without a new decision or review.</summary>
    Overdue,
}
