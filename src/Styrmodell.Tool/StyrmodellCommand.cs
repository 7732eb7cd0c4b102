using System.Reflection;
using Styrmodell.Json;

namespace Styrmodell.Tool;

/// <summary>The <c>styrmodell</c> command line: <c>validate</c>, <c>evaluate</c> and <c>schema</c>.</summary>
/// <remarks>
/// Bad arguments and files give one line on the error writer and a non-zero exit code (see <see cref="ExitCodes"/>),
/// never a stack trace. Results go to the output writer.
/// </remarks>
public static class StyrmodellCommand
{
    /// <summary>The help text.</summary>
    public const string Usage = """
        usage: styrmodell <command> [arguments]

          validate FILE...                      check documents; every problem with its JSON path
          evaluate FILE [--as-of yyyy-MM-dd | --period ID] [--format text|json|markdown] [--language sv|en]
                                                goal fulfilment with an explanation per node, in Swedish
                                                (default) or English; json is the stable format
                                                styrmodell-evaluation 2.0
          schema                                print the JSON Schema of the document format
          kolada pull DOCUMENT --years FIRST-LAST [--out FILE] [--from DIR]
                                                outcomes of the indicators whose openData names a Kolada
                                                KPI, as an outcome document (to FILE, else to standard
                                                output); --from reads saved responses instead of the API
          kolada kpi SEARCH [--from DIR]        KPIs whose title contains SEARCH

        Without --as-of or --period, evaluate takes the latest period the document has outcomes for,
        as of its last day. Exit codes: 0 valid, 1 invalid document, 2 unreadable file, 64 bad arguments,
        70 internal error.
        """;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages about failures go (standard error).</param>
    /// <returns>The exit code, one of <see cref="ExitCodes"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return args switch
            {
                [] => Fail(error, "no command given."),
                ["-h" or "--help" or "help", ..] => Help(output),
                ["--version"] => Version(output),
                ["validate", .. var rest] => ValidateCommand.Run(rest, output, error),
                ["evaluate", .. var rest] => EvaluateCommand.Run(rest, output, error),
                ["schema", .. var rest] => Schema(rest, output),
                ["kolada", .. var rest] => KoladaCommand.Run(rest, output, error),
                [var command, ..] => Fail(error, $"'{command}' is not a command; the commands are validate, evaluate, schema and kolada."),
            };
        }
        catch (UsageException e)
        {
            return Fail(error, e.Message);
        }
#pragma warning disable CA1031 // The promise is one line and an exit code, never a stack trace, whatever goes wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"styrmodell: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"styrmodell: {message} Run 'styrmodell --help' for usage.");
        return ExitCodes.Usage;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return ExitCodes.Success;
    }

    private static int Version(TextWriter output)
    {
        output.WriteLine(typeof(StyrmodellCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
        return ExitCodes.Success;
    }

    private static int Schema(IReadOnlyList<string> rest, TextWriter output)
    {
        if (Arguments.Parse("schema", rest).Positional is [var extra, ..])
        {
            throw new UsageException($"'schema' takes no arguments, but got '{extra}'.");
        }

        output.Write(ModelJson.Schema);
        if (!ModelJson.Schema.EndsWith('\n'))
        {
            output.WriteLine();
        }

        return ExitCodes.Success;
    }
}
