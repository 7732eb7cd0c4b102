using System.Globalization;
using NodaTime;
using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;
using Styrmodell.Json;
using Styrmodell.Kolada;

namespace Styrmodell.Tool;

/// <summary>
/// <c>styrmodell kolada pull DOCUMENT --years 2019-2024 [--out FILE] [--from DIR] [--base-url URL]</c> and
/// <c>styrmodell kolada kpi SEARCH [--from DIR] [--base-url URL]</c>: outcomes and KPI look-ups from Kolada, from
/// the API or from saved responses.
/// </summary>
internal static class KoladaCommand
{
    public static Command Create(ToolIo io)
    {
        var from = new Option<string?>("--from") { Description = "A file or folder of saved Kolada responses to read instead of the API.", HelpName = "DIR" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The API's base address (default Kolada's v3).", HelpName = "URL" };

        var document = new Argument<string>("DOCUMENT") { Description = "The document whose indicators name Kolada KPIs." };
        var years = new Option<(int First, int Last)>("--years")
        {
            Description = "A year or a range of years, e.g. 2019-2024.", HelpName = "YYYY[-YYYY]", Required = true, CustomParser = ParseYears,
        };
        var output = new Option<string?>("--out") { Description = "Where to write the outcome document (default: standard output).", HelpName = "FILE" };
        var pull = new Command("pull", "Pulls the outcomes of the document's Kolada indicators into an outcome document.") { document, years, output, from, baseUrl };
        pull.SetAction(parsed => Guarded(io, () => Pull(
            parsed.GetRequiredValue(document), parsed.GetValue(years), parsed.GetValue(output), Source(parsed.GetValue(from), parsed.GetValue(baseUrl)), io)));

        var search = new Argument<string[]>("SEARCH") { Description = "Words of a KPI's title.", Arity = ArgumentArity.OneOrMore };
        var kpi = new Command("kpi", "Lists the KPIs whose title holds the words.") { search, from, baseUrl };
        kpi.SetAction(parsed => Guarded(io, () => Kpi(string.Join(' ', parsed.GetRequiredValue(search)), Source(parsed.GetValue(from), parsed.GetValue(baseUrl)), io.Output)));

        return new Command("kolada", "Outcomes and KPI look-ups from Kolada, from the API or from saved responses.") { pull, kpi };
    }

    /// <summary>A usage problem found after parsing (a source that does not exist) is a usage error, as a parse error is.</summary>
    private static int Guarded(ToolIo io, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (UsageProblem e)
        {
            io.Error.WriteLine($"styrmodell: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private sealed class UsageProblem(string message) : Exception(message);

    private static int Pull(string file, (int First, int Last) years, string? outPath, KoladaSource source, ToolIo io)
    {
        var (output, error) = (io.Output, io.Error);
        var (first, last) = years;
        var (read, unreadable) = new DocumentSource(file).Read(io.Input);
        if (read?.Model is not { } model)
        {
            error.WriteLine(read is null ? $"{file}: cannot read: {unreadable}" : $"{file}: invalid document; run 'styrmodell validate {file}' for every problem.");
            return read is null ? ExitCodes.Unreadable : ExitCodes.Invalid;
        }

        try
        {
            var plan = KoladaImportPlan.For(model, first, last); // ids and years first: no request for a plan that cannot be carried out
            if (plan.Problems.IsEmpty)
            {
                plan = KoladaImportPlan.For(model, first, last, source.Kpis(plan.Bindings.Select(b => b.Kpi))); // then units, from the KPIs' titles
            }

            if (!plan.Problems.IsEmpty)
            {
                foreach (var problem in plan.Problems)
                {
                    error.WriteLine($"{file}: {problem}");
                }

                return ExitCodes.Invalid;
            }

            if (plan.Bindings.IsEmpty)
            {
                error.WriteLine($"{file}: no indicator names a Kolada KPI (an indicator's \"openData\": {{ \"provider\": \"kolada\", \"series\": \"N00090\" }}); nothing to pull.");
                return ExitCodes.Invalid;
            }

            var retrieved = LocalDate.FromDateTime(DateTime.UtcNow); // the tool is the edge where the clock is read
            var import = plan.Import(source.Data(plan), retrieved);
            if (!import.Problems.IsEmpty)
            {
                foreach (var problem in import.Problems)
                {
                    error.WriteLine($"{file}: {problem}");
                }

                return ExitCodes.Invalid;
            }

            var summary = outPath is null ? error : output;
            if (outPath is null)
            {
                using var stdout = new MemoryStream();
                ModelJson.WriteOutcomes(model.Municipality, import.Outcomes, stdout, indented: true);
                output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else
            {
                using var stream = File.Create(outPath);
                ModelJson.WriteOutcomes(model.Municipality, import.Outcomes, stream, indented: true);
            }

            KoladaSummary.Write(summary, import, outPath);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is KoladaResponseException or KoladaRequestException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"styrmodell: {e.Message}");
            return e is KoladaResponseException ? ExitCodes.Invalid : ExitCodes.Unreadable;
        }
    }

    private static int Kpi(string search, KoladaSource source, TextWriter output)
    {
        var kpis = source.Search(search);
        var console = KoladaSummary.Console(output);
        var table = new Table().AddColumns("KPI", "Title", "Unit");
        foreach (var kpi in kpis)
        {
            table.AddRow(Markup.Escape(kpi.Id), Markup.Escape(kpi.Title), kpi.Unit.ToString());
        }

        console.Write(table);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kpis.Count} KPI{(kpis.Count == 1 ? "" : "s")} with \"{search}\" in the title."));
        return ExitCodes.Success;
    }

    private static (int First, int Last) ParseYears(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var parts = text.Split('-');
        if (parts.Length is 1 or 2 && parts.All(p => p.Length == 4 && p.All(char.IsAsciiDigit)))
        {
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            if (first <= last)
            {
                return (first, last);
            }

            result.AddError($"--years {text} runs backwards; give the first year first ({last}-{first}).");
            return default;
        }

        result.AddError($"--years takes a year or a range of years, e.g. 2024 or 2019-2024, not '{text}'.");
        return default;
    }

    private static KoladaSource Source(string? from, string? baseUrl) => from is null
        ? new KoladaSource.Api(baseUrl is null ? null : Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var uri) ? uri : throw new UsageProblem($"--base-url must be an absolute URL, not '{baseUrl}'."))
        : Directory.Exists(from) || File.Exists(from) ? new KoladaSource.Saved(from) : throw new UsageProblem($"--from {from}: no such file or folder of saved Kolada responses.");
}
