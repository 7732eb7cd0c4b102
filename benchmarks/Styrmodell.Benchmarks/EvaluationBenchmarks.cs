using BenchmarkDotNet.Attributes;
using NodaTime;
using Styrmodell.Benchmarks.Generation;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Benchmarks;

/// <summary>
/// Full goal-fulfilment evaluation of a generated national-scale model (≈ 1,000,000 nodes, ≈ 5,000,000 outcomes)
/// against a hand-written flat-array evaluation doing the same arithmetic, and one-outcome incremental
/// re-evaluation. Targets (issue 5): full ≤ 2× the baseline; incremental under 1 % of full.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private SteeringModel _model = null!;
    private EvaluationResult _evaluated = null!;
    private Outcome _changed = null!;
    private FlatArrayEvaluation _baseline = null!;

    /// <summary>Gets or sets the number of nodes.</summary>
    [Params(1_000_000)]
    public int Nodes { get; set; }

    /// <summary>Generates and builds the model, and evaluates it once so per-model look-ups exist.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generated = ModelGenerator.Generate(Nodes);
        var (indicators, outcomes) = MeasurementGenerator.Generate(generated.Nodes);
        _model = new SteeringModelBuilder(generated.Municipality).AddUnits(generated.Units).AddLevels(generated.Levels)
            .AddNodes(generated.Nodes).AddIndicators(indicators).AddOutcomes(outcomes).Build();
        _evaluated = GoalEvaluator.Evaluate(_model, Year, AsOf);
        _changed = new Outcome(indicators[indicators.Length / 2].NodeId, Year, MeasuredValue.Of(99m));
        _baseline = new FlatArrayEvaluation(_model, Year);
    }

    /// <summary>The same arithmetic on flat arrays: share of target per indicator, weighted mean upwards.</summary>
    /// <returns>The categories.</returns>
    [Benchmark(Baseline = true)]
    public int[] FlatArrayBaseline() => _baseline.Evaluate();

    /// <summary>The engine's full evaluation.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public EvaluationResult FullEvaluation() => GoalEvaluator.Evaluate(_model, Year, AsOf);

    /// <summary>One outcome replaced, re-evaluated incrementally.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public EvaluationResult IncrementalOneOutcome() => _evaluated.WithOutcome(_changed);
}
