using System.CommandLine;
using System.Globalization;
using Styrmodell.Json;

namespace Styrmodell.Tool;

/// <summary><c>styrmodell validate FILE|DIR|-…</c>: reads each document and lists every problem with its JSON path.</summary>
internal static class ValidateCommand
{
    public static Command Create(ToolIo io)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Documents to check: files, directories (every *.json in them) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(DocumentSource.RejectUnknownOptions);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Exit 1 when a valid document has warnings (targets outside the mandate period, indicators without outcomes, units without nodes, steering documents against the municipality's own rules).",
        };
        var command = new Command("validate", "Check documents: every problem with its JSON path, one line per file, then warnings.") { files, warningsAsErrors };
        command.SetAction(parsed => Run(DocumentSource.Expand(parsed.GetRequiredValue(files)), parsed.GetValue(warningsAsErrors), io));
        return command;
    }

    private static int Run(IReadOnlyList<DocumentSource> sources, bool warningsAsErrors, ToolIo io)
    {
        if (sources.Count == 0)
        {
            io.Error.WriteLine("styrmodell: no *.json documents found in the directories given.");
            return ExitCodes.Unreadable;
        }

        var (valid, invalid, unreadable, warned) = (0, 0, 0, 0);
        foreach (var source in sources)
        {
            var (read, whyUnreadable) = source.Read(io.Input);
            if (read is null)
            {
                io.Error.WriteLine($"{source.Name}: cannot read: {whyUnreadable}");
                unreadable++;
            }
            else if (read is { Document: { } document, Model: { } model })
            {
                var warnings = ModelJson.Warnings(document);
                io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{source.Name}: valid ({ShortText.Of(model.Municipality.Name)}: {model.Nodes.Count} nodes, {model.Indicators.Count} indicators, {model.Outcomes.Count} outcomes){(warnings.Count > 0 ? $", {warnings.Count} warning(s):" : "")}"));
                foreach (var warning in warnings)
                {
                    io.Output.WriteLine($"  warning: {warning}");
                }

                valid++;
                warned += warnings.Count > 0 ? 1 : 0;
            }
            else
            {
                WriteProblems(source, read, io.Output);
                invalid++;
            }
        }

        if (sources.Count > 1)
        {
            io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sources.Count} documents: {valid} valid, {invalid} invalid, {unreadable} unreadable"));
        }

        return unreadable > 0 ? ExitCodes.Unreadable
            : invalid > 0 || (warningsAsErrors && warned > 0) ? ExitCodes.Invalid
            : ExitCodes.Success;
    }

    private static void WriteProblems(DocumentSource source, ReadResult read, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source.Name}: invalid, {read.Problems.Count} problem(s):"));
        foreach (var problem in read.Problems)
        {
            output.WriteLine($"  {problem}");
        }
    }
}
