using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Time;

/// <summary>
/// A period that outcomes, targets and reports refer to: a year, tertial, month, interim period (delår), school year
/// (läsår) or any custom interval of dates, each with a short text id that <see cref="Parse"/> reads back.
/// </summary>
/// <remarks>
/// Text ids: <c>2024</c> (year), <c>2024-T2</c> (tertial), <c>2024-03</c> (month), <c>2024-01..2024-08</c> (interim
/// period from January, 6–8 months), <c>2023/24</c> (school year August 2023–June 2024; <c>2023/24@09</c> when it
/// starts in September), <c>2024-02-15..2024-06-30</c> (custom, both days included). A span of whole months is an
/// interim period only when it starts in January and ends in June, July or August of the same year; any other span is
/// written with full dates as a custom period. Custom periods are never normalised: the custom period
/// <c>2024-01-01..2024-12-31</c> has the same dates as the year <c>2024</c> but is a different value with its own id.
/// Equality is by kind and dates; ordering by start, then end, then kind. Every id parses back to the same period, and
/// two periods have the same id only when they are equal. See <c>docs/periods.md</c>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial record ReportingPeriod : IComparable<ReportingPeriod>
{
    private const int DefaultSchoolYearStartMonth = 8;

    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>Gets the kind of period.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period (included).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the period as a NodaTime interval (both ends included).</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Gets the period's text id (see the remarks on <see cref="ReportingPeriod"/>).</summary>
    public string Id => Kind switch
    {
        ReportingPeriodKind.Year => Text($"{Start.Year:D4}"),
        ReportingPeriodKind.Tertial => Text($"{Start.Year:D4}-T{((Start.Month - 1) / 4) + 1}"),
        ReportingPeriodKind.Month => Text($"{Start.Year:D4}-{Start.Month:D2}"),
        ReportingPeriodKind.Interim => Text($"{Start.Year:D4}-01..{End.Year:D4}-{End.Month:D2}"),
        ReportingPeriodKind.SchoolYear => Text($"{Start.Year:D4}/{End.Year % 100:D2}")
            + (Start.Month == DefaultSchoolYearStartMonth ? "" : Text($"@{Start.Month:D2}")),
        _ => Text($"{Iso(Start)}..{Iso(End)}"),
    };

    /// <summary>A calendar (and fiscal) year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>1 January to 31 December of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year);
        return new(ReportingPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>A tertial: 1 is January–April, 2 May–August, 3 September–December.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="tertial">The tertial, 1–3.</param>
    /// <returns>The tertial.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Tertial(int year, int tertial)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(tertial, nameof(tertial), 1, 3);
        // Note: the end is built from the month's length, not start.PlusMonths(4).PlusDays(-1), which would overflow
        // NodaTime's last supported year for 9999-T3.
        return new(ReportingPeriodKind.Tertial, new LocalDate(year, ((tertial - 1) * 4) + 1, 1), EndOfMonth(year, tertial * 4));
    }

    /// <summary>A month, e.g. for a monthly economy report.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        return new(ReportingPeriodKind.Month, new LocalDate(year, month, 1), EndOfMonth(year, month));
    }

    /// <summary>
    /// An interim report period (delårsrapport): cumulative from 1 January to the end of <paramref name="lastMonth"/>;
    /// LKBR (2018:597) 13 kap. 1 § makes it cover at least half and at most two thirds of the fiscal year, so six to
    /// eight months.
    /// </summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="lastMonth">The last month included, 6–8 (usually 8, to 31 August).</param>
    /// <returns>The interim period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Interim(int year, int lastMonth)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(lastMonth, nameof(lastMonth), 6, 8);
        return new(ReportingPeriodKind.Interim, new LocalDate(year, 1, 1), EndOfMonth(year, lastMonth));
    }

    /// <summary>A school year (läsår) from the first of <paramref name="startMonth"/> to 30 June the next year.</summary>
    /// <param name="startYear">The calendar year the school year starts in, 1–9998.</param>
    /// <param name="startMonth">The month it starts, 7–12; default August (8), the usual start of the läsår.</param>
    /// <returns>The school year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod SchoolYear(int startYear, int startMonth = DefaultSchoolYearStartMonth)
    {
        Guard.Against.OutOfRange(startYear, nameof(startYear), 1, 9998);
        Guard.Against.OutOfRange(startMonth, nameof(startMonth), 7, 12);
        return new(ReportingPeriodKind.SchoolYear, new LocalDate(startYear, startMonth, 1), new LocalDate(startYear + 1, 6, 30));
    }

    /// <summary>Any interval of whole days, both ends included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <returns>The custom period.</returns>
    /// <exception cref="ArgumentException">
    /// A date is not in the ISO calendar or not in the years 1–9999, or <paramref name="end"/> is before
    /// <paramref name="start"/>.
    /// </exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        // Note: calendars are checked first because comparing dates of two calendars throws a less helpful error.
        Guard.Against.InvalidInput(start, nameof(start), s => s.Calendar == CalendarSystem.Iso && s.Year >= 1,
            $"A period's dates are ISO dates in the years 1–9999, not {start}.");
        Guard.Against.InvalidInput(end, nameof(end), e => e.Calendar == CalendarSystem.Iso && e.Year >= 1,
            $"A period's dates are ISO dates in the years 1–9999, not {end}.");
        Guard.Against.InvalidInput(end, nameof(end), e => e >= start,
            $"A period's end ({Iso(end)}) must not be before its start ({Iso(start)}).");
        return new(ReportingPeriodKind.Custom, start, end);
    }

    /// <summary>Gets whether the period includes <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is between <see cref="Start"/> and <see cref="End"/>, both included.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Orders by start, then end, then kind.</summary>
    /// <param name="other">The other period; <see langword="null"/> orders first.</param>
    /// <returns>The order.</returns>
    public int CompareTo(ReportingPeriod? other) =>
        other is null ? 1
        : Start != other.Start ? Start.CompareTo(other.Start)
        : End != other.End ? End.CompareTo(other.End)
        : Kind.CompareTo(other.Kind);

    /// <summary>Returns <see cref="Id"/>.</summary>
    /// <returns>The text id.</returns>
    public override string ToString() => Id;

    private static LocalDate EndOfMonth(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    private static void CheckYear(int year) => Guard.Against.OutOfRange(year, nameof(year), 1, 9999);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => IsoDate.Format(date);
}
