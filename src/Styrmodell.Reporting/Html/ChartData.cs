namespace Styrmodell.Reporting.Html;

/// <summary>One value of a series in one year; a forecast is drawn hollow.</summary>
internal sealed record ChartPoint(int Year, decimal Value, bool IsForecast);

/// <summary>A line of a chart: its name (said in the legend and the point titles) and the CSS class that draws it.</summary>
internal sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points);

/// <summary>A target value for one year: a single value or a range; decided targets filled, derived ones hollow.</summary>
internal sealed record ChartTarget(int Year, decimal Low, decimal? High, bool IsDerived);

/// <summary>
/// What a line chart shows: series over the years, the target path, and the years in range that have no outcome.
/// The title is the chart's accessible name.
/// </summary>
internal sealed record LineChartData(string Title, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartTarget> Targets, IReadOnlyList<int> MissingYears);

/// <summary>A bar of a stacked bar chart: one group's count per segment.</summary>
internal sealed record BarGroup(string Name, IReadOnlyList<int> Counts);

/// <summary>A segment kind of a stacked bar chart: its label and its (normalised) colour.</summary>
internal sealed record BarSegment(string Label, string Colour);
