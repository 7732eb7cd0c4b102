using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// An activity (aktivitet) in a plan: concrete, dated work a unit does to help reach goals, planned for a period
/// (a calendar year, or a school year for school units), followed up by status and completion.
/// </summary>
/// <remarks>
/// Strängnäs: activities are concrete, dated and have a named owner. When <see cref="CompletionIndicatorId"/> names an
/// indicator, <see cref="ActivityCompletion"/> turns the activities' completion into that indicator's outcome, so the
/// evaluation engine counts it towards the goals above it like any other indicator.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Activity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="id">A stable id, unique among the model's activities.</param>
    /// <param name="title">What is to be done.</param>
    /// <param name="planLevelId">The id of the <see cref="PlanLevel"/> of the plan it belongs to.</param>
    /// <param name="ownerId">The id of the unit that carries it out.</param>
    /// <param name="period">The period it is planned for, e.g. <c>ReportingPeriod.Year(2024)</c> or <c>ReportingPeriod.SchoolYear(2024)</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Activity(string id, string title, string planLevelId, string ownerId, ReportingPeriod period)
    {
        Id = id;
        Title = title;
        PlanLevelId = planLevelId;
        OwnerId = ownerId;
        Period = period;
    }

    /// <summary>Gets the activity's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets what is to be done.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the plan level of the plan it belongs to.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string PlanLevelId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the id of the unit that carries it out.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string OwnerId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the period it is planned for.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ReportingPeriod Period { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets a longer description, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets the ids of the goal nodes it helps reach.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> GoalIds { get; init => field = Guard.Against.NullElements(value, nameof(GoalIds)); }

    /// <summary>Gets the id of the indicator node (measured in per cent) whose outcome is the completion of the activities naming it, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>: its completion feeds no indicator.</value>
    public string? CompletionIndicatorId { get; init; }

    /// <summary>Gets the reports at follow-up points, with status and completion.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ProgressReport> Reports { get; init; }

    /// <summary>Returns e.g. <c>akt-1 (2023/24) Läxhjälp</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => $"{Id} ({Period.Id}) {Title}";

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
