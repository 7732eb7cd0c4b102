using System.Globalization;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>
/// Contrast ratio as WCAG 2.1 defines it (Success Criterion 1.4.3, "relative luminance" and "contrast ratio" in its
/// glossary), written here from that definition so that the test does not check the renderer against itself.
/// </summary>
internal static class Wcag
{
    public const double AaNormalText = 4.5;

    public static double Ratio(string colourA, string colourB)
    {
        var (a, b) = (Luminance(colourA), Luminance(colourB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex)
    {
        hex = hex.Trim().TrimStart('#');
        double Linear(int i)
        {
            var s = int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(0)) + (0.7152 * Linear(1)) + (0.0722 * Linear(2));
    }
}
