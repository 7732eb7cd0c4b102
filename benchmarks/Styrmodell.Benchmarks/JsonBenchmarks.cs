using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Styrmodell.Benchmarks.Generation;
using Styrmodell.Json;
using Styrmodell.Model;

namespace Styrmodell.Benchmarks;

/// <summary>
/// Reading and writing a generated document of about 100 MB against a raw <see cref="Utf8JsonReader"/> token scan
/// of the same bytes in the same run. Target (issue 7): reading at ≥ 1/3 of the scan's throughput (ratio ≤ 3).
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _document = null!;
    private SteeringModel _model = null!;

    /// <summary>Gets or sets the number of nodes (about 108 bytes each in compact JSON: 930,000 make about 100 MB).</summary>
    [Params(930_000)]
    public int Nodes { get; set; }

    /// <summary>Builds the model and its compact document once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = ModelGenerator.Generate(Nodes).Build();
        _document = ModelJson.ToUtf8Bytes(_model);
        Console.WriteLine($"// document: {_document.Length / 1_000_000.0:F1} MB");
    }

    /// <summary>The least any reader does: visit every token.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int TokenScan()
    {
        var reader = new Utf8JsonReader(_document);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Reads, validates and builds the model.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ReadResult Read() => ModelJson.Read(_document);

    /// <summary>Writes the model as a canonical compact document.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public byte[] Write() => ModelJson.ToUtf8Bytes(_model);
}
