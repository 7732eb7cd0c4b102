using System.Globalization;
using System.Text;

namespace Styrmodell.Reporting.Html;

/// <summary>Escaping for text and attribute values, and invariant numbers for SVG coordinates.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes the five characters that can end a text or an attribute value, so that any title prints as written;
    /// everything else is UTF-8 as it is (the page declares its encoding).
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>A coordinate: SVG reads a decimal point, whatever the report's language.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
