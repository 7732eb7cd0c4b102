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

    /// <summary>
    /// Gets the path to name in messages: the file to edit under <c>samples/models/</c> when the program runs inside
    /// the repository (as <c>dotnet run</c> does), else the copy it read.
    /// </summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>A path relative to the working directory when it is inside the repository, else the full path.</returns>
    public static string SourcePathOf(string name)
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var source = Path.Combine(directory.FullName, "samples", "models", name + ".json");
            if (File.Exists(source))
            {
                return Path.GetRelativePath(Environment.CurrentDirectory, source);
            }
        }

        return PathOf(name);
    }

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
