using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Styrmodell.Tool;

/// <summary>The <c>styrmodell</c> command line: <c>validate</c>, <c>evaluate</c> and <c>schema</c>.</summary>
/// <remarks>
/// Parsed by System.CommandLine, so help (<c>-h</c>, <c>--help</c>, <c>-?</c>) works on every command, typos get
/// suggestions, <c>--</c> ends the options and <c>dotnet-suggest</c> completes. Bad arguments and files give a message
/// on the error writer and a non-zero exit code (see <see cref="ExitCodes"/>), never a stack trace. Results go to the
/// output writer. Each command is built in its own file; adding one is one line in <see cref="Create"/>.
/// </remarks>
public static class StyrmodellCommand
{
    private const string Description = """
        Validate and evaluate Swedish municipalities' steering-model documents (Styrmodell JSON format v1).

        Exit codes: 0 success, 1 invalid document (or nothing to evaluate), 2 unreadable file, 64 bad arguments,
        70 internal error.
        """;

    /// <summary>Runs the command line without standard input (<c>-</c> then reads an empty document).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages about failures go (standard error).</param>
    /// <returns>The exit code, one of <see cref="ExitCodes"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Stream.Null, output, error);

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="input">What the file name <c>-</c> reads (standard input).</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages about failures go (standard error).</param>
    /// <returns>The exit code, one of <see cref="ExitCodes"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Run(string[] args, Stream input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return Run(args, new ToolIo(input, output, error, ColourTerminal.For(output)));
    }

    /// <summary>Runs the command line with the streams given, a colour terminal among them or not.</summary>
    internal static int Run(string[] args, ToolIo io)
    {
        var (output, error) = (io.Output, io.Error);
        try
        {
            var parsed = Create(io).Parse(args);
            if (parsed.Action is ParseErrorAction parseError)
            {
                // The errors and a "did you mean" are enough; the whole help text would bury them. Help is one -h away.
                // Its suggestions go to the error writer too, so the output stays empty for scripts.
                parseError.ShowHelp = false;
                parsed.Invoke(new InvocationConfiguration { Output = error, Error = error, EnableDefaultExceptionHandler = false });
                error.WriteLine($"Run 'styrmodell {string.Join(' ', CommandPath(parsed))}--help' for usage.");
                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The promise is one line and an exit code, never a stack trace, whatever goes wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"styrmodell: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand Create(ToolIo io)
    {
        var root = new RootCommand(Description)
        {
            ValidateCommand.Create(io),
            EvaluateCommand.Create(io),
            EvaluateCommand.CreateReport(io),
            SchemaCommand.Create(io),
            KoladaCommand.Create(io),
        };

        // Named, not taken from the running executable, so help reads the same in tests and under 'dotnet styrmodell.dll'.
        root.HelpName = "styrmodell";
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        return root;
    }

    /// <summary>Prints this assembly's version; the default prints the entry assembly's, a test host's in tests.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(
                typeof(StyrmodellCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCodes.Success;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        for (var command = parsed.CommandResult; command.Parent is not null; command = (System.CommandLine.Parsing.CommandResult)command.Parent)
        {
            yield return command.Command.Name + " ";
        }
    }
}
