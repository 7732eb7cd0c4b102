namespace Styrmodell.Reporting.Html;

/// <summary>The steering-document register: every document by type and owner, those due for review, counts per type and the grunduppdrag.</summary>
internal sealed partial class HtmlPage
{
    private void Register()
    {
        if (_report.Register is not { } register)
        {
            return;
        }

        var words = RegisterWords.Of(_language);
        _html.Append("<section id=\"styrdokument\"><h2>").Append(HtmlText.Escape(words.Heading)).Append("</h2>\n");
        Table(words.ByTypeTitle,
            [_words.T("Titel", "Title"), _words.T("Typ", "Type"), _words.T("Dokumentansvarig", "Owner"), _words.T("Beslut", "Decision"), _words.T("Giltighet", "Validity"), _words.T("Aktualitetsprövning", "Review")],
            register.Entries.Select(e => (IReadOnlyList<string>)[Title(e), e.TypeName, e.Status.Document.Owner ?? "–", $"{e.DeciderName} {ReportText.Date(e.Status.Document.Decision.Date)}", Validity(e, words), Review(e)]));
        if (register.DueForReview.Count == 0)
        {
            _html.Append("<p>").Append(HtmlText.Escape(words.NoneDue)).Append("</p>\n");
        }
        else
        {
            Table(words.DueTitle, [_words.T("Titel", "Title"), _words.T("Senast", "By"), _words.T("Läge", "State")],
                register.DueForReview.Select(e => (IReadOnlyList<string>)[Title(e), ReportText.Date(e.Status.ReviewDue!.Value), RegisterWords.Review(e.Status.Review, _language)]));
        }

        Table(words.CountsTitle, [_words.T("Typ", "Type"), _words.T("Antal", "Count")],
            register.CountsPerType.Select(c => (IReadOnlyList<string>)[c.TypeName, N.Count(c.Count)]), 1);
        if (register.Missions.Count > 0)
        {
            Table(words.MissionsTitle, [_words.T("Enhet", "Unit"), _words.T("Grunduppdrag", "Standing mission"), _words.T("Viktiga styrdokument", "Important documents")],
                register.Missions.Select(m => (IReadOnlyList<string>)[m.Unit.Name, string.Join("; ", m.MissionTitles), m.Documents.Count > 0 ? string.Join("; ", m.Documents) : RegisterWords.Of(_language).NoDocuments]));
        }

        _html.Append("</section>\n");
    }

    private static string Title(RegisterEntry entry) =>
        entry.IsIllustrative ? entry.Status.Document.Title + " " + ReportText.IllustrativeTextMark : entry.Status.Document.Title;

    private string Validity(RegisterEntry entry, RegisterText words) =>
        entry.Status.Validity == Governance.ValidityState.InForce
            ? entry.Status.Document.ValidUntil is { } until ? $"{words.ValidUntil} {ReportText.Date(until)}" : words.UntilFurtherNotice
            : RegisterWords.Validity(entry.Status.Validity, _language);

    private string Review(RegisterEntry entry) =>
        entry.Status.ReviewDue is { } due
            ? $"{RegisterWords.Review(entry.Status.Review, _language)} ({ReportText.Date(due)})"
            : RegisterWords.Review(entry.Status.Review, _language);
}
