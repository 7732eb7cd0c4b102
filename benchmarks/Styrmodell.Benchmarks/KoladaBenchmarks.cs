using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Styrmodell.Json;
using Styrmodell.Kolada;
using Styrmodell.Model;

namespace Styrmodell.Benchmarks;

/// <summary>
/// A pull of 100 KPIs × 290 municipalities × 10 years (T, K and M each) from saved v3 responses — one file per KPI,
/// 2,900 records, as one request per KPI returns them — imported into a model with 100 Kolada-bound indicators,
/// against a raw <see cref="Utf8JsonReader"/> scan of the same files. Target: import ≤ 3 × scan.
/// </summary>
[MemoryDiagnoser]
public class KoladaBenchmarks
{
    private const int Kpis = 100;
    private const int Municipalities = 290;
    private const int Years = 10;
    private const int FirstYear = 2015;

    private string _folder = "";
    private string[] _files = [];
    private KoladaImportPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("kolada-bench-").FullName;
        for (var k = 0; k < Kpis; k++)
        {
            File.WriteAllText(Path.Combine(_folder, $"data_{Kpi(k)}.json"), Response(k));
        }

        _files = Directory.GetFiles(_folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        _plan = KoladaImportPlan.For(Model(), FirstYear, FirstYear + Years - 1);
        var import = Import();
        if (import.Model is null || import.Outcomes.Count != Kpis * Years || RawScan() != Kpis * Municipalities * Years * 3)
        {
            throw new InvalidOperationException($"The setup does not hold what it should: {import.Outcomes.Count} outcomes, {RawScan()} numbers.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Every token of every file, counting the values: the floor any reader of these files stands on.</summary>
    [Benchmark(Baseline = true)]
    public int RawScan()
    {
        var values = 0;
        foreach (var file in _files)
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(file));
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("value"u8))
                {
                    values++;
                }
            }
        }

        return values;
    }

    /// <summary>Read (with every check) and import: the model with its outcomes, changes and summary. Records of other municipalities are checked but not made.</summary>
    [Benchmark]
    public KoladaImport Import() => _plan.ImportSavedResponses(_folder, new LocalDate(2026, 12, 7));

    /// <summary>The same through the general path: every record made (<see cref="KoladaSavedResponses.EnumerateData(string)"/>), then imported.</summary>
    [Benchmark]
    public KoladaImport ImportEveryRecord() => _plan.Import(KoladaSavedResponses.EnumerateData(_folder), new LocalDate(2026, 12, 7));

    private static string Kpi(int k) => string.Create(CultureInfo.InvariantCulture, $"N{10000 + k:00000}");

    private static string Municipality(int m) => m == 0 ? "1984" : string.Create(CultureInfo.InvariantCulture, $"{m * 7 % 10000:0000}");

    /// <summary>One KPI for every municipality and year, values varying so that no two numbers are the same text.</summary>
    private static string Response(int k)
    {
        var json = new StringBuilder("{\"values\":[");
        for (var m = 0; m < Municipalities; m++)
        {
            for (var y = 0; y < Years; y++)
            {
                var total = 50m + (k * 7 + m * 13 + y * 3) % 4000 / 100m;
                json.Append(CultureInfo.InvariantCulture, $"{{\"kpi\":\"{Kpi(k)}\",\"municipality\":\"{Municipality(m)}\",\"period\":{FirstYear + y},\"values\":[")
                    .Append(CultureInfo.InvariantCulture, $"{{\"gender\":\"T\",\"count\":1,\"status\":\"\",\"value\":{total}}},")
                    .Append(CultureInfo.InvariantCulture, $"{{\"gender\":\"K\",\"count\":1,\"status\":\"\",\"value\":{total + 1.25m}}},")
                    .Append(CultureInfo.InvariantCulture, $"{{\"gender\":\"M\",\"count\":1,\"status\":\"\",\"value\":{(m % 17 == 0 ? "null" : (total - 1.5m).ToString(CultureInfo.InvariantCulture))}}}]}},");
            }
        }

        json.Length--; // the last comma
        return json.Append(CultureInfo.InvariantCulture, $"],\"count\":{Municipalities * Years}}}").ToString();
    }

    /// <summary>Arboga (1984) with one goal and 100 indicators, each bound to one of the KPIs.</summary>
    private static SteeringModel Model()
    {
        var nodes = string.Join(",", Enumerable.Range(0, Kpis).Select(k => $"{{\"id\":\"i{k}\",\"level\":\"ind\",\"title\":\"Indikator {k}\",\"parent\":\"m\"}}"));
        var indicators = string.Join(",", Enumerable.Range(0, Kpis).Select(k =>
            $"{{\"node\":\"i{k}\",\"unit\":\"percent\",\"direction\":\"higherIsBetter\",\"openData\":{{\"provider\":\"kolada\",\"series\":\"{Kpi(k)}\"}}}}"));
        var json = $$"""
            {"formatVersion":"1.2","municipality":{"name":"Arboga kommun","code":"1984"},
             "units":[{"id":"kf","name":"Kommunfullmäktige","kind":"KF"}],
             "levels":[{"id":"mal","name":"Mål","role":"goal"},{"id":"ind","name":"Indikator","role":"indicator","parentLevelIds":["mal"]}],
             "nodes":[{"id":"m","level":"mal","title":"Mål","owner":"kf"},{{nodes}}],
             "indicators":[{{indicators}}]}
            """;
        return ModelJson.Read(Encoding.UTF8.GetBytes(json)).Model ?? throw new InvalidOperationException("The benchmark model does not read.");
    }
}
