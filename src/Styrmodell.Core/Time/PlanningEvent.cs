using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Time;

/// <summary>One dated event of a municipality's planning calendar, e.g. KF's decision on the budget.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PlanningEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="name">The municipality's own name for it (data), e.g. <c>KF beslutar om SEP</c>.</param>
    /// <param name="kind">What the event is.</param>
    /// <param name="date">When it happens.</param>
    /// <param name="concerns">The period it is about (the budget year, the interim period, the year reported on), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined.</exception>
    public PlanningEvent(string name, PlanningEventKind kind, LocalDate date, ReportingPeriod? concerns = null)
    {
        Name = Guard.Against.Null(name);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Date = date;
        Concerns = concerns;
    }

    /// <summary>Gets the event's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the event is.</summary>
    public PlanningEventKind Kind { get; }

    /// <summary>Gets when it happens.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the period the event is about, or <see langword="null"/>.</summary>
    public ReportingPeriod? Concerns { get; }
}
