using System.Globalization;
using System.Text;

namespace Styrmodell.FollowUp;

public sealed partial record StatusCheck
{
    /// <summary>Renders the status check as one page of Markdown, sections in Västerås's order; numbers in invariant culture.</summary>
    /// <param name="headings">The headings; default <see cref="StatusCheckHeadings.Vasteras"/>.</param>
    /// <returns>The page.</returns>
    public string ToMarkdown(StatusCheckHeadings? headings = null)
    {
        var h = headings ?? StatusCheckHeadings.Vasteras;
        var page = new StringBuilder();
        page.Append("# ").Append(h.Title).Append(": ").Append(UnitName).Append(", ").Append(Period.Id).Append('\n');
        Section(page, h.Mission, Mission ?? h.Missing);
        Section(page, h.OverallAnalysis, OverallAnalysis ?? h.Missing);
        Section(page, h.Needs, Needs ?? h.Missing);
        Section(page, h.Results, ResultCounts.IsEmpty ? h.Missing : string.Join(", ", ResultCounts.Select(c => $"{c.Category.Label}: {c.Count}")));
        foreach (var r in Results)
        {
            page.Append("- ").Append(r.Title).Append(" (").Append(r.Level).Append("): ").Append(r.Category.Label).Append('\n');
        }

        Section(page, h.Challenges, Challenges ?? h.Missing);
        Section(page, h.KeyFigures, KeyFigures.IsEmpty ? h.Missing : null);
        foreach (var k in KeyFigures)
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

        Section(page, h.Trends, Trends ?? h.Missing);
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
