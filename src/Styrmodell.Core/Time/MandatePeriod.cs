using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Time;

/// <summary>
/// A four-year mandate period (mandatperiod), identified by its general election year. Every date is computed from
/// the rule, not a table: the general election is held on the second Sunday of September every fourth year (the
/// third Sunday up to the 2010 election, as the Elections Act then said); the new
/// council's term starts on 15 October of the election year, committees' terms on 1 January after; the budget years
/// are the four years after the election year.
/// </summary>
/// <remarks>
/// Valid election years are 1994 (the first election of the four-year cycle) to 9994, in steps of four from 2022.
/// Extraordinary elections (extra val), which do not start a new mandate period, are out of scope.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct MandatePeriod : IComparable<MandatePeriod>
{
    private const int FirstElection = 1994;
    private const int LastElection = 9994;

    private MandatePeriod(int electionYear) => ElectionYear = electionYear;

    /// <summary>Gets the year of the general election that starts the period.</summary>
    public int ElectionYear { get; }

    /// <summary>
    /// Gets the election day: the second Sunday of September of <see cref="ElectionYear"/> from 2014 on, the third
    /// Sunday up to 2010.
    /// </summary>
    public LocalDate ElectionDay
    {
        get
        {
            var first = new LocalDate(ElectionYear, 9, 1);
            var firstSunday = first.DayOfWeek == IsoDayOfWeek.Sunday ? first : first.Next(IsoDayOfWeek.Sunday);
            return firstSunday.PlusWeeks(ElectionYear >= 2014 ? 1 : 2);
        }
    }

    /// <summary>Gets the day the new council's (KF's) term starts: 15 October of the election year.</summary>
    public LocalDate CouncilTermStart => new(ElectionYear, 10, 15);

    /// <summary>Gets the last day of the council's term: the day before the next council's term starts.</summary>
    public LocalDate CouncilTermEnd => new LocalDate(ElectionYear + 4, 10, 15).PlusDays(-1);

    /// <summary>Gets the day committees' terms start: 1 January after the election year.</summary>
    public LocalDate CommitteeTermStart => new(ElectionYear + 1, 1, 1);

    /// <summary>Gets the first budget year (the year after the election).</summary>
    public int FirstBudgetYear => ElectionYear + 1;

    /// <summary>Gets the last budget year (four years after the election).</summary>
    public int LastBudgetYear => ElectionYear + 4;

    /// <summary>Gets the four budget years, in order.</summary>
    public IReadOnlyList<int> BudgetYears => [ElectionYear + 1, ElectionYear + 2, ElectionYear + 3, ElectionYear + 4];

    /// <summary>Gets the text id: the budget years, e.g. <c>2023-2026</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{FirstBudgetYear}-{LastBudgetYear}");

    /// <summary>Gets the mandate period started by the general election of <paramref name="electionYear"/>.</summary>
    /// <param name="electionYear">An election year: 1994–9994, four years apart from 2022.</param>
    /// <returns>The mandate period.</returns>
    /// <exception cref="ArgumentException"><paramref name="electionYear"/> is not a general-election year.</exception>
    public static MandatePeriod ForElectionYear(int electionYear)
    {
        Guard.Against.InvalidInput(electionYear, nameof(electionYear),
            y => y is >= FirstElection and <= LastElection && (y - 2022) % 4 == 0,
            $"{electionYear} is not a general-election year; they are 1994–9994, every fourth year (…, 2018, 2022, 2026, …).");
        return new MandatePeriod(electionYear);
    }

    /// <summary>Gets the mandate period whose budget years include <paramref name="budgetYear"/>.</summary>
    /// <param name="budgetYear">A budget year, 1995–9998.</param>
    /// <returns>The mandate period.</returns>
    /// <exception cref="ArgumentException">No valid mandate period has that budget year.</exception>
    public static MandatePeriod ForBudgetYear(int budgetYear)
    {
        Guard.Against.OutOfRange(budgetYear, nameof(budgetYear), FirstElection + 1, LastElection + 4);
        return ForElectionYear(budgetYear - 1 - Modulo(budgetYear - 1 - 2022, 4));
    }

    /// <summary>Gets the mandate period whose council term includes <paramref name="date"/>.</summary>
    /// <param name="date">A date from 15 October 1994 on.</param>
    /// <returns>The mandate period in force on that date.</returns>
    /// <exception cref="ArgumentException">The date is outside the supported range.</exception>
    public static MandatePeriod Containing(LocalDate date)
    {
        var year = date < new LocalDate(date.Year, 10, 15) ? date.Year - 1 : date.Year;
        var electionYear = year - Modulo(year - 2022, 4);
        return ForElectionYear(electionYear);
    }

    /// <summary>Gets whether <paramref name="year"/> is one of the period's budget years.</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> for the four budget years.</returns>
    public bool IsBudgetYear(int year) => year >= FirstBudgetYear && year <= LastBudgetYear;

    /// <summary>Orders periods by election year.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(MandatePeriod other) => ElectionYear.CompareTo(other.ElectionYear);

    /// <summary>Compares by election year.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(MandatePeriod left, MandatePeriod right) => left.CompareTo(right) < 0;

    /// <summary>Compares by election year.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is earlier or the same.</returns>
    public static bool operator <=(MandatePeriod left, MandatePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Compares by election year.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(MandatePeriod left, MandatePeriod right) => left.CompareTo(right) > 0;

    /// <summary>Compares by election year.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is later or the same.</returns>
    public static bool operator >=(MandatePeriod left, MandatePeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Returns <see cref="Id"/>.</summary>
    /// <returns>The text id.</returns>
    public override string ToString() => Id;

    private static int Modulo(int value, int divisor) => ((value % divisor) + divisor) % divisor;
}
