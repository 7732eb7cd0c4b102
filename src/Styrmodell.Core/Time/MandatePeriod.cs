using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Time;

/// <summary>
/// A four-year mandate period (mandatperiod), identified by its general election year. Every date is computed from
/// the rule, not a table: the general election is held in September every fourth year (the second Sunday from 2014
/// on, the third Sunday up to 2010); the new council's (KF's) term starts on 15 October of the election year,
/// committees' terms on 1 January after; the budget years are the four years after the election year.
/// </summary>
/// <remarks>
/// <para>
/// Valid election years are 1994 (the first election of the four-year cycle) to 9994, every fourth year from 2022;
/// the text id is the budget years, e.g. <c>2023-2026</c> for the period started by the 2022 election, and
/// <see cref="Parse"/> reads it back. Extraordinary elections (extra val), which do not start a new mandate period,
/// are out of scope.
/// </para>
/// <para>
/// The default value (election year 0) is not a mandate period; get one from <see cref="ForElectionYear"/>,
/// <see cref="ForBudgetYear"/>, <see cref="Containing"/> or <see cref="Parse"/>.
/// </para>
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
    /// <remarks>
    /// Note: this is the rule of today's Kommunallagen (KL 5 kap. 9 §), applied to every period; older versions of the
    /// act started the term on 1 November, which is not modelled.
    /// </remarks>
    public LocalDate CouncilTermStart => new(ElectionYear, 10, 15);

    /// <summary>Gets the last day of the council's term: the day before the next council's term starts.</summary>
    public LocalDate CouncilTermEnd => new LocalDate(ElectionYear + 4, 10, 15).PlusDays(-1);

    /// <summary>Gets the council's term as an interval (both ends included).</summary>
    public DateInterval CouncilTerm => new(CouncilTermStart, CouncilTermEnd);

    /// <summary>
    /// Gets the day committees' terms start: 1 January after the election year (KL 6 kap. 18 § for the executive
    /// board; the council may set other terms for other committees).
    /// </summary>
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
        Guard.Against.InvalidInput(electionYear, nameof(electionYear), IsElectionYear,
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
    /// <param name="date">A date from 1994-10-15 (the 1994 council's first day) to 9998-10-14 (the 9994 council's last).</param>
    /// <returns>The mandate period in force on that date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is outside the supported range or not an ISO date.</exception>
    public static MandatePeriod Containing(LocalDate date)
    {
        Guard.Against.InvalidInput(date, nameof(date),
            d => d.Calendar == CalendarSystem.Iso && d >= new LocalDate(FirstElection, 10, 15) && d < new LocalDate(LastElection + 4, 10, 15),
            $"{date} is outside the supported mandate periods' council terms (1994-10-15 to 9998-10-14).");
        var year = date < new LocalDate(date.Year, 10, 15) ? date.Year - 1 : date.Year;
        return new MandatePeriod(year - Modulo(year - 2022, 4));
    }

    /// <summary>Gets whether a general election is held in <paramref name="year"/> (by the four-year rule, 1994–9994).</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> for 1994, 1998, …, 2022, 2026, … up to 9994.</returns>
    public static bool IsElectionYear(int year) => year is >= FirstElection and <= LastElection && Modulo(year - 2022, 4) == 0;

    /// <summary>Reads a mandate period from its text id, the budget years such as <c>2023-2026</c>.</summary>
    /// <param name="text">The id.</param>
    /// <returns>The mandate period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid id; the message quotes it and says what was expected.</exception>
    public static MandatePeriod Parse(string text)
    {
        Guard.Against.Null(text);
        return ParseCore(text, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Tries to read a mandate period from its text id (see <see cref="Parse"/>).</summary>
    /// <param name="text">The id.</param>
    /// <param name="period">The mandate period, or the default value when <paramref name="text"/> is not valid.</param>
    /// <returns>Whether <paramref name="text"/> was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MandatePeriod period)
    {
        var parsed = text is null ? null : ParseCore(text, out _);
        period = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary>Gets whether <paramref name="date"/> falls in the council's term (<see cref="CouncilTerm"/>).</summary>
    /// <param name="date">A date.</param>
    /// <returns><see langword="true"/> from <see cref="CouncilTermStart"/> to <see cref="CouncilTermEnd"/>, both included.</returns>
    public bool Contains(LocalDate date) => date >= CouncilTermStart && date <= CouncilTermEnd;

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

    private static MandatePeriod? ParseCore(string text, out string? error)
    {
        error = null;
        if (text.Length == 9 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(text.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            if (last != first + 3)
            {
                error = $"'{text}' is not a valid mandate period id: a mandate period has four budget years, so it ends in {first + 3:D4}.";
                return null;
            }

            if (!IsElectionYear(first - 1))
            {
                error = $"'{text}' is not a valid mandate period id: the first budget year follows an election year (…, 2019-2022, 2023-2026, 2027-2030, …; 1995-1998 to 9995-9998).";
                return null;
            }

            return new MandatePeriod(first - 1);
        }

        error = $"'{text}' is not a mandate period id; expected the four budget years as yyyy-yyyy, e.g. 2023-2026.";
        return null;
    }

    private static int Modulo(int value, int divisor) => ((value % divisor) + divisor) % divisor;
}
