using System.Globalization;

namespace Styrmodell.Reporting;

/// <summary>The register part of a report as titled blocks of lines, in the report's language; the text and Markdown writers print them.</summary>
internal static class RegisterBlocks
{
    public static IEnumerable<(string Title, IReadOnlyList<string> Lines)> Of(RegisterReport register, ReportLanguage language)
    {
        var words = RegisterWords.Of(language);
        yield return (words.ByTypeTitle, [.. register.Entries.Select(e => $"{e.TypeName} — {e.Status.Document.Owner ?? words.NoOwner}: {Describe(e, words, language)}")]);
        yield return (words.DueTitle, register.DueForReview.Count == 0 ? [words.NoneDue]
            : [.. register.DueForReview.Select(e => $"{ReportText.Date(e.Status.ReviewDue!.Value)}: {Title(e)} ({e.TypeName}; {RegisterWords.Review(e.Status.Review, language)})")]);
        yield return (words.CountsTitle, [.. register.CountsPerType.Select(c => $"{c.TypeName}: {c.Count.ToString(CultureInfo.InvariantCulture)}")]);
        if (register.Missions.Count > 0)
        {
            yield return (words.MissionsTitle, [.. register.Missions.Select(m =>
                $"{m.Unit.Name}: {(m.MissionTitles.Count > 0 ? words.Mission + " " + string.Join("; ", m.MissionTitles) + " — " : "")}{words.Documents}: {(m.Documents.Count > 0 ? string.Join("; ", m.Documents) : words.NoDocuments)}")]);
        }
    }

    private static string Title(RegisterEntry entry) =>
        entry.IsIllustrative ? entry.Status.Document.Title + " " + ReportText.IllustrativeTextMark : entry.Status.Document.Title;

    private static string Describe(RegisterEntry entry, RegisterText words, ReportLanguage language)
    {
        var document = entry.Status.Document;
        var decision = $"{words.DecidedBy} {entry.DeciderName} {ReportText.Date(document.Decision.Date)}{(document.Decision.Reference is { } reference ? ", " + reference : "")}";
        var validity = entry.Status.Validity == Governance.ValidityState.InForce
            ? document.ValidUntil is { } until ? $"{words.ValidUntil} {ReportText.Date(until)}" : words.UntilFurtherNotice
            : RegisterWords.Validity(entry.Status.Validity, language);
        var review = entry.Status.ReviewDue is { } due
            ? $"{RegisterWords.Review(entry.Status.Review, language)} ({words.ReviewBy} {ReportText.Date(due)})"
            : RegisterWords.Review(entry.Status.Review, language);
        return $"{Title(entry)} ({decision}; {validity}; {review})";
    }
}
