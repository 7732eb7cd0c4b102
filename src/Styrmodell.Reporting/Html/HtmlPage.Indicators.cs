using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// An indicator's chart: its yearly outcomes (total, women, men), the target path with decided and derived values
/// told apart, forecasts hollow, years without an outcome marked, and comparison values as dashed lines.
/// </summary>
internal sealed partial class HtmlPage
{
    /// <summary>Longer histories are cut to their last years, so that a chart stays readable.</summary>
    private const int MostYears = 30;

    private void IndicatorChart(ReportRow row)
    {
        var model = _evaluation.Goals.Model;
        if (model.FindIndicator(row.Node.Id) is not { } indicator)
        {
            return;
        }

        // The chart draws the total and its genders; a disaggregation's outcome is one part of the total, not a series here.
        var yearly = model.OutcomesOf(row.Node.Id).Where(o => o.Period.Kind == ReportingPeriodKind.Year && o.Value is not null && o.Disaggregation is null).ToList();
        var outcomeYears = yearly.Select(o => o.Period.Start.Year).ToList();
        var targetYears = indicator.Targets.SelectMany(t => Enumerable.Range(t.Scope.FirstYear, t.Scope.LastYear - t.Scope.FirstYear + 1)).ToList();
        var allYears = outcomeYears.Concat(targetYears).ToList();
        if (allYears.Count == 0)
        {
            return;
        }

        var last = allYears.Max();
        var first = Math.Max(allYears.Min(), last - MostYears + 1);
        bool InRange(int year) => year >= first && year <= last;

        var series = new List<ChartSeries>();
        foreach (var (gender, name, css) in new[]
        {
            (Gender.Total, _words.T("utfall", "outcome"), "total"),
            (Gender.Women, _words.T("kvinnor", "women"), "women"),
            (Gender.Men, _words.T("män", "men"), "men"),
        })
        {
            var points = yearly.Where(o => o.Gender == gender && InRange(o.Period.Start.Year))
                .GroupBy(o => o.Period.Start.Year)
                .Select(g => g.OrderBy(o => o.IsForecast).First()) // a measured value wins over a forecast for the same year
                .Select(o => new ChartPoint(o.Period.Start.Year, o.Value!.Value.Value, o.IsForecast)).ToList();
            if (points.Count > 0)
            {
                series.Add(new ChartSeries(name, css, points));
            }
        }

        foreach (var comparison in indicator.Comparisons.Where(c => InRange(c.Year)).GroupBy(c => c.ComparisonId, StringComparer.Ordinal))
        {
            series.Add(new ChartSeries(_words.T("jämförelse ", "comparison ") + comparison.Key, "comparison",
                [.. comparison.GroupBy(c => c.Year).Select(g => new ChartPoint(g.Key, g.First().Value, false))]));
        }

        var targets = new List<ChartTarget>();
        for (var year = first; year <= last; year++)
        {
            if (indicator.TargetForYear(year, _report.AsOf) is { } target && indicator.Resolve(target, year) is { IsResolved: true } resolved)
            {
                targets.Add(new ChartTarget(year, resolved.Value, resolved.UpperValue, target.Origin == TargetOrigin.Derived));
            }
        }

        var measuredYears = yearly.Where(o => o.Gender == Gender.Total).Select(o => o.Period.Start.Year).ToHashSet();
        var lastOutcomeYear = Math.Min(last, _report.Period.End.Year);
        var firstOutcomeYear = measuredYears.Count == 0 ? first : Math.Max(first, measuredYears.Min());
        var missing = Enumerable.Range(firstOutcomeYear, Math.Max(0, lastOutcomeYear - firstOutcomeYear + 1)).Where(y => !measuredYears.Contains(y)).ToList();

        var title = _words.T($"{row.Node.Title}: utfall och målvärden per år", $"{row.Node.Title}: outcomes and targets by year");
        _html.Append("<figure class=\"indicator\">");
        SvgCharts.Line(_html, new LineChartData(title, series, targets, missing), N, _words);
        _html.Append("<figcaption>").Append(HtmlText.Escape(title)).Append(". ");
        ChartLegend(series, targets.Count > 0, targets.Any(t => t.IsDerived), missing.Count > 0, series.Any(s => s.Points.Any(p => p.IsForecast)));
        _html.Append("</figcaption></figure>\n");
    }

    private void ChartLegend(List<ChartSeries> series, bool decided, bool derived, bool missing, bool forecast)
    {
        _html.Append("<span class=\"chart-legend\">");
        foreach (var s in series)
        {
            _html.Append("<span class=\"key ").Append(s.CssClass).Append("\">").Append(HtmlText.Escape(s.Name)).Append("</span> ");
        }

        if (decided)
        {
            _html.Append("<span class=\"key target\">◆ ").Append(HtmlText.Escape(_words.T("beslutat målvärde", "decided target"))).Append("</span> ");
        }

        if (derived)
        {
            _html.Append("<span class=\"key target\">◇ ").Append(HtmlText.Escape(_words.T("härlett målvärde", "derived target"))).Append("</span> ");
        }

        if (forecast)
        {
            _html.Append("<span class=\"key\">○ ").Append(HtmlText.Escape(_words.T("prognos", "forecast"))).Append("</span> ");
        }

        if (missing)
        {
            _html.Append("<span class=\"key\">× ").Append(HtmlText.Escape(_words.T("utfall saknas", "no outcome"))).Append("</span>");
        }

        _html.Append("</span>");
    }
}
