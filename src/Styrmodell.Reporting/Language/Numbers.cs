using System.Globalization;
using Styrmodell.Evaluation;

namespace Styrmodell.Reporting;

/// <summary>
/// Numbers as one language writes them: Swedish with a decimal comma, English with a point; no digit grouping in running
/// text (so that a figure reads as the document gives it), grouped thousands in the HTML report's tables and charts. Built by hand so that no culture data is needed.
/// </summary>
internal sealed class Numbers
{
    private readonly NumberFormatInfo _format;
    private readonly NumberFormatInfo _grouped;
    private readonly string _percentSign;

    public Numbers(string decimalSeparator, string groupSeparator, string percentSign)
    {
        _format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        _format.NumberDecimalSeparator = decimalSeparator;
        _grouped = (NumberFormatInfo)_format.Clone();
        _grouped.NumberGroupSeparator = groupSeparator;
        _format = NumberFormatInfo.ReadOnly(_format);
        _grouped = NumberFormatInfo.ReadOnly(_grouped);
        _percentSign = percentSign;
    }

    /// <summary>A decimal as it is, e.g. an outcome or decided target as the document gives it.</summary>
    public string Exact(decimal value) => value.ToString(_format);

    /// <summary>A derived decimal (pooled outcome, derived target, distance), rounded by the document's rule.</summary>
    public string Rounded(decimal value, Rounding rounding) => rounding.Round(value).ToString(_format);

    /// <summary>A weight, rate or ratio: up to three decimals.</summary>
    public string Short(double value) => value.ToString("0.###", _format);

    /// <summary>A share as a percentage rounded by the document's rule, e.g. <c>67 %</c>.</summary>
    public string Percent(double share, Rounding rounding) =>
        double.IsFinite(share) && Math.Abs(share) < 7.9e26 ? rounding.Percent(share).ToString(_format) + _percentSign : Short(share * 100) + _percentSign;

    /// <summary>
    /// A figure in a table or on a chart's axis, with its thousands grouped (Swedish: a narrow no-break space, the thin
    /// space that cannot break a number across lines) and at most <paramref name="decimals"/> decimals.
    /// </summary>
    public string Grouped(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', decimals), _grouped);

    /// <summary>An exact amount without trailing zeros and without grouping, as a formula shows it (e.g. <c>11,105</c>).</summary>
    public string Plain(decimal value) => value.ToString("0.############################", _format);

    /// <summary>A percentage figure at most two decimals, for reading (e.g. <c>2,35</c>).</summary>
    public string TwoDecimals(decimal value) => value.ToString("0.##", _format);

    /// <summary>A figure at a fixed number of decimals (e.g. <c>12,0</c>).</summary>
    public string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', decimals), _format);

    /// <summary>A whole number.</summary>
    public string Count(int value) => value.ToString(_format);
}
