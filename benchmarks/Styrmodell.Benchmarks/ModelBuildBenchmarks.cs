using BenchmarkDotNet.Attributes;
using Styrmodell.Benchmarks.Generation;
using Styrmodell.Model;

namespace Styrmodell.Benchmarks;

/// <summary>
/// Building and validating a 1,000,000-node model against filling a dictionary with the same ids, measured in the
/// same run. Target (issue 3): at most 3× the baseline.
/// </summary>
[MemoryDiagnoser]
public class ModelBuildBenchmarks
{
    private GeneratedModel _model = null!;

    /// <summary>Gets or sets the number of nodes.</summary>
    [Params(1_000_000)]
    public int Nodes { get; set; }

    /// <summary>Generates the model once; node creation is not measured.</summary>
    [GlobalSetup]
    public void Setup() => _model = ModelGenerator.Generate(Nodes);

    /// <summary>The least any builder must do: map every id to its node (no capacity hint, as plain code would).</summary>
    /// <returns>The dictionary.</returns>
    [Benchmark(Baseline = true)]
    public Dictionary<string, Node> DictionaryFill()
    {
        var byId = new Dictionary<string, Node>();
        foreach (var node in _model.Nodes)
        {
            byId.Add(node.Id, node);
        }

        return byId;
    }

    /// <summary>Builds and fully validates the model.</summary>
    /// <returns>The model.</returns>
    [Benchmark]
    public SteeringModel BuildAndValidate() => _model.Build();
}
