using System.Text.Json;
using Ardalis.GuardClauses;

namespace Styrmodell.Kolada;

/// <summary>
/// Reads saved Kolada responses — a file, or every <c>*.json</c> in a folder (in name order) — with the same reader
/// and checks as <see cref="KoladaClient"/>, so that analysts can work without a connection.
/// </summary>
/// <remarks>
/// In a folder each file is taken for what its first record is (a data record has <c>kpi</c> and <c>period</c>, a
/// KPI has <c>title</c> and KPI fields, a group has <c>members</c>, a municipality <c>type</c>); the other kinds are
/// left for their own method. A bad file throws <see cref="KoladaResponseException"/> naming the file and path.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class KoladaSavedResponses
{
    /// <summary>Reads the data records in a saved response file or folder.</summary>
    /// <param name="path">A file, or a folder of files.</param>
    /// <returns>The records, file by file in name order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is at <paramref name="path"/>.</exception>
    /// <exception cref="KoladaResponseException">A file is not of Kolada's shape.</exception>
    public static IReadOnlyList<KoladaDataRecord> ReadData(string path) => [.. EnumerateData(path)];

    /// <summary>
    /// Reads the data records in a saved response file or folder one file at a time, so that a pull of many files
    /// is never held in memory at once (hand the records straight to <see cref="KoladaImportPlan.Import"/>).
    /// </summary>
    /// <param name="path">A file, or a folder of files.</param>
    /// <returns>The records, file by file in name order; each file is read and checked whole before its records come.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is at <paramref name="path"/> (when enumerated).</exception>
    /// <exception cref="KoladaResponseException">A file is not of Kolada's shape (when enumerated).</exception>
    public static IEnumerable<KoladaDataRecord> EnumerateData(string path)
    {
        Guard.Against.NullOrEmpty(path);
        return Files<KoladaDataRecord>(path, Kind.Data, KoladaResponseReader.ReadData).SelectMany(file => file);
    }

    /// <summary>As <see cref="EnumerateData(string)"/>, every record checked, but only those <paramref name="keep"/> wants (KPI, area, is unit) made.</summary>
    internal static IEnumerable<KoladaDataRecord> EnumerateData(string path, Func<string, string, bool, bool> keep) =>
        Files<KoladaDataRecord>(path, Kind.Data, (json, source, into) => KoladaResponseReader.ReadData(json, source, into, keep)).SelectMany(file => file);

    /// <summary>Reads the data records in one saved response.</summary>
    /// <param name="utf8Json">The response.</param>
    /// <param name="source">Where it comes from, for errors (a file name or URL).</param>
    /// <returns>The records.</returns>
    /// <exception cref="KoladaResponseException">The response is not of Kolada's shape.</exception>
    public static IReadOnlyList<KoladaDataRecord> ReadData(ReadOnlySpan<byte> utf8Json, string source)
    {
        var records = new List<KoladaDataRecord>();
        KoladaResponseReader.ReadData(utf8Json, source, records);
        return records;
    }

    /// <summary>Reads the KPI metadata in a saved response file or folder.</summary>
    /// <param name="path">A file, or a folder of files.</param>
    /// <returns>The KPIs.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is at <paramref name="path"/>.</exception>
    /// <exception cref="KoladaResponseException">A file is not of Kolada's shape.</exception>
    public static IReadOnlyList<KoladaKpi> ReadKpis(string path) => Read<KoladaKpi>(path, Kind.Kpi, KoladaResponseReader.ReadKpis);

    /// <summary>Reads the municipality groups in a saved response file or folder.</summary>
    /// <param name="path">A file, or a folder of files.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is at <paramref name="path"/>.</exception>
    /// <exception cref="KoladaResponseException">A file is not of Kolada's shape.</exception>
    public static IReadOnlyList<KoladaMunicipalityGroup> ReadGroups(string path) => Read<KoladaMunicipalityGroup>(path, Kind.Group, KoladaResponseReader.ReadGroups);

    /// <summary>Reads the municipalities in a saved response file or folder.</summary>
    /// <param name="path">A file, or a folder of files.</param>
    /// <returns>The municipalities.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is at <paramref name="path"/>.</exception>
    /// <exception cref="KoladaResponseException">A file is not of Kolada's shape.</exception>
    public static IReadOnlyList<KoladaMunicipality> ReadMunicipalities(string path) => Read<KoladaMunicipality>(path, Kind.Municipality, KoladaResponseReader.ReadMunicipalities);

    private delegate KoladaPage PageReader<T>(ReadOnlySpan<byte> json, string source, List<T> into);

    private enum Kind { Empty, Data, Kpi, Group, Municipality, Unknown }

    private static List<T> Read<T>(string path, Kind kind, PageReader<T> read)
    {
        Guard.Against.NullOrEmpty(path);
        return [.. Files(path, kind, read).SelectMany(file => file)];
    }

    /// <summary>Each file's items, read whole, one file at a time.</summary>
    private static IEnumerable<List<T>> Files<T>(string path, Kind kind, PageReader<T> read)
    {
        if (File.Exists(path))
        {
            var items = new List<T>();
            read(File.ReadAllBytes(path), path, items);
            yield return items;
            yield break;
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No saved Kolada responses at '{path}': expected a file or a folder of *.json files.", path);
        }

        foreach (var file in Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var found = KindOf(bytes);
            if (found == kind || (found == Kind.Unknown && kind == Kind.Data))
            {
                var items = new List<T>();
                read(bytes, file, items); // an unrecognisable file is read as data, so that its error is reported
                yield return items;
            }
        }
    }

    /// <summary>What the first record's property names say the file holds; Unknown when it cannot be told.</summary>
    private static Kind KindOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var depth = 0;
            var inValues = false;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && reader.ValueTextEquals("values"u8):
                        inValues = true;
                        break;
                    case JsonTokenType.StartObject when inValues && reader.CurrentDepth == 2:
                        depth = 3;
                        break;
                    case JsonTokenType.EndArray when inValues && reader.CurrentDepth == 1:
                        return Kind.Empty;
                    case JsonTokenType.PropertyName when depth == 3 && reader.CurrentDepth == 3:
                        names.Add(reader.GetString()!);
                        break;
                    case JsonTokenType.EndObject when depth == 3 && reader.CurrentDepth == 2:
                        return names.Contains("kpi") && names.Contains("period") ? Kind.Data
                            : names.Contains("members") ? Kind.Group
                            : names.Contains("title") && (names.Contains("auspice") || names.Contains("auspices") || names.Contains("is_divided_by_gender") || names.Contains("operating_area")) ? Kind.Kpi
                            : names.Contains("title") && names.Contains("type") ? Kind.Municipality
                            : Kind.Unknown;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the reader of the asked-for kind reports it with its path.
        }

        return Kind.Unknown;
    }
}
