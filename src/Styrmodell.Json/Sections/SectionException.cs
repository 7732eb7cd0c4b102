namespace Styrmodell.Json.Sections;

/// <summary>
/// A shape or syntax error inside a hand-read section, with the element's own path. Not a
/// <see cref="System.Text.Json.JsonException"/> on purpose: the serializer would replace the path with the section's.
/// </summary>
internal sealed class SectionException(string path, string message, long? line = null, long? position = null) : Exception(message)
{
    public string Path { get; } = path;

    public long? Line { get; } = line;

    public long? Position { get; } = position;
}
