namespace Styrmodell.FollowUp;

/// <summary>How far a piece of follow-up work (a special assignment, an activity, an action) has come.</summary>
public enum WorkStatus
{
    /// <summary>Not started (ej påbörjad).</summary>
    NotStarted,

    /// <summary>Ongoing as planned (pågående).</summary>
    Ongoing,

    /// <summary>Done (genomförd, klar).</summary>
    Done,

    /// <summary>Ongoing but behind its plan (försenad).</summary>
    Delayed,

    /// <summary>Cancelled (avbruten); no longer expected to be done.</summary>
    Cancelled,
}
