using System.Globalization;
using System.Text;

using Ardalis.GuardClauses;
using Styrmodell.FollowUp;

namespace Styrmodell.Reporting;

/// <summary>Renders a status check (nulägeskoll) as one page of Markdown.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class StatusCheckMarkdown
{
    /// <summary>Renders the status check as one page of Markdown, sections in Västerås's order; numbers in invariant culture.</summary>
    /// <param name="check">The status check.</param>
    /// <param name="headings">The headings; default <see cref="StatusCheckHeadings.Vasteras"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    public static string Render(StatusCheck check, StatusCheckHeadings? headings = null)
    {
        Guard.Against.Null(check);
        var h = headings ?? StatusCheckHeadings.Vasteras;
        var page = new StringBuilder();
        page.Append("# ").Append(h.Title).Append(": ").Append(check.UnitName).Append(", ").Append(check.Period.Id).Append('\n');
        Section(page, h.Mission, check.Mission ?? h.Missing);
        Section(page, h.OverallAnalysis, check.OverallAnalysis ?? h.Missing);
        Section(page, h.Needs, check.Needs ?? h.Missing);
        Section(page, h.Results, check.ResultCounts.IsEmpty ? h.Missing : string.Join(", ", check.ResultCounts.Select(c => $"{c.Category.Label}: {c.Count}")));
        foreach (var r in check.Results)
        {
            page.Append("- ").Append(r.Title).Append(" (").Append(r.Level).Append("): ").Append(r.Category.Label).Append('\n');
        }

        Section(page, h.Challenges, check.Challenges ?? h.Missing);
        Section(page, h.KeyFigures, check.KeyFigures.IsEmpty ? h.Missing : null);
        foreach (var k in check.KeyFigures)
        {
            page.Append("- ").Append(k.Title).Append(": ").Append(Number(k.Value) ?? h.Missing);
            if (k.PreviousPeriod is { } before)
            {
                page.Append(" (").Append(before.Id).Append(": ").Append(Number(k.Previous)).Append(')');
            }

            if (k.Target is { } target)
            {
                page.Append(", ").Append(h.Target).Append(' ').Append(Number(target));
            }

            page.Append(", ").Append(k.Category.Label).Append(Arrow(k.Trend)).Append('\n');
        }

        Section(page, h.Trends, check.Trends ?? h.Missing);
        return page.ToString();
    }

    private static void Section(StringBuilder page, string heading, string? text)
    {
        page.Append("\n## ").Append(heading).Append("\n\n");
        if (text is not null)
        {
            page.Append(text).Append('\n');
        }
    }

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Arrow(KeyFigureTrend trend) => trend switch
    {
        KeyFigureTrend.Improving => " ↗",
        KeyFigureTrend.Worsening => " ↘",
        KeyFigureTrend.Unchanged => " →",
        _ => "",
    };
}
