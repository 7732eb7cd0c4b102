using System.Globalization;
using Spectre.Console;
using Styrmodell.Kolada;

namespace Styrmodell.Tool;

/// <summary>The table a pull ends with: per indicator its KPI, years, values found and missing; then what changed and any warnings.</summary>
internal static class KoladaSummary
{
    public static void Write(TextWriter writer, KoladaImport import, string? outPath)
    {
        var table = new Table().AddColumns("Indicator", "KPI", "Area", "Years", "Found", "Missing");
        foreach (var s in import.Summary)
        {
            table.AddRow(Markup.Escape(s.IndicatorId), s.Kpi, s.Area, Invariant($"{s.FirstYear}–{s.LastYear}"), Invariant($"{s.Found}"), Invariant($"{s.Missing}"));
        }

        Console(writer).Write(table);
        writer.WriteLine(Invariant($"{import.Outcomes.Count} outcomes{(outPath is null ? "" : $" written to {outPath}")}; compared with the document: {Count(KoladaChangeKind.Added)} new, {Count(KoladaChangeKind.Changed)} changed, {Count(KoladaChangeKind.Removed)} removed."));
        foreach (var warning in import.Warnings)
        {
            writer.WriteLine($"warning: {warning}");
        }

        int Count(KoladaChangeKind kind) => import.Changes.Count(c => c.Kind == kind);
    }

    /// <summary>Spectre rendering into a plain writer: no colours or control codes, so files and tests get text.</summary>
    public static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
