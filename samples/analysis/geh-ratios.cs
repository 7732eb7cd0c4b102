#:project ../../src/Styrmodell.Core/Styrmodell.Core.csproj
#:project RepositoryFiles/RepositoryFiles.csproj
// Good financial management (GEH) ratios over the years, from the real Kolada values in samples/data/kolada/: the
// year's result as a share of taxes and general grants (N03102), the equity ratio including pension commitments
// (N03002) and the net cost per inhabitant (N00096), for the four sample municipalities.

using System.Globalization;
using Styrmodell.Analysis;
using Styrmodell.Finance;

// %% Read the values: kpi, municipality, gender, period, value (empty = no outcome published). Totals only.
var values = File.ReadLines(RepositoryFiles.Find(Path.Combine("samples", "data", "kolada", "values_four_municipalities_v2_2024.csv")))
    .Skip(1)
    .Select(line => line.Split(','))
    .Where(f => f[2] == "T" && f[4].Length > 0)
    .ToDictionary(f => (Kpi: f[0], Code: f[1], Year: int.Parse(f[3], CultureInfo.InvariantCulture)), f => decimal.Parse(f[4], CultureInfo.InvariantCulture));
(string Code, string Name)[] municipalities = [("1980", "Västerås"), ("0486", "Strängnäs"), ("2021", "Vansbro"), ("1984", "Arboga")];
var years = Enumerable.Range(2013, 10).ToArray();

string Cell(string kpi, string code, int year, string format) =>
    values.TryGetValue((kpi, code, year), out var v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

// %% One table per ratio: municipalities down, years across.
foreach (var (kpi, title, format) in new[]
{
    ("N03102", "Resultatandel: the year's result, % of taxes and general grants (N03102)", "0.0"),
    ("N03002", "Soliditet including pension commitments, % (N03002)", "0.0"),
    ("N00096", "Net cost per inhabitant, kr (N00096)", "0"),
})
{
    Console.WriteLine(title);
    Console.WriteLine($"  {"",-10}" + string.Concat(years.Select(y => $"{y,8}")));
    foreach (var (code, name) in municipalities)
    {
        Console.WriteLine($"  {name,-10}" + string.Concat(years.Select(y => $"{Cell(kpi, code, y, format),8}")));
    }

    Console.WriteLine();
}

// %% The balance requirement cares about the sign of the result: which years had a negative result, and how the
// result share over the last four years (a common way to read "over time") compares with the latest year.
foreach (var (code, name) in municipalities)
{
    var shares = years.Where(y => values.ContainsKey(("N03102", code, y))).Select(y => (Year: y, Share: values[("N03102", code, y)])).ToList();
    var negative = shares.Where(s => s.Share < 0).Select(s => s.Year.ToString(CultureInfo.InvariantCulture)).ToList();
    var lastFour = shares.TakeLast(4).Average(s => s.Share);
    Console.WriteLine($"{name,-10} negative result in {(negative.Count == 0 ? "no year" : string.Join(", ", negative))}; " +
        $"mean result share {shares[^4].Year}–{shares[^1].Year}: {lastFour.ToString("0.0", CultureInfo.InvariantCulture)} % " +
        $"(latest {shares[^1].Share.ToString("0.0", CultureInfo.InvariantCulture)} %)");
}

// %% The same ratio computed by the library from a year's figures: any figures giving Kolada's share reproduce it.
// Illustrative amounts for Arboga 2022 (B = 905 mnkr, result −18.8 mnkr) give the published −2.08 %.
var arboga2022 = new FinancialYear(2022, AmountUnit.Millions, -18.8m) { TaxRevenue = 705.9m, GeneralGrantsAndEqualisation = 199.1m };
Console.WriteLine();
Console.WriteLine($"Arboga 2022, computed from illustrative amounts: result share {KeyRatios.Compute(arboga2022).ResultShare.Value?.ToString("0.00", CultureInfo.InvariantCulture)} %; Kolada: {Cell("N03102", "1984", 2022, "0.00")} %");
