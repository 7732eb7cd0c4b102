using System.Globalization;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// WCAG 2.1 contrast for the colours a document gives its categories and risk bands: the text on a coloured badge is
/// black or white, whichever contrasts more, which always reaches the 4.5:1 of level AA for normal text.
/// </summary>
internal static class Contrast
{
    /// <summary>Used where a document's colour is not a <c>#RRGGBB</c> or <c>#RGB</c> value: white, so that the word carries the meaning.</summary>
    public const string Fallback = "#FFFFFF";

    /// <summary>The colour as <c>#RRGGBB</c>, or <see cref="Fallback"/>; only this form reaches a style attribute.</summary>
    public static string Normalise(string? colour)
    {
        if (colour is { Length: 4 } shortForm && shortForm[0] == '#' && IsHex(shortForm.AsSpan(1)))
        {
            return string.Concat("#", new string(shortForm[1], 2), new string(shortForm[2], 2), new string(shortForm[3], 2)).ToUpperInvariant();
        }

        return colour is { Length: 7 } && colour[0] == '#' && IsHex(colour.AsSpan(1)) ? colour.ToUpperInvariant() : Fallback;
    }

    /// <summary>Black or white, whichever contrasts more with the background.</summary>
    public static string TextOn(string background)
    {
        var l = Luminance(Normalise(background));
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#FFFFFF";
    }

    /// <summary>Relative luminance of a normalised colour, by WCAG 2.1's definition.</summary>
    public static double Luminance(string normalised)
    {
        double Channel(int offset)
        {
            var c = int.Parse(normalised.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
