using System.Text;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// The report's two chart kinds as inline SVG, written for them rather than taken from a library: a line chart of
/// values over the years with the target path, and a horizontal stacked bar chart of category counts. Every chart
/// has a role, an accessible name (<c>aria-label</c> and <c>&lt;title&gt;</c>) and labelled axes; the words beside
/// it (legend, table) say the same, so that no meaning rests on colour.
/// </summary>
internal static class SvgCharts
{
    private const double Width = 560, Height = 230, Left = 72, Right = 16, Top = 14, Bottom = 40;

    public static void Line(StringBuilder html, LineChartData chart, Numbers numbers, Words words)
    {
        var values = chart.Series.SelectMany(s => s.Points.Select(p => p.Value))
            .Concat(chart.Targets.SelectMany(t => t.High is { } h ? [t.Low, h] : new[] { t.Low })).ToList();
        var years = chart.Series.SelectMany(s => s.Points.Select(p => p.Year)).Concat(chart.Targets.Select(t => t.Year)).Concat(chart.MissingYears).ToList();
        if (years.Count == 0)
        {
            return;
        }

        var (firstYear, lastYear) = (years.Min(), years.Max());
        if (Axis.For(values.Count == 0 ? 0 : values.Min(), values.Count == 0 ? 1 : values.Max()) is not { } axis)
        {
            return; // values too large or too close together to draw; the table beside the chart still gives them
        }

        double X(int year) => lastYear == firstYear ? Left + ((Width - Left - Right) / 2)
            : Left + ((year - firstYear) * (Width - Left - Right) / (lastYear - firstYear));
        double Y(decimal value) => Top + ((double)((axis.Max - value) / (axis.Max - axis.Min)) * (Height - Top - Bottom));
        string C(double v) => HtmlText.Coordinate(v);

        Open(html, chart.Title, Height, "line-chart");
        foreach (var tick in axis.Ticks)
        {
            html.Append($"<line class=\"grid\" x1=\"{C(Left)}\" x2=\"{C(Width - Right)}\" y1=\"{C(Y(tick))}\" y2=\"{C(Y(tick))}\"/>")
                .Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{C(Y(tick) + 4)}\" text-anchor=\"end\">{HtmlText.Escape(numbers.Grouped(tick))}</text>");
        }

        var step = Math.Max(1, (lastYear - firstYear + 7) / 8);
        for (var year = firstYear; year <= lastYear; year += step)
        {
            html.Append($"<text class=\"tick\" x=\"{C(X(year))}\" y=\"{C(Height - Bottom + 16)}\" text-anchor=\"middle\">{year}</text>");
        }

        html.Append($"<text class=\"axis-label\" x=\"{C(Left + ((Width - Left - Right) / 2))}\" y=\"{C(Height - 4)}\" text-anchor=\"middle\">{HtmlText.Escape(words.T("År", "Year"))}</text>");
        html.Append($"<line class=\"axis\" x1=\"{C(Left)}\" x2=\"{C(Width - Right)}\" y1=\"{C(Height - Bottom)}\" y2=\"{C(Height - Bottom)}\"/>");

        var targetWord = words.T("målvärde", "target");
        var derivedWord = words.T("härlett", "derived");
        var decidedWord = words.T("beslutat", "decided");
        var path = chart.Targets.OrderBy(t => t.Year).ToList();
        if (path.Count > 1)
        {
            html.Append("<polyline class=\"target-path\" points=\"")
                .AppendJoin(' ', path.Select(t => C(X(t.Year)) + "," + C(Y(t.Low))))
                .Append("\"/>");
        }

        foreach (var t in path)
        {
            var label = $"{targetWord} {t.Year} ({(t.IsDerived ? derivedWord : decidedWord)}): {numbers.Grouped(t.Low)}{(t.High is { } h ? "–" + numbers.Grouped(h) : "")}";
            if (t.High is { } high)
            {
                html.Append($"<rect class=\"target-band\" x=\"{C(X(t.Year) - 8)}\" y=\"{C(Y(high))}\" width=\"16\" height=\"{C(Math.Max(1, Y(t.Low) - Y(high)))}\"><title>{HtmlText.Escape(label)}</title></rect>");
            }

            var (x, y) = (X(t.Year), Y(t.Low));
            html.Append($"<path class=\"target{(t.IsDerived ? " derived" : "")}\" d=\"M{C(x)} {C(y - 6)}L{C(x + 6)} {C(y)}L{C(x)} {C(y + 6)}L{C(x - 6)} {C(y)}Z\"><title>{HtmlText.Escape(label)}</title></path>");
        }

