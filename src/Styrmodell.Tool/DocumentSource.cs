using System.CommandLine.Parsing;
using Styrmodell.Json;

namespace Styrmodell.Tool;

/// <summary>One document to read: a file, or standard input when the argument is <c>-</c>.</summary>
/// <param name="Name">How messages name it: the path as given, or <c>-</c>.</param>
internal sealed record DocumentSource(string Name)
{
    /// <summary>The argument that means standard input, as POSIX utilities read it.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// The documents the arguments name: <c>-</c> is standard input, a directory stands for every <c>*.json</c> directly
    /// in it (in ordinal order, so runs compare), anything else is a file, read later so a missing one is reported there.
    /// </summary>
    public static IReadOnlyList<DocumentSource> Expand(IEnumerable<string> arguments) =>
        arguments.SelectMany(argument => argument != StandardInput && Directory.Exists(argument)
            ? Directory.EnumerateFiles(argument, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).Select(f => new DocumentSource(f))
            : [new DocumentSource(argument)]).ToList();

    /// <summary>
    /// Refuses an argument that looks like an option and names no file: System.CommandLine takes an unknown option for
    /// a file name, and "cannot read --strict" would hide the typo. A real file named so is read (after <c>--</c>).
    /// </summary>
    public static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var text = token.Value;
            if (text.Length > 1 && text[0] == '-' && !File.Exists(text) && !Directory.Exists(text))
            {
                result.AddError($"'{text}' is not an option here; a file whose name starts with '-' goes after '--'.");
            }
        }
    }

    /// <summary>Reads the document: the result, or <see langword="null"/> and why the file could not be read.</summary>
    public (ReadResult? Read, string? Unreadable) Read(Stream standardInput)
    {
        if (Name == StandardInput)
        {
            // Buffered, so a document that fails can be read a second time to explain every problem.
            using var buffer = new MemoryStream();
            standardInput.CopyTo(buffer);
            buffer.Position = 0;
            return (ModelJson.Read(buffer), null);
        }

        if (Directory.Exists(Name))
        {
            // File.OpenRead says "Access … denied" for a directory, which sends the user looking for a permission problem.
            return (null, "it is a directory; 'validate' reads every *.json in one, 'evaluate' needs a file.");
        }

        try
        {
            using var stream = File.OpenRead(Name);
            return (ModelJson.Read(stream), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, e.Message);
        }
    }
}
