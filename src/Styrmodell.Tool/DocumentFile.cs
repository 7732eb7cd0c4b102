using Styrmodell.Json;

namespace Styrmodell.Tool;

/// <summary>Reads a document file, telling a file that cannot be read apart from a document that is not valid.</summary>
internal static class DocumentFile
{
    /// <summary>Reads <paramref name="path"/>: the result, or <see langword="null"/> and why the file could not be read.</summary>
    public static (ReadResult? Read, string? Unreadable) Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return (ModelJson.Read(stream), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, e.Message);
        }
    }
}
