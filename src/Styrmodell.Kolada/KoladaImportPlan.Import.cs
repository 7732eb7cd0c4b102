using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Kolada;

public sealed partial class KoladaImportPlan
{
    private const string SourcePrefix = "Kolada ";

    /// <summary>
    /// Turns data records into outcomes of the bound indicators: <c>null</c> is an outcome with no value (never zero),
    /// T/K/M become the outcome's breakdown, deleted records remove the outcome, a non-empty status is kept in the
    /// source, and the source reads <c>Kolada N00090 (retrieved 2026-12-07)</c>. Earlier Kolada outcomes of these
    /// indicators and years are replaced; outcomes from other sources are never touched.
    /// </summary>
    /// <param name="records">The records, from <see cref="KoladaClient.GetDataAsync"/> or <see cref="KoladaSavedResponses"/>; a later record for the same KPI, area and year wins.</param>
    /// <param name="retrieved">When the records were fetched.</param>
    /// <param name="changesOnly">Whether <paramref name="records"/> answer a change query: then a year without a record keeps its outcome instead of losing it.</param>
    /// <returns>The import's result; with problems (the plan's, or outcomes the model refuses) and no model when it cannot be done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public KoladaImport Import(IEnumerable<KoladaDataRecord> records, LocalDate retrieved, bool changesOnly = false)
    {
        Guard.Against.Null(records);
        if (!Problems.IsEmpty)
        {
            return new() { Problems = Problems };
        }

        var latest = Latest(records);
        var date = retrieved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var bound = Bindings.ToDictionary(b => b.IndicatorId, StringComparer.Ordinal);
        var earlier = Model.Outcomes.Where(o => IsKoladaInScope(o, bound)).ToDictionary(Key);
        var others = Model.Outcomes.Where(o => !o.IsForecast && o.Disaggregation is null && o.Period.Kind == ReportingPeriodKind.Year && !IsKoladaInScope(o, bound)).Select(Key).ToHashSet();
        var imported = new List<Outcome>();
        var touched = new HashSet<(string, int, Gender)>();
        var changes = new List<KoladaOutcomeChange>();
        var summary = new List<KoladaSeriesSummary>();
        var warnings = new List<KoladaProblem>();
        foreach (var b in Bindings)
        {
            int found = 0, missing = 0;
            var any = false;
            for (var year = FirstYear; year <= LastYear; year++)
            {
                foreach (var gender in b.Genders)
                {
                    if (!latest.TryGetValue((b.Kpi, b.Area, b.IsOrganisationUnit, year, gender), out var entry))
                    {
                        missing++;
                        continue;
                    }

                    any = true;
                    var key = (b.IndicatorId, year, gender);
                    touched.Add(key);
                    if (entry.Deleted)
                    {
                        missing++;
                        continue;
                    }

                    if (entry.Value is null)
                    {
                        missing++;
                    }
                    else
                    {
                        found++;
                    }

                    if (others.Contains(key))
                    {
                        warnings.Add(new(KoladaProblemCodes.OtherSource, $"indicator '{b.IndicatorId}' {year}",
                            $"Kolada has {b.Kpi} for {year} ({gender}), but the model's outcome from another source holds its place and is kept."));
                        continue;
                    }

                    var source = $"{SourcePrefix}{b.Kpi} (retrieved {date}{(entry.Status.Length > 0 ? $", status \"{entry.Status}\"" : "")})";
                    var outcome = new Outcome(b.IndicatorId, ReportingPeriod.Year(year), entry.Value is { } v ? MeasuredValue.Of(v * b.Scale) : null) { Gender = gender, Source = source };
                    imported.Add(outcome);
                    if (!earlier.TryGetValue(key, out var before))
                    {
                        changes.Add(new(KoladaChangeKind.Added, null, outcome));
                    }
                    else if (before.Value != outcome.Value || Unretrieved(before.Source) != Unretrieved(source))
                    {
                        changes.Add(new(KoladaChangeKind.Changed, before, outcome));
                    }
                }
            }

            if (!any && !changesOnly)
            {
                warnings.Add(new(KoladaProblemCodes.NoData, $"indicator '{b.IndicatorId}'.openData.series", string.Create(CultureInfo.InvariantCulture,
                    $"Kolada returned no data for {b.Kpi} and {b.Area} in {FirstYear}–{LastYear}: check the KPI id, and that Kolada publishes it for {(b.IsOrganisationUnit ? "units" : "municipalities")}.")));
            }

            summary.Add(new(b.IndicatorId, b.Kpi, b.Area, FirstYear, LastYear, found, missing));
        }

        var replaced = imported.Select(Key).ToHashSet();
        foreach (var (key, before) in earlier)
        {
            if (!replaced.Contains(key) && (!changesOnly || touched.Contains(key)))
            {
                changes.Add(new(KoladaChangeKind.Removed, before, null));
            }
        }

        var kept = Model.Outcomes.Where(o => o.Disaggregation is not null || !earlier.ContainsKey(Key(o)) || (changesOnly && !touched.Contains(Key(o))));
        var (model, rejected) = ModelRebuild.With(Model, Model.Indicators, kept.Concat(imported));
        return new()
        {
            Model = model,
            Outcomes = imported.ToEquatableArray(),
            Changes = changes.ToEquatableArray(),
            Summary = summary.ToEquatableArray(),
            Warnings = warnings.ToEquatableArray(),
            Problems = rejected.Select(p => new KoladaProblem(KoladaProblemCodes.Rejected, p.Location.ToString(), p.Message)).ToEquatableArray(),
        };
    }

    /// <summary>
    /// Imports from saved responses (a file or a folder, as <see cref="KoladaSavedResponses"/> reads them): every record
    /// is checked, but only those for the plan's KPIs and areas are kept, file by file.
    /// </summary>
    /// <param name="savedResponses">A file or folder of saved Kolada responses.</param>
    /// <param name="retrieved">When the responses were fetched.</param>
    /// <returns>The import's result, as <see cref="Import"/> gives it.</returns>
    /// <exception cref="ArgumentException"><paramref name="savedResponses"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is at <paramref name="savedResponses"/>.</exception>
    /// <exception cref="KoladaResponseException">A file is not of Kolada's shape.</exception>
    public KoladaImport ImportSavedResponses(string savedResponses, LocalDate retrieved)
    {
        Guard.Against.NullOrEmpty(savedResponses);
        var wanted = Bindings.Select(b => (b.Kpi, b.Area, b.IsOrganisationUnit)).ToHashSet();
        return Import(KoladaSavedResponses.EnumerateData(savedResponses, (kpi, area, unit) => wanted.Contains((kpi, area, unit))), retrieved);
    }

    private readonly record struct Entry(decimal? Value, string Status, bool Deleted);

    /// <summary>The last word on each KPI, area, year and breakdown in the plan's years; a deleted record covers every breakdown.</summary>
    private Dictionary<(string Kpi, string Area, bool Unit, int Year, Gender Gender), Entry> Latest(IEnumerable<KoladaDataRecord> records)
    {
        var wanted = Bindings.Select(b => (b.Kpi, b.Area, b.IsOrganisationUnit)).ToHashSet();
        var latest = new Dictionary<(string, string, bool, int, Gender), Entry>();
        foreach (var r in records)
        {
            if (r.Year < FirstYear || r.Year > LastYear || !wanted.Contains((r.Kpi, r.Area, r.IsOrganisationUnit)))
            {
                continue;
            }

            if (r.IsDeleted)
            {
                foreach (var gender in Enum.GetValues<Gender>())
                {
                    latest[(r.Kpi, r.Area, r.IsOrganisationUnit, r.Year, gender)] = new(null, "", true);
                }

                continue;
            }

            foreach (var v in r.Values)
            {
                latest[(r.Kpi, r.Area, r.IsOrganisationUnit, r.Year, v.Gender)] = new(v.Value, v.Status, false);
            }
        }

        return latest;
    }

    private bool IsKoladaInScope(Outcome o, Dictionary<string, KoladaBinding> bound) =>
        bound.ContainsKey(o.IndicatorId) && !o.IsForecast && o.Disaggregation is null && o.Period.Kind == ReportingPeriodKind.Year
        && o.Period.Start.Year >= FirstYear && o.Period.Start.Year <= LastYear
        && o.Source is { } s && s.StartsWith(SourcePrefix, StringComparison.Ordinal);

    private static (string, int, Gender) Key(Outcome o) => (o.IndicatorId, o.Period.Start.Year, o.Gender);

    /// <summary>The source without its retrieval date, so that fetching the same value again is no change.</summary>
    private static string Unretrieved(string? source)
    {
        if (source is null)
        {
            return "";
        }

        const int Length = 22; // " (retrieved 2026-12-07"
        var at = source.IndexOf(" (retrieved ", StringComparison.Ordinal);
        if (at < 0 || source.Length < at + Length)
        {
            return source;
        }

        var rest = source[(at + Length)..];
        return source[..at] + (rest.StartsWith(", ", StringComparison.Ordinal) ? " (" + rest[2..] : rest.TrimStart(')'));
    }
}
