using Styrmodell.Sources;

namespace Styrmodell.Json;

/// <summary>
/// The format's first way of marking invented content, kept readable: a description, source, reference, motivation
/// or title that starts with <c>Illustrativt: </c> makes its element illustrative, as <c>"provenance": {"illustrative": true}</c> does.
/// </summary>
internal static class LegacyIllustrative
{
    public const string Prefix = "Illustrativt: ";

    /// <summary>The provenance a text implies when its element states none: illustrative with the prefix, else none.</summary>
    public static Provenance? Of(string? text) => text?.StartsWith(Prefix, StringComparison.Ordinal) == true ? Provenance.Illustrative : null;
}
