using System.Globalization;
using NodaTime;
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
    public static int Run(string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["pull", .. var rest] => Pull(rest, output, error),
        ["kpi", .. var rest] => Kpi(rest, output),
        _ => throw new UsageException("'kolada' needs a subcommand: pull or kpi."),
    };

    private static int Pull(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse("kolada pull", args, "--years", "--out", "--from", "--base-url");
        if (parsed.Positional is not [var file])
        {
            throw new UsageException("'kolada pull' needs one DOCUMENT.");
        }

        var (first, last) = Years(parsed.Option("--years") ?? throw new UsageException("'kolada pull' needs --years, e.g. --years 2019-2024."));
        var (read, unreadable) = DocumentFile.Read(file);
        if (read?.Model is not { } model)
        {
            error.WriteLine(read is null ? $"{file}: cannot read: {unreadable}" : $"{file}: invalid document; run 'styrmodell validate {file}' for every problem.");
            return read is null ? ExitCodes.Unreadable : ExitCodes.Invalid;
        }

        var from = parsed.Option("--from");
        try
        {
            var source = Source(from, parsed.Option("--base-url"));
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

            var outPath = parsed.Option("--out");
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

    private static int Kpi(IReadOnlyList<string> args, TextWriter output)
    {
        var parsed = Arguments.Parse("kolada kpi", args, "--from", "--base-url");
        if (parsed.Positional.Count == 0)
        {
            throw new UsageException("'kolada kpi' needs words of a KPI title to SEARCH for.");
        }

        var search = string.Join(' ', parsed.Positional);
        var kpis = Source(parsed.Option("--from"), parsed.Option("--base-url")).Search(search);
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

    private static (int First, int Last) Years(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is 1 or 2 && parts.All(p => p.Length == 4 && p.All(char.IsAsciiDigit)))
        {
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            return first <= last ? (first, last) : throw new UsageException($"--years {text} runs backwards; give the first year first ({last}-{first}).");
        }

        throw new UsageException($"--years takes a year or a range of years, e.g. 2024 or 2019-2024, not '{text}'.");
    }

    private static KoladaSource Source(string? from, string? baseUrl) => from is null
        ? new KoladaSource.Api(baseUrl is null ? null : Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var uri) ? uri : throw new UsageException($"--base-url must be an absolute URL, not '{baseUrl}'."))
        : Directory.Exists(from) || File.Exists(from) ? new KoladaSource.Saved(from) : throw new UsageException($"--from {from}: no such file or folder of saved Kolada responses.");
}
