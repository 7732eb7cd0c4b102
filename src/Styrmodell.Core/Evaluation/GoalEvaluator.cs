using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// Evaluates goal fulfilment: a pure function of (model, period, as-of date, options). Indicators are assessed
/// against the target that applied on the as-of date; every other node rolls up from the nodes that feed it, each
/// evaluated once however many nodes it feeds.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class GoalEvaluator
{
    /// <summary>Evaluates every node of a model for a period.</summary>
    /// <param name="model">The model.</param>
    /// <param name="period">The period evaluated, e.g. <c>ReportingPeriod.Year(2024)</c>.</param>
    /// <param name="asOf">The date whose decided targets and manual assessments apply.</param>
    /// <param name="options">The configuration; default <see cref="EvaluationOptions.Default"/>.</param>
    /// <returns>The result, with an explanation for every node on request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options do not fit the model; the message lists every problem.</exception>
    /// <exception cref="OverflowException">A value is so close to <see cref="decimal"/>'s limits that a derived target or a difference does not fit.</exception>
    public static EvaluationResult Evaluate(SteeringModel model, ReportingPeriod period, LocalDate asOf, EvaluationOptions? options = null)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(period);
        options ??= EvaluationOptions.Default;
        OptionsValidator.ThrowIfInvalid(options, model);
        return EvaluateChecked(model, period, asOf, options);
    }

    /// <summary>Evaluates with options already checked against the model (an exchange document's are, when it is built).</summary>
    internal static EvaluationResult EvaluateChecked(SteeringModel model, ReportingPeriod period, LocalDate asOf, EvaluationOptions options)
    {
        var evaluator = new NodeEvaluator(model, period, asOf, options);
        var state = new EvaluationState(model.Index.Nodes.Length, evaluator.TracksAvailable);
        var buffer = new InputBuffer();
        foreach (var n in model.BottomUpOrder)
        {
            if (evaluator.IsStored(n))
            {
                evaluator.Evaluate(n, state, buffer);
            }
        }

        if (evaluator.MarksSubtrees)
        {
            evaluator.MarkNotConcernedSubtrees(model.BottomUpOrder, state);
        }

        return new EvaluationResult(model, period, asOf, options, evaluator, state);
    }

    /// <summary>
    /// Brings an evaluation up to date after outcomes, targets or assessments of some nodes changed in a model that
    /// shares the previous model's structure (see <see cref="SteeringModel.WithOutcome"/>): only those nodes and the
    /// nodes they feed, directly or not, are recomputed. The result equals a full evaluation of <paramref name="model"/>.
    /// </summary>
    /// <param name="previous">The evaluation to bring up to date.</param>
    /// <param name="model">The changed model.</param>
    /// <param name="changedNodeIds">The nodes whose own data changed.</param>
    /// <returns>The new result; <paramref name="previous"/> is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model's structure is not the previous model's, or a node id is unknown.</exception>
    public static EvaluationResult Reevaluate(EvaluationResult previous, SteeringModel model, IEnumerable<string> changedNodeIds)
    {
        Guard.Against.Null(previous);
        Guard.Against.Null(model);
        Guard.Against.Null(changedNodeIds);
        Guard.Against.InvalidInput(model, nameof(model), m => m.SharesStructureWith(previous.Model),
            "Incremental evaluation needs a model with the previous model's structure (made with SteeringModel.WithOutcome); evaluate in full instead.");
        if (!ReferenceEquals(model.Index.Assessments, previous.Model.Index.Assessments))
        {
            OptionsValidator.ThrowIfInvalid(previous.Options, model);
        }

        if (previous.Options.NotConcernedSubtrees)
        {
            // A status above reaches every node below it: recompute in full rather than follow changes both ways.
            return EvaluateChecked(model, previous.Period, previous.AsOf, previous.Options);
        }

        var index = model.Index;
        var affected = new HashSet<int>();
        var pending = new Stack<int>();
        foreach (var id in changedNodeIds)
        {
            var n = index.NodeIndex.TryGetValue(Guard.Against.Null(id), out var found)
                ? found
                : throw new ArgumentException($"The model of {model.Municipality} has no node '{id}'.", nameof(changedNodeIds));
            if (affected.Add(n))
            {
                pending.Push(n);
            }
        }

        var dependents = model.Measurements.Dependents;
        while (pending.TryPop(out var n))
        {
            // Besides the tree, a changed indicator's outcomes are part of the indicators it contributes to, and of the
            // derived indicators that read it, wherever they sit (precomputed, so a change costs what it reaches).
            if (dependents is not null && model.Measurements.IndicatorOfNode[n] is var i and >= 0 && dependents[i] is { } reached)
            {
                foreach (var r in reached)
                {
                    var node = index.NodeIndex[index.Indicators[r].NodeId];
                    if (affected.Add(node))
                    {
                        pending.Push(node);
                    }
                }
            }

            for (var e = index.UpStart[n]; e < index.UpStart[n + 1]; e++)
            {
                if (affected.Add(index.UpTarget[e]))
                {
                    pending.Push(index.UpTarget[e]);
                }
            }
        }

        var rank = model.RankBottomUp;
        var order = affected.ToArray();
        Array.Sort(order, (a, b) => rank[a].CompareTo(rank[b]));
        var evaluator = new NodeEvaluator(previous.Evaluator, model);
        var state = previous.State.Copy();
        var buffer = new InputBuffer();
        foreach (var n in order)
        {
            if (evaluator.IsStored(n))
            {
                evaluator.Evaluate(n, state, buffer);
            }
        }

        return new EvaluationResult(model, previous.Period, previous.AsOf, previous.Options, evaluator, state);
    }
}
