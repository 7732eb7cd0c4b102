using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Styrmodell.Exchange;
using Styrmodell.Reporting;
using Styrmodell.Time;

namespace Styrmodell.Tool;

/// <summary>
/// <c>styrmodell evaluate FILE [--as-of yyyy-MM-dd | --period ID] [--format text|json|markdown|html] [--language sv|en] [--allow-empty]</c>:
/// goal fulfilment (and, when the document has figures for the year, the balanskravsutredning and GEH judgement).
/// </summary>
/// <remarks>
/// Without options the latest period with outcomes is evaluated as of its last day. <c>--period</c> names the period,
/// evaluated as of its last day; <c>--as-of</c> names the date, and the period is the latest with outcomes that had
/// begun by then (the calendar year of the date when there is none). A period without a single outcome would report
/// every indicator as not assessed, which looks like a result: it is refused unless <c>--allow-empty</c> is given.
/// </remarks>
internal static class EvaluateCommand
{
    public static Command Create(ToolIo io) =>
        Create(io, "evaluate", "Goal fulfilment with an explanation per node, and finance when the document has the year.", "text");

    /// <summary><c>styrmodell report FILE [--format html|…] [--out FILE]</c>: the same evaluation, as a report file (HTML by default).</summary>
    public static Command CreateReport(ToolIo io) =>
        Create(io, "report", "A report of the document's evaluation to read: one self-contained HTML page by default.", "html");

