using Styrmodell.Governance;

namespace Styrmodell.Reporting;

/// <summary>The words for the steering-document register, in one language at a time, so that no report prints an enum's name.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class RegisterWords
{
    /// <summary>Gets the words for a review state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>aktualitetsprövas inom ett år</c> or <c>review due within a year</c>.</returns>
    public static string Review(ReviewState state, ReportLanguage language = ReportLanguage.Swedish) => (state, language == ReportLanguage.English) switch
    {
        (ReviewState.NotStated, false) => "ingen aktualitetsprövning angiven",
        (ReviewState.NotStated, true) => "no review stated",
        (ReviewState.NotDue, false) => "aktualitetsprövning ej aktuell ännu",
        (ReviewState.NotDue, true) => "review not yet due",
        (ReviewState.DueWithinYear, false) => "aktualitetsprövas inom ett år",
        (ReviewState.DueWithinYear, true) => "review due within a year",
        (_, false) => "aktualitetsprövning försenad",
        (_, true) => "review overdue",
    };

    /// <summary>Gets the words for a validity state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>gäller</c> or <c>in force</c>.</returns>
    public static string Validity(ValidityState state, ReportLanguage language = ReportLanguage.Swedish) => (state, language == ReportLanguage.English) switch
    {
        (ValidityState.NotYetInForce, false) => "gäller ännu inte",
        (ValidityState.NotYetInForce, true) => "not yet in force",
        (ValidityState.InForce, false) => "gäller",
        (ValidityState.InForce, true) => "in force",
        (_, false) => "har upphört att gälla",
        (_, true) => "expired",
    };

    /// <summary>Gets the words for a document category.</summary>
    /// <param name="category">The category.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>politiskt beslut</c> or <c>administrative decision</c>.</returns>
    public static string Category(DocumentCategory category, ReportLanguage language = ReportLanguage.Swedish) => (category, language == ReportLanguage.English) switch
    {
        (DocumentCategory.Political, false) => "politiskt beslut",
        (DocumentCategory.Political, true) => "political decision",
        (_, false) => "förvaltningsbeslut",
        (_, true) => "administrative decision",
    };

    internal static RegisterText Of(ReportLanguage language) => language == ReportLanguage.English ? RegisterText.English : RegisterText.Swedish;
}

/// <summary>The headings and phrases of the register part of a report.</summary>
internal sealed record RegisterText(
    string Heading, string ByTypeTitle, string DueTitle, string NoneDue, string CountsTitle, string MissionsTitle,
    string DecidedBy, string ReviewBy, string Owner, string NoOwner, string UntilFurtherNotice, string ValidUntil, string Mission, string Documents, string NoDocuments)
{
    public static RegisterText Swedish { get; } = new(
        "Styrdokument", "Styrdokument per typ och dokumentansvarig", "Att aktualitetspröva inom ett år", "Inga styrdokument ska aktualitetsprövas inom ett år.",
        "Antal styrdokument per typ", "Grunduppdrag och viktiga styrdokument", "beslutat av", "senast", "dokumentansvarig",
        "ingen dokumentansvarig angiven", "gäller tills vidare", "gäller till och med", "grunduppdrag", "viktiga styrdokument", "inga i registret");

    public static RegisterText English { get; } = new(
        "Steering documents", "Steering documents by type and owner", "Due for review within a year", "No steering document is due for review within a year.",
        "Steering documents per type", "Standing missions (grunduppdrag) and their important documents", "decided by", "by", "owner",
        "no owner stated", "valid until further notice", "valid until", "standing mission", "important documents", "none in the register");
}
