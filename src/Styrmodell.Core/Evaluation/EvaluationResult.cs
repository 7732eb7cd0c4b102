using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// The goal-fulfilment result of every node of a model for one period. Per-node results, with their explanations, are
/// produced on request from the stored numbers by the same code that computed them.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial class EvaluationResult
{
    private readonly NodeEvaluator _evaluator;
    private readonly EvaluationState _state;

    internal EvaluationResult(SteeringModel model, ReportingPeriod period, LocalDate asOf, EvaluationOptions options, NodeEvaluator evaluator, EvaluationState state)
    {
        Model = model;
        Period = period;
        AsOf = asOf;
        Options = options;
        _evaluator = evaluator;
        _state = state;
    }

    /// <summary>Gets the model evaluated.</summary>
    public SteeringModel Model { get; }

    /// <summary>Gets the period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the date whose targets and manual assessments applied.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the options used.</summary>
    public EvaluationOptions Options { get; }

    internal EvaluationState State => _state;

    internal NodeEvaluator Evaluator => _evaluator;

    /// <summary>
    /// Returns the result with one outcome added or replaced, recomputing only its indicator and the nodes it feeds.
    /// Equal to evaluating <c>Model.WithOutcome(outcome)</c> in full.
    /// </summary>
    /// <param name="outcome">The new outcome.</param>
    /// <returns>The updated result, whose <see cref="Model"/> holds the outcome; this result is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The outcome does not fit the model.</exception>
    public EvaluationResult WithOutcome(Outcome outcome) =>
        GoalEvaluator.Reevaluate(this, Model.WithOutcome(outcome), [Guard.Against.Null(outcome).IndicatorId]);

    /// <summary>Gets one node's result with its explanation.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public NodeResult this[string nodeId] => Result(Position(nodeId));

    /// <summary>Gets one node's category without building its explanation.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The category (the scale's not-assessed category when not assessed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public AssessmentCategory CategoryOf(string nodeId) => Category(Stored(Position(nodeId)).Category);

    /// <summary>Gets one node's score without building its explanation.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The score, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public double? ScoreOf(string nodeId) => Stored(Position(nodeId)).Score is var s && double.IsNaN(s) ? null : s;

    /// <summary>A node's category and score: from the stored entry when the full pass kept one, else computed now.</summary>
    internal (int Category, double Score) Stored(int n)
    {
        if (_evaluator.IsStored(n))
        {
            return (_state.Category[n], _state.Score[n]);
        }

        var outcome = _evaluator.Explain(n, _state);
        return (outcome.Category, outcome.Score);
    }

    /// <summary>Gets every node's result, in the model's node order.</summary>
    /// <returns>The results.</returns>
    public IEnumerable<NodeResult> All() => Enumerable.Range(0, _state.Category.Length).Select(Result);

    private NodeResult Result(int n)
    {
        var outcome = _evaluator.Explain(n, _state);
        return new NodeResult(
            Model.Index.Nodes[n].Id,
            Category(outcome.Category),
            double.IsNaN(outcome.Score) ? null : outcome.Score,
            outcome.Coverage,
            Category(outcome.ComputedCategory),
            outcome.Manual >= 0 ? Model.Index.Assessments[outcome.Manual] : null,
            outcome.Forecast,
            outcome.Explanation!)
        {
            IsNotConcerned = outcome.Category == Rules.RuleOutcome.NotConcerned,
            AvailableShare = outcome.Available,
            Value = outcome.Value,
        };
    }

    private AssessmentCategory Category(int position) => position < 0 ? Options.Scale.NotAssessed : Options.Scale.Categories[position];

    private int Position(string nodeId)
    {
        Guard.Against.Null(nodeId);
        return Model.Index.NodeIndex.TryGetValue(nodeId, out var n)
            ? n
            : throw new ArgumentException($"The model of {Model.Municipality} has no node '{nodeId}'.", nameof(nodeId));
    }
}
