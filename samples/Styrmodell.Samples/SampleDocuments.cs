using Styrmodell.Json;

namespace Styrmodell.Samples;

/// <summary>The four sample documents in <c>samples/models/</c>, copied next to the program when it is built.</summary>
public static class SampleDocuments
{
    /// <summary>Gets the documents' names (file names without <c>.json</c>), in the order: Västerås, Strängnäs, Vansbro, Arboga.</summary>
    public static IReadOnlyList<string> Names { get; } = ["vasteras", "strangnas", "vansbro", "arboga"];

    /// <summary>Gets the directory the documents were copied to.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Gets a document's path.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string name) => Path.Combine(Directory, name + ".json");

    /// <summary>Reads a document.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The model and its evaluation configuration, or every problem.</returns>
    /// <exception cref="IOException">The document cannot be read (e.g. the project was not built).</exception>
    public static ReadResult Read(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return ModelJson.Read(stream);
    }
}