        foreach (var series in chart.Series)
        {
            var points = series.Points.OrderBy(p => p.Year).ToList();
            for (var i = 1; i < points.Count; i++)
            {
                var (a, b) = (points[i - 1], points[i]);
                var dashed = a.IsForecast || b.IsForecast ? " forecast" : "";
                html.Append($"<line class=\"series {series.CssClass}{dashed}\" x1=\"{C(X(a.Year))}\" y1=\"{C(Y(a.Value))}\" x2=\"{C(X(b.Year))}\" y2=\"{C(Y(b.Value))}\"/>");
            }

            foreach (var p in points)
            {
                var label = $"{series.Name} {p.Year}: {numbers.Grouped(p.Value)}{(p.IsForecast ? " (" + words.T("prognos", "forecast") + ")" : "")}";
                html.Append($"<circle class=\"point {series.CssClass}{(p.IsForecast ? " forecast" : "")}\" cx=\"{C(X(p.Year))}\" cy=\"{C(Y(p.Value))}\" r=\"4\"><title>{HtmlText.Escape(label)}</title></circle>");
            }
        }

        var missing = words.T("utfall saknas", "no outcome");
        foreach (var year in chart.MissingYears)
        {
            html.Append($"<text class=\"missing\" x=\"{C(X(year))}\" y=\"{C(Height - Bottom - 4)}\" text-anchor=\"middle\">×<title>{HtmlText.Escape($"{year}: {missing}")}</title></text>");
        }

        html.Append("</svg>");
    }

    public static void StackedBars(StringBuilder html, string title, IReadOnlyList<BarGroup> groups, IReadOnlyList<BarSegment> segments, Numbers numbers)
    {
        const double rowHeight = 38, barHeight = 16, labelWidth = 0;
        var height = Top + (groups.Count * rowHeight) + 4;
        var most = Math.Max(1, groups.Select(g => g.Counts.Sum()).DefaultIfEmpty(0).Max());
        string C(double v) => HtmlText.Coordinate(v);
        Open(html, title, height, "bar-chart");
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var y = Top + (g * rowHeight);
            html.Append($"<text class=\"bar-label\" x=\"{C(labelWidth)}\" y=\"{C(y + 10)}\">{HtmlText.Escape(group.Name)}</text>");
            var x = labelWidth;
            for (var s = 0; s < segments.Count && s < group.Counts.Count; s++)
            {
                var count = group.Counts[s];
                if (count == 0)
                {
                    continue;
                }

                var width = count * (Width - Right - labelWidth) / most;
                var colour = segments[s].Colour;
                html.Append($"<g><title>{HtmlText.Escape($"{group.Name}: {segments[s].Label} {numbers.Count(count)}")}</title>")
                    .Append($"<rect x=\"{C(x)}\" y=\"{C(y + 14)}\" width=\"{C(width)}\" height=\"{C(barHeight)}\" fill=\"{colour}\" stroke=\"#FFFFFF\"/>");
                if (width >= 18)
                {
                    html.Append($"<text class=\"bar-count\" x=\"{C(x + (width / 2))}\" y=\"{C(y + 26)}\" text-anchor=\"middle\" fill=\"{Contrast.TextOn(colour)}\">{numbers.Count(count)}</text>");
                }

                html.Append("</g>");
                x += width;
            }
        }

        html.Append("</svg>");
    }

    private static void Open(StringBuilder html, string title, double height, string cssClass)
    {
        var name = HtmlText.Escape(title);
        html.Append($"<svg class=\"{cssClass}\" viewBox=\"0 0 {HtmlText.Coordinate(Width)} {HtmlText.Coordinate(height)}\" role=\"img\" aria-label=\"{name}\"><title>{name}</title>");
    }

    /// <summary>A value axis: about four round steps that cover the values, with room above and below.</summary>
    private sealed record Axis(decimal Min, decimal Max, IReadOnlyList<decimal> Ticks)
    {
        private const decimal Largest = 1e15m;

        public static Axis? For(decimal low, decimal high)
        {
            if (Math.Abs(low) > Largest || Math.Abs(high) > Largest)
            {
                return null;
            }

            if (low == high)
            {
                (low, high) = low == 0 ? (0m, 1m) : (low - (Math.Abs(low) / 10), high + (Math.Abs(high) / 10));
            }

            var raw = (double)(high - low) / 4;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var nice = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
            var step = (decimal)nice;
            if (step <= 0)
            {
                return null;
            }

            var min = Math.Floor(low / step) * step;
            var max = Math.Ceiling(high / step) * step;
            if (max == min)
            {
                max = min + step;
            }

            var ticks = new List<decimal>();
            for (var t = min; t <= max && ticks.Count < 12; t += step)
            {
                ticks.Add(t);
            }

            return new Axis(min, max, ticks);
        }
    }
}
