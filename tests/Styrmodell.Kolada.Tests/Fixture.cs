namespace Styrmodell.Kolada.Tests;

internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>A v3 data page with the given records (JSON objects) and next link.</summary>
    public static string Page(IEnumerable<string> records, string? next = null, string nextName = "next_url") =>
        $"{{\"values\": [{string.Join(",", records)}], \"count\": {records.Count()}{(next is null ? "" : $", \"{nextName}\": \"{next}\"")}}}";

    /// <summary>A data record in v3's shape, as in the Arboga fixture.</summary>
    public static string Record(string kpi, string municipality, int year, string value, string gender = "T", string status = "", string extra = "") =>
        $"{{\"kpi\": \"{kpi}\", \"municipality\": \"{municipality}\", \"period\": {year}{extra}, \"values\": [{{\"gender\": \"{gender}\", \"count\": 1, \"status\": \"{status}\", \"value\": {value}}}]}}";
}
