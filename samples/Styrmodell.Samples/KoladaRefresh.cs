using System.Globalization;
using NodaTime;
using Styrmodell.Json;
using Styrmodell.Kolada;

namespace Styrmodell.Samples;

/// <summary>
/// <c>--kolada DIR</c>: refreshes the four samples' Kolada outcomes from saved Kolada responses (no network), writes
/// each municipality's outcome document, and says what differs from the outcomes the documents hold.
/// </summary>
public static class KoladaRefresh
{
    /// <summary>The years the samples follow up.</summary>
    public const int FirstYear = 2019;

    /// <summary>The last year the samples follow up.</summary>
    public const int LastYear = 2024;

    /// <summary>Refreshes every sample.</summary>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="savedResponses">A file or folder of saved Kolada responses, e.g. samples/data/kolada/responses.</param>
    /// <param name="outDirectory">Where the outcome documents go (<c>name.outcomes.json</c>).</param>
    /// <returns>0, or 1 when a sample cannot be refreshed (each reason is printed).</returns>
    public static int Run(TextWriter output, string savedResponses, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        Directory.CreateDirectory(outDirectory);
        var kpis = KoladaSavedResponses.ReadKpis(savedResponses);
        var exitCode = 0;
        foreach (var name in SampleDocuments.Names)
        {
            var model = SampleDocuments.Read(name).Model!;
            var import = KoladaImportPlan.For(model, FirstYear, LastYear, kpis).Import(KoladaSavedResponses.EnumerateData(savedResponses), new LocalDate(2024, 8, 30));
            if (import.Model is null)
            {
                output.WriteLine($"{name}: {string.Join("; ", import.Problems)}");
                exitCode = 1;
                continue;
            }

            var path = Path.Combine(outDirectory, name + ".outcomes.json");
            using (var stream = File.Create(path))
            {
                ModelJson.WriteOutcomes(model.Municipality, import.Outcomes, stream, indented: true);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model.Municipality.Name}: {import.Outcomes.Count} Kolada outcomes {FirstYear}–{LastYear} ({import.Summary.Sum(s => s.Missing)} missing) → {path}; " +
                $"{import.Changes.Count(c => c.Kind == KoladaChangeKind.Added)} new, {import.Changes.Count(c => c.Kind == KoladaChangeKind.Changed)} changed, {import.Changes.Count(c => c.Kind == KoladaChangeKind.Removed)} removed compared with the document"));
        }

        return exitCode;
    }
}
