using System.Globalization;
using Styrmodell.Evaluation;

namespace Styrmodell.Reporting;

/// <summary>
/// Numbers as one language writes them: Swedish with a decimal comma, English with a point; no digit grouping, so that
/// a figure reads the same in a table and in running text. Built by hand so that no culture data is needed.
/// </summary>
internal sealed class Numbers
{
    private readonly NumberFormatInfo _format;
    private readonly string _percentSign;

    public Numbers(string decimalSeparator, string percentSign)
    {
        _format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        _format.NumberDecimalSeparator = decimalSeparator;
        _format = NumberFormatInfo.ReadOnly(_format);
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

    /// <summary>A whole number.</summary>
    public string Count(int value) => value.ToString(_format);
}
