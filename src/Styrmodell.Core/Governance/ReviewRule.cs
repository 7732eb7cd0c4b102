using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Governance;

/// <summary>When a steering document's relevance is next to be reviewed (aktualitetsprövning): a date, or a rule tied to the council's terms.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReviewRule
{
    private ReviewRule(ReviewRuleKind kind, LocalDate? date, int months)
    {
        Kind = kind;
        Date = date;
        Months = months;
    }

    /// <summary>Gets the rule "once per mandate period"; one shared instance.</summary>
    public static ReviewRule OncePerMandatePeriod { get; } = new(ReviewRuleKind.OncePerMandatePeriod, null, 0);

    /// <summary>Gets how the review date is set.</summary>
    public ReviewRuleKind Kind { get; }

    /// <summary>Gets the stated date for <see cref="ReviewRuleKind.OnDate"/>; otherwise <see langword="null"/>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the months after the new council term starts for <see cref="ReviewRuleKind.WithinMonthsOfNewTerm"/>; otherwise 0.</summary>
    public int Months { get; }

    /// <summary>Creates a rule with a stated review date.</summary>
    /// <param name="date">The date by which the document is to be reviewed.</param>
    /// <returns>The rule.</returns>
    public static ReviewRule On(LocalDate date) => new(ReviewRuleKind.OnDate, date, 0);

    /// <summary>Creates a rule "within <paramref name="months"/> months of a new council term".</summary>
    /// <param name="months">The months, 0 to 48.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 0–48.</exception>
    public static ReviewRule WithinMonthsOfNewTerm(int months) =>
        new(ReviewRuleKind.WithinMonthsOfNewTerm, null, Guard.Against.OutOfRange(months, nameof(months), 0, 48));

    /// <summary>Gets the date the review is due, counted from the document's last decision or review.</summary>
    /// <param name="since">The date of the last decision or review (aktualitetsprövning).</param>
    /// <returns>
    /// The due date: the stated date, or the end of the next council term, or the months after it starts;
    /// <see langword="null"/> when the next term lies beyond the mandate periods the library knows (after 9994), or
    /// when a stated date's review has been made (on or after that date) and no new date is stated yet. A document
    /// decided before the first four-year term (1994) is due in that term.
    /// </returns>
    public LocalDate? DueAfter(LocalDate since)
    {
        if (Kind == ReviewRuleKind.OnDate)
        {
            return since >= Date!.Value ? null : Date;
        }

        if (NextTerm(since) is not { } next)
        {
            return null;
        }

        return Kind == ReviewRuleKind.OncePerMandatePeriod ? next.CouncilTermEnd : next.CouncilTermStart.PlusMonths(Months);
    }

    /// <summary>The council term after the one holding the date; the 1994 term for earlier dates; null past the last known term.</summary>
    private static MandatePeriod? NextTerm(LocalDate since)
    {
        var first = MandatePeriod.ForElectionYear(1994);
        if (since < first.CouncilTermStart)
        {
            return first;
        }

        if (since > MandatePeriod.ForElectionYear(9994).CouncilTermEnd)
        {
            return null;
        }

        var following = MandatePeriod.Containing(since).ElectionYear + 4;
        return MandatePeriod.IsElectionYear(following) ? MandatePeriod.ForElectionYear(following) : null;
    }
}
