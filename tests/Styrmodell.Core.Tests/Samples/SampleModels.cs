using Styrmodell.Json;
using Styrmodell.Model;
using Styrmodell.Samples;

namespace Styrmodell.Tests.Samples;

/// <summary>The sample documents, read once per test run.</summary>
internal static class SampleModels
{
    private static readonly Dictionary<string, ReadResult> Read =
        SampleDocuments.Names.ToDictionary(name => name, SampleDocuments.Read, StringComparer.Ordinal);

    public static TheoryData<string> Names => [.. SampleDocuments.Names];

    public static ReadResult Document(string name) => Read[name];

    public static SteeringModel Model(string name) =>
        Read[name].Model ?? throw new InvalidOperationException($"{name}: " + string.Join("; ", Read[name].Problems));

    /// <summary>The repository's copy of the Kolada values the samples use.</summary>
    public static string KoladaCsv => Path.Combine(AppContext.BaseDirectory, "../../../../../samples/data/kolada/values_four_municipalities_v2_2024.csv");
}
