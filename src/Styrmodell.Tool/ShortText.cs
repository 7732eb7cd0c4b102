using System.Globalization;

namespace Styrmodell.Tool;

/// <summary>Cuts a text from a document before it reaches a message, so one huge value cannot flood the terminal.</summary>
internal static class ShortText
{
    /// <summary>The longest part of a value a message shows.</summary>
    public const int Limit = 80;

    /// <summary>The text itself when short, else its first <see cref="Limit"/> characters, an ellipsis and its length.</summary>
    public static string Of(string text) =>
        text.Length <= Limit
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, Limit)}… ({text.Length:N0} characters)");
}
