namespace Styrmodell.Analysis;

/// <summary>Finds the repository's sample files, wherever inside the repository a sample is run from.</summary>
public static class RepositoryFiles
{
    /// <summary>
    /// Returns the full path of <paramref name="relative"/> (e.g. <c>samples/models</c>), looked for in the folder of
    /// the file-based app being run and in the current directory, and in each folder above them.
    /// </summary>
    /// <param name="relative">A path relative to the repository's root.</param>
    /// <returns>The path found.</returns>
    /// <exception cref="DirectoryNotFoundException">Neither folder is inside the repository.</exception>
    public static string Find(string relative)
    {
        // A file-based app (dotnet run file.cs) knows its own folder, so it runs from anywhere; a notebook runs in its folder.
        string?[] starts = [AppContext.GetData("EntryPointFileDirectoryPath") as string, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            for (var directory = start; directory is not null; directory = Path.GetDirectoryName(directory))
            {
                var candidate = Path.Combine(directory, relative);
                if (Path.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"'{relative}' was not found above the current directory; run from inside the repository.");
    }
}