    private static Command Create(ToolIo io, string name, string description, string defaultFormat)
    {
        var file = new Argument<string>("FILE") { Description = "The document: a file, or - for standard input." };
        file.Validators.Add(DocumentSource.RejectUnknownOptions);
        var period = new Option<ReportingPeriod?>("--period")
        {
            Description = "The period to evaluate, as of its last day (2024, 2024-T1, 2024-01..2024-08, 2023/24; see docs/periods.md).",
            HelpName = "ID",
            CustomParser = ParsePeriod,
        };
        var asOf = new Option<LocalDate?>("--as-of")
        {
            Description = "The date to evaluate as of; the period is the latest with outcomes begun by then.",
            HelpName = "yyyy-MM-dd",
            CustomParser = ParseDate,
        };
        var format = new Option<string>("--format")
        {
            Description = "text, markdown, html (one self-contained page with charts), or json (the stable format styrmodell-evaluation 2.0, with its schema).",
            DefaultValueFactory = _ => defaultFormat,
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var language = new Option<string>("--language")
        {
            Description = "The report's language: sv (Swedish, the default) or en (English); JSON keeps its numbers and codes either way.",
            DefaultValueFactory = _ => "sv",
        };
        language.AcceptOnlyFromAmong("sv", "en");
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "Evaluate even when the document has no outcome in the period (every indicator then not assessed).",
        };

        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command(name, description)
        {
            file, period, asOf, format, language, allowEmpty, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(period) is not null && result.GetResult(asOf) is not null)
            {
                result.AddError("Give --as-of or --period, not both.");
            }
        });
        command.SetAction(parsed =>
        {
            var run = (ToolIo target) => Run(
                new DocumentSource(parsed.GetRequiredValue(file)),
                new Choice(parsed.GetValue(period), parsed.GetValue(asOf), parsed.GetValue(allowEmpty)),
                parsed.GetRequiredValue(format),
                parsed.GetRequiredValue(language) == "en" ? ReportLanguage.English : ReportLanguage.Swedish,
                target);
            if (parsed.GetValue(output) is not { } path)
            {
                return run(io);
            }

            // A file gets the plain rendering (no terminal colours), in UTF-8 as every output of the tool.
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var code = run(io with { Output = writer, Terminal = null });
            if (code == ExitCodes.Success)
            {
                io.Error.WriteLine($"{path}: written");
            }

            return code;
        });
        return command;
    }

    private sealed record Choice(ReportingPeriod? Period, LocalDate? AsOf, bool AllowEmpty);

    private static int Run(DocumentSource source, Choice choice, string format, ReportLanguage language, ToolIo io)
    {
        var (read, unreadable) = source.Read(io.Input);
        if (read is null)
        {
            io.Error.WriteLine($"{source.Name}: cannot read: {unreadable}");
            return ExitCodes.Unreadable;
        }

        if (read.Document is not { } document)
        {
            io.Error.WriteLine($"{source.Name}: not a valid document ({read.Problems.Count} problem(s), the first: {read.Problems[0]}); run 'styrmodell validate {source.Name}' for all.");
            return ExitCodes.Invalid;
        }

        if (choice.AsOf is null && choice.Period is null && document.LatestPeriodWithOutcomes() is null)
        {
            io.Error.WriteLine($"styrmodell: {source.Name} has no outcomes to find a period from; give --period or --as-of.");
            return ExitCodes.Usage;
        }

        DocumentEvaluation evaluation;
        try
        {
            evaluation = choice.AsOf is { } date ? document.EvaluateAsOf(date)
                : choice.Period is { } named ? document.Evaluate(named)
                : document.EvaluateLatest();
        }
        catch (OverflowException)
        {
            // Values near decimal's limits (±7.9e28) are valid JSON but leave no room for the arithmetic.
            io.Error.WriteLine($"{source.Name}: cannot be evaluated: a value is too large to compute with (beyond ±7.9e28 in a difference, sum or quotient).");
            return ExitCodes.Invalid;
        }

        if (evaluation.OutcomesInPeriod == 0)
        {
            io.Error.WriteLine($"{source.Name}: {(choice.AllowEmpty ? "warning" : "nothing to evaluate")}: no outcome falls in {evaluation.Period.Id}{AsOfPhrase(evaluation)}; {Coverage(document)}."
                + (choice.AllowEmpty ? " Every indicator is not assessed." : " Give a period the outcomes cover, or --allow-empty to evaluate it anyway."));
            if (!choice.AllowEmpty)
            {
                return ExitCodes.Invalid;
            }
        }

        if (choice.AsOf is { } asOf && FirstDecision(document) is { } first && asOf < first)
        {
            // Targets apply from their decision: before the first one, every indicator lacks a target.
            io.Error.WriteLine($"{source.Name}: {(choice.AllowEmpty ? "warning" : "nothing to evaluate")}: no target had been decided by {LocalDatePattern.Iso.Format(asOf)}; the first decision is of {LocalDatePattern.Iso.Format(first)}."
                + (choice.AllowEmpty ? " Every indicator is not assessed." : " Give a later --as-of, or --allow-empty to evaluate it anyway."));
            if (!choice.AllowEmpty)
            {
                return ExitCodes.Invalid;
            }
        }

        Write(evaluation, format, language, io);
        return ExitCodes.Success;
    }

    private static string AsOfPhrase(DocumentEvaluation evaluation) =>
        evaluation.PeriodChoice == PeriodChoice.CalendarYearOfAsOf
            ? $" (no period with outcomes had begun by {LocalDatePattern.Iso.Format(evaluation.AsOf)})"
            : "";

    private static LocalDate? FirstDecision(ExchangeDocument document) =>
        document.Model.Indicators.SelectMany(i => i.Targets).Select(t => (LocalDate?)t.Decision.Date).Min();

    /// <summary>The years the document's outcomes span, e.g. "outcomes cover 2019–2022".</summary>
    private static string Coverage(ExchangeDocument document)
    {
        var periods = document.Model.Outcomes.Where(o => o.Value is not null).Select(o => o.Period).ToList();
        if (periods.Count == 0)
        {
            return "the document has no outcomes";
        }

        var (first, last) = (periods.Min(p => p.Start.Year), periods.Max(p => p.End.Year));
        return first == last
            ? string.Create(CultureInfo.InvariantCulture, $"outcomes cover {first}")
            : string.Create(CultureInfo.InvariantCulture, $"outcomes cover {first}–{last}");
    }

    private static void Write(DocumentEvaluation evaluation, string format, ReportLanguage language, ToolIo io)
    {
        var output = io.Output;
        if (format == "html")
        {
            HtmlReportWriter.Write(evaluation, output, language);
            return;
        }

        var report = EvaluationReport.Create(evaluation);
        switch (format)
        {
            case "json":
                using (var buffer = new MemoryStream())
                {
                    JsonReportWriter.Write(report, buffer, language);
                    output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case "markdown":
                MarkdownReportWriter.Write(report, output, language);
                break;
            case "text" when io.Terminal is { } terminal:
                TerminalReport.Write(report, terminal, language);
                break;
            default:
                TextReportWriter.Write(report, output, language);
                break;
        }
    }

    private static ReportingPeriod? ParsePeriod(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (ReportingPeriod.TryParse(text, out var period))
        {
            return period;
        }

        result.AddError($"'{text}' is not a period id (e.g. 2024, 2024-T1, 2024-01..2024-08, 2023/24; see docs/periods.md).");
        return null;
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
