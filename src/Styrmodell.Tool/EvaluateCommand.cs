using System.Text;
using NodaTime.Text;
using Styrmodell.Reporting;
using Styrmodell.Time;

namespace Styrmodell.Tool;

/// <summary>
/// <c>styrmodell evaluate FILE [--as-of yyyy-MM-dd | --period ID] [--format text|json|markdown|html] [--language sv|en]</c>: evaluates goal
/// fulfilment (and, when the document has figures for the year, the balanskravsutredning and GEH judgement).
/// </summary>
/// <remarks>
/// Without options the latest period with outcomes is evaluated as of its last day. <c>--period</c> names the period,
/// evaluated as of its last day; <c>--as-of</c> names the date, and the period is the latest with outcomes that had
/// begun by then (the calendar year of the date when there is none).
/// </remarks>
internal static class EvaluateCommand
{
    private const string AsOfOption = "--as-of";
    private const string PeriodOption = "--period";
    private const string FormatOption = "--format";
    private const string LanguageOption = "--language";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var arguments = Arguments.Parse("evaluate", args, AsOfOption, PeriodOption, FormatOption, LanguageOption);
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException($"'evaluate' needs exactly one FILE, but got {arguments.Positional.Count}.");
        }

        var format = arguments.Option(FormatOption) ?? "text";
        if (format is not ("text" or "json" or "markdown" or "html"))
        {
            throw new UsageException($"'{format}' is not a format; use text, json, markdown or html.");
        }

        var language = (arguments.Option(LanguageOption) ?? "sv") switch
        {
            "sv" => ReportLanguage.Swedish,
            "en" => ReportLanguage.English,
            var other => throw new UsageException($"'{other}' is not a report language; use sv or en."),
        };

        var asOfText = arguments.Option(AsOfOption);
        var periodText = arguments.Option(PeriodOption);
        if (asOfText is not null && periodText is not null)
        {
            throw new UsageException($"Give {AsOfOption} or {PeriodOption}, not both.");
        }

        ReportingPeriod? period = null;
        if (periodText is not null && !ReportingPeriod.TryParse(periodText, out period))
        {
            throw new UsageException($"'{periodText}' is not a period id (e.g. 2024, 2024-T1, 2024-01..2024-08, 2023/24; see docs/periods.md).");
        }

        NodaTime.LocalDate? asOf = null;
        if (asOfText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText);
            asOf = parsed.Success ? parsed.Value : throw new UsageException($"'{asOfText}' is not a date in the form yyyy-MM-dd.");
        }

        var file = arguments.Positional[0];
        var (read, unreadable) = DocumentFile.Read(file);
        if (read is null)
        {
            error.WriteLine($"{file}: cannot read: {unreadable}");
            return ExitCodes.Unreadable;
        }

        if (read.Document is not { } document)
        {
            error.WriteLine($"{file}: not a valid document ({read.Problems.Count} problem(s), the first: {read.Problems[0]}); run 'styrmodell validate {file}' for all.");
            return ExitCodes.Invalid;
        }

        if (asOf is null && period is null && document.LatestPeriodWithOutcomes() is null)
        {
            throw new UsageException($"{file} has no outcomes to find a period from; give {PeriodOption} or {AsOfOption}.");
        }

        EvaluationReport report;
        Exchange.DocumentEvaluation evaluated;
        try
        {
            var evaluation = asOf is { } date ? document.EvaluateAsOf(date)
                : period is not null ? document.Evaluate(period)
                : document.EvaluateLatest();
            report = EvaluationReport.Create(evaluation);
            evaluated = evaluation;
            if (evaluation.OutcomesInPeriod == 0)
            {
                error.WriteLine($"{file}: warning: the document has no outcomes for {evaluation.Period.Id}; every indicator is not assessed.");
            }
        }
        catch (OverflowException)
        {
            // Values near decimal's limits (±7.9e28) are valid JSON but leave no room for the arithmetic.
            error.WriteLine($"{file}: cannot be evaluated: a value is too large to compute with (beyond ±7.9e28 in a difference, sum or quotient).");
            return ExitCodes.Invalid;
        }

        switch (format)
        {
            case "json":
                using (var buffer = new MemoryStream())
                {
                    JsonReportWriter.Write(report, buffer, language);
                    output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case "html":
                HtmlReportWriter.Write(evaluated, output, language);
                break;
            case "markdown":
                MarkdownReportWriter.Write(report, output, language);
                break;
            default:
                TextReportWriter.Write(report, output, language);
                break;
        }

        return ExitCodes.Success;
    }
}
