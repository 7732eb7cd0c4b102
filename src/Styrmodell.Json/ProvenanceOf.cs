using System.Text.Json;
using Styrmodell.Json.Dto;
using Styrmodell.Sources;

namespace Styrmodell.Json;

/// <summary>A <c>provenance</c> object to and from <see cref="Provenance"/>; the writer leaves it out when the element's text already implies it.</summary>
internal static class ProvenanceOf
{
    public static Provenance Parts(bool illustrative, string? source) =>
        illustrative && source is null ? Provenance.Illustrative : new Provenance { IsIllustrative = illustrative, Source = source };

    /// <summary>
    /// The element's provenance: the object when given, else what its text implies. An empty object (or
    /// <c>"illustrative": false</c>) states "not illustrative", also for a text that carries the old prefix.
    /// </summary>
    public static Provenance? Read(ProvenanceDto? dto, string? text) =>
        dto is null ? LegacyIllustrative.Of(text) : Parts(dto.Illustrative ?? false, dto.Source);

    /// <summary>Whether the writer must write the object: when the text alone would not say the same.</summary>
    public static bool MustWrite(Provenance? provenance, string? text) => LegacyIllustrative.Of(text) != provenance;

    /// <summary>The object to write, or <see langword="null"/> when the element's text already says it all.</summary>
    public static ProvenanceDto? ToDto(Provenance? provenance, string? text) =>
        !MustWrite(provenance, text) ? null
            : new() { Illustrative = provenance?.IsIllustrative == true ? true : null, Source = provenance?.Source };

    public static void Write(Utf8JsonWriter writer, Provenance? provenance)
    {
        writer.WriteStartObject();
        if (provenance?.IsIllustrative == true)
        {
            writer.WriteBoolean("illustrative"u8, true);
        }

        if (provenance?.Source is { } source)
        {
            writer.WriteString("source"u8, source);
        }

        writer.WriteEndObject();
    }
}
