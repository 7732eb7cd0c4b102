using System.Globalization;

namespace Styrmodell.Tool;

/// <summary><c>styrmodell validate FILE…</c>: reads each document and lists every problem with its JSON path.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var files = Arguments.Parse("validate", args).Positional;
        if (files.Count == 0)
        {
            throw new UsageException("'validate' needs at least one FILE.");
        }

        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var (read, unreadable) = DocumentFile.Read(file);
            if (read is null)
            {
                error.WriteLine($"{file}: cannot read: {unreadable}");
                exitCode = ExitCodes.Unreadable;
            }
            else if (read.Model is { } model)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{file}: valid ({model.Municipality.Name}: {model.Nodes.Count} nodes, {model.Indicators.Count} indicators, {model.Outcomes.Count} outcomes)"));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: invalid, {read.Problems.Count} problem(s):"));
                foreach (var problem in read.Problems)
                {
                    output.WriteLine($"  {problem}");
                }

                exitCode = Math.Max(exitCode, ExitCodes.Invalid);
            }
        }

        return exitCode;
    }
}
