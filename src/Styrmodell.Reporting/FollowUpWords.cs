using Styrmodell.FollowUp;

namespace Styrmodell.Reporting;

/// <summary>The words for follow-up states, in one language at a time, so that no report prints an enum's name.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class FollowUpWords
{
    /// <summary>Gets the word for a reported work status (Swedish by default, as municipal follow-up writes it).</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>Pågår</c> or <c>Ongoing</c>.</returns>
    public static string Status(WorkStatus status, ReportLanguage language = ReportLanguage.Swedish) => (status, language == ReportLanguage.English) switch
    {
        (WorkStatus.NotStarted, false) => "Ej påbörjat",
        (WorkStatus.NotStarted, true) => "Not started",
        (WorkStatus.Ongoing, false) => "Pågår",
        (WorkStatus.Ongoing, true) => "Ongoing",
        (WorkStatus.Done, false) => "Klart",
        (WorkStatus.Done, true) => "Done",
        (WorkStatus.Delayed, false) => "Försenat",
        (WorkStatus.Delayed, true) => "Delayed",
        (_, false) => "Avbrutet",
        (_, true) => "Cancelled",
    };

    /// <summary>Gets the words for a special assignment's funding: within the committee's frame, or added with its amount.</summary>
    /// <param name="funding">The funding.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>tillfört anslag 1 500 000 kr</c> (thousands grouped as the reports group them) or <c>within the frame</c>.</returns>
    public static string Funding(Funding funding, ReportLanguage language = ReportLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(funding);
        var english = language == ReportLanguage.English;
        var numbers = Words.For(language).Numbers;
        var words = funding.Kind == FundingKind.WithinFrame
            ? english ? "within the frame" : "inom ram"
            : english ? "added budget" : "tillfört anslag";
        return funding.Amount is { } amount
            ? words + " " + numbers.Grouped(amount) + " kr"
            : words;
    }
}
