using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.FollowUp;

/// <summary>
/// An action (åtgärd) taken after a control found a deviation, to put the result right: what is done, who is
/// responsible, by when, and how far it has come.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record CorrectiveAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="id">A stable id, unique among the actions of its internal control plan.</param>
    /// <param name="description">What is done.</param>
    /// <param name="responsible">Who is responsible: a person or a role, e.g. <c>Ekonomichef</c>.</param>
    /// <param name="deadline">When it is to be done.</param>
    /// <param name="status">How far it has come.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not a defined value.</exception>
    public CorrectiveAction(string id, string description, string responsible, LocalDate deadline, WorkStatus status)
    {
        Id = id;
        Description = description;
        Responsible = responsible;
        Deadline = deadline;
        Status = status;
    }

    /// <summary>Gets the action's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets what is done.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Description { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets who is responsible.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Responsible { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets when it is to be done.</summary>
    public LocalDate Deadline { get; init; }

    /// <summary>Gets how far it has come.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not defined.</exception>
    public WorkStatus Status { get; init => field = Guard.Against.EnumOutOfRange(value); }

    /// <summary>Gets whether the action is still open (neither done nor cancelled) after its deadline.</summary>
    /// <param name="asOf">The date to look from.</param>
    /// <returns><see langword="true"/> when open and <paramref name="asOf"/> is after the deadline.</returns>
    public bool IsOverdue(LocalDate asOf) => Status is not (WorkStatus.Done or WorkStatus.Cancelled) && asOf > Deadline;

    /// <summary>Returns e.g. <c>a1 (2024-10-31, Ongoing) Utbildning i attestrutinen</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => $"{Id} ({Time.IsoDate.Format(Deadline)}, {Status}) {Description}";
}
