using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Time;

/// <summary>One dated event of a municipality's planning calendar, e.g. KF's decision on the budget.</summary>
/// <remarks>
/// <see cref="Concerns"/> ties the event to the period it is about, which is what its legal deadline is counted from:
/// the budget year for <see cref="PlanningEventKind.BudgetDecision"/>, the interim period for
/// <see cref="PlanningEventKind.InterimReportToCouncil"/>, the year reported on for
/// <see cref="PlanningEventKind.AnnualReportToCouncil"/>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PlanningEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="name">The municipality's own name for it (data), e.g. <c>KF beslutar om SEP</c>; problems name the event by it.</param>
    /// <param name="kind">What the event is.</param>
    /// <param name="date">When it happens.</param>
    /// <param name="concerns">The period it is about (the budget year, the interim period, the year reported on), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public PlanningEvent(string name, PlanningEventKind kind, LocalDate date, ReportingPeriod? concerns = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
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

    /// <summary>Returns <c>date name (kind)</c>, e.g. <c>2024-11-25 KF beslutar om budget (BudgetDecision)</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() =>
        $"{IsoDate.Format(Date)} {Name} ({Kind})";
}
